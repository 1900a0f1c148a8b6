/**
 * Matching word sequences against tokens, by vocabulary id. Joiners (hyphens, slashes and
 * apostrophes standing alone between words) are skipped, so "pain-free" and "pain free" match the
 * same phrase. A table is a trie of word ids: a token that starts no phrase costs one array read,
 * and finding the longest phrase costs one step per word matched.
 */
import { JOINER, WORD, type Tokens } from './tokenize';
import { intern, MAX_WORDS } from './vocab';

/** Index of the next word token at or after `i`, skipping joiners; -1 when a separator or the end comes first. */
export function nextWord(toks: Tokens, i: number): number {
  const flags = toks.flags;
  for (; i < toks.n; i++) {
    const f = flags[i]!;
    if (f & WORD) return i;
    if (!(f & JOINER)) return -1;
  }
  return -1;
}

/** Index of the nearest word token at or before `i`, skipping joiners; -1 when a separator or the start comes first. */
export function prevWord(toks: Tokens, i: number): number {
  const flags = toks.flags;
  for (; i >= 0; i--) {
    const f = flags[i]!;
    if (f & WORD) return i;
    if (!(f & JOINER)) return -1;
  }
  return -1;
}

/**
 * A list of phrases (word sequences) with a value each, as a trie of word ids: following the
 * tokens down the trie finds the longest phrase in one walk, however many phrases share its start.
 */
export class PhraseTable<T> {
  /** Node of each first word (0: no phrase starts with it). Node 0 is unused. */
  private readonly root = new Int32Array(MAX_WORDS);
  /** Each node's children, as a range of `edgeWord`/`edgeNode`: words to follow, nodes they lead to. */
  private edgeStart: Int32Array;
  private edgeEnd: Int32Array;
  private edgeWord: Int32Array;
  private edgeNode: Int32Array;
  /** The value of the phrase ending at each node; undefined when the node is only a prefix. */
  private readonly values: Array<T | undefined> = [undefined];
  /** Ids of the words that start a phrase, and of the words that end one. */
  readonly firstWords: number[] = [];
  readonly lastWords: number[] = [];
  /** The longest phrase, in words. */
  maxWords = 0;
  /** The value of the phrase found by the last successful `match`. */
  value!: T;

  constructor(entries: Iterable<{ words: readonly string[]; value: T }>) {
    // Build with maps, then flatten into arrays for matching.
    const children: Array<Map<number, number>> = [new Map<number, number>()];
    for (const { words, value } of entries) {
      const ids = words.map(intern);
      let node = this.root[ids[0]!]!;
      if (node === 0) {
        node = this.root[ids[0]!] = children.length;
        children.push(new Map());
        this.values.push(undefined);
        this.firstWords.push(ids[0]!);
      }
      for (const w of ids.slice(1)) {
        let child = children[node]!.get(w);
        if (child === undefined) {
          child = children.length;
          children[node]!.set(w, child);
          children.push(new Map());
          this.values.push(undefined);
        }
        node = child;
      }
      // Of two identical phrases, the first listed wins.
      if (this.values[node] === undefined) this.values[node] = value;
      this.lastWords.push(ids[ids.length - 1]!);
      this.maxWords = Math.max(this.maxWords, ids.length);
    }
    this.edgeStart = new Int32Array(children.length);
    this.edgeEnd = new Int32Array(children.length);
    const edgeCount = children.reduce((sum, map) => sum + map.size, 0);
    this.edgeWord = new Int32Array(edgeCount);
    this.edgeNode = new Int32Array(edgeCount);
    let e = 0;
    children.forEach((map, node) => {
      this.edgeStart[node] = e;
      for (const [word, child] of map) {
        this.edgeWord[e] = word;
        this.edgeNode[e] = child;
        e++;
      }
      this.edgeEnd[node] = e;
    });
  }

  /**
   * The longest phrase starting at word token `i`: returns one past its last token and sets
   * `value`, or returns -1.
   */
  match(toks: Tokens, i: number): number {
    let node = this.root[toks.id[i]!]!;
    if (node === 0) return -1;
    const ids = toks.id;
    let best = -1;
    let j = i + 1;
    for (;;) {
      const value = this.values[node];
      if (value !== undefined) {
        best = j;
        this.value = value;
      }
      const from = this.edgeStart[node]!;
      const to = this.edgeEnd[node]!;
      if (from === to) break;
      const w = nextWord(toks, j);
      if (w < 0) break;
      const word = ids[w]!;
      let e = from;
      while (e < to && this.edgeWord[e] !== word) e++;
      if (e === to) break;
      node = this.edgeNode[e]!;
      j = w + 1;
    }
    return best;
  }
}
/** Phrases without a value, from lists of words. */
export function phraseList(lists: readonly (readonly string[])[]): PhraseTable<true> {
  return new PhraseTable(lists.map((words) => ({ words, value: true as const })));
}
