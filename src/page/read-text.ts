/**
 * Reading texts for claims and citations right where the pipeline runs: the detector
 * (src/detect/) and the citation recogniser (./cited.ts) behind the pipeline's
 * {@link TextReader}. The `scan` command and `eval` read with it, and so does the extension's
 * background, which answers the content script's requests with {@link readTexts} (issue 8: the
 * detector never runs on the page's main thread). Everything a user sees comes from here.
 */
import { findClaims, warmUpDetector, type Claim } from '../detect';
import { statusOf } from '../evidence';
import { citationsInText } from './cited';
import type { BlockClaim, ScanCounters, TextFindings, TextReader } from './pipeline';

/** A longer block is detected in slices cut at sentence ends, so one step never runs long. */
export const BLOCK_SLICE_CHARS = 16_000;

/**
 * The reader that detects in place, a block at a time. Before its first detection it builds the
 * detector's tables in short steps (built in one go they made a task of 50–80 ms).
 */
export const localReader: TextReader = {
  batchChars: 0,
  inFlight: 1,
  read: (texts, counters) => ({ ready: true, steps: readInPlace(texts, counters) }),
};

function* readInPlace(texts: readonly string[], counters: ScanCounters): Generator<null, TextFindings[], undefined> {
  for (const _ of warmUpDetector()) yield null;
  const out: TextFindings[] = [];
  for (const text of texts) {
    const claims = yield* detectText(text, counters);
    out.push({ claims, citations: citationsInText(text) });
  }
  return out;
}

/** Build the detector's tables now, in one go (the background, before a page's first request). */
export function warmUpReading(): void {
  for (const _ of warmUpDetector());
}

/**
 * {@link localReader} in one go: what each text holds (the background's answer to the engine, for a
 * page's blocks and for a selection alike).
 */
export function readTexts(texts: readonly string[]): TextFindings[] {
  const steps = readInPlace(texts, { chars: 0 });
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * The claims of one text (a block), as shown, in text order: detected in slices of about
 * {@link BLOCK_SLICE_CHARS} characters cut at sentence ends, with a `null` pause between slices.
 */
export function* detectText(
  text: string,
  counters: ScanCounters = { chars: 0 },
): Generator<null, BlockClaim[], undefined> {
  const claims: BlockClaim[] = [];
  for (let from = 0; from < text.length;) {
    const to = sliceEnd(text, from);
    const slice = from === 0 && to === text.length ? text : text.slice(from, to);
    for (const claim of toShownClaims(findClaims(slice), slice, from)) claims.push(claim);
    counters.chars += to - from;
    from = to;
    if (from < text.length) yield null;
  }
  return claims;
}

/**
 * The one conversion from the detector's claims to shown claims: status from the knowledge base,
 * phrase and sentence as text (the sentence trimmed), in text order. `text` is what the detector
 * read; `offset` is where it starts in the block, added to the phrase's span.
 */
export function toShownClaims(claims: readonly Claim[], text: string, offset = 0): BlockClaim[] {
  return [...claims]
    .sort((a, b) => a.phrase.start - b.phrase.start)
    .map((claim) => {
      const sentence = trimmed(text, claim.sentence.start, claim.sentence.end);
      return {
        topic: claim.topic,
        status: statusOf(claim.topic),
        stance: claim.stance,
        overstated: claim.overstated,
        phrase: text.slice(claim.phrase.start, claim.phrase.end),
        sentence: text.slice(sentence.start, sentence.end),
        phraseSpan: { start: claim.phrase.start + offset, end: claim.phrase.end + offset },
        sentenceSpan: { start: sentence.start + offset, end: sentence.end + offset },
      };
    });
}

/** The span from `start` to `end` in `text` without the white space at either end (as String.trim). */
function trimmed(text: string, start: number, end: number): { start: number; end: number } {
  const inner = text.slice(start, end);
  const lead = inner.length - inner.trimStart().length;
  const kept = inner.trim().length;
  return { start: start + lead, end: start + lead + kept };
}

/** Where the slice of `text` starting at `from` should end: at a sentence end near the slice size. */
function sliceEnd(text: string, from: number): number {
  if (text.length - from <= BLOCK_SLICE_CHARS) return text.length;
  const limit = from + BLOCK_SLICE_CHARS;
  for (let i = limit; i > from + BLOCK_SLICE_CHARS / 2; i--) {
    const c = text.charCodeAt(i - 1);
    if ((c === 46 || c === 33 || c === 63 || c === 10) && text.charCodeAt(i) === 32) return i + 1;
  }
  for (let i = limit; i > from + BLOCK_SLICE_CHARS / 2; i--) if (text.charCodeAt(i) === 32) return i + 1;
  return limit;
}
