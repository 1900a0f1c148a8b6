/**
 * The page gate's start-up read (src/settings/quick-reads.ts): one storage call that says whether
 * annotations are on for the site and whether diagnostics are on, by the same rules as the full
 * settings, and that never throws.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isEnabledFor, loadSiteSettings, setSiteEnabled, updateSettings } from '../../src/settings';
import { isSiteOnQuick, readGateSettings } from '../../src/settings/quick-reads';

const local = () => fakeBrowser.storage.local;

beforeEach(() => fakeBrowser.reset());

describe('readGateSettings', () => {
  it('reads as on without diagnostics on a new install', async () => {
    await expect(readGateSettings('shop.example')).resolves.toEqual({ siteOn: true, diagnostics: false });
  });

  it('reads the diagnostics switch, and only exactly true switches it on', async () => {
    await local().set({ diagnostics: true });
    await expect(readGateSettings('shop.example')).resolves.toEqual({ siteOn: true, diagnostics: true });
    await local().set({ diagnostics: 'yes' });
    expect((await readGateSettings('shop.example')).diagnostics).toBe(false);
  });

  it('is one storage call', async () => {
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    await readGateSettings('shop.example');
    expect(get).toHaveBeenCalledTimes(1);
  });

  it('agrees with the full settings on a site switched off, everywhere off, and the www. form', async () => {
    await setSiteEnabled('shop.example', false);
    await local().set({ diagnostics: true });
    for (const site of ['shop.example', 'www.shop.example', 'other.example']) {
      const full = isEnabledFor(await loadSiteSettings(site));
      expect((await readGateSettings(site)).siteOn).toBe(full);
      expect(await isSiteOnQuick(site)).toBe(full);
    }
    expect((await readGateSettings('shop.example')).siteOn).toBe(false);
    await updateSettings({ enabled: false });
    expect((await readGateSettings('other.example')).siteOn).toBe(false);
    // Switching everything off leaves the diagnostics switch as it was.
    expect((await readGateSettings('other.example')).diagnostics).toBe(true);
  });

  it('reads a corrupted value as on, without losing the others', async () => {
    await local().set({ settings: 'not an object', 'site-off:shop.example': 'maybe', diagnostics: true });
    await expect(readGateSettings('shop.example')).resolves.toEqual({ siteOn: true, diagnostics: true });
  });

  it('never throws: an unreadable store reads as on, without diagnostics', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('storage gone'));
    await expect(readGateSettings('shop.example')).resolves.toEqual({ siteOn: true, diagnostics: false });
  });
});
