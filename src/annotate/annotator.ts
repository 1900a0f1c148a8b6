/**
 * The content script's controller: decides the page's scopes, steps through the scan pipeline
 * (src/page/pipeline.ts, the one `scan` and `eval` run too) in time slices, turns the claims it
 * finds into annotations with ranges, hands them to the overlay, keeps up with pages that change,
 * and reports the count for the toolbar badge.
 *
 * It never renders (that is src/overlay/) and never decides what a claim is (src/detect/). It never
 * changes the page's DOM either: ranges are StaticRanges over the page's own text nodes.
 */
import { blockAncestor, isInSkippedPart, textsBefore, walkBlocks, toNodeOffset, type Block } from '../page/blocks';
import {
  domScopeSource,
  scanBlocks,
  scanScope,
  scopeWalkOptions,
  type BlockClaim,
  type ScanStep,
  type TextReader,
} from '../page/pipeline';
import type { BlockCitation } from '../page/cited';
import { findScopes, type Scope } from '../page/sites';
import { LeadInTracker } from '../detect/lead-in';
import { createScheduler, isPark, SLICE_BUDGET_MS, type Park, type Scheduler } from './scheduler';
import { insideWork, measureWork, recordMark, recordScan } from '../shared/timing';
import {
  isCitation,
  isDisplayed,
  OVERLAY_HOST_TAG,
  type Annotation,
  type CitationAnnotation,
  type DisplayOptions,
  type PageMark,
  type ShownCitation,
  type ShownClaim,
} from '../shared/types';

/** What the annotator draws through; src/overlay/ implements it. */
export interface AnnotationSink {
  /** Claims and citations, in the order found; `soon`: drawn in the next task, not after the next paint. */
  update(marks: readonly PageMark[], display: DisplayOptions, soon?: boolean): void;
  reveal(id: number): boolean;
  /** Resolves once what was last passed to update() is on screen. */
  whenIdle(timeoutMs?: number): Promise<void>;
  /** Get ready for the first marks (see Overlay.warmUp); may restyle the page. */
  warmUp?(): void;
}

export interface AnnotatorOptions {
  doc: Document;
  win: Window;
  signal: AbortSignal;
  sink: AnnotationSink;
  /**
   * Where blocks are read for claims and citations: the background, through
   * ./remote-reader.ts, in the extension; in place (src/page/read-text.ts) in tests.
   */
  reader: TextReader;
  display: DisplayOptions;
  /** Called whenever the number of displayed annotations changes. */
  onCount?: (count: number) => void;
  /** Tag name of Pointwise's own UI host, never read. */
  ownHost?: string;
  /** Wait after the last page change before rescanning it. */
  debounceMs?: number;
}

/** At most this many changed nodes are rescanned at once, inside the mutation callback. */
const SYNC_DIRTY_LIMIT = 64;
/** While the first pass runs, the overlay gets what was found at most this often. */
const FIRST_PASS_FLUSH_MS = 250;
/** Longest the scan waits for the answer about the page's first texts before going on (see holdForFirstAnswer). */
const FIRST_ANSWER_WAIT_MS = 60;
/** Longest the scan waits for the first viewport's marks to be drawn before going on. */
const FIRST_DRAW_WAIT_MS = 250;
/** Longest a page may keep changing before we rescan anyway. */
const MAX_DEBOUNCE_WAIT_MS = 1_000;

interface ScopeState {
  scope: Scope;
  relevant: boolean | undefined;
  /** Roots already queued for annotation (a late-loading reviews list is a new root). */
  roots: Set<Element>;
}

type StoredAnnotation = Annotation & { block: Element };
type StoredCitation = CitationAnnotation & { block: Element };
type StoredMark = StoredAnnotation | StoredCitation;

export interface PageClaim extends ShownClaim {
  id: number;
}

/** A study the page cites, as the popup lists it. */
export interface PageCitation extends ShownCitation {
  id: number;
}

