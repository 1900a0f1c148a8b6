/**
 * The page gate's start-up read (src/settings/quick-reads.ts): one storage call that says whether
 * annotations are on for the site and whether diagnostics are on, by the same rules as the full
 * settings, and that never throws.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isEnabledFor, loadSiteSettings, setSiteEnabled, updateSettings } from '../../src/settings';
import { isSiteOnQuick, readGateSettings } from '../../src/settings/quick-reads';

const local = () => fakeBrowser.storage.local;

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

describe('readGateSettings', () => {
  it('reads as on without diagnostics on a new install', async () => {
    await expect(readGateSettings('shop.example', local())).resolves.toMatchObject({
      siteOn: true,
      diagnostics: false,
    });
  });

  it('reads the diagnostics switch, and only exactly true switches it on', async () => {
    await local().set({ diagnostics: true });
    await expect(readGateSettings('shop.example', local())).resolves.toMatchObject({ siteOn: true, diagnostics: true });
    await local().set({ diagnostics: 'yes' });
    expect((await readGateSettings('shop.example', local())).diagnostics).toBe(false);
  });

  it('is one storage call', async () => {
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    await readGateSettings('shop.example', local());
    expect(get).toHaveBeenCalledTimes(1);
  });

  it('agrees with the full settings on a site switched off, everywhere off, and the www. form', async () => {
    await setSiteEnabled('shop.example', false);
    await local().set({ diagnostics: true });
    for (const site of ['shop.example', 'www.shop.example', 'other.example']) {
      const full = isEnabledFor(await loadSiteSettings(site));
      expect((await readGateSettings(site, local())).siteOn).toBe(full);
      expect(await isSiteOnQuick(site, local())).toBe(full);
    }
    expect((await readGateSettings('shop.example', local())).siteOn).toBe(false);
    await updateSettings({ enabled: false });
    expect((await readGateSettings('other.example', local())).siteOn).toBe(false);
    // Switching everything off leaves the diagnostics switch as it was.
    expect((await readGateSettings('other.example', local())).diagnostics).toBe(true);
  });

  it('reads a corrupted value as on, without losing the others', async () => {
    await local().set({ settings: 'not an object', 'site-off:shop.example': 'maybe', diagnostics: true });
    await expect(readGateSettings('shop.example', local())).resolves.toMatchObject({ siteOn: true, diagnostics: true });
  });

  it('never throws: an unreadable store reads as on, without diagnostics', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('storage gone'));
    await expect(readGateSettings('shop.example', local())).resolves.toEqual({
      siteOn: true,
      diagnostics: false,
      stored: {},
    });
  });
});

describe('the engine starts from the gate’s read', () => {
  it('gives the same settings as a read of its own, without one', async () => {
    await updateSettings({ showHedged: false, badgeStyle: 'compact' });
    await setSiteEnabled('shop.example', false);
    for (const site of ['shop.example', 'other.example', '']) {
      const { stored } = await readGateSettings(site, local());
      const own = await loadSiteSettings(site);
      const get = vi.spyOn(fakeBrowser.storage.local, 'get');
      expect(await loadSiteSettings(site, undefined, stored)).toEqual(own);
      expect(get).not.toHaveBeenCalled();
      get.mockRestore();
    }
  });

  /** The engine's settings from the gate's read, and from a read of its own, each on `stored` afresh. */
  async function bothWays(stored: Record<string, unknown>, site: string) {
    fakeBrowser.reset();
    await local().set(stored);
    const fromGate = await loadSiteSettings(site, undefined, (await readGateSettings(site, local())).stored);
    fakeBrowser.reset();
    await local().set(stored);
    return { fromGate, own: await loadSiteSettings(site) };
  }

  it('on a new install, and with corrupted values: defaults, the others kept', async () => {
    const fresh = await bothWays({}, 'shop.example');
    expect(fresh.fromGate).toEqual(fresh.own);
    const corrupted = await bothWays(
      {
        settings: { showHedged: 'sometimes', showNegated: true },
        settings$: { v: 2 },
        'site-off:shop.example': 'maybe',
      },
      'shop.example',
    );
    expect(corrupted.fromGate).toEqual(corrupted.own);
    expect(corrupted.fromGate).toMatchObject({ showHedged: true, showNegated: true, siteOn: true });
  });

  it('settings stored by version 1 are brought up to date as they would be by a read of its own', async () => {
    const { fromGate, own } = await bothWays(
      { settings: { enabled: true, showHedged: false, disabledSites: ['old.example'] } },
      'old.example',
    );
    expect(fromGate).toEqual(own);
    expect(fromGate).toMatchObject({ showHedged: false, siteOn: false });
  });
});
