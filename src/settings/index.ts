/**
 * The user's settings: one versioned WXT storage item in the browser's local storage (never the
 * synced area: nothing leaves the browser), checked with zod on every read.
 *
 * Each field falls back to its default on its own, so a corrupted or unknown stored value costs
 * only that value, never the user's other choices; unknown fields are dropped.
 */
import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import type { BadgeStyle, DisplayOptions } from '../shared/types';

export const BADGE_STYLES = ['badges', 'highlights-only', 'compact'] as const satisfies readonly BadgeStyle[];

export interface Settings {
  /** Annotations on, everywhere (unless a site is switched off). */
  enabled: boolean;
  /** Site keys (see `siteKey`) where annotations are off. */
  disabledSites: string[];
  /** Show claims the page itself hedges ("may help"). */
  showHedged: boolean;
  /** Show statements that deny or doubt an effect ("no evidence that…"). */
  showNegated: boolean;
  badgeStyle: BadgeStyle;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  enabled: true,
  disabledSites: [],
  showHedged: true,
  showNegated: false,
  badgeStyle: 'badges',
});

const SITE_KEY = /^(?:[a-z0-9-]+\.)*[a-z0-9-]+$|^\[[0-9a-f:.]+\]$|^local files$/;

/** The sites list: a bad entry is dropped, the good ones stay, duplicates go. */
const SitesSchema = z
  .array(z.unknown())
  .transform((list) => [
    ...new Set(
      list
        .filter((x): x is string => typeof x === 'string')
        .map(normalizeSiteKey)
        .filter((k) => k !== ''),
    ),
  ])
  .catch([]);

/** Settings as read from storage, field by field. */
export const SettingsSchema = z.object({
  enabled: z.boolean().catch(DEFAULT_SETTINGS.enabled),
  disabledSites: SitesSchema.default([]),
  showHedged: z.boolean().catch(DEFAULT_SETTINGS.showHedged),
  showNegated: z.boolean().catch(DEFAULT_SETTINGS.showNegated),
  badgeStyle: z.enum(BADGE_STYLES).catch(DEFAULT_SETTINGS.badgeStyle),
});

/** Whatever storage held, as valid settings. Never throws. */
export function parseSettings(raw: unknown): Settings {
  const input = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? raw : {};
  const result = SettingsSchema.safeParse(input);
  return result.success ? { ...result.data } : { ...DEFAULT_SETTINGS, disabledSites: [] };
}

/**
 * The storage item. Version 1 is the first stored format; a later format adds a numbered,
 * unit-tested function to `migrations`, and WXT runs it once on the stored value.
 */
export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: { ...DEFAULT_SETTINGS, disabledSites: [] },
  version: 1,
  migrations: {},
});

export async function loadSettings(): Promise<Settings> {
  try {
    return parseSettings(await settingsItem.getValue());
  } catch {
    return { ...DEFAULT_SETTINGS, disabledSites: [] };
  }
}

/** Change some settings, keeping the others as stored. */
export async function updateSettings(change: Partial<Settings> | ((current: Settings) => Settings)): Promise<Settings> {
  const current = await loadSettings();
  const next = parseSettings(typeof change === 'function' ? change(current) : { ...current, ...change });
  await settingsItem.setValue(next);
  return next;
}

/** Call `listener` with the new settings whenever they change (from any page of the extension). */
export function watchSettings(listener: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => listener(parseSettings(value)));
}

function normalizeSiteKey(key: string): string {
  const k = key
    .trim()
    .toLowerCase()
    .replace(/^www\./, '')
    .replace(/\.$/, '');
  return SITE_KEY.test(k) ? k : '';
}

/**
 * The key under which "this site" is switched off: the host name without a leading "www."
 * (http and https, www and bare, are one site to a user). Local files share one key.
 */
export function siteKey(location: { protocol: string; hostname: string }): string {
  if (location.protocol === 'file:') return 'local files';
  return normalizeSiteKey(location.hostname);
}

/** Are annotations on for this site under these settings? */
export function isEnabledFor(settings: Settings, key: string): boolean {
  return settings.enabled && !settings.disabledSites.includes(key);
}

/** Switch one site on or off. */
export function setSiteEnabled(settings: Settings, key: string, on: boolean): Settings {
  const others = settings.disabledSites.filter((s) => s !== key);
  return { ...settings, disabledSites: on ? others : [...others, key] };
}

/** What the page shows under these settings. */
export function displayOptions(settings: Settings): DisplayOptions {
  return { badgeStyle: settings.badgeStyle, showHedged: settings.showHedged, showNegated: settings.showNegated };
}