export interface PageSummary {
  /** At least one scope is about acupressure mats. */
  relevant: boolean;
  /** The first full pass has finished. */
  ready: boolean;
  /** The displayed claims, in page order. */
  claims: PageClaim[];
  /** All claims found, displayed or not. */
  total: number;
  /** The studies the page cites, in page order. */
  citations: PageCitation[];
  /** The page's own text includes a safety warning (pregnancy, consult a doctor, …). */
  hasSafetyWarning: boolean;
}

const SAFETY_WARNING =
  /\b(?:pregnan\w*|consult (?:a|your) (?:doctor|physician|healthcare)|not (?:suitable|recommended) for|do not use (?:if|on|during)|contraindicat\w*|blood[- ]thinn\w*|anticoagula\w*|open wounds?|broken skin|seek medical advice)\b/i;

export class Annotator {
  private readonly doc: Document;
  private readonly win: Window;
  private readonly signal: AbortSignal;
  private readonly sink: AnnotationSink;
  private readonly reader: TextReader;
  private readonly onCount?: (count: number) => void;
  private readonly ownHost: string;
  private readonly debounceMs: number;
  private display: DisplayOptions;
  private scheduler: Scheduler;
  private scopes: ScopeState[] = [];
  /** Each annotation root (scope root) → its scope, to find a changed node's scope by walking up. */
  private rootScope = new Map<Element, ScopeState>();
  /** Annotations in the order they were found; Map keeps insertion order. */
  private annotations = new Map<number, StoredMark>();
  /** Annotation ids by the block element they were found in, for rescanning a changed region. */
  private byBlock = new Map<Element, number[]>();
  private lastFlushAt = 0;
  /** Bumped whenever annotations are added or dropped; keys the cached page-order sort. */
  private version = 0;
  private sorted: StoredMark[] = [];
  private sortedVersion = -1;
  private nextId = 1;
  private lastCount = -1;
  private ready = false;
  private readyMarked = false;
  /**
   * For `pointwise:visible` (contracts.md §6): the scopes that reach into the first viewport and
   * are not yet read past its bottom edge (viewport coordinates at the first pass), or null once
   * the mark is settled.
   */
  private visiblePending: Set<Scope> | null = null;
  private visibleBottom = 0;
  private hasSafetyWarning = false;
  /** Whether highlights were handed over since the last paint (the scan then waits for it). */
  private restyling = false;
  private observer?: MutationObserver;
  private dirty = new Set<Node>();
  private rescope = false;
  private debounceTimer?: ReturnType<typeof setTimeout>;
  private firstDirtyAt = 0;
  private flushQueued = false;
  private running = false;
  /** When the first viewport was read and held no claim (for `pointwise:visible`), until a claim is found. */
  private viewportDoneAt: number | null = null;
  /** Whether the scan waited for the page's first answer (once per page load). */
  private firstAnswerHeld = false;

  constructor(options: AnnotatorOptions) {
    this.doc = options.doc;
    this.win = options.win;
    this.signal = options.signal;
    this.sink = options.sink;
    const reader = options.reader;
    // The page's first texts sent off: the scan waits for their answer (see holdForFirstAnswer).
    this.reader = {
      get batchChars() {
        return reader.batchChars;
      },
      inFlight: reader.inFlight,
      read: (texts, counters) => {
        const reading = reader.read(texts, counters);
        if (!reading.ready && reading.settled) this.holdForFirstAnswer(reading.settled);
        return reading;
      },
    };
    this.onCount = options.onCount;
    this.display = options.display;
    this.ownHost = (options.ownHost ?? OVERLAY_HOST_TAG).toLowerCase();
    this.debounceMs = options.debounceMs ?? 60;
    this.scheduler = this.makeScheduler();
    this.signal.addEventListener('abort', () => this.stop(), { once: true });
  }

