/**
 * The claim detector: pure text in, claims out. No DOM, no browser API, so the content script,
 * the popup and the `scan` command share it.
 */
export type { Claim, Span } from './types';
export {
  findClaims,
  warmUpDetector,
  CANDIDATE_WORDS,
  recordCandidates,
  useModelWeights,
  type Candidate,
  type DetectStats,
} from './find-claims';
export { TERMS } from './lexicon';
export { judgeRelevance, countMatMentions, type RelevanceInput, type Relevance } from './relevance';
