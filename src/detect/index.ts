/**
 * The claim detector: pure text in, claims out. No DOM, no browser API, so the content script,
 * the popup and the `scan` command share it.
 */
export type { Claim, Span } from './types';
export { findClaims } from './find-claims';
export { judgeRelevance, type RelevanceInput, type Relevance } from './relevance';