  private makeScheduler(): Scheduler {
    return createScheduler({
      signal: this.signal,
      onSlice: (start, end, stats) => {
        recordScan(start, end, stats.claims, stats.chars);
      },
      // Handing everything found to the overlay, after the slice: measured as work of its own.
      onIdle: () => measureWork(() => this.onIdle()),
      onError: (error) => console.debug('[Pointwise] skipped part of the page:', error),
    });
  }

  /** Read the page and keep up with its changes. */
  start(): void {
    if (this.running || this.signal.aborted) return;
    this.running = true;
    this.ready = false;
    // A page just loaded may not have been styled and laid out yet (the browser does that at its
    // first paint): the first step waits for a paint too.
    this.holdForPaint();
    // Even deciding the scopes is page work: it runs (and is measured) as a scheduled step.
    this.scheduler.push(this.decideScopes());
    this.observe();
  }

  /** The scheduled step that decides which parts of the page to read. */
  private *decideScopes(): Generator<void, void, void> {
    this.queueScopes(findScopes(this.doc, this.win.location));
    yield;
  }

  /** Forget everything shown and stop reading the page (annotations switched off). */
  stop(): void {
    this.running = false;
    this.observer?.disconnect();
    this.observer = undefined;
    clearTimeout(this.debounceTimer);
    this.dirty.clear();
    this.scheduler.clear();
    this.scopes = [];
    this.rootScope.clear();
    this.annotations.clear();
    this.byBlock.clear();
    this.version++;
    this.ready = false;
    if (!this.signal.aborted) this.flush();
  }

  /** Start over: the page navigated within a single-page app. */
  restart(): void {
    this.stop();
    this.start();
  }

  setDisplay(display: DisplayOptions): void {
    this.display = display;
    this.flush();
  }

  /** Scroll to an annotation and flash it. */
  reveal(id: number): boolean {
    return this.sink.reveal(id);
  }

  /** What the popup shows for this page. */
  summary(): PageSummary {
    // Answering the popup is page work too: measured like a scan slice. The page-order sort is
    // cached until the annotations change, since the popup asks again every few seconds.
    const start = performance.now();
    if (this.sortedVersion !== this.version) {
      this.sorted = this.inPageOrder(this.all());
      this.sortedVersion = this.version;
    }
    const all = this.sorted.filter((a) => a.range.startContainer.isConnected);
    try {
      return this.buildSummary(all);
    } finally {
      recordScan(start, performance.now());
    }
  }

  private buildSummary(marks: StoredMark[]): PageSummary {
    const all = marks.filter((m): m is StoredAnnotation => !isCitation(m));
    const shown = all.filter((a) => isDisplayed(a, this.display));
    return {
      relevant: this.scopes.some((s) => s.relevant === true),
      ready: this.ready,
      claims: shown.map(({ id, topic, status, stance, overstated, phrase, sentence }) => ({
        id,
        topic,
        status,
        stance,
        overstated,
        phrase,
        sentence,
      })),
      total: all.length,
      // Listed only while they are shown on the page (the popup scrolls to them).
      citations: marks
        .filter((m): m is StoredCitation => isCitation(m) && isDisplayed(m, this.display))
        .map(({ id, citation }) => ({ id, ...citation })),
      hasSafetyWarning: this.hasSafetyWarning,
    };
  }

  /** Every stored annotation whose text is still in the page, in the order found. */
  private all(): StoredMark[] {
    const out: StoredMark[] = [];
    for (const a of this.annotations.values()) if (a.range.startContainer.isConnected) out.push(a);
    return out;
  }

  /** Sorted into page order (for the popup's list; not on the hot path). */
  private inPageOrder(list: StoredMark[]): StoredMark[] {
    return list.sort((a, b) => {
      if (a.range.startContainer === b.range.startContainer) return a.range.startOffset - b.range.startOffset;
      const pos = a.range.startContainer.compareDocumentPosition(b.range.startContainer);
      return pos & 4 /* FOLLOWING */ ? -1 : pos & 2 /* PRECEDING */ ? 1 : 0;
    });
  }

  // ---- scanning ----

