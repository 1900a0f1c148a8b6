/**
 * The user's settings, in the browser's local storage (never the synced area: nothing leaves the
 * browser), checked with zod on every read. Each field falls back to its default on its own, so a
 * corrupted or unknown stored value costs only that value, never the user's other choices.
 *
 * Where things are stored (version 2):
 * - `settings` (WXT `local:settings`, meta `settings$` = `{v: 2}`): the four switches and choices,
 *   a small object. Unknown fields are dropped on write.
 * - `site-off:<site key>` = `true`, one key per site where Pointwise is switched off. The content
 *   script asks only "is THIS site off?": one storage read of the settings and of its own site's key,
 *   whatever the number of switched-off sites (the list is never read, parsed or searched there).
 *   The options page lists the sites by a prefix scan of local storage. Any other value than `true`
 *   counts as "on", and a key whose site part is not a valid site key is ignored.
 * - `diagnostics` (see ./diagnostics): a key of its own, contracts.md §6.
 *
 * Migration from version 1 (the sites as `disabledSites: string[]` inside `settings`): WXT's
 * migration API can only return the item's new value, so it is done in two steps.
 * 1. `migrateSettingsV1ToV2` (pure, WXT `migrations: {2: …}`) keeps the switches, each checked on
 *    its own, and moves the v1 list, cleaned, to the field `sitesToMove`.
 * 2. `moveLegacySites` writes one `site-off:` key per listed site, then stores the settings without
 *    `sitesToMove`. Any reader that sees `sitesToMove` starts it (so the first page loaded after the
 *    update does it, once), and every writer waits for it first. Until it has run, readers also
 *    count the sites in `sitesToMove` as off, so nothing flickers on; that one-off look-up is the
 *    only time a page's start depends on the list's length. Moving is idempotent: two pages doing
 *    it at once write the same keys.
 *
 * A stored version newer than ours (a downgrade): WXT would throw "Version downgrade detected" from
 * the migration it runs as soon as an item with migrations is defined, and log it with
 * console.error in every page. So the stored meta is read first, and WXT's migrating item is only
 * defined when the stored value is older than version 2. A newer value is read quietly, field by
 * field (what still parses is kept, the rest falls back to defaults); writing then keeps the newer
 * release's meta and its other fields, so that release finds its data again.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { z } from '../shared/zod';
import { lazySchema } from '../evidence/lazy-schema';
import type { BadgeStyle, DisplayOptions } from '../shared/types';
import { normalizeSiteKey, SITE_OFF_PREFIX } from './quick-reads';

export { normalizeSiteKey, siteKey, SITE_OFF_PREFIX } from './quick-reads';

export { loadDiagnostics, saveDiagnostics, watchDiagnostics } from './diagnostics';

export const BADGE_STYLES = ['badges', 'highlights-only', 'compact'] as const satisfies readonly BadgeStyle[];

export interface Settings {
  /** Annotations on, everywhere (unless a site is switched off). */
  enabled: boolean;
  /** Show claims the page itself hedges ("may help"). */
  showHedged: boolean;
  /** Show statements that deny or doubt an effect ("no evidence that…"). */
  showNegated: boolean;
  /** Mark research the page cites ("a 2012 German trial"), each with its own card. */
  showCitations: boolean;
  badgeStyle: BadgeStyle;
}

/** The settings as one page sees them: with whether its own site is on. */
export interface SiteSettings extends Settings {
  /** The page's site key (see `siteKey`). */
  site: string;
  /** False when this site is switched off (whatever `enabled` says). */
  siteOn: boolean;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  enabled: true,
  showHedged: true,
  showNegated: false,
  showCitations: true,
  badgeStyle: 'badges',
});

/** The settings item's format version (see the file comment). */
export const SETTINGS_VERSION = 2;

const SETTINGS_KEY = 'local:settings' as const;
const SETTINGS_META_KEY = 'local:settings$' as const;

/**
 * Settings as read from storage, field by field. Built on first use: it is the engine's first zod
 * schema, and building it (with zod's own start-up) would otherwise be most of the engine's load.
 */
