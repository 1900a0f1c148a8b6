/**
 * A small, linear tokenizer for one sentence: words (lower-cased, curly apostrophes folded) and
 * single punctuation marks, each with its offsets in the original text. Only ever run on sentences
 * that hold a candidate term, so its per-character cost stays off the hot path.
 */

export interface Token {
  /** Lower-cased word, or the punctuation character itself. */
  t: string;
  /** Start offset (inclusive) in the text given to `tokenize`. */
  s: number;
  /** End offset (exclusive). */
  e: number;
  /** A word (letters, digits, inner apostrophes, a trailing % on numbers) rather than punctuation. */
  w: boolean;
  /** The word starts with a capital letter (tells "May" the month from "may" the hedge). */
  cap: boolean;
}

const NON_ASCII_WORD = /[\p{L}\p{N}\p{M}]/u;

/** Is the UTF-16 code unit at `i` part of a word? */
export function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) {
    return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  }
  // Surrogate halves (emoji, lone surrogates) are never word characters here.
  if (c >= 0xd800 && c <= 0xdfff) return false;
  return NON_ASCII_WORD.test(text[i]!);
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}

/** Tokenize `text` between `from` and `to`; offsets are absolute in `text`. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (isWordChar(text, i)) {
      const start = i;
      i++;
      while (i < to) {
        if (isWordChar(text, i)) {
          i++;
        } else if (isApostrophe(text.charCodeAt(i)) && i + 1 < to && isWordChar(text, i + 1)) {
          i += 2; // don't, user's, it’s
        } else {
          break;
        }
      }
      if (i < to && text.charCodeAt(i) === 37 /* % */) i++;
      const raw = text.slice(start, i);
      const first = raw.charCodeAt(0);
      tokens.push({
        t: raw.toLowerCase().replace(/\u2019/g, "'"),
        s: start,
        e: i,
        w: true,
        cap: first >= 65 && first <= 90,
      });
    } else if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x200b) {
      i++;
    } else {
      // One punctuation token per code unit keeps this linear and simple; a surrogate pair
      // becomes two tokens, which nothing downstream cares about.
      tokens.push({ t: text[i]!, s: i, e: i + 1, w: false, cap: false });
      i++;
    }
  }
  return tokens;
}
