/**
 * The background mutes the icon of a switched-off site's tabs from their addresses
 * (src/background/site-mute.ts), with the same rules as the settings.
 */
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { muteTabsBySite, siteOnAt, switchesSites } from '../../src/background/site-mute';

beforeEach(() => fakeBrowser.reset());
const local = () => fakeBrowser.storage.local;

describe('siteOnAt', () => {
  test('reads the site of an address as the settings do', async () => {
    await local().set({ 'site-off:shop.example': true });
    expect(await siteOnAt('https://www.shop.example/acupressure-mat', local())).toBe(false);
    expect(await siteOnAt('http://shop.example/', local())).toBe(false);
    expect(await siteOnAt('https://other.example/', local())).toBe(true);
    expect(await siteOnAt(undefined, local())).toBe(true);
    expect(await siteOnAt('not a url', local())).toBe(true);
    await local().set({ settings: { enabled: false } });
    expect(await siteOnAt('https://other.example/', local())).toBe(false);
  });
});

describe('switchesSites', () => {
  test('the settings and the site keys can; other keys cannot', () => {
    expect(switchesSites(['site-off:shop.example'])).toBe(true);
    expect(switchesSites(['settings'])).toBe(true);
    expect(switchesSites(['diagnostics'])).toBe(false);
    expect(switchesSites([])).toBe(false);
  });
});

describe('muteTabsBySite', () => {
  test('mutes the tabs of a switched-off site and unmutes the rest', async () => {
    await local().set({ 'site-off:shop.example': true });
    const keeper = { setMuted: vi.fn(async () => undefined) };
    const tabs = {
      query: async () => [
        { id: 1, url: 'https://shop.example/a' },
        { id: 2, url: 'https://news.example/' },
        { url: 'https://shop.example/b' },
      ],
    };
    await muteTabsBySite(keeper, tabs, local());
    expect(keeper.setMuted.mock.calls).toEqual(
      expect.arrayContaining([
        [1, true],
        [2, false],
      ]),
    );
    expect(keeper.setMuted).toHaveBeenCalledTimes(2);
  });

  test('a failing tab query leaves every icon as it was', async () => {
    const keeper = { setMuted: vi.fn(async () => undefined) };
    await muteTabsBySite(keeper, { query: () => Promise.reject(new Error('gone')) }, local());
    expect(keeper.setMuted).not.toHaveBeenCalled();
  });
});