  private queueScopes(scopes: Scope[]): void {
    // Visible scopes first: the first scope (in document order) that reaches into the viewport,
    // found by binary search so a page of thousands of scopes costs a dozen layout reads.
    // At the top of the page document order already is visible-first, and asking for a layout here
    // would only force one early.
    const scrolled = this.win.scrollY > this.win.innerHeight / 2;
    const firstVisible = scrolled ? firstIndexBelowTop(scopes, (s) => safeRect(s.key).bottom > 0) : 0;
    const ordered = [...scopes.slice(firstVisible), ...scopes.slice(0, firstVisible)];
    if (!this.readyMarked && this.visiblePending === null) {
      // The first viewport's scopes: `pointwise:visible` once each is read past the viewport's
      // bottom (or found irrelevant, or read to its end) and the overlay has drawn what they hold.
      this.visibleBottom = this.win.innerHeight;
      this.visiblePending = new Set(
        scopes.filter((s) => {
          const r = safeRect(s.key);
          return r.top < this.visibleBottom && r.bottom > 0;
        }),
      );
    }
    for (const scope of ordered) {
      const state: ScopeState = { scope, relevant: undefined, roots: new Set(scope.roots) };
      this.scopes.push(state);
      for (const root of scope.roots) this.rootScope.set(root, state);
      this.scheduler.push(this.scanScope(state));
    }
  }

  private walkOptions(scope: Scope) {
    const win = this.win;
    return scopeWalkOptions(scope, { ownHost: this.ownHost, isHidden: (el: Element) => isHiddenElement(el, win) });
  }

  /**
   * One scope through the shared pipeline (src/page/pipeline.ts), a step at a time: relevance, then
   * its blocks and their claims.
   */
  private *scanScope(state: ScopeState): Generator<unknown> {
    const { scope } = state;
    const steps = scanScope(domScopeSource(scope, this.walkOptions(scope)), this.reader, this.scheduler.stats);
    yield* this.follow(steps, scope, state);
    this.visibleSettled(scope);
  }

  /**
   * A root of a scope already found relevant (a rescan, a late reviews list): its blocks and
   * claims, its list items under the lead-in just above it.
   */
  private annotateRoot(root: Element, scope: Scope): Generator<unknown> {
    const leadIns = LeadInTracker.after(textsBefore(root, this.doc.body ?? this.doc.documentElement));
    const steps = scanBlocks(walkBlocks(root, this.walkOptions(scope)), this.reader, this.scheduler.stats, leadIns);
    return this.follow(steps, scope);
  }

  /**
   * Steps through the pipeline: a step of ours ends at each of its pause points and after every block
   * that held claims (each costs ranges and bookkeeping), so a page dense with claims still works in
   * short steps. Where the reader waits for an answer, the job steps aside (parks) and the other
   * scopes go on meanwhile, so that their texts go out with the same request.
   */
  private *follow(steps: Iterator<ScanStep>, scope: Scope, state?: ScopeState): Generator<unknown> {
    for (let r = steps.next(); !r.done; r = steps.next()) {
      const step = r.value;
      if (step === null) yield;
      else if (step.kind === 'wait') {
        const park: Park = { park: step.until };
        yield park;
      } else if (step.kind === 'relevance') {
        if (state) state.relevant = step.relevant;
      } else if (this.storeBlock(step.block, step.claims, step.citations, scope)) yield;
    }
  }

