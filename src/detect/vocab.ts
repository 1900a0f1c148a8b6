/**
 * The vocabulary: every word (and the few punctuation marks) the detector's rules mention gets a
 * small integer id, so that the analysis compares integers instead of strings. Words are
 * recognised straight from the text's character codes by a trie that folds ASCII case and curly
 * apostrophes as it walks, so an ordinary word costs no string allocation at all.
 *
 * Id 0 stands for anything not in the vocabulary. Membership in a word list is a lookup in a
 * byte table indexed by id (`WordSet`), which is why ids are kept below a fixed bound.
 */

/** Ids stay below this, so that every `WordSet` can be a fixed-size byte table. */
export const MAX_WORDS = 8192;

/** Id of every text that is not in the vocabulary. */
export const UNKNOWN = 0;

const idOfText = new Map<string, number>();
const texts: string[] = [''];

// ---------------------------------------------------------------------------------------------
// The trie, as one flat table of rows. Symbols: a–z are 0–25 (either case), 0–9 are 26–35, then
// the apostrophe (straight or curly) and a trailing per cent sign. In the row of a node, slot
// `symbol` holds the offset of the child's row and slot WORD_SLOT the id of the word ending there.
// Row 0 is a dead end whose slots all lead back to itself and whose word is UNKNOWN, so a walk
// needs no checks at all: `node = TRIE[node + symbol]`, then `TRIE[node + WORD_SLOT]`.

/** Trie symbol of the apostrophe inside a word ("don't", "night’s"). */
export const APOSTROPHE_SYMBOL = 36;
/** Trie symbol of the "%" closing a number ("100%"). */
export const PERCENT_SYMBOL = 37;
/** The slot of a row holding the id of the word that ends at its node. */
export const WORD_SLOT = 38;
const ROW = 40;
/** Offset of the root's row. */
export const TRIE_ROOT = ROW;
/** Offset of the dead end's row: where a walk lands once the word can no longer be in the vocabulary. */
export const TRIE_DEAD = 0;

/** Trie symbol of each ASCII code, -1 for anything that is not a letter or digit. */
export const ASCII_SYMBOL: Int8Array = (() => {
  const table = new Int8Array(128).fill(-1);
  for (let c = 0; c < 26; c++) {
    table[97 + c] = c;
    table[65 + c] = c;
  }
  for (let d = 0; d < 10; d++) table[48 + d] = 26 + d;
  return table;
})();

/** The trie's rows. Grown while interning (at module load), read-only after. */
export let TRIE = new Int32Array(1024 * ROW);
let trieEnd = 2 * ROW; // the dead end and the root

function symbolOf(ch: string): number {
  const c = ch.charCodeAt(0);
  if (c < 128 && ASCII_SYMBOL[c]! >= 0) return ASCII_SYMBOL[c]!;
  if (ch === "'") return APOSTROPHE_SYMBOL;
  if (ch === '%') return PERCENT_SYMBOL;
  return -1;
}

function trieInsert(word: string, id: number): void {
  let node = TRIE_ROOT;
  for (const ch of word) {
    const slot = node + symbolOf(ch);
    if (TRIE[slot] === TRIE_DEAD) {
      if (trieEnd === TRIE.length) {
        const grown = new Int32Array(TRIE.length * 2);
        grown.set(TRIE);
        TRIE = grown;
      }
      TRIE[slot] = trieEnd;
      trieEnd += ROW;
    }
    node = TRIE[slot]!;
  }
  TRIE[node + WORD_SLOT] = id;
}

// ---------------------------------------------------------------------------------------------
// Punctuation: single characters that are not word characters get ids too ("," "&" "—" …), kept
// in a table for ASCII and a map for the rest.

const ASCII_PUNCT_ID = new Int32Array(128);
const OTHER_PUNCT_ID = new Map<number, number>();

/** Id of a one-character punctuation token; UNKNOWN when no rule mentions it. */
export function punctId(c: number): number {
  return c < 128 ? ASCII_PUNCT_ID[c]! : (OTHER_PUNCT_ID.get(c) ?? UNKNOWN);
}

/**
 * Id of a lower-cased word as the tokenizer spells it (curly apostrophes already straight). The
 * slow path, for words holding non-ASCII letters; everything else goes through the trie.
 */
export function lookupWord(lowerCased: string): number {
  return idOfText.get(lowerCased) ?? UNKNOWN;
}

const WORD_SHAPE = /^[a-z0-9]+(?:'[a-z0-9]+)*%?$/;

/**
 * The id of `text`, adding it to the vocabulary when new. `text` is a lower-case word exactly as
 * the tokenizer produces it (letters and digits, inner straight apostrophes, an optional final
 * "%"), or one punctuation character. Anything else could never match a token, so it throws.
 */
export function intern(text: string): number {
  const known = idOfText.get(text);
  if (known !== undefined) return known;
  const id = texts.length;
  if (id >= MAX_WORDS) throw new Error(`vocabulary: more than ${MAX_WORDS} words`);
  if (WORD_SHAPE.test(text)) {
    trieInsert(text, id);
  } else if (text.length === 1 && !/[\p{L}\p{N}\p{M}\s]/u.test(text)) {
    const c = text.charCodeAt(0);
    if (c < 128) ASCII_PUNCT_ID[c] = id;
    else OTHER_PUNCT_ID.set(c, id);
  } else {
    throw new Error(`vocabulary: ${JSON.stringify(text)} can never match a token`);
  }
  texts.push(text);
  idOfText.set(text, id);
  return id;
}

/** The word or punctuation mark an id stands for (for debugging and error messages). */
export function textOf(id: number): string {
  return texts[id] ?? '';
}

/**
 * A set of vocabulary words as a byte table indexed by id: `set[id] === 1` when the word is in it.
 * UNKNOWN is never a member.
 */
export type WordSet = Uint8Array;

/** Build a `WordSet`, interning its words. */
export function wordSet(words: Iterable<string>): WordSet {
  const set = new Uint8Array(MAX_WORDS);
  for (const w of words) set[intern(w)] = 1;
  return set;
}
