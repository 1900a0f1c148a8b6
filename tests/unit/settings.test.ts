import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  displayOptions,
  isEnabledFor,
  loadSettings,
  parseSettings,
  type Settings,
  setSiteEnabled,
  siteKey,
  updateSettings,
  watchSettings,
} from '../../src/settings';

const defaults: Settings = { ...DEFAULT_SETTINGS, disabledSites: [] };

describe('parseSettings: every field falls back on its own', () => {
  it.each<[string, unknown, Partial<Settings>]>([
    ['nothing stored', undefined, {}],
    ['null', null, {}],
    ['a string', 'corrupted', {}],
    ['an array', [1, 2, 3], {}],
    ['an empty object', {}, {}],
    [
      'a valid value',
      { enabled: false, disabledSites: ['example.org'], showHedged: false, showNegated: true, badgeStyle: 'compact' },
      { enabled: false, disabledSites: ['example.org'], showHedged: false, showNegated: true, badgeStyle: 'compact' },
    ],
    [
      'a corrupted switch, others kept',
      { enabled: 'yes', disabledSites: ['example.org'], badgeStyle: 'compact' },
      { disabledSites: ['example.org'], badgeStyle: 'compact' },
    ],
    ['an unknown badge style, others kept', { enabled: false, badgeStyle: 'sparkles' }, { enabled: false }],
    ['a corrupted sites list, others kept', { showNegated: true, disabledSites: 'example.org' }, { showNegated: true }],
    [
      'bad entries in the sites list dropped, good ones kept',
      { disabledSites: ['Example.org', 42, null, 'www.shop.example', 'not a host!', 'example.org'] },
      { disabledSites: ['example.org', 'shop.example'] },
    ],
    ['unknown fields dropped', { enabled: false, theme: 'neon', __proto__: { polluted: true } }, { enabled: false }],
  ])('%s', (_name, raw, expected) => {
    const parsed = parseSettings(raw);
    expect(parsed).toEqual({ ...defaults, ...expected });
    expect(Object.keys(parsed).sort()).toEqual(Object.keys(defaults).sort());
  });
});

describe('siteKey', () => {
  it.each<[string, string, string]>([
    ['https:', 'www.example.org', 'example.org'],
    ['http:', 'Example.ORG', 'example.org'],
    ['https:', 'shop.example.co.uk', 'shop.example.co.uk'],
    ['https:', '127.0.0.1', '127.0.0.1'],
    ['file:', '', 'local files'],
  ])('%s//%s → %s', (protocol, hostname, key) => expect(siteKey({ protocol, hostname })).toBe(key));
});

describe('switching sites', () => {
  it('turns one site off and on without touching the others', () => {
    let s = { ...defaults, disabledSites: ['a.example'] };
    s = setSiteEnabled(s, 'b.example', false);
    expect(isEnabledFor(s, 'b.example')).toBe(false);
    expect(isEnabledFor(s, 'c.example')).toBe(true);
    s = setSiteEnabled(s, 'b.example', true);
    expect(s.disabledSites).toEqual(['a.example']);
  });

  it('switching off everywhere wins over every site', () => {
    expect(isEnabledFor({ ...defaults, enabled: false }, 'c.example')).toBe(false);
  });

  it('maps settings to what the page shows', () => {
    expect(displayOptions({ ...defaults, badgeStyle: 'compact', showNegated: true })).toEqual({
      badgeStyle: 'compact',
      showHedged: true,
      showNegated: true,
    });
  });
});

describe('stored settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('starts from the defaults', async () => {
    expect(await loadSettings()).toEqual(defaults);
  });

  it('keeps what is changed and the rest as stored', async () => {
    await updateSettings({ badgeStyle: 'compact' });
    await updateSettings((s) => setSiteEnabled(s, 'example.org', false));
    expect(await loadSettings()).toEqual({ ...defaults, badgeStyle: 'compact', disabledSites: ['example.org'] });
  });

  it('survives a corrupted stored value, keeping the valid fields', async () => {
    await fakeBrowser.storage.local.set({
      settings: { enabled: false, badgeStyle: 42, disabledSites: ['ok.example', {}] },
    });
    expect(await loadSettings()).toEqual({ ...defaults, enabled: false, disabledSites: ['ok.example'] });
  });

  it('tells watchers about changes', async () => {
    const seen: boolean[] = [];
    const unwatch = watchSettings((s) => seen.push(s.enabled));
    await updateSettings({ enabled: false });
    await updateSettings({ enabled: true });
    unwatch();
    await updateSettings({ enabled: false });
    expect(seen).toEqual([false, true]);
  });
});
