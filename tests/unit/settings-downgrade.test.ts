/**
 * Settings written by a newer release (a downgrade): read quietly, field by field, with nothing in
 * the console (WXT's migrating item would log "Version downgrade detected" in every page).
 */
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import {
  DEFAULT_SETTINGS,
  listOffSites,
  loadSettings,
  loadSiteSettings,
  SETTINGS_VERSION,
  setSiteEnabled,
  settingsMigrations,
  toggleSite,
  updateSettings,
  watchSiteSettings,
} from '../../src/settings';

const CONSOLE_METHODS = ['error', 'warn', 'log', 'info', 'debug'] as const;
let spies: MockInstance<(...data: unknown[]) => void>[] = [];

beforeEach(() => {
  fakeBrowser.reset();
  spies = CONSOLE_METHODS.map((method) => vi.spyOn(console, method).mockImplementation(() => undefined));
});

afterEach(() => {
  for (const spy of spies) spy.mockRestore();
});

const consoleCalls = () => spies.reduce((n, spy) => n + spy.mock.calls.length, 0);

/** What a future release might have stored: a field we know, a bad one, fields of its own. */
const FUTURE = {
  settings: {
    enabled: false,
    showNegated: 'sometimes',
    badgeStyle: 'compact',
    theme: 'dark',
    sitesToMove: ['x.example'],
  },
  settings$: { v: 3 },
  'site-off:a.example': true,
};

describe('settings from a newer release', () => {
  it('the hazard is real: a WXT item with migrations logs the downgrade', async () => {
    await fakeBrowser.storage.local.set(FUTURE);
    const item = storage.defineItem('local:settings', {
      fallback: null,
      version: SETTINGS_VERSION,
      migrations: settingsMigrations,
    });
    await item.getValue();
    expect(spies[0]!.mock.calls.length).toBeGreaterThan(0);
  });

  it('loads field by field, keeping what parses, with no console output', async () => {
    await fakeBrowser.storage.local.set(FUTURE);
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, enabled: false, badgeStyle: 'compact' });
    expect(await loadSiteSettings('a.example')).toEqual({
      ...DEFAULT_SETTINGS,
      enabled: false,
      badgeStyle: 'compact',
      site: 'a.example',
      siteOn: false,
    });
    // The newer release's own fields mean nothing to us: its `sitesToMove` is not read or moved.
    expect((await loadSiteSettings('x.example')).siteOn).toBe(true);
    expect(await listOffSites()).toEqual(['a.example']);
    expect(consoleCalls()).toBe(0);
  });

  it('writes keep the newer version and its fields, with no console output', async () => {
    await fakeBrowser.storage.local.set(FUTURE);
    const seen: boolean[] = [];
    const unwatch = watchSiteSettings('b.example', (s) => seen.push(s.siteOn));
    expect(await updateSettings({ showHedged: false })).toEqual({
      ...DEFAULT_SETTINGS,
      enabled: false,
      showHedged: false,
      badgeStyle: 'compact',
    });
    await setSiteEnabled('b.example', false);
    expect(await toggleSite('a.example')).toBe(false);
    await vi.waitFor(() => expect(seen.at(-1)).toBe(false));
    unwatch();
    expect(await fakeBrowser.storage.local.get(['settings', 'settings$'])).toEqual({
      // Our own fields are written too (showCitations, at its default); the newer release's are kept.
      settings: { ...FUTURE.settings, showNegated: false, showHedged: false, showCitations: true },
      settings$: { v: 3 },
    });
    expect(await listOffSites()).toEqual(['b.example']);
    expect(consoleCalls()).toBe(0);
  });

  it.each<[string, unknown]>([
    ['a version as a string', { v: '7' }],
    ['a huge version', { v: 1e9 }],
  ])('stays quiet with %s', async (_name, meta) => {
    await fakeBrowser.storage.local.set({ settings: { showNegated: true }, settings$: meta });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, showNegated: true });
    await updateSettings({ enabled: false });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, showNegated: true, enabled: false });
    expect(consoleCalls()).toBe(0);
  });
});
