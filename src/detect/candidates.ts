/**
 * Finding candidates: the positions worth analysing. One regular expression finds the candidate
 * words; only the sentences around its hits are tokenized and analysed.
 */
import { SAFETY_ANCHORS, TERMS } from './lexicon';
import { literalAlternation } from './literal';

/** The word of a term that stands for it among the candidates: its longest (the rarest in practice), the first of equals. */
function candidateOf(words: readonly string[]): string {
  return words.reduce((a, b) => (b.length > a.length ? b : a));
}

/**
 * Candidate words: for every term its longest word, plus the safety anchors. Only sentences
 * holding one of these are analysed at all.
 */
export const CANDIDATE_WORDS: readonly string[] = [
  ...new Set([...TERMS.map((t) => candidateOf(t.words)), ...SAFETY_ANCHORS]),
];

/** The candidate words as one expression (literalAlternation). Shared, so findClaims must not re-enter (it never does). */
export const CANDIDATES = literalAlternation(CANDIDATE_WORDS, 'gi');

/** Candidate words holding an apostrophe ("night's"), whose match reaches back over it. */
const APOSTROPHE_CANDIDATES = new Set(CANDIDATE_WORDS.filter((w) => w.includes("'")));

/** A word character as `\b` sees it. */
function isRegExpWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/**
 * Where the candidate match ending at `end` starts, given that the search began at `from`.
 * `RegExp.test` tells only where a match ends, and saves building a match array for each one;
 * candidates are words, so the start is where the word run ending at `end` starts, unless the
 * match reaches back over an apostrophe ("night's"): then the furthest start that makes a
 * candidate is the one the expression found, being the leftmost.
 */
export function candidateStart(text: string, end: number, from: number): number {
  let at = end;
  while (at > from && isRegExpWordChar(text.charCodeAt(at - 1))) at--;
  let q = at;
  while (q - 2 >= from && text.charCodeAt(q - 1) === 39 && isRegExpWordChar(text.charCodeAt(q - 2))) {
    q -= 2;
    while (q > from && isRegExpWordChar(text.charCodeAt(q - 1))) q--;
    const boundary = q === 0 || !isRegExpWordChar(text.charCodeAt(q - 1));
    if (boundary && APOSTROPHE_CANDIDATES.has(text.slice(q, end).toLowerCase())) at = q;
  }
  return at;
}
