/**
 * Finding the sentence around a position: its start by scanning back from it, its end (while
 * tokenizing, see tokenize.ts) by scanning forward. Bounded both ways, so a megabyte without
 * punctuation costs a fixed amount per candidate rather than the whole text.
 */
import { ABBREVIATIONS } from './lexicon';

/** The longest stretch treated as one sentence, either side of a candidate. */
export const MAX_SENTENCE_REACH = 600;

/**
 * Abbreviations of up to four characters, each packed into one small integer (seven bits a
 * character), in a small open-addressing table, so that checking the word before a full stop
 * allocates nothing and costs a few reads. Longer ones are few and compared directly.
 */
const SHORT_ABBREVIATIONS = new Int32Array(256);
const LONG_ABBREVIATIONS: string[] = [];

function abbreviationSlot(key: number): number {
  return Math.imul(key, 0x9e3779b1) >>> 24;
}

for (const a of ABBREVIATIONS) {
  if (a.length > 4) {
    LONG_ABBREVIATIONS.push(a);
    continue;
  }
  const key = [...a].reduce((k, ch) => k * 128 + ch.charCodeAt(0), 0);
  let slot = abbreviationSlot(key);
  while (SHORT_ABBREVIATIONS[slot] !== 0 && SHORT_ABBREVIATIONS[slot] !== key) slot = (slot + 1) & 255;
  SHORT_ABBREVIATIONS[slot] = key;
}

/** Is text[from, to) — letters and full stops only — an abbreviation, in any case? */
function isAbbreviation(text: string, from: number, to: number): boolean {
  if (to - from <= 4) {
    let key = 0;
    // | 0x20 lower-cases an ASCII letter and leaves "." alone.
    for (let p = from; p < to; p++) key = key * 128 + (text.charCodeAt(p) | 0x20);
    if (key === 0) return false;
    for (let slot = abbreviationSlot(key); SHORT_ABBREVIATIONS[slot] !== 0; slot = (slot + 1) & 255) {
      if (SHORT_ABBREVIATIONS[slot] === key) return true;
    }
    return false;
  }
  for (const a of LONG_ABBREVIATIONS) {
    if (a.length !== to - from) continue;
    let p = 0;
    while (p < a.length && (text.charCodeAt(from + p) | 0x20) === a.charCodeAt(p)) p++;
    if (p === a.length) return true;
  }
  return false;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;
}

function isLower(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** Is there a sentence break right after the character at `i`? */
export function breaksAfter(text: string, i: number): boolean {
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
  const first = text.charCodeAt(w);
  if (i - w === 1 && first !== 46 && w > 0 && isSpace(text.charCodeAt(w - 1)) && text.charCodeAt(i + 1) !== 10) {
    // "J. Smith": a lone capital before a full stop is an initial.
    return !(first >= 65 && first <= 90);
  }
  return !isAbbreviation(text, w, i);
}

/** ASCII characters that may end a sentence: . ! ? | and line breaks. */
const ASCII_MAY_BREAK = new Uint8Array(128);
for (const c of [46, 33, 63, 124, 10, 13]) ASCII_MAY_BREAK[c] = 1;

/** Could the character `c` end a sentence? A quick filter before `breaksAfter`. */
function mayBreak(c: number): boolean {
  return c < 128 ? ASCII_MAY_BREAK[c] === 1 : c === 0x2022 || c === 0x2026 || c === 0x2028 || c === 0x2029;
}

/**
 * Where the sentence holding position `at` starts, never reaching before `floor` (the end of the
 * previous sentence already analysed) nor more than MAX_SENTENCE_REACH before `at`. Leading white
 * space and bullets are trimmed off. `at` must be a word character.
 */
export function sentenceStart(text: string, at: number, floor: number): number {
  const minStart = Math.max(floor, at - MAX_SENTENCE_REACH);
  let p = at - 1; // the character that might end the previous sentence
  for (; p >= minStart; p--) {
    if (mayBreak(text.charCodeAt(p)) && breaksAfter(text, p)) break;
  }
  let start = p + 1;
  // When the reach limit cut the sentence, prefer to cut at white space so no word is split.
  if (start === minStart && start > floor) {
    let s = start;
    while (s < at && !isSpace(text.charCodeAt(s))) s++;
    if (s < at) start = s;
  }
  // `at` is a word character, so this stops at `at` at the latest.
  while (start < at && (isSpace(text.charCodeAt(start)) || isBullet(text.charCodeAt(start)))) start++;
  return start;
}

/**
 * Where the sentence holding `at` ends, given `rawEnd`: one past its break, or `maxEnd` (at most
 * MAX_SENTENCE_REACH after `at`, see `sentenceLimit`) when no break came first. Trailing white
 * space and bullets are trimmed off.
 */
export function sentenceEnd(text: string, at: number, start: number, rawEnd: number, maxEnd: number): number {
  let end = rawEnd;
  // When the reach limit cut the sentence, prefer to cut at white space so no word is split.
  if (end === maxEnd && end < text.length) {
    let e = end;
    while (e > at && !isSpace(text.charCodeAt(e - 1))) e--;
    if (e > at) end = e;
  }
  while (
    end > start &&
    (isSpace(text.charCodeAt(end - 1)) || text.charCodeAt(end - 1) === 124 || text.charCodeAt(end - 1) === 0x2022)
  )
    end--;
  return end;
}

/** How far the sentence holding `at` may reach: the `maxEnd` of `sentenceEnd`. */
export function sentenceLimit(text: string, at: number): number {
  return Math.min(text.length, at + MAX_SENTENCE_REACH);
}

function isBullet(c: number): boolean {
  return (
    c === 0x2022 ||
    c === 0x25cf ||
    c === 0x2713 ||
    c === 0x2714 ||
    c === 0x2705 ||
    c === 0x25aa ||
    c === 124 ||
    c === 42
  );
}
