/**
 * A small, linear tokenizer for one sentence: words (letters, digits, inner apostrophes, a trailing
 * % on numbers) and single punctuation marks, each with its offsets in the original text and its
 * vocabulary id. Tokens live in reusable typed arrays rather than objects: the detector tokenizes
 * one sentence at a time, so one buffer serves every call.
 */
import { breaksAfter } from './sentences';
import {
  APOSTROPHE_SYMBOL,
  ASCII_SYMBOL,
  lookupWord,
  PERCENT_SYMBOL,
  punctId,
  TRIE,
  TRIE_DEAD,
  TRIE_ROOT,
  WORD_SLOT,
} from './vocab';

/** Token flag: a word rather than a punctuation mark. */
export const WORD = 1;
/** Token flag: the word starts with an ASCII capital (tells "May" the month from "may" the hedge). */
export const CAP = 2;
/** Token flag: the word ends in "n't" (a negation, whatever the verb). */
export const NT = 4;
/** Token flag: punctuation that joins words rather than separating them (- / ' ’ ‐ ‑). */
export const JOINER = 8;

/** The tokens of one sentence, as parallel arrays. Index `i` is the i-th token. */
export class Tokens {
  /** How many tokens are in use. */
  n = 0;
  /** Start offset (inclusive) in the text. */
  start = new Int32Array(256);
  /** End offset (exclusive). */
  end = new Int32Array(256);
  /** Vocabulary id of the lower-cased word or punctuation mark; UNKNOWN when the rules never mention it. */
  id = new Int32Array(256);
  /** WORD, CAP, NT, JOINER. */
  flags = new Uint8Array(256);

  /** Make room for at least `size` tokens. */
  reserve(size: number): void {
    if (this.id.length >= size) return;
    let capacity = this.id.length;
    while (capacity < size) capacity *= 2;
    const copy = <A extends Int32Array | Uint8Array>(a: A, b: A): A => {
      b.set(a);
      return b;
    };
    this.start = copy(this.start, new Int32Array(capacity));
    this.end = copy(this.end, new Int32Array(capacity));
    this.id = copy(this.id, new Int32Array(capacity));
    this.flags = copy(this.flags, new Uint8Array(capacity));
  }

  /** Drop the tokens that end after `offset` (where trimming or the reach limit cut the sentence short). */
  truncate(offset: number): void {
    while (this.n > 0 && this.end[this.n - 1]! > offset) this.n--;
  }
}

const NON_ASCII_WORD = /[\p{L}\p{N}\p{M}]/u;
/** Trie symbols of ASCII codes (a local name for the innermost loop). */
const SYMBOL = ASCII_SYMBOL;

/** Is the non-ASCII code unit `c` at `i` part of a word? Surrogate halves (emoji, lone surrogates) never are. */
function isNonAsciiWordChar(text: string, i: number, c: number): boolean {
  if (c >= 0xd800 && c <= 0xdfff) return false;
  return NON_ASCII_WORD.test(text[i]!);
}

/** Is the UTF-16 code unit at `i` part of a word? */
export function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return SYMBOL[c]! >= 0;
  return isNonAsciiWordChar(text, i, c);
}

function isJoinerChar(c: number): boolean {
  return c === 45 /* - */ || c === 47 /* / */ || c === 39 || c === 0x2019 || c === 0x2010 || c === 0x2011;
}

/**
 * Tokenize `text` from `from` into `out`, stopping right after the first sentence break (the
 * same breaks as `breaksAfter`) or at `limit`, whichever comes first. Returns where it stopped:
 * one past the break, or `limit`. Offsets are absolute in `text`.
 *
 * Finding the sentence's end and tokenizing it in one pass saves reading it twice. Breaks are
 * only ever punctuation or line breaks, never inside a word, so words are read without checks.
 * This is the detector's innermost loop, hence one function with everything in local variables.
 */
