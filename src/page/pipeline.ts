/**
 * The scan pipeline: scope → relevance → blocks → reader → shown claims, written once for every
 * reader of text. The content script steps through it in time slices (src/annotate/annotator.ts),
 * the `scan` command runs it to the end (src/cli/run-scan.ts), and `eval` scores what `scan`
 * reports, so both measure exactly what a user sees on a page.
 *
 * One scope, in order:
 * - relevance: a title that names an acupressure mat settles it without reading the text; otherwise
 *   the scope's relevance roots are read block by block, up to {@link RELEVANCE_CHARS} characters
 *   (the block that reaches the budget included), and judged with the title;
 * - if relevant, every block of the scope's roots goes to a {@link TextReader}, which gives its
 *   claims (as shown) and the studies it cites; the blocks of a list read in the voice of the
 *   lead-in above them ("Mats are said to:" hedges them, "A mat will not:" negates them;
 *   src/detect/lead-in.ts), which only the walk in order can see. The reader of ./read-text.ts
 *   runs the detector right there (`scan`, `eval`, and the extension's background); the content
 *   script's reader hands the texts to the background and waits for the answer
 *   (src/annotate/remote-reader.ts, issue 8), so the detector never runs on the page's main thread.
 *
 * The steps are generators that yield `null` wherever a caller working in time slices may stop (the
 * block walk's checkpoints, between the slices of a long block, while the detector's tables are
 * built), a {@link WaitStep} where the reader waits for an answer, the relevance verdict once, and
 * each block with its claims. Where the blocks come from is the caller's ({@link ScopeSource}): a
 * DOM walk ({@link domScopeSource}) or a file's lines.
 */
import { LeadInTracker, stanceUnder } from '../detect/lead-in';
import { countMatMentions, judgeRelevance, RoundupEntries } from '../detect/relevance';
import type { Span } from '../detect/types';
import type { ShownClaim } from '../shared/types';
import { walkBlocks, type Block, type ExtractOptions } from './blocks';
import type { BlockCitation } from './cited';
import type { Scope } from './sites';

/** Relevance reads at most this much of a scope's text: enough to tell what an article is about. */
export const RELEVANCE_CHARS = 60_000;

/** A claim found in a block: what is shown, and where its phrase lies in the block's text. */
export interface BlockClaim extends ShownClaim {
  /** The claim phrase's span in the block's text (`phrase` is that text). */
  phraseSpan: Span;
  /** The span of its sentence, trimmed, in the block's text (`sentence` is that text). */
  sentenceSpan: Span;
}

/** Anything the pipeline reads as a block: a DOM {@link Block}, a line of a file. */
export interface TextBlock {
  readonly text: string;
}

/** A block read to its end, with its claims and the studies it cites, each in text order (possibly none). */
export interface BlockStep<B extends TextBlock> {
  kind: 'block';
  block: B;
  claims: BlockClaim[];
  citations: BlockCitation[];
}

/** The scope's relevance, decided once, before any of its blocks. */
export interface RelevanceStep {
  kind: 'relevance';
  relevant: boolean;
}

/** The reader is waiting for an answer: a time-sliced caller steps on once `until` settles. */
export interface WaitStep {
  kind: 'wait';
  until: Promise<unknown>;
}

/** One step of the pipeline; `null` is a point where a time-sliced caller may stop. */
export type ScanStep<B extends TextBlock = Block> = null | WaitStep | RelevanceStep | BlockStep<B>;

/** What one text holds: its claims as shown, and the studies it cites, each in text order. */
export interface TextFindings {
  claims: BlockClaim[];
  citations: BlockCitation[];
}

/** One read under way: ready once its answer is in, stepped through for the findings. */
export interface Reading {
  /** Whether stepping it would not wait (a reading done in place always is). */
  readonly ready: boolean;
  /** Settles once it is ready (a reader that waits for an answer elsewhere gives it). */
  readonly settled?: Promise<unknown>;
  /** One {@link TextFindings} per text, in order; `null` at pause points, a wait step while waiting. */
  readonly steps: Generator<null | WaitStep, TextFindings[], undefined>;
}

/**
 * Where blocks' texts are read for claims and citations. `read` starts a read of a batch of texts
 * (a reader elsewhere sends them off at once, so that the walk goes on meanwhile).
 */