  /**
   * The page's first texts are out being read: nothing else runs until their answer is in (or for
   * {@link FIRST_ANSWER_WAIT_MS} at most), so that it is taken in as soon as it arrives and the
   * first viewport's marks come first; the rest of the page is walked after.
   */
  private holdForFirstAnswer(answer: Promise<unknown>): void {
    if (this.firstAnswerHeld || this.readyMarked) return;
    this.firstAnswerHeld = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const waited = new Promise<void>((resolve) => (timer = setTimeout(resolve, FIRST_ANSWER_WAIT_MS)));
    this.scheduler.holdUntil(Promise.race([answer, waited]).finally(() => clearTimeout(timer)));
    // Meanwhile the overlay gets ready for the marks, in a task of its own: its highlight rules
    // restyle the page, so the scan then waits for a paint too (its reads would force that
    // restyle, a long task on a large page, as ours).
    const warmUp = setTimeout(() => {
      if (this.signal.aborted || !this.running) return;
      this.sink.warmUp?.();
      this.holdForPaint();
    }, 0);
    this.signal.addEventListener('abort', () => clearTimeout(warmUp), { once: true });
  }

  /** A scope of the first viewport is read past its bottom (or to its end, or found irrelevant). */
  private visibleSettled(scope: Scope): void {
    const pending = this.visiblePending;
    if (!pending || !pending.delete(scope) || pending.size > 0) return;
    this.visiblePending = null;
    // Hand what was found to the overlay now (not at the next quarter-second flush), then mark
    // once it is drawn. A first viewport without claims was done now: the mark says so, dated
    // now, once the page turns out to have claims at all (contracts.md §6: pages with claims).
    if (this.annotations.size === 0) {
      this.viewportDoneAt = performance.now();
      return;
    }
    this.flush(true);
    // The scan waits for those marks (a moment at most): claims it found meanwhile would hold
    // them back otherwise.
    this.scheduler.holdUntil(this.sink.whenIdle(FIRST_DRAW_WAIT_MS));
    void this.sink.whenIdle().then(() => {
      if (!this.signal.aborted) recordMark('pointwise:visible');
    });
  }

  /** Keeps a block's claims as annotations over the page's text; whether there were any. */
  private storeBlock(
    block: Block,
    claims: readonly BlockClaim[],
    citations: readonly BlockCitation[],
    scope: Scope,
  ): boolean {
    // A block below the first viewport: everything of this scope that was in it has been read.
    if (this.visiblePending?.has(scope) && safeRect(block.element).top >= this.visibleBottom)
      this.visibleSettled(scope);
    if (!this.hasSafetyWarning && SAFETY_WARNING.test(block.text)) this.hasSafetyWarning = true;
    if (claims.length === 0 && citations.length === 0) return false;
    if (this.viewportDoneAt !== null && claims.length > 0) {
      recordMark('pointwise:visible', this.viewportDoneAt);
      this.viewportDoneAt = null;
    }
    const rangeOf = (span: { start: number; end: number }) => {
      const start = toNodeOffset(block, span.start, 'start');
      const end = toNodeOffset(block, span.end, 'end');
      return new StaticRange({
        startContainer: start.node,
        startOffset: start.offset,
        endContainer: end.node,
        endOffset: end.offset,
      });
    };
    const cites: ShownCitation[] = citations.map(shownCitation);
    // Every range first: a block whose offsets fail to map (the step throws) keeps none of its claims.
    // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the sentence's span is not kept
    const stored: StoredMark[] = claims.map(({ phraseSpan, sentenceSpan, ...shown }): StoredAnnotation => ({
      ...shown,
      id: this.nextId++,
      range: rangeOf(phraseSpan),
      scope: scope.kind,
      block: block.element,
      ...(cites.length > 0 ? { cites } : {}),
    }));
    const topics = [...new Set(claims.map((c) => c.topic))];
    citations.forEach(({ span }, i) => {
      stored.push({
        kind: 'citation',
        citation: cites[i]!,
        topics,
        id: this.nextId++,
        range: rangeOf(span),
        scope: scope.kind,
        block: block.element,
      });
    });
    let ids = this.byBlock.get(block.element);
    if (!ids) this.byBlock.set(block.element, (ids = []));
    for (const a of stored) {
      this.annotations.set(a.id, a);
      ids.push(a.id);
    }
    this.version++;
    this.scheduler.stats.claims += claims.length;
    this.queueFlush();
    return true;
  }

  // ---- output ----

