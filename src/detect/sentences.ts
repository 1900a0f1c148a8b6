/**
 * Finding the sentence around a position, scanning outward from it. Bounded both ways, so a
 * megabyte without punctuation costs a fixed amount per candidate rather than the whole text.
 */
import type { Span } from './types';

/** The longest stretch treated as one sentence, either side of a candidate. */
export const MAX_SENTENCE_REACH = 600;

const ABBREVIATIONS = new Set([
  'e.g', 'i.e', 'eg', 'ie', 'dr', 'mr', 'mrs', 'ms', 'vs', 'etc', 'approx', 'no', 'st', 'fig', 'inc', 'ltd', 'co',
  'jr', 'sr', 'prof', 'vol', 'ca', 'cf', 'al', 'min', 'mins', 'max', 'approx', 'incl', 'dept', 'est', 'oz', 'lb',
  'lbs', 'cm', 'mm', 'in', 'ft', 'kg', 'g', 'u.s', 'u.k', 'a.m', 'p.m',
]);

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;
}

function isLower(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** Is there a sentence break right after the character at `i`? */
function breaksAfter(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 10 || c === 13 || c === 0x2022 /* • */ || c === 124 /* | */ || c === 0x2028 || c === 0x2029) return true;
  if (c !== 46 && c !== 33 && c !== 63 && c !== 0x2026 /* … */) return false;
  // Sentence punctuation ends a sentence when followed by a space (possibly after closing quotes) or the end.
  let j = i + 1;
  while (j < text.length) {
    const d = text.charCodeAt(j);
    if (d === 34 || d === 39 || d === 41 || d === 0x201d || d === 0x2019 || d === 93) j++;
    else break;
  }
  if (j < text.length && !isSpace(text.charCodeAt(j))) return false;
  if (c !== 46) return true;
  // A full stop: not after an abbreviation or an initial, and not when the next word starts lower-case.
  let k = j;
  while (k < text.length && isSpace(text.charCodeAt(k))) k++;
  if (k < text.length && isLower(text.charCodeAt(k))) return false;
  let w = i;
  while (w > 0 && i - w < 8) {
    const d = text.charCodeAt(w - 1);
    if ((d >= 97 && d <= 122) || (d >= 65 && d <= 90) || d === 46) w--;
    else break;
  }
  const word = text.slice(w, i).toLowerCase();
  if (word.length === 1 && /[a-z]/.test(word) && w > 0 && isSpace(text.charCodeAt(w - 1)) && text.charCodeAt(i + 1) !== 10) {
    // "J. Smith": a lone capital before a full stop is an initial.
    return !(text.charCodeAt(w) >= 65 && text.charCodeAt(w) <= 90);
  }
  return !ABBREVIATIONS.has(word);
}

/**
 * The sentence holding position `at`, never reaching before `floor` (the end of the previous
 * sentence already analysed). Leading and trailing white space is trimmed off the span.
 */
export function sentenceAround(text: string, at: number, floor: number): Span {
  let start = at;
  const minStart = Math.max(floor, at - MAX_SENTENCE_REACH);
  while (start > minStart && !breaksAfter(text, start - 1)) start--;
  let end = at;
  const maxEnd = Math.min(text.length, at + MAX_SENTENCE_REACH);
  while (end < maxEnd && !breaksAfter(text, end)) end++;
  if (end < text.length && end < maxEnd) end++; // include the closing punctuation
  // When a reach limit cut the sentence, prefer to cut at white space so no word is split.
  if (start === minStart && start > floor) {
    let s = start;
    while (s < at && !isSpace(text.charCodeAt(s))) s++;
    if (s < at) start = s;
  }
  if (end === maxEnd && end < text.length) {
    let e = end;
    while (e > at && !isSpace(text.charCodeAt(e - 1))) e--;
    if (e > at) end = e;
  }
  while (start < end && (isSpace(text.charCodeAt(start)) || isBullet(text.charCodeAt(start)))) start++;
  while (end > start && (isSpace(text.charCodeAt(end - 1)) || text.charCodeAt(end - 1) === 124 || text.charCodeAt(end - 1) === 0x2022)) end--;
  return { start, end };
}

function isBullet(c: number): boolean {
  return c === 0x2022 || c === 0x25cf || c === 0x2713 || c === 0x2714 || c === 0x2705 || c === 0x25aa || c === 124 || c === 42;
}