export interface TextReader {
  read(texts: readonly string[], counters: ScanCounters): Reading;
  /**
   * How many characters of blocks to gather before reading them together (0: each block on its
   * own). Read before every batch, so a reader may start small (the first viewport) and grow.
   */
  readonly batchChars: number;
  /** How many batches may be out at once before the walk waits for the oldest. */
  readonly inFlight: number;
}

/** What the pipeline adds its work to (the content script passes its scheduler's slice counters). */
export interface ScanCounters {
  /** Characters read for relevance or run through the detector. */
  chars: number;
}

/**
 * A scope as the pipeline reads it. `walk` yields a root's blocks in order, and `null` at points
 * where the walk may pause; walking the same root twice yields the same blocks.
 */
export interface ScopeSource<R, B extends TextBlock> {
  title: string | undefined;
  /** Roots whose text decides relevance (besides the title). */
  relevanceRoots: readonly R[];
  /** Roots whose blocks are annotated. */
  roots: readonly R[];
  walk(root: R): Iterator<B | null, unknown, undefined>;
}

/**
 * One scope through the whole pipeline: the relevance step first, then (when relevant) a block step
 * for every block of its roots, in order, with `null` pause points between.
 */
export function* scanScope<R, B extends TextBlock>(
  source: ScopeSource<R, B>,
  reader: TextReader,
  counters: ScanCounters = { chars: 0 },
): Generator<ScanStep<B>, void, undefined> {
  const { title, relevanceRoots, roots } = source;
  if (title !== undefined && countMatMentions(title) > 0) {
    yield { kind: 'relevance', relevant: true };
    yield* scanBlocks(blocksIn(source, roots), reader, counters);
    return;
  }
  // When the relevance roots are the first annotation roots (an article, then its comments), the
  // blocks read for relevance are annotated from the same walk rather than read a second time.
  const sameRoots = relevanceRoots.every((r, i) => r === roots[i]);
  const buffered: B[] = [];
  const texts: string[] = [];
  let chars = 0;
  const walks = relevanceRoots.map((root) => source.walk(root));
  read: for (const walk of walks) {
    for (let r = walk.next(); !r.done; r = walk.next()) {
      const block = r.value;
      if (block === null) {
        yield null;
        continue;
      }
      if (sameRoots) buffered.push(block);
      texts.push(block.text);
      chars += block.text.length;
      if (chars >= RELEVANCE_CHARS) break read;
    }
  }
  counters.chars += chars;
  const { relevant, roundup } = judgeRelevance(title === undefined ? { blocks: texts } : { title, blocks: texts });
  yield { kind: 'relevance', relevant };
  if (!relevant) return;
  // Annotate what relevance already read, then carry on with the same walks and the other roots.
  const steps = sameRoots
    ? scanBlocks(blocksIn(source, roots.slice(relevanceRoots.length), buffered, walks), reader, counters)
    : scanBlocks(blocksIn(source, roots), reader, counters);
  yield* roundup ? onlyMatEntries(steps) : steps;
}

/**
 * A roundup's steps with the claims of blocks outside its mat entries taken out (the foam roller's
 * and the blanket's claims are not claims about mats; labelling.md judges each listing alone).
 */
function* onlyMatEntries<B extends TextBlock>(
  steps: Generator<ScanStep<B>, void, undefined>,
): Generator<ScanStep<B>, void, undefined> {
  const entries = new RoundupEntries();
  for (const step of steps) {
    if (step !== null && step.kind === 'block' && !entries.next(step.block.text))
      yield { ...step, claims: [], citations: [] };
    else yield step;
  }
}

/**
 * A scope's blocks as one walk: those already read, then the rest of the walks begun, then the
 * walk of each further root (so the reader batches across roots).
 */
function* blocksIn<R, B extends TextBlock>(
  source: ScopeSource<R, B>,
  roots: readonly R[],
  buffered: readonly B[] = [],
  begun: ReadonlyArray<Iterator<B | null, unknown, undefined>> = [],
): Generator<B | null, void, undefined> {
  yield* buffered;
  for (const walk of begun) yield* drain(walk);
  for (const root of roots) yield* drain(source.walk(root));
}

/** Everything a walk yields (walks are iterators, not iterables). */
function* drain<T>(walk: Iterator<T, unknown, undefined>): Generator<T, void, undefined> {
  for (let r = walk.next(); !r.done; r = walk.next()) yield r.value;
}