export function tokenizeSentence(text: string, from: number, limit: number, out: Tokens): number {
  if (out.id.length < limit - from) out.reserve(limit - from);
  const { start: starts, end: ends, id: ids, flags } = out;
  const trie = TRIE;
  let n = 0;
  let i = from;
  let stop = limit;
  while (i < limit) {
    let c = text.charCodeAt(i);
    let sym = c < 128 ? SYMBOL[c]! : -1;
    if (sym >= 0 || (c >= 128 && c !== 0x2019 && c !== 0xa0 && c !== 0x200b && isNonAsciiWordChar(text, i, c))) {
      // A word. Walk the trie as we go; a word with non-ASCII letters leaves it for the dead end
      // and is looked up by its text afterwards.
      const start = i;
      let node = sym >= 0 ? trie[TRIE_ROOT + sym]! : TRIE_DEAD;
      let ascii = sym >= 0;
      while (++i < limit) {
        c = text.charCodeAt(i);
        if (c < 128) {
          sym = SYMBOL[c]!;
          if (sym >= 0) {
            node = trie[node + sym]!;
            continue;
          }
          if (c !== 39 || !(i + 1 < limit && isWordChar(text, i + 1))) break;
        } else if (c !== 0x2019) {
          if (!isNonAsciiWordChar(text, i, c)) break;
          ascii = false;
          node = TRIE_DEAD;
          continue;
        } else if (!(i + 1 < limit && isWordChar(text, i + 1))) {
          break;
        }
        // An apostrophe inside a word (don't, user's, it’s).
        node = trie[node + APOSTROPHE_SYMBOL]!;
      }
      if (i < limit && text.charCodeAt(i) === 37 /* % */) {
        node = trie[node + PERCENT_SYMBOL]!;
        i++;
      }
      let f = WORD;
      let id: number;
      if (ascii) {
        id = trie[node + WORD_SLOT]!;
        if (
          (text.charCodeAt(i - 1) | 0x20) === 116 /* t */ &&
          i - start >= 3 &&
          (text.charCodeAt(i - 2) === 39 || text.charCodeAt(i - 2) === 0x2019) &&
          (text.charCodeAt(i - 3) | 0x20) === 110 /* n */
        ) {
          f |= NT;
        }
      } else {
        const t = text
          .slice(start, i)
          .toLowerCase()
          .replace(/\u2019/g, "'");
        id = lookupWord(t);
        if (t.endsWith("n't")) f |= NT;
      }
      const first = text.charCodeAt(start);
      if (first >= 65 && first <= 90) f |= CAP;
      starts[n] = start;
      ends[n] = i;
      ids[n] = id;
      flags[n] = f;
      n++;
      if (i < limit && text.charCodeAt(i) === 32) i++; // the usual single space after a word
    } else if (c === 32 || c === 9 || c === 0xa0 || c === 0x200b) {
      i++;
    } else if (c === 10 || c === 13) {
      stop = i + 1; // a line break always ends the sentence
      break;
    } else {
      // One punctuation token per code unit keeps this linear and simple; a surrogate pair
      // becomes two tokens, which nothing downstream cares about.
      starts[n] = i;
      ends[n] = i + 1;
      ids[n] = punctId(c);
      flags[n] = isJoinerChar(c) ? JOINER : 0;
      n++;
      i++;
      if (
        (c === 46 ||
          c === 33 ||
          c === 63 ||
          c === 124 ||
          c === 0x2022 ||
          c === 0x2026 ||
          c === 0x2028 ||
          c === 0x2029) &&
        breaksAfter(text, i - 1)
      ) {
        stop = i;
        break;
      }
    }
  }
  out.n = n;
  return stop;
}

/** Is token `i` all ASCII digits ("3" in "3. Improves sleep")? */
export function isNumber(text: string, toks: Tokens, i: number): boolean {
  if (!(toks.flags[i]! & WORD)) return false;
  for (let p = toks.start[i]!; p < toks.end[i]!; p++) {
    const c = text.charCodeAt(p);
    if (c < 48 || c > 57) return false;
  }
  return true;
}
