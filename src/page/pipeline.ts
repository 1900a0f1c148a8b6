/**
 * The scan pipeline: scope → relevance → blocks → detector → shown claims, written once for every
 * reader of text. The content script steps through it in time slices (src/annotate/annotator.ts),
 * the `scan` command runs it to the end (src/cli/run-scan.ts), and `eval` scores what `scan`
 * reports, so both measure exactly what a user sees on a page.
 *
 * One scope, in order:
 * - relevance: a title that names an acupressure mat settles it without reading the text; otherwise
 *   the scope's relevance roots are read block by block, up to {@link RELEVANCE_CHARS} characters
 *   (the block that reaches the budget included), and judged with the title;
 * - if relevant, every block of the scope's roots goes through the detector, a long block in slices
 *   of about {@link BLOCK_SLICE_CHARS} characters cut at sentence ends, and its claims become
 *   {@link BlockClaim}s through {@link toShownClaims}, the one conversion from detector claims to
 *   what is shown; the studies it cites are found by ./cited.ts.
 *
 * The steps are generators that yield `null` wherever a caller working in time slices may stop (the
 * block walk's checkpoints, between the slices of a long block, while the detector's tables are
 * built), the relevance verdict once, and each block with its claims. Where the blocks come from is
 * the caller's ({@link ScopeSource}): a DOM walk ({@link domScopeSource}) or a file's lines.
 */
import { countMatMentions, findClaims, judgeRelevance, warmUpDetector, type Claim, type Span } from '../detect';
import { statusOf } from '../evidence';
import type { ShownClaim } from '../shared/types';
import { walkBlocks, type Block, type ExtractOptions } from './blocks';
import { citationsInText, type BlockCitation } from './cited';
import type { Scope } from './sites';

/** Relevance reads at most this much of a scope's text: enough to tell what an article is about. */
export const RELEVANCE_CHARS = 60_000;
/** A longer block is detected in slices cut at sentence ends, so one step never runs long. */
export const BLOCK_SLICE_CHARS = 16_000;

/** A claim found in a block: what is shown, and where its phrase lies in the block's text. */
export interface BlockClaim extends ShownClaim {
  /** The claim phrase's span in the block's text (`phrase` is that text). */
  phraseSpan: Span;
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

/** One step of the pipeline; `null` is a point where a time-sliced caller may stop. */
export type ScanStep<B extends TextBlock = Block> = null | RelevanceStep | BlockStep<B>;

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
  counters: ScanCounters = { chars: 0 },
): Generator<ScanStep<B>, void, undefined> {
  const { title, relevanceRoots, roots } = source;
  if (title !== undefined && countMatMentions(title) > 0) {
    yield { kind: 'relevance', relevant: true };
    for (const root of roots) yield* scanBlocks(source.walk(root), counters);
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
  const relevant = judgeRelevance(title === undefined ? { blocks: texts } : { title, blocks: texts }).relevant;
  yield { kind: 'relevance', relevant };
  if (!relevant) return;
  if (!sameRoots) {
    for (const root of roots) yield* scanBlocks(source.walk(root), counters);
    return;
  }
  // Annotate what relevance already read, then carry on with the same walks.
  yield* warmUp();
  for (const block of buffered) yield* scanBlock(block, counters);
  for (const walk of walks) yield* blocksOf(walk, counters);
  for (const root of roots.slice(relevanceRoots.length)) yield* scanBlocks(source.walk(root), counters);
}

/**
 * The blocks of one walk through the detector, without a relevance step: a root of a scope already
 * found relevant (a rescan of a changed part of the page, a late list of reviews).
 */
export function* scanBlocks<B extends TextBlock>(
  walk: Iterator<B | null, unknown, undefined>,
  counters: ScanCounters = { chars: 0 },
): Generator<ScanStep<B>, void, undefined> {
  yield* warmUp();
  yield* blocksOf(walk, counters);
}

function* blocksOf<B extends TextBlock>(
  walk: Iterator<B | null, unknown, undefined>,
  counters: ScanCounters,
): Generator<ScanStep<B>, void, undefined> {
  for (let r = walk.next(); !r.done; r = walk.next()) {
    if (r.value === null) yield null;
    else yield* scanBlock(r.value, counters);
  }
}

function* scanBlock<B extends TextBlock>(block: B, counters: ScanCounters): Generator<ScanStep<B>, void, undefined> {
  const claims = yield* detectText(block.text, counters);
  yield { kind: 'block', block, claims, citations: citationsInText(block.text) };
}

/**
 * The detector's tables are built before the first detection, in short steps of their own (built in
 * one go they made a task of 50–80 ms). Free once they are built.
 */
function* warmUp(): Generator<null, void, undefined> {
  for (const _ of warmUpDetector()) yield null;
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

/** {@link detectText} in one go, for a text that is not part of a page (a selection). */
export function claimsInText(text: string): BlockClaim[] {
  const steps = detectText(text);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * The one conversion from the detector's claims to shown claims: status from the knowledge base,
 * phrase and sentence as text (the sentence trimmed), in text order. `text` is what the detector
 * read; `offset` is where it starts in the block, added to the phrase's span.
 */
export function toShownClaims(claims: readonly Claim[], text: string, offset = 0): BlockClaim[] {
  return [...claims]
    .sort((a, b) => a.phrase.start - b.phrase.start)
    .map((claim) => ({
      topic: claim.topic,
      status: statusOf(claim.topic),
      stance: claim.stance,
      overstated: claim.overstated,
      phrase: text.slice(claim.phrase.start, claim.phrase.end),
      sentence: text.slice(claim.sentence.start, claim.sentence.end).trim(),
      phraseSpan: { start: claim.phrase.start + offset, end: claim.phrase.end + offset },
    }));
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

/** {@link scanScope} run to its end in one go (the `scan` command, `eval`). */
export function scanScopeToEnd<R, B extends TextBlock>(source: ScopeSource<R, B>): ScopeScan<B> {
  const out: ScopeScan<B> = { relevant: false, blocks: [] };
  for (const step of scanScope(source)) {
    if (step === null) continue;
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