/**
 * A walk's blocks through the reader, without a relevance step (a scope's roots, or a root of a
 * scope already found relevant: a rescan of a changed part of the page, a late list of reviews).
 * They are gathered up to the reader's batch size and read batch by batch, each block yielded
 * with what it holds, in order. While up to `inFlight` batches are out, the walk goes on; a batch
 * whose answer is in is yielded at the next step. A batch sent off to wait for its answer ends a
 * step (a pause), so that the content script can put the rest of the walk after that answer.
 */
export function* scanBlocks<B extends TextBlock>(
  walk: Iterator<B | null, unknown, undefined>,
  reader: TextReader,
  counters: ScanCounters = { chars: 0 },
  // Items of a list read in the voice of its lead-in (a block before them ending with a colon); a
  // walk that starts partway down brings the lead-in above it (LeadInTracker.after).
  leadIns = new LeadInTracker(),
): Generator<ScanStep<B>, void, undefined> {
  const out: Array<{ blocks: B[]; reading: Reading }> = [];
  let batch: B[] = [];
  let chars = 0;
  /** Sends the gathered batch; whether it waits for an answer. */
  const send = (): boolean => {
    const reading = reader.read(
      batch.map((b) => b.text),
      counters,
    );
    out.push({ blocks: batch, reading });
    batch = [];
    chars = 0;
    return !reading.ready;
  };
  for (let r = walk.next(); !r.done; r = walk.next()) {
    let waits = false;
    if (r.value !== null) {
      batch.push(r.value);
      chars += r.value.text.length;
      if (chars >= reader.batchChars) waits = send();
    }
    while (out.length > 0 && (out[0]!.reading.ready || out.length >= reader.inFlight))
      yield* found(out.shift()!, leadIns);
    if (r.value === null || waits) yield null;
  }
  if (batch.length > 0) send();
  while (out.length > 0) yield* found(out.shift()!, leadIns);
}

/** A batch's blocks, each with what it holds, once its reading is done. */
function* found<B extends TextBlock>(
  batch: { blocks: readonly B[]; reading: Reading },
  leadIns: LeadInTracker,
): Generator<ScanStep<B>, void, undefined> {
  const { blocks, reading } = batch;
  const findings = yield* reading.steps;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const { claims, citations } = findings[i] ?? { claims: [], citations: [] };
    const lead = leadIns.next(block.text);
    const shown = lead ? claims.map((c) => ({ ...c, ...stanceUnder(lead, c) })) : claims;
    yield { kind: 'block', block, claims: shown, citations };
  }
}

/** What a page adds to a scope's own walk rules (the content script: its overlay host, computed styles). */
export interface PageWalkOptions {
  /** Tag name (lower case) of Pointwise's own UI host, never read. */
  ownHost?: string;
  /** Elements the live page does not render. */
  isHidden?: (el: Element) => boolean;
}

/** How a scope's roots are walked: the scope's skip selectors, plus what the page adds. */
export function scopeWalkOptions(scope: Scope, page: PageWalkOptions = {}): ExtractOptions {
  const skipSelector = scope.skip.join(',');
  const { ownHost, isHidden } = page;
  const options: ExtractOptions = {
    skip: (el: Element) => el.localName === ownHost || (skipSelector !== '' && safeMatches(el, skipSelector)),
  };
  if (isHidden) options.isHidden = isHidden;
  return options;
}

/** A page scope as the pipeline reads it: its roots walked by the page's block rules. */
export function domScopeSource(scope: Scope, options: ExtractOptions): ScopeSource<Element, Block> {
  return {
    title: scope.title,
    relevanceRoots: scope.relevanceRoots,
    roots: scope.roots,
    walk: (root) => walkBlocks(root, options),
  };
}

/** What one scope held, read to the end. */
export interface ScopeScan<B extends TextBlock> {
  relevant: boolean;
  /** Every block of a relevant scope with its claims, in order; empty when not relevant. */
  blocks: BlockStep<B>[];
}

/**
 * {@link scanScope} run to its end in one go (the `scan` command, `eval`), with a reader that never
 * waits (./read-text.ts).
 */
export function scanScopeToEnd<R, B extends TextBlock>(source: ScopeSource<R, B>, reader: TextReader): ScopeScan<B> {
  const out: ScopeScan<B> = { relevant: false, blocks: [] };
  for (const step of scanScope(source, reader)) {
    if (step === null) continue;
    if (step.kind === 'wait') throw new Error('scanScopeToEnd: this reader waits; step through scanScope instead');
    if (step.kind === 'relevance') out.relevant = step.relevant;
    else out.blocks.push(step);
  }
  return out;
}

function safeMatches(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
}
