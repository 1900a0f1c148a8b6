/**
 * The popup's line to the page it was opened over: which tab that is, and the two messages it
 * sends there (what is on this page; show me this claim). Validated on receipt with zod.
 */
import { browser } from 'wxt/browser';
import { sendToTab, SummaryResponse } from '../messaging/messages';
import type { PageProbe } from './page-view';

/** The parts of a tab the popup looks at (no URL: Pointwise has no "tabs" permission). */
export interface TabLike {
  id?: number;
  active?: boolean;
  status?: string;
}

/**
 * The tab the popup speaks for: the first of `candidates` (the active tabs of the last focused
 * window) that is not the popup's own tab. The popup has a tab of its own only when it is opened
 * as a page (the end-to-end tests do that); a real popup has none.
 */
export function pickTargetTab<T extends TabLike>(
  candidates: readonly T[],
  ownTabId: number | undefined,
): T | undefined {
  return candidates.find((tab) => tab.id !== undefined && tab.id !== ownTabId);
}

/** The tab the popup was opened over, or undefined when there is none (e.g. no normal window). */
export async function findTargetTab(): Promise<TabLike | undefined> {
  const own = await browser.tabs.getCurrent().catch(() => undefined);
  const ownId = own?.id;
  const focused = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  const tab = pickTargetTab(focused, ownId);
  if (tab) return tab;
  return pickTargetTab(await browser.tabs.query({ active: true, currentWindow: true }), ownId);
}

/**
 * Ask the tab's content script for its summary. `unreachable` when nothing answers (the browser
 * keeps extensions off the page, or the page was open before Pointwise was installed) or the
 * answer does not parse.
 */
export async function requestSummary(tabId: number): Promise<PageProbe> {
  try {
    const raw: unknown = await sendToTab(tabId, { type: 'pointwise:summary' });
    const parsed = SummaryResponse.safeParse(raw);
    return parsed.success ? { kind: 'ok', summary: parsed.data } : { kind: 'unreachable' };
  } catch {
    return { kind: 'unreachable' };
  }
}

/** Ask the page to scroll to a claim and flash it. Resolves to whether the page found it. */
export async function revealClaim(tabId: number, id: number): Promise<boolean> {
  try {
    const answer: unknown = await sendToTab(tabId, { type: 'pointwise:reveal', id });
    return answer === true;
  } catch {
    return false;
  }
}

/** Whether the tab is still loading (its content script may not be listening yet). */
export async function isTabLoading(tabId: number): Promise<boolean> {
  try {
    return (await browser.tabs.get(tabId)).status === 'loading';
  } catch {
    return false;
  }
}
