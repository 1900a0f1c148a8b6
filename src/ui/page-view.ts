/**
 * What the popup shows about the current page, as pure functions of the content script's summary
 * and the user's settings: which state the page is in (with its empty-state wording chosen by the
 * component), claims grouped by topic, overstated counts, excerpts. No DOM, no `browser`: the
 * popup's components call these, and tests/unit/popup-page-view.test.ts checks them.
 */
import { topicEvidence } from '../evidence';
import type { StatusId, TopicId } from '../evidence/ids';
import type { SummaryResponse } from '../messaging/messages';
import { isOverstated } from './labels';
import { isEnabledFor, type Settings } from '../settings';

/** One claim as the content script reports it. */
export type SummaryClaim = SummaryResponse['claims'][number];

/** What asking the tab's content script gave. */
export type PageProbe =
  /** No answer yet. */
  | { kind: 'pending' }
  /** No content script answered: a browser or store page, or a tab opened before Pointwise was installed. */
  | { kind: 'unreachable' }
  | { kind: 'ok'; summary: SummaryResponse };

/** The state of "On this page", from the most to the least blocking reason. */
export type PageState =
  | { kind: 'loading' }
  | { kind: 'unreachable' }
  | { kind: 'off-everywhere'; site: string }
  | { kind: 'off-site'; site: string }
  | { kind: 'reading' }
  | { kind: 'not-relevant' }
  /** About mats, but nothing shown; `hidden` claims are there but hidden by the settings. */
  | { kind: 'nothing-found'; hidden: number; citations?: SummaryResponse['citations'] }
  | { kind: 'claims'; summary: SummaryResponse };

/**
 * Which state the page is in. The settings and this site's switch (`siteOn`, null until known;
 * both read by the popup itself, and watched) decide on/off, not the summary's `enabled`, which can
 * lag a switch by a moment; until they are loaded the summary's word is taken.
 */
export function choosePageState(probe: PageProbe, settings: Settings | null, siteOn: boolean | null = null): PageState {
  if (probe.kind === 'pending') return { kind: 'loading' };
  if (probe.kind === 'unreachable') return { kind: 'unreachable' };
  const summary = probe.summary;
  if (settings ? !settings.enabled : false) return { kind: 'off-everywhere', site: summary.site };
  const on = settings && siteOn !== null ? isEnabledFor({ enabled: settings.enabled, siteOn }) : summary.enabled;
  if (!on) return { kind: 'off-site', site: summary.site };
  // Switched on a moment ago: the content script has not started again yet.
  if (!summary.enabled) return { kind: 'reading' };
  if (summary.claims.length > 0) return { kind: 'claims', summary };
  if (!summary.ready) return { kind: 'reading' };
  if (!summary.relevant) return { kind: 'not-relevant' };
  const hidden = Math.max(0, summary.total - summary.claims.length);
  // No claim, but research cited (a study summary page): the popup still lists it.
  return summary.citations.length > 0
    ? { kind: 'nothing-found', hidden, citations: summary.citations }
    : { kind: 'nothing-found', hidden };
}

/** The claims about one topic, in page order. */
export interface TopicGroup {
  topic: TopicId;
  /** The knowledge base's title for the topic, e.g. "Back and neck pain". */
  title: string;
  status: StatusId;
  claims: SummaryClaim[];
}

/**
 * Claims grouped by topic. Groups come in the order their first claim appears on the page, and
 * claims keep page order inside a group (the content script lists them in page order). A claim
 * whose id repeats is listed once.
 */
export function groupClaimsByTopic(claims: readonly SummaryClaim[]): TopicGroup[] {
  const groups = new Map<TopicId, TopicGroup>();
  const seen = new Set<number>();
  for (const claim of claims) {
    if (seen.has(claim.id)) continue;
    seen.add(claim.id);
    let group = groups.get(claim.topic);
    if (!group) {
      const evidence = topicEvidence(claim.topic);
      group = { topic: claim.topic, title: evidence.title, status: evidence.status, claims: [] };
      groups.set(claim.topic, group);
    }
    group.claims.push(claim);
  }
  return [...groups.values()];
}

/** How many claims of one topic the popup lists before a "Show all" button. */
export const CLAIMS_PER_TOPIC = 3;

/**
 * The claims of a group to list now: all when `expanded`, else the first `limit` (a page of
 * hundreds of reviews should not make the popup a wall). `more` is how many are left out.
 */
export function claimsToList<T>(
  claims: readonly T[],
  expanded: boolean,
  limit = CLAIMS_PER_TOPIC,
): { shown: T[]; more: number } {
  // Hiding a single claim behind a button saves nothing.
  if (expanded || claims.length <= limit + 1) return { shown: [...claims], more: 0 };
  return { shown: claims.slice(0, limit), more: claims.length - limit };
}