  /**
   * Hand the displayed annotations to the overlay: at most once per frame once the page is read,
   * and every quarter second while the first pass is still running (each hand-over costs time in
   * proportion to everything found so far).
   */
  private queueFlush(): void {
    if (this.flushQueued) return;
    this.flushQueued = true;
    const wait = this.ready ? 0 : Math.max(0, this.lastFlushAt + FIRST_PASS_FLUSH_MS - performance.now());
    const run = () => {
      this.flushQueued = false;
      if (!this.signal.aborted) measureWork(() => this.flush());
    };
    if (wait === 0) this.win.requestAnimationFrame(run);
    else setTimeout(() => this.win.requestAnimationFrame(run), wait);
  }

  /**
   * The scan's next step waits for the next paint, where the browser restyles and lays out the page
   * anyway. The walk reads styles (checkVisibility) and rects: run while the page's style was stale,
   * it made the restyle ours, inside one task (about 300 ms on the 72,000 elements of amazon-huge,
   * one load in five to eight).
   */
  private holdForPaint(): void {
    if (this.restyling) return;
    this.restyling = true;
    this.scheduler.holdUntil(
      new Promise<void>((resolve) =>
        afterPaint(this.win, this.signal, () => {
          this.restyling = false;
          resolve();
        }),
      ),
    );
  }

  private flush(soon = false): void {
    this.lastFlushAt = performance.now();
    // Handing highlights over leaves the page's style stale (the first time, our ::highlight sheet
    // is adopted too).
    this.holdForPaint();
    const shown = this.all().filter((a) => isDisplayed(a, this.display));
    this.sink.update(shown, this.display, soon);
    // The toolbar badge counts claims (contracts.md §5), not citations.
    let count = 0;
    for (const m of shown) if (!isCitation(m)) count += 1;
    if (count !== this.lastCount) {
      this.lastCount = count;
      this.onCount?.(count);
    }
  }

  private onIdle(): void {
    if (!this.running) return;
    this.flush();
    if (!this.ready) {
      this.ready = true;
      // Marked once the overlay has drawn everything the first pass found.
      this.visiblePending = null;
      void this.sink.whenIdle().then(() => {
        if (this.readyMarked || this.signal.aborted) return;
        this.readyMarked = true;
        // Claims only below the first viewport (or none there): the viewport was done when its
        // scopes were; at the latest it is now (recorded once, so an earlier mark stands).
        if (this.annotations.size > 0) recordMark('pointwise:visible');
        recordMark('pointwise:ready');
      });
    }
  }

  // ---- pages that change ----

  private observe(): void {
    const root = this.doc.body ?? this.doc.documentElement;
    this.observer = new MutationObserver((records) => this.onMutations(records));
    this.observer.observe(root, { childList: true, subtree: true, characterData: true });
  }

  private isOwn(node: Node): boolean {
    return node.nodeType === 1 && (node as Element).localName === this.ownHost;
  }

  private onMutations(records: MutationRecord[]): void {
    for (const record of records) {
      const target = record.target;
      if (this.isOwn(target)) continue;
      if (record.type === 'childList') {
        let own = true;
        record.addedNodes.forEach((n) => (own &&= this.isOwn(n)));
        record.removedNodes.forEach((n) => (own &&= this.isOwn(n)));
        if (own && record.addedNodes.length + record.removedNodes.length > 0) continue;
      }
      this.dirty.add(record.type === 'characterData' ? (target.parentNode ?? target) : target);
    }
    if (this.dirty.size === 0) return;
    // A small change after the first pass (a framework re-rendering a paragraph) is handled right
    // here, in the same microtask checkpoint and before the next paint: its old highlights would
    // otherwise vanish with the replaced text nodes and flicker back a few frames later.
    if (this.ready && this.debounceTimer === undefined && this.dirty.size <= SYNC_DIRTY_LIMIT) {
      this.processNow();
      return;
    }
    const now = Date.now();
    if (this.debounceTimer === undefined) this.firstDirtyAt = now;
    clearTimeout(this.debounceTimer);
    const wait = Math.max(0, Math.min(this.debounceMs, this.firstDirtyAt + MAX_DEBOUNCE_WAIT_MS - now));
    this.debounceTimer = setTimeout(() => {
      this.debounceTimer = undefined;
      measureWork(() => this.processDirty(false));
    }, wait);
  }