export const SettingsSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    enabled: z.catch(z.boolean(), DEFAULT_SETTINGS.enabled),
    showHedged: z.catch(z.boolean(), DEFAULT_SETTINGS.showHedged),
    showNegated: z.catch(z.boolean(), DEFAULT_SETTINGS.showNegated),
    showCitations: z.catch(z.boolean(), DEFAULT_SETTINGS.showCitations),
    badgeStyle: z.catch(z.enum(BADGE_STYLES), DEFAULT_SETTINGS.badgeStyle),
  }),
);

/** Whatever storage held, as valid settings. Never throws. */
export function parseSettings(raw: unknown): Settings {
  const result = SettingsSchema.safeParse(isRecord(raw) ? raw : {});
  return result.success ? { ...result.data } : { ...DEFAULT_SETTINGS };
}

/** A list of site keys as stored by version 1: bad entries dropped, the good ones kept, no duplicates. */
export function parseSiteList(raw: unknown): string[] {
  if (!Array.isArray(raw)) return [];
  const sites = new Set<string>();
  for (const entry of raw as unknown[]) {
    const key = typeof entry === 'string' ? normalizeSiteKey(entry) : '';
    if (key !== '') sites.add(key);
  }
  return [...sites];
}

/** The stored value of version 2: the settings, and v1's sites until `moveLegacySites` has run. */
export interface StoredSettingsV2 extends Settings {
  sitesToMove?: string[];
}

/**
 * Version 1 → 2 (pure; WXT runs it once on the stored value): the switches as they were, each
 * checked on its own, and v1's `disabledSites`, cleaned, as `sitesToMove` (left out when empty).
 */
export function migrateSettingsV1ToV2(v1: unknown): StoredSettingsV2 {
  const settings = parseSettings(v1);
  const sites = parseSiteList(isRecord(v1) ? v1.disabledSites : undefined);
  return sites.length > 0 ? { ...settings, sitesToMove: sites } : settings;
}

/** The settings item's migrations, by the version each one produces. */
export const settingsMigrations = { 2: migrateSettingsV1ToV2 } as const;

/** What the settings item holds, read in one storage call together with `extraKeys`. */
interface Stored {
  /** The stored value (null when none), brought up to version 2 when it was older. */
  value: unknown;
  /** Written by a newer release: read field by field, and its meta and other fields kept on write. */
  newer: boolean;
  /** The stored meta when it should be kept or is already current; null when a write must set it. */
  meta: Record<string, unknown> | null;
  /** The values of `extraKeys` (WXT keys), null when absent. */
  extra: Map<string, unknown>;
}

async function readStored(
  extraKeys: readonly `local:${string}`[] = [],
  moveSites = true,
  preRead?: Readonly<Record<string, unknown>>,
): Promise<Stored> {
  const keys = [SETTINGS_KEY, SETTINGS_META_KEY, ...extraKeys];
  // A read made moments ago (the page gate's), as the area holds it: WXT's keys without `local:`.
  let got = preRead
    ? keys.map((key) => ({ key, value: preRead[key.slice('local:'.length)] ?? null }))
    : await storage.getItems(keys);
  const read = () => new Map(got.map(({ key, value }) => [key, value as unknown]));
  let values = read();
  let version = versionOf(values.get(SETTINGS_META_KEY));
  if (values.get(SETTINGS_KEY) != null && version < SETTINGS_VERSION) {
    await runWxtMigration();
    got = await storage.getItems([SETTINGS_KEY, SETTINGS_META_KEY, ...extraKeys]);
    values = read();
    version = versionOf(values.get(SETTINGS_META_KEY));
  }
  let value = values.get(SETTINGS_KEY) ?? null;
  // The migration could not be stored (storage failing): read the old value as it would have become.
  if (value !== null && version < SETTINGS_VERSION) value = migrateSettingsV1ToV2(value);
  else if (moveSites && version === SETTINGS_VERSION && hasSitesToMove(value)) void moveLegacySites();
  const meta = values.get(SETTINGS_META_KEY);
  return {
    value,
    newer: version > SETTINGS_VERSION,
    meta: isRecord(meta) && version >= SETTINGS_VERSION ? meta : null,
    extra: values,
  };
}

/** The stored meta's version, as WXT reads it (`meta.v ?? 1`, compared as a number). */
function versionOf(meta: unknown): number {
  const v = isRecord(meta) ? meta.v : undefined;
  if (v == null) return 1;
  const n = Number(v);
  return Number.isNaN(n) ? 1 : n;
}

let migrating: Promise<void> | null = null;

