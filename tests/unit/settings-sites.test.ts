/**
 * The switched-off sites: one storage key per site, so that a page's start reads the same keys
 * whatever the number of sites; the v1 list's migration; live updates for the content script.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  clearOffSites,
  isSiteOn,
  listOffSites,
  loadSettings,
  loadSiteSettings,
  migrateSettingsV1ToV2,
  moveLegacySites,
  setSiteEnabled,
  type SiteSettings,
  toggleSite,
  updateSettings,
  watchOffSites,
  watchSite,
  watchSiteSettings,
} from '../../src/settings';

const local = () => fakeBrowser.storage.local;
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => fakeBrowser.reset());

/** Stores version-2 settings and `count` switched-off sites s0.example…, one key each. */
async function storeSites(count: number): Promise<void> {
  const entries: Record<string, unknown> = {
    settings: { ...DEFAULT_SETTINGS, showNegated: true },
    settings$: { v: 2 },
  };
  for (let i = 0; i < count; i++) entries[`site-off:s${i}.example`] = true;
  await local().set(entries);
}

/** What one content-script start reads from storage: each call's keys (null = everything). */
async function readsOfOneStart(site: string): Promise<{ calls: unknown[]; settings: SiteSettings }> {
  const get = vi.spyOn(local(), 'get');
  try {
    const settings = await loadSiteSettings(site);
    return { calls: get.mock.calls.map((args) => args[0] ?? null), settings };
  } finally {
    get.mockRestore();
  }
}

describe("the content script's look-up does not grow with the list", () => {
  it('reads the same three keys in one call with 10 and with 100,000 switched-off sites', async () => {
    await storeSites(10);
    const small = await readsOfOneStart('s5.example');
    const smallOther = await readsOfOneStart('elsewhere.example');

    fakeBrowser.reset();
    await storeSites(100_000);
    const large = await readsOfOneStart('s5.example');
    const largeOther = await readsOfOneStart('elsewhere.example');

    expect(small.calls).toEqual([['settings', 'settings$', 'site-off:s5.example']]);
    expect(large.calls).toEqual(small.calls);
    expect(largeOther.calls).toEqual(smallOther.calls);
    expect(largeOther.calls).toHaveLength(1);

    for (const { settings } of [small, large]) {
      expect(settings).toEqual({ ...DEFAULT_SETTINGS, showNegated: true, site: 's5.example', siteOn: false });
    }
    expect(largeOther.settings.siteOn).toBe(true);
  });
});

describe('switching sites', () => {
  it('turns one site off and on without touching the others', async () => {
    await setSiteEnabled('a.example', false);
    await setSiteEnabled('b.example', false);
    expect(await isSiteOn('b.example')).toBe(false);
    expect(await isSiteOn('c.example')).toBe(true);
    await setSiteEnabled('b.example', true);
    expect(await listOffSites()).toEqual(['a.example']);
    expect(await local().get(null)).toEqual({ 'site-off:a.example': true });
  });

  it('normalizes the site and ignores one that is not a site key', async () => {
    await setSiteEnabled('WWW.Shop.Example', false);
    await setSiteEnabled('not a host!', false);
    await setSiteEnabled('', false);
    expect(await listOffSites()).toEqual(['shop.example']);
  });

  it('lists the sites alphabetically and switches them all back on', async () => {
    for (const site of ['zen.example', 'amazon.com', 'local files', '[::1]']) await setSiteEnabled(site, false);
    await updateSettings({ badgeStyle: 'compact' });
    expect(await listOffSites()).toEqual(['[::1]', 'amazon.com', 'local files', 'zen.example']);
    await clearOffSites();
    expect(await listOffSites()).toEqual([]);
    expect((await loadSettings()).badgeStyle).toBe('compact');
  });

  it('a bad stored entry counts as on and is not listed; the others stay', async () => {
    await local().set({
      'site-off:a.example': true,
      'site-off:b.example': 'yes',
      'site-off:c.example': 1,
      'site-off:Not A Host': true,
      'site-off:': true,
      settings: { enabled: false, badgeStyle: 42 },
      settings$: { v: 2 },
    });
    expect(await listOffSites()).toEqual(['a.example']);
    expect(await loadSiteSettings('b.example')).toEqual({
      ...DEFAULT_SETTINGS,
      enabled: false,
      site: 'b.example',
      siteOn: true,
    });
    expect((await loadSiteSettings('a.example')).siteOn).toBe(false);
  });

  it('the shortcut switches the site the other way round and says whether it is on', async () => {
    expect(await toggleSite('a.example')).toBe(false);
    expect(await isSiteOn('a.example')).toBe(false);
    expect(await toggleSite('a.example')).toBe(true);
    expect(await isSiteOn('a.example')).toBe(true);
    // Off everywhere: the shortcut turns the site on (as before), and nothing is shown yet.
    await setSiteEnabled('a.example', false);
    await updateSettings({ enabled: false });
    expect(await toggleSite('a.example')).toBe(false);
    expect(await isSiteOn('a.example')).toBe(true);
  });
});