  /** processDirty inline, as one measured slice with its own budget. */
  private processNow(): void {
    const stats = this.scheduler.stats;
    const saved = { ...stats };
    stats.claims = 0;
    stats.chars = 0;
    const start = performance.now();
    try {
      insideWork(() => this.processDirty(true, start + SLICE_BUDGET_MS));
    } finally {
      recordScan(start, performance.now(), stats.claims, stats.chars);
      stats.claims = saved.claims;
      stats.chars = saved.chars;
    }
  }

  /**
   * Rescan what changed. `sync`: run the rescans here until `deadline` (the rest goes to the
   * scheduler) and hand the result to the overlay at once; otherwise queue everything.
   */
  private processDirty(sync: boolean, deadline = 0): void {
    if (!this.running || this.signal.aborted) return;
    const nodes = [...this.dirty];
    this.dirty.clear();
    const regions = new Map<Element, ScopeState>();
    for (const node of nodes) {
      if (!node.isConnected) continue;
      const found = this.scopeOf(node);
      if (!found) {
        this.rescope = true;
        continue;
      }
      const [state, root] = found;
      if (state.relevant === false) continue;
      const region = blockAncestor(node, root);
      // The first pass never read editable, hidden or boilerplate parts: a change inside one (text
      // typed into a contenteditable review box) is not read either. Annotations that were there
      // before it became skipped (a paragraph hidden later) go.
      if (isInSkippedPart(region, root, this.walkOptions(state.scope))) {
        this.dropAnnotationsIn(region);
        continue;
      }
      regions.set(region, state);
    }
    // Keep the outermost regions only.
    const list = [...regions.keys()];
    const outer = list.filter((el) => !list.some((o) => o !== el && o.contains(el)));
    for (const region of outer) {
      const state = regions.get(region)!;
      this.dropAnnotationsIn(region);
      if (!state.relevant) continue;
      const job = this.annotateRoot(region, state.scope);
      if (sync) {
        // Text read before (a re-render with the same words) is answered at once; anything else
        // waits for the reader, as a scheduled job.
        for (;;) {
          if (performance.now() >= deadline) {
            this.scheduler.push(job);
            break;
          }
          const r = job.next();
          if (r.done) break;
          if (isPark(r.value)) {
            this.scheduler.push(job);
            break;
          }
        }
      } else {
        this.scheduler.push(job);
      }
    }
    this.dropDisconnected();
    if (this.rescope) {
      this.rescope = false;
      this.updateScopes();
    }
    if (sync) this.flush();
    else this.queueFlush();
  }

  /** The scope and root holding a node: walk up until an annotation root (depth, not scope count). */
  private scopeOf(node: Node): [ScopeState, Element] | undefined {
    for (let el: Node | null = node; el; el = el.parentNode) {
      const state = el.nodeType === 1 ? this.rootScope.get(el as Element) : undefined;
      if (state) return [state, el as Element];
    }
    return undefined;
  }

  private dropBlock(el: Element): void {
    for (const id of this.byBlock.get(el) ?? []) this.annotations.delete(id);
    this.byBlock.delete(el);
    this.version++;
  }

  private dropAnnotationsIn(region: Element): void {
    for (const el of [...this.byBlock.keys()]) {
      if (region === el || region.contains(el)) this.dropBlock(el);
    }
  }

  private dropDisconnected(): void {
    for (const [id, a] of [...this.annotations]) {
      if (a.range.startContainer.isConnected && a.range.endContainer.isConnected) continue;
      this.annotations.delete(id);
      this.version++;
      const ids = this.byBlock.get(a.block);
      if (ids) {
        const kept = ids.filter((x) => x !== id);
        if (kept.length === 0) this.byBlock.delete(a.block);
        else this.byBlock.set(a.block, kept);
      }
    }
  }