/**
 * Lets WXT migrate the stored value (defining an item with `migrations` runs them at once). Only
 * called when the stored version is older than ours, so WXT has no downgrade to report.
 */
function runWxtMigration(): Promise<void> {
  migrating ??= storage
    .defineItem<StoredSettingsV2 | null>(SETTINGS_KEY, {
      fallback: null,
      version: SETTINGS_VERSION,
      migrations: settingsMigrations,
    })
    .getMeta()
    .then(
      () => undefined,
      () => undefined,
    )
    .finally(() => {
      migrating = null;
    });
  return migrating;
}

function hasSitesToMove(value: unknown): value is { sitesToMove: unknown } {
  return isRecord(value) && value.sitesToMove !== undefined;
}

let moving: Promise<void> | null = null;

/**
 * Step 2 of the v1 migration (see the file comment): one `site-off:` key per site in
 * `sitesToMove`, then the settings without it. Does nothing when there is nothing to move.
 */
export function moveLegacySites(): Promise<void> {
  moving ??= (async () => {
    const { value, newer } = await readStored([], false);
    if (newer || !hasSitesToMove(value)) return;
    const sites = parseSiteList(value.sitesToMove);
    if (sites.length > 0) {
      await storage.setItems(sites.map((site) => ({ key: siteOffKey(site), value: true })));
    }
    const { sitesToMove: _moved, ...rest } = value;
    await storage.setItem(SETTINGS_KEY, rest);
  })()
    .catch(() => undefined)
    .finally(() => {
      moving = null;
    });
  return moving;
}

/** The settings stored now (defaults where nothing valid is stored). Never throws. */
export async function loadSettings(): Promise<Settings> {
  try {
    return parseSettings((await readStored()).value);
  } catch {
    return { ...DEFAULT_SETTINGS };
  }
}

/**
 * The settings for one page and whether its site is on: one storage read of three keys (the
 * settings, their version, this site's key), whatever the number of switched-off sites. `onWork`
 * hears how long checking the stored value took once it arrived. `preRead`: those keys as read
 * moments ago straight from the storage area (keys without `local:`; the page gate's read, so
 * that the engine need not wait for a read of its own), or undefined to read them now.
 */
export async function loadSiteSettings(
  site: string,
  onWork: (start: number, end: number) => void = () => undefined,
  preRead?: Readonly<Record<string, unknown>>,
): Promise<SiteSettings> {
  const key = normalizeSiteKey(site);
  let start = 0;
  try {
    const stored = await readStored(key === '' ? [] : [siteOffKey(key)], true, preRead);
    start = performance.now();
    const off =
      key !== '' &&
      (stored.extra.get(siteOffKey(key)) === true ||
        // Only until the v1 list has been moved to per-site keys (once, after the update).
        (!stored.newer &&
          hasSitesToMove(stored.value) &&
          Array.isArray(stored.value.sitesToMove) &&
          (stored.value.sitesToMove as unknown[]).includes(key)));
    return { ...parseSettings(stored.value), site, siteOn: !off };
  } catch {
    return { ...DEFAULT_SETTINGS, site, siteOn: true };
  } finally {
    // Checking what was stored (zod) is work on the caller's thread: the content script records it.
    if (start > 0) onWork(start, performance.now());
  }
}

/** Change some settings, keeping the others as stored. */
export async function updateSettings(change: Partial<Settings> | ((current: Settings) => Settings)): Promise<Settings> {
  await moveLegacySites();
  const { value, newer, meta } = await readStored();
  const current = parseSettings(value);
  const next = parseSettings(typeof change === 'function' ? change(current) : { ...current, ...change });
  // A newer release's value keeps its other fields; ours holds exactly the settings.
  const stored = newer && isRecord(value) ? { ...value, ...next } : next;
  await storage.setItems([
    { key: SETTINGS_KEY, value: stored },
    ...(meta === null ? [{ key: SETTINGS_META_KEY, value: { v: SETTINGS_VERSION } }] : []),
  ]);
  return next;
}

/** Call `listener` with the new settings whenever they change (from any page of the extension). */
export function watchSettings(listener: (settings: Settings) => void): () => void {
  return storage.watch<unknown>(SETTINGS_KEY, (value) => listener(parseSettings(value)));
}

/**
 * Call `listener` whenever the settings or this site's switch change (from any page of the
 * extension), with both read afresh; other sites' switches are not listened to.
 */
