/**
 * Site keys, and the one look-up the page gate needs ("is Pointwise on for this site?"), with no
 * zod, no WXT storage item and no polyfill: the gate runs on every page and must stay small and
 * quick to load (issue 8), so the storage area comes in as an argument (the browser's own in the
 * gate, the polyfill's in the background). The full settings (./index.ts) re-export these.
 */

/** A storage area as both browsers provide it natively (and as the polyfill does). */
export interface StorageArea {
  get(keys: string[]): Promise<Record<string, unknown>>;
}

/** Storage-key prefix of the switched-off sites (without WXT's area prefix). */
export const SITE_OFF_PREFIX = 'site-off:';

const SITE_KEY = /^(?:[a-z0-9-]+\.)*[a-z0-9-]+$|^\[[0-9a-f:.]+\]$|^local files$/;

export function normalizeSiteKey(key: string): string {
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

/** Whether `stored` (a read of `settings` and the site's `site-off:` key) leaves `key` switched on. */
function siteOnIn(stored: Record<string, unknown>, key: string): boolean {
  const settings = stored.settings;
  const record = settings !== null && typeof settings === 'object' ? (settings as Record<string, unknown>) : {};
  if (record.enabled === false) return false;
  if (key === '') return true;
  if (stored[`${SITE_OFF_PREFIX}${key}`] === true) return false;
  const toMove = record.sitesToMove;
  return !(Array.isArray(toMove) && toMove.includes(key));
}

/**
 * Whether annotations are on for `site`, read straight from storage with the same rules as
 * `loadSiteSettings`: on unless `settings.enabled` is exactly false or the site's own
 * `site-off:` key is exactly true (or, until the one-off move after the update from version 1,
 * the site is in `settings.sitesToMove`). Any other stored value reads as on. Never throws.
 */
export async function isSiteOnQuick(site: string, local: StorageArea): Promise<boolean> {
  return (await readGateSettings(site, local)).siteOn;
}

/** What the page gate reads at start. */
export interface GateSettings {
  /** Annotations are on for the site ({@link isSiteOnQuick}'s rules). */
  siteOn: boolean;
  /** `diagnostics: true` in local storage (contracts.md §6). */
  diagnostics: boolean;
  /**
   * What was read, as stored (area keys without WXT's `local:` prefix): the settings, their
   * version and the site's key, for the engine to start from without a read of its own. Empty
   * when the read failed.
   */
  stored: Record<string, unknown>;
}

/**
 * The page gate's one storage read: whether annotations are on for `site`, and whether diagnostics
 * are on. One call rather than two, since the gate runs on every page. Never throws: an unreadable
 * store reads as on, without diagnostics.
 */
export async function readGateSettings(site: string, local: StorageArea): Promise<GateSettings> {
  const key = normalizeSiteKey(site);
  try {
    const stored = await local.get(['settings', 'settings$', `${SITE_OFF_PREFIX}${key}`, 'diagnostics']);
    return { siteOn: siteOnIn(stored, key), diagnostics: stored.diagnostics === true, stored };
  } catch {
    return { siteOn: true, diagnostics: false, stored: {} };
  }
}