  /** New content outside every known scope: a late reviews list, more search results, a new article. */
  private updateScopes(): void {
    const fresh = findScopes(this.doc, this.win.location);
    const added: Scope[] = [];
    for (const scope of fresh) {
      const known = this.scopes.find((s) => s.scope.key === scope.key);
      if (!known) {
        added.push(scope);
        continue;
      }
      for (const root of scope.roots) {
        if (known.roots.has(root)) continue;
        known.roots.add(root);
        known.scope.roots.push(root);
        this.rootScope.set(root, known);
        if (known.relevant) this.scheduler.push(this.annotateRoot(root, known.scope));
        else if (known.relevant === undefined) {
          // Relevance still pending: its scan reads scope.roots when it gets there.
        }
      }
    }
    // Scopes whose key left the page are gone.
    this.scopes = this.scopes.filter((s) => s.scope.key.isConnected);
    for (const [root, state] of [...this.rootScope])
      if (!root.isConnected || !this.scopes.includes(state)) this.rootScope.delete(root);
    if (added.length > 0) this.queueScopes(added);
  }
}

const INLINE_TAGS = new Set([
  'a',
  'b',
  'i',
  'em',
  'strong',
  'small',
  'sup',
  'sub',
  'mark',
  'abbr',
  'code',
  'cite',
  'q',
  'u',
  's',
  'time',
  'data',
  'bdi',
  'bdo',
  'font',
]);

/** How long to wait for an animation frame before running an after-paint task anyway (hidden tabs). */
const FRAME_BACKSTOP_MS = 100;

/**
 * Run `fn` right after the next paint (an animation frame, then a task), when the page's style and
 * layout are clean; from a timer if no frame comes (a hidden tab).
 */
function afterPaint(win: Window, signal: AbortSignal, fn: () => void): void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    signal.removeEventListener('abort', run);
    fn();
  };
  const backstop = setTimeout(run, FRAME_BACKSTOP_MS);
  signal.addEventListener('abort', run, { once: true });
  win.requestAnimationFrame(() => {
    clearTimeout(backstop);
    if (typeof MessageChannel !== 'function') return void setTimeout(run, 0);
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      run();
    };
    channel.port2.postMessage(null);
  });
}

/** Rect of an element, or an empty one if the page broke getBoundingClientRect. */
function safeRect(el: Element): { top: number; bottom: number } {
  try {
    return el.getBoundingClientRect();
  } catch {
    return { top: 0, bottom: 0 };
  }
}

/**
 * The first index whose item satisfies `isBelowTop` (items in document order: false, then true),
 * by binary search; items.length when none does.
 */
function firstIndexBelowTop<T>(items: readonly T[], isBelowTop: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (isBelowTop(items[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  return lo === items.length ? 0 : lo;
}

/**
 * Is an element not rendered? `checkVisibility()` answers from computed styles (display:none,
 * content-visibility); `display: contents` has no box yet shows its children, so it is not hidden.
 */
function isHiddenElement(el: Element, win: Window): boolean {
  // Inline formatting rarely hides text by a stylesheet (and inline display:none, [hidden] and
  // screen-reader-only classes are caught by the walk itself); asking costs a style lookup each.
  if (INLINE_TAGS.has(el.localName)) return false;
  if (typeof el.checkVisibility !== 'function') return false;
  try {
    if (el.checkVisibility()) return false;
    return win.getComputedStyle(el).display !== 'contents';
  } catch {
    return false;
  }
}

/** A citation as shown, without where it lies in its block. */
function shownCitation({ text, reference, confidence, kind, misquotes, note }: BlockCitation): ShownCitation {
  return { text, reference, confidence, kind, misquotes, ...(note === undefined ? {} : { note }) };
}
