/**
 * The muted toolbar icon of a switched-off site, decided in the background from a tab's address
 * (issue 8: the page gate reads no settings on the pages it turns away, so it can't say so itself).
 * Browser APIs come in as arguments, so the logic is tested with the fake browser.
 */
import { isSiteOnQuick, siteKey, SITE_OFF_PREFIX, type StorageArea } from '../settings/quick-reads';
import type { BadgeKeeper } from './badge';

/** Is Pointwise on for the site at `url`? (On for no address, or one without a site.) */
export async function siteOnAt(url: string | undefined, local: StorageArea): Promise<boolean> {
  if (!url) return true;
  let site: string;
  try {
    site = siteKey(new URL(url));
  } catch {
    return true;
  }
  return isSiteOnQuick(site, local);
}

/** Whether a change in local storage can switch a site on or off. */
export function switchesSites(changedKeys: readonly string[]): boolean {
  return changedKeys.some((key) => key === 'settings' || key.startsWith(SITE_OFF_PREFIX));
}

/** Mute or unmute every tab's icon by its site's switch. */
export async function muteTabsBySite(
  keeper: Pick<BadgeKeeper, 'setMuted'>,
  tabs: { query(info: Record<string, never>): Promise<Array<{ id?: number; url?: string }>> },
  local: StorageArea,
): Promise<void> {
  const all = await tabs.query({}).catch(() => []);
  await Promise.all(
    all.map(async ({ id, url }) => {
      if (id !== undefined) await keeper.setMuted(id, !(await siteOnAt(url, local)));
    }),
  );
}
