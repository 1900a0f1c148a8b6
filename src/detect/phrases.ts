/**
 * Matching word sequences against tokens. Hyphens, slashes and apostrophes standing alone between
 * words are skipped, so "pain-free" and "pain free" match the same phrase. Each index is a map from
 * first word to its phrases, longest first, so a lookup costs one Map get per token.
 */
import type { Token } from './tokenize';

export type PhraseIndex<T> = Map<string, Array<{ words: string[]; value: T }>>;

/** Build an index from phrases (as word arrays) to values. */
export function indexPhrases<T>(entries: Iterable<{ words: string[]; value: T }>): PhraseIndex<T> {
  const index: PhraseIndex<T> = new Map();
  for (const entry of entries) {
    const first = entry.words[0]!;
    let list = index.get(first);
    if (!list) index.set(first, (list = []));
    list.push(entry);
  }
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  return index;
}

/** Punctuation that joins words rather than separating them. */
export function isJoiner(tok: Token): boolean {
  return !tok.w && (tok.t === '-' || tok.t === '/' || tok.t === "'" || tok.t === '\u2019' || tok.t === '\u2010' || tok.t === '\u2011');
}

/** Index of the next word token at or after `i`, skipping joiners; -1 when a separator or the end comes first. */
export function nextWord(tokens: readonly Token[], i: number): number {
  while (i < tokens.length) {
    const tok = tokens[i]!;
    if (tok.w) return i;
    if (!isJoiner(tok)) return -1;
    i++;
  }
  return -1;
}

export interface PhraseMatch<T> {
  /** First token of the match. */
  start: number;
  /** One past the last token of the match. */
  end: number;
  value: T;
  words: string[];
}

/** The longest phrase of `index` starting at token `i` (a word token), or undefined. */
export function matchAt<T>(tokens: readonly Token[], i: number, index: PhraseIndex<T>): PhraseMatch<T> | undefined {
  const list = index.get(tokens[i]!.t);
  if (!list) return undefined;
  for (const entry of list) {
    let j = i + 1;
    let ok = true;
    for (let k = 1; k < entry.words.length; k++) {
      const w = nextWord(tokens, j);
      if (w < 0 || tokens[w]!.t !== entry.words[k]) {
        ok = false;
        break;
      }
      j = w + 1;
    }
    if (ok) return { start: i, end: j, value: entry.value, words: entry.words };
  }
  return undefined;
}

/** Plain phrase lists (no value) as an index. */
export function indexWordLists(lists: readonly string[][]): PhraseIndex<true> {
  return indexPhrases(lists.map((words) => ({ words, value: true as const })));
}