export function watchSiteSettings(site: string, listener: (settings: SiteSettings) => void): () => void {
  const key = normalizeSiteKey(site);
  let live = true;
  let asked = 0;
  let last: SiteSettings | null = null;
  const reread = () => {
    const seq = ++asked;
    void loadSiteSettings(site).then((next) => {
      // An older read finishing after a newer one says nothing new.
      if (!live || seq !== asked || (last !== null && sameSiteSettings(last, next))) return;
      last = next;
      listener(next);
    });
  };
  const unwatchers = [storage.watch(SETTINGS_KEY, reread)];
  if (key !== '') unwatchers.push(storage.watch(siteOffKey(key), reread));
  return () => {
    live = false;
    for (const unwatch of unwatchers) unwatch();
  };
}

function sameSiteSettings(a: SiteSettings, b: SiteSettings): boolean {
  return (Object.keys(a) as (keyof SiteSettings)[]).every((k) => a[k] === b[k]);
}

/** The WXT storage key of one site's switch. */
export function siteOffKey(site: string): `local:${string}` {
  return `local:${SITE_OFF_PREFIX}${site}`;
}

/** Is this site on (not switched off)? One storage read; the global switch is not looked at. */
export async function isSiteOn(site: string): Promise<boolean> {
  return (await loadSiteSettings(site)).siteOn;
}

/** Switch one site on or off. */
export async function setSiteEnabled(site: string, on: boolean): Promise<void> {
  const key = normalizeSiteKey(site);
  if (key === '') return;
  await moveLegacySites();
  if (on) await storage.removeItem(siteOffKey(key));
  else await storage.setItem(siteOffKey(key), true);
}

/**
 * Switch a site the other way round from how it shows now (the keyboard shortcut): when Pointwise
 * is on there, the site is switched off; else the site is switched on. Resolves to whether
 * annotations are on there afterwards.
 */
export async function toggleSite(site: string): Promise<boolean> {
  const now = await loadSiteSettings(site);
  const on = !isEnabledFor(now);
  await setSiteEnabled(site, on);
  return now.enabled && on;
}

/** Call `listener` with this site's switch (true: on) whenever it changes. */
export function watchSite(site: string, listener: (on: boolean) => void): () => void {
  const key = normalizeSiteKey(site);
  if (key === '') return () => {};
  return storage.watch<unknown>(siteOffKey(key), (value) => listener(value !== true));
}

/** Every switched-off site, alphabetically: a prefix scan of local storage (for the options page). */
export async function listOffSites(): Promise<string[]> {
  await moveLegacySites();
  const all = await storage.snapshot('local');
  const sites: string[] = [];
  for (const [key, value] of Object.entries(all)) {
    if (!key.startsWith(SITE_OFF_PREFIX) || value !== true) continue;
    const site = key.slice(SITE_OFF_PREFIX.length);
    if (site !== '' && normalizeSiteKey(site) === site) sites.push(site);
  }
  return sites.sort();
}

/** Switch every site back on. */
export async function clearOffSites(): Promise<void> {
  const sites = await listOffSites();
  if (sites.length > 0) await storage.removeItems(sites.map(siteOffKey));
}

/**
 * Call `listener` whenever any site is switched on or off (or the v1 list is moved). It is told
 * nothing else: read the list again with `listOffSites`.
 */
export function watchOffSites(listener: () => void): () => void {
  const area = browser.storage.local;
  const onChanged = (changes: Record<string, unknown>) => {
    if (Object.keys(changes).some((k) => k.startsWith(SITE_OFF_PREFIX))) listener();
  };
  area.onChanged.addListener(onChanged);
  return () => area.onChanged.removeListener(onChanged);
}

/** Are annotations on for this page: on everywhere, and its site not switched off? */
export function isEnabledFor(settings: Pick<SiteSettings, 'enabled' | 'siteOn'>): boolean {
  return settings.enabled && settings.siteOn;
}

/** What the page shows under these settings. */
export function displayOptions(settings: Settings): DisplayOptions {
  return {
    badgeStyle: settings.badgeStyle,
    showHedged: settings.showHedged,
    showNegated: settings.showNegated,
    showCitations: settings.showCitations,
  };
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return x !== null && typeof x === 'object' && !Array.isArray(x);
}