/** How many claims are stated as proven (a negated statement never counts: contracts §2). */
export function countOverstated(claims: readonly SummaryClaim[]): number {
  return claims.filter(isOverstated).length;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "7 claims about 4 topics", "1 claim about 1 topic". */
export function claimsHeadline(claims: readonly SummaryClaim[]): string {
  const topics = new Set(claims.map((c) => c.topic)).size;
  return `${plural(claims.length, 'claim', 'claims')} about ${plural(topics, 'topic', 'topics')}`;
}

/** "2 stated as proven", or null when none is. */
export function overstatedLine(claims: readonly SummaryClaim[]): string | null {
  const n = countOverstated(claims);
  return n === 0 ? null : `${n} stated as proven`;
}

/**
 * Whether to say that the page makes claims without a safety warning of its own: only when it
 * asserts or hedges at least one claim (a page that only doubts effects makes no claim to warn about).
 */
export function lacksSafetyWarning(summary: SummaryResponse): boolean {
  return !summary.hasSafetyWarning && summary.claims.some((c) => c.stance !== 'negated');
}

/** A sentence cut for a list, with the claim phrase kept whole and visible. */
export interface Excerpt {
  /** Text before the phrase ("…" first when cut). */
  before: string;
  /** The phrase as it reads in the sentence, or '' when it could not be found there. */
  phrase: string;
  /** Text after the phrase ("…" last when cut). */
  after: string;
  /** Whether anything was left out. */
  shortened: boolean;
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Cut `text` to at most `max` characters at a word boundary, keeping its start; '…' marks the cut. */
export function cutEnd(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 1) return '…';
  const cut = text.slice(0, max - 1);
  // The cut already ends a word when a space follows it.
  const space = text[max - 1] === ' ' ? cut.length : cut.lastIndexOf(' ');
  const kept = space > 0 && space >= max * 0.5 ? cut.slice(0, space) : cut;
  return `${kept.replace(/[\s,;:–—-]+$/, '')}…`;
}

/** Cut `text` to at most `max` characters at a word boundary, keeping its end; '…' marks the cut. */
export function cutStart(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 1) return '…';
  const start = text.length - (max - 1);
  const cut = text.slice(start);
  // The cut already starts a word when a space precedes it.
  const space = text[start - 1] === ' ' ? -1 : cut.indexOf(' ');
  const kept = space >= 0 && space <= max * 0.5 ? cut.slice(space + 1) : cut;
  return `…${kept.replace(/^[\s,;:–—-]+/, '')}`;
}

/**
 * The sentence shortened to about `max` characters at word boundaries, so that the claim phrase
 * stays whole and has some context on each side. Whitespace is collapsed. When the phrase is not
 * in the sentence (it should be), the sentence's start is kept.
 */
export function excerpt(sentence: string, phrase: string, max = 150): Excerpt {
  const text = collapse(sentence);
  const wanted = collapse(phrase);
  const at = wanted === '' ? -1 : text.toLowerCase().indexOf(wanted.toLowerCase());
  if (at < 0) {
    const cut = cutEnd(text, max);
    return { before: cut, phrase: '', after: '', shortened: cut !== text };
  }
  const found = text.slice(at, at + wanted.length);
  const head = text.slice(0, at);
  const tail = text.slice(at + wanted.length);
  if (text.length <= max) return { before: head, phrase: found, after: tail, shortened: false };
  // Room left for context, shared between the two sides; a short side gives its rest to the other.
  const room = Math.max(0, max - found.length);
  let headRoom = Math.floor(room * 0.4);
  let tailRoom = room - headRoom;
  if (head.length < headRoom) {
    tailRoom += headRoom - head.length;
    headRoom = head.length;
  } else if (tail.length < tailRoom) {
    headRoom += tailRoom - tail.length;
    tailRoom = tail.length;
  }
  const before = head.length <= headRoom ? head : headRoom < 12 ? '…' : cutStart(head, headRoom);
  const after = tail.length <= tailRoom ? tail : tailRoom < 12 ? '…' : cutEnd(tail, tailRoom);
  // Keep the space between context and phrase that a cut may have eaten.
  const beforeText = before === '…' && head.length > 0 ? '… ' : before;
  const afterText = after === '…' && tail.length > 0 ? (/^\s/.test(tail) ? ' …' : '…') : after;
  return { before: beforeText, phrase: found, after: afterText, shortened: before !== head || after !== tail };
}

/**
 * "21 November 2026" (or "21 Nov 2026" when `short`) for "2026-11-21", the knowledge base's review
 * date: English, and free of time zones (a Date would shift it a day west of UTC).
 */
export function formatReviewDate(iso: string, short = false): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const months = [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ];
  const month = months[Number(match[2]) - 1];
  if (!month) return iso;
  return `${Number(match[3])} ${short ? month.slice(0, 3) : month} ${match[1]}`;
}