describe('live changes', () => {
  it('the content script hears its own site and the settings, not other sites', async () => {
    const seen: [boolean, boolean, string][] = [];
    const unwatch = watchSiteSettings('a.example', (s) => seen.push([s.enabled, s.siteOn, s.badgeStyle]));
    await setSiteEnabled('a.example', false);
    await vi.waitFor(() => expect(seen).toEqual([[true, false, 'badges']]));
    await setSiteEnabled('b.example', false);
    await tick();
    await updateSettings({ badgeStyle: 'compact' });
    await vi.waitFor(() => expect(seen).toHaveLength(2));
    await setSiteEnabled('a.example', true);
    await vi.waitFor(() => expect(seen).toHaveLength(3));
    await updateSettings({ enabled: false });
    await vi.waitFor(() => expect(seen).toHaveLength(4));
    unwatch();
    await setSiteEnabled('a.example', false);
    await tick();
    expect(seen).toEqual([
      [true, false, 'badges'],
      [true, false, 'compact'],
      [true, true, 'compact'],
      [false, true, 'compact'],
    ]);
  });

  it('the popup hears one site; the options page hears any site', async () => {
    const site: boolean[] = [];
    let anySite = 0;
    const unwatchSite = watchSite('a.example', (on) => site.push(on));
    const unwatchAll = watchOffSites(() => anySite++);
    await setSiteEnabled('a.example', false);
    await setSiteEnabled('b.example', false);
    await updateSettings({ showNegated: true });
    await setSiteEnabled('a.example', true);
    unwatchSite();
    unwatchAll();
    await setSiteEnabled('a.example', false);
    expect(site).toEqual([false, true]);
    expect(anySite).toBe(3);
  });
});

describe('migration from version 1', () => {
  it.each<[string, unknown, unknown]>([
    [
      'sites moved aside, cleaned; switches kept',
      {
        enabled: false,
        disabledSites: ['Example.org', 42, null, 'www.shop.example', 'not a host!', 'example.org'],
        badgeStyle: 'compact',
      },
      { ...DEFAULT_SETTINGS, enabled: false, badgeStyle: 'compact', sitesToMove: ['example.org', 'shop.example'] },
    ],
    ['no sites', { showNegated: true, disabledSites: [] }, { ...DEFAULT_SETTINGS, showNegated: true }],
    [
      'a corrupted list and switch, the others kept',
      { showNegated: true, enabled: 'yes', disabledSites: 'example.org' },
      { ...DEFAULT_SETTINGS, showNegated: true },
    ],
    ['a corrupted value', 'corrupted', { ...DEFAULT_SETTINGS }],
  ])('%s (pure)', (_name, v1, v2) => {
    const before = JSON.stringify(v1);
    expect(migrateSettingsV1ToV2(v1)).toEqual(v2);
    expect(JSON.stringify(v1)).toBe(before);
  });

  it('a v1 store becomes per-site keys once, with the sites off all along', async () => {
    await local().set({
      settings: { enabled: true, disabledSites: ['a.example', 'b.example'], badgeStyle: 'compact' },
    });
    const first = await loadSiteSettings('a.example');
    expect(first).toMatchObject({ badgeStyle: 'compact', siteOn: false });
    await moveLegacySites();
    expect(await local().get(null)).toEqual({
      settings: { ...DEFAULT_SETTINGS, badgeStyle: 'compact' },
      settings$: { v: 2 },
      'site-off:a.example': true,
      'site-off:b.example': true,
    });
    expect(await listOffSites()).toEqual(['a.example', 'b.example']);
    expect(await isSiteOn('b.example')).toBe(false);
    expect(await isSiteOn('c.example')).toBe(true);
  });

  it('a v1 store with its version meta, changed before the move: no site is lost', async () => {
    await local().set({ settings: { disabledSites: ['a.example'] }, settings$: { v: 1 } });
    await updateSettings({ showHedged: false });
    await setSiteEnabled('c.example', false);
    expect(await listOffSites()).toEqual(['a.example', 'c.example']);
    expect((await loadSettings()).showHedged).toBe(false);
    expect(await local().get('settings')).toEqual({ settings: { ...DEFAULT_SETTINGS, showHedged: false } });
  });

  it('switching a v1 site back on before the move sticks', async () => {
    await local().set({ settings: { disabledSites: ['a.example', 'b.example'] } });
    await setSiteEnabled('a.example', true);
    expect(await listOffSites()).toEqual(['b.example']);
    expect(await isSiteOn('a.example')).toBe(true);
  });
});

describe("the content script's look-up reports its own work (contracts.md §6)", () => {
  it('tells how long checking the stored settings took, once, after the read', async () => {
    await storeSites(3);
    const spans: Array<[number, number]> = [];
    const before = performance.now();
    const settings = await loadSiteSettings('s1.example', (start, end) => spans.push([start, end]));
    expect(settings.siteOn).toBe(false);
    expect(spans).toHaveLength(1);
    const [start, end] = spans[0]!;
    expect(start).toBeGreaterThanOrEqual(before);
    expect(end).toBeGreaterThanOrEqual(start);
    expect(end).toBeLessThanOrEqual(performance.now());
  });

  it('reports nothing when the read itself failed (it falls back to the defaults)', async () => {
    const get = vi.spyOn(local(), 'get').mockRejectedValue(new Error('storage is gone'));
    try {
      const spans: unknown[] = [];
      const settings = await loadSiteSettings('a.example', (start, end) => spans.push([start, end]));
      expect(settings).toMatchObject({ ...DEFAULT_SETTINGS, siteOn: true });
      expect(spans).toEqual([]);
    } finally {
      get.mockRestore();
    }
  });
});
