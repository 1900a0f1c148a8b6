import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  displayOptions,
  isEnabledFor,
  loadSettings,
  parseSettings,
  type Settings,
  siteKey,
  updateSettings,
  watchSettings,
} from '../../src/settings';
import { z } from '../../src/shared/zod';

const defaults: Settings = { ...DEFAULT_SETTINGS };

describe('zod as the extension uses it', () => {
  it('never probes for eval: an extension page forbids it and the probe costs a CSP report', () => {
    parseSettings({ enabled: false });
    expect(z.config({}).jitless).toBe(true);
  });
});

describe('parseSettings: every field falls back on its own', () => {
  it.each<[string, unknown, Partial<Settings>]>([
    ['nothing stored', undefined, {}],
    ['null', null, {}],
    ['a string', 'corrupted', {}],
    ['an array', [1, 2, 3], {}],
    ['an empty object', {}, {}],
    [
      'a valid value',
      { enabled: false, showHedged: false, showNegated: true, badgeStyle: 'compact' },
      { enabled: false, showHedged: false, showNegated: true, badgeStyle: 'compact' },
    ],
    ['a corrupted switch, others kept', { enabled: 'yes', badgeStyle: 'compact' }, { badgeStyle: 'compact' }],
    ['an unknown badge style, others kept', { enabled: false, badgeStyle: 'sparkles' }, { enabled: false }],
    [
      'citations switched off, or corrupted without touching the others',
      { showCitations: false, showNegated: true },
      { showCitations: false, showNegated: true },
    ],
    ['a corrupted citations switch, others kept', { showCitations: 'no', showHedged: false }, { showHedged: false }],
    [
      'unknown fields dropped (a v1 sites list too)',
      { enabled: false, theme: 'neon', disabledSites: ['a.example'], __proto__: { polluted: true } },
      { enabled: false },
    ],
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

describe('on or off for a page', () => {
  it('is on only when on everywhere and on for the site', () => {
    expect(isEnabledFor({ enabled: true, siteOn: true })).toBe(true);
    expect(isEnabledFor({ enabled: true, siteOn: false })).toBe(false);
    expect(isEnabledFor({ enabled: false, siteOn: true })).toBe(false);
  });

  it('maps settings to what the page shows', () => {
    expect(displayOptions({ ...defaults, badgeStyle: 'compact', showNegated: true, showCitations: false })).toEqual({
      badgeStyle: 'compact',
      showHedged: true,
      showNegated: true,
      showCitations: false,
    });
  });
});

describe('stored settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('starts from the defaults', async () => {
    expect(await loadSettings()).toEqual(defaults);
  });

  it('keeps what is changed and the rest as stored, with the format version', async () => {
    await updateSettings({ badgeStyle: 'compact' });
    await updateSettings((s) => ({ ...s, showNegated: true }));
    expect(await loadSettings()).toEqual({ ...defaults, badgeStyle: 'compact', showNegated: true });
    expect(await fakeBrowser.storage.local.get(['settings', 'settings$'])).toEqual({
      settings: { ...defaults, badgeStyle: 'compact', showNegated: true },
      settings$: { v: 2 },
    });
  });

  it('survives a corrupted stored value, keeping the valid fields', async () => {
    await fakeBrowser.storage.local.set({ settings: { enabled: false, badgeStyle: 42 }, settings$: { v: 2 } });
    expect(await loadSettings()).toEqual({ ...defaults, enabled: false });
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
