/**
 * The content script's {@link TextReader}: blocks' texts go to the extension's background, which
 * reads them with the same detector and citation recogniser as `scan` (src/page/read-text.ts) and
 * answers with what each holds. The detector never runs on the page's main thread (issue 8): there
 * it ran cold on every page load (tables built, code interpreted, about half of our main-thread
 * time on a listing), while in the background its tables are built once and its code stays warm
 * from page to page. The texts never leave the browser: the background is part of the extension.
 *
 * Reads started in the same task go out as one message, sent once the task ends (a forum page's
 * thousands of small posts, each its own scope, would otherwise each wait for a round trip). While
 * an answer is on its way the reading yields a wait step; the scan's job steps aside meanwhile.
 * Texts answered before are remembered, so a paragraph a framework re-renders with the same words
 * is read again at once, inside the mutation callback, and its highlights never flicker.
 */
import type { Reading, ScanCounters, TextFindings, TextReader, WaitStep } from '../page/pipeline';

/** Sends texts to be read; resolves to one finding per text, in order (checked by the caller). */
export type ReadRequest = (texts: string[]) => Promise<TextFindings[]>;

/** The first batch of a walk: about a first viewport's worth of text, so its marks come soon. */
export const FIRST_BATCH_CHARS = 3_000;
/** Each later batch gathers four times as much, up to this. */
export const MAX_BATCH_CHARS = 64_000;
/** A message carries at most this much text; more reads in the same task start another. */
export const MAX_MESSAGE_CHARS = 256_000;
/** Batches of one walk out at once: the page walk goes on while the background reads. */
const IN_FLIGHT = 3;
/** Answers kept for texts seen again, up to this many characters of text in all. */
const CACHE_CHARS = 4_000_000;

/** One request to the background: the texts of every read started in one task. */
interface Message {
  texts: string[];
  asked: Set<string>;
  chars: number;
  settled: boolean;
  /** Each text's findings, once answered. */
  found: Map<string, TextFindings>;
  failure?: Error;
  wait: WaitStep;
}

/**
 * `onWork` hears each synchronous stretch the reader spends on the page's main thread outside the
 * scan's own slices (contracts.md §6): handing a message over (the browser copies its texts then,
 * about 30 ms per MB in Chromium) and taking an answer in.
 */
export function remoteReader(request: ReadRequest, onWork?: (start: number, end: number) => void): TextReader {
  let batchChars = FIRST_BATCH_CHARS;
  const cache = new Map<string, TextFindings>();
  let cachedChars = 0;
  let outbox: Message | undefined;

  const remember = (text: string, found: TextFindings) => {
    if (cache.has(text) || text.length > CACHE_CHARS) return;
    cache.set(text, found);
    cachedChars += text.length;
    // The oldest answers go first (a Map iterates in insertion order).
    for (const old of cache.keys()) {
      if (cachedChars <= CACHE_CHARS) break;
      cache.delete(old);
      cachedChars -= old.length;
    }
  };

  /** The message these texts go out with: this task's, unless it is full. */
  const post = (texts: readonly string[]): Message => {
    const chars = texts.reduce((n, t) => n + t.length, 0);
    if (!outbox || (outbox.chars > 0 && outbox.chars + chars > MAX_MESSAGE_CHARS)) {
      let settle = () => {};
      const until = new Promise<void>((resolve) => (settle = resolve));
      const message: Message = {
        texts: [],
        asked: new Set(),
        chars: 0,
        settled: false,
        found: new Map(),
        wait: { kind: 'wait', until },
      };
      outbox = message;
      // Sent once the task that started these reads has run its course.
      queueMicrotask(() => {
        if (outbox === message) outbox = undefined;
        const sendStart = performance.now();
        const sent = request(message.texts);
        onWork?.(sendStart, performance.now());
        sent.then(
          (answer) => {
            const start = performance.now();
            if (answer.length !== message.texts.length) {
              message.failure = new Error('the background answered for other texts');
            } else {
              message.texts.forEach((text, i) => {
                const safe = withinText(text, answer[i]!);
                message.found.set(text, safe);
                remember(text, safe);
              });
            }
            message.settled = true;
            settle();
            onWork?.(start, performance.now());
          },
          (failure: unknown) => {
            message.failure = failure instanceof Error ? failure : new Error('the background did not answer');
            message.settled = true;
            settle();
          },
        );
      });
    }
    const message = outbox;
    for (const text of texts) {
      if (message.asked.has(text)) continue;
      message.asked.add(text);
      message.texts.push(text);
      message.chars += text.length;
    }
    return message;
  };

  /** Send the texts not read before (with this task's other reads); wait only if the answer is not in. */
  function read(texts: readonly string[], counters: ScanCounters): Reading {
    // Every text counts as read, answered now or from memory (a rescan reads as much as a scan).
    for (const text of texts) counters.chars += text.length;
    // What is remembered now is kept for this read (later answers may push it out of memory).
    const known = new Map<string, TextFindings>();
    for (const text of texts) {
      const found = cache.get(text);
      if (found) known.set(text, found);
    }
    const missing = [...new Set(texts.filter((t) => !known.has(t)))];
    if (missing.length === 0) return { ready: true, steps: answered(texts, known) };
    batchChars = Math.min(MAX_BATCH_CHARS, batchChars * 4);
    const message = post(missing);
    function* steps(): Generator<WaitStep, TextFindings[], undefined> {
      while (!message.settled) yield message.wait;
      if (message.failure) throw message.failure;
      for (const text of missing) known.set(text, message.found.get(text)!);
      return yield* answered(texts, known);
    }
    return {
      get ready() {
        return message.settled;
      },
      settled: message.wait.until,
      steps: steps(),
    };
  }

  return {
    get batchChars() {
      return batchChars;
    },
    inFlight: IN_FLIGHT,
    read,
  };
}

/** Each text's findings, from those answered or remembered. */
// eslint-disable-next-line require-yield -- a generator so that it can stand in for steps that wait
function* answered(
  texts: readonly string[],
  known: ReadonlyMap<string, TextFindings>,
): Generator<never, TextFindings[], undefined> {
  return texts.map((t) => known.get(t) ?? { claims: [], citations: [] });
}

/**
 * The findings whose spans lie within the text (all of them, from a background that read this very
 * text): a span past its end could not be turned into a range over the page's text.
 */
function withinText(text: string, found: TextFindings): TextFindings {
  const fits = (s: { start: number; end: number }) => s.start <= s.end && s.end <= text.length;
  return {
    claims: found.claims.filter((c) => fits(c.phraseSpan)),
    citations: found.citations.filter((c) => fits(c.span)),
  };
}
