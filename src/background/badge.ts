/**
 * The toolbar badge (contracts.md §5): the number of claims Pointwise shows on each tab, empty when
 * there are none. Browser APIs come in as arguments, so the logic is tested without module mocks.
 */

export interface BadgeApi {
  setBadgeText(details: { tabId?: number; text: string }): Promise<void> | void;
  setBadgeBackgroundColor(details: { tabId?: number; color: string }): Promise<void> | void;
  setIcon(details: { tabId?: number; path: Record<string, string> }): Promise<void> | void;
}

/** The toolbar icon, generated at build from assets/icon.svg (wxt.config.ts). */
export const ICON_PATHS: Record<string, string> = { 16: '/icons/16.png', 32: '/icons/32.png', 48: '/icons/48.png' };
/** The muted icon, shown on a tab whose site has annotations switched off. */
export const MUTED_ICON_PATHS: Record<string, string> = {
  16: '/icons/muted-16.png',
  32: '/icons/muted-32.png',
  48: '/icons/muted-48.png',
};

export interface TabsApi {
  query(info: Record<string, never>): Promise<Array<{ id?: number }>>;
  sendMessage(tabId: number, message: unknown): Promise<unknown>;
}

/** A calm slate that reads well behind the white badge text in light and dark toolbars. */
export const BADGE_COLOR = '#3d4f63';

/** Badge text for a count: empty for none, "999+" past three digits so it fits. */
export function badgeText(count: number): string {
  if (!Number.isFinite(count) || count <= 0) return '';
  return count > 999 ? '999+' : String(Math.floor(count));
}

export class BadgeKeeper {
  private readonly counts = new Map<number, number>();
  /** Tabs currently showing the muted icon. */
  private readonly muted = new Set<number>();

  constructor(
    private readonly badge: BadgeApi,
    private readonly tabs: TabsApi,
  ) {}

  /** The count a tab shows now (for tests and the popup). */
  countOf(tabId: number): number {
    return this.counts.get(tabId) ?? 0;
  }

  /** A content script reported its count, and whether annotations are on for its site. */
  async setCount(tabId: number, count: number, enabled = true): Promise<void> {
    if (count > 0) this.counts.set(tabId, count);
    else this.counts.delete(tabId);
    await this.apply(tabId, badgeText(count));
    await this.setMuted(tabId, !enabled);
  }

  /** Whether a tab shows the muted icon now (for tests). */
  isMuted(tabId: number): boolean {
    return this.muted.has(tabId);
  }

  /**
   * Show or take away the muted icon on a tab, as its site's switch says. The background decides
   * this itself from the tab's address (the page gate reads no settings on pages it turns away),
   * and the engine says so again with its count.
   */
  async setMuted(tabId: number, muted: boolean): Promise<void> {
    if (muted === this.muted.has(tabId)) return;
    if (muted) this.muted.add(tabId);
    else this.muted.delete(tabId);
    try {
      await this.badge.setIcon({ tabId, path: muted ? MUTED_ICON_PATHS : ICON_PATHS });
    } catch {
      // The tab closed meanwhile.
    }
  }

  /**
   * The tab started loading another page: its old count means nothing now. `muted`: the new page's
   * site is switched off (the background reads that from the tab's address).
   */
  async navigated(tabId: number, muted = false): Promise<void> {
    this.counts.delete(tabId);
    await this.apply(tabId, '');
    await this.setMuted(tabId, muted);
  }

  removed(tabId: number): void {
    this.counts.delete(tabId);
    this.muted.delete(tabId);
  }

  /**
   * Right after the service worker (re)starts: whatever the badges show may be stale, so clear them,
   * then ask every tab's content script to report again. Tabs without one (browser pages) stay empty.
   */
  async restarted(): Promise<void> {
    this.counts.clear();
    this.muted.clear();
    let tabs: Array<{ id?: number }> = [];
    try {
      tabs = await this.tabs.query({});
    } catch {
      return;
    }
    await Promise.all(
      tabs.map(async ({ id }) => {
        if (id === undefined) return;
        await this.apply(id, '');
        try {
          await this.tabs.sendMessage(id, { type: 'pointwise:report-count' });
        } catch {
          // No content script there (a browser page, a tab still loading): nothing to report.
        }
      }),
    );
  }

  private async apply(tabId: number, text: string): Promise<void> {
    try {
      await this.badge.setBadgeText({ tabId, text });
      if (text) await this.badge.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
    } catch {
      // The tab closed meanwhile.
    }
  }
}
