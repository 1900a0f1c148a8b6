/**
 * The overlay: one closed shadow root holding the claim marks and the evidence card, and the
 * claims' highlights. The annotator decides WHAT to show and calls `update`; the overlay decides
 * WHERE and HOW. It is put together from pieces, each in its own file:
 *
 * - ./mount.ts: the host element, its shadow root and styles, kept in place against the page;
 * - ./tracking.ts: the shown claims and which of them are near the viewport;
 * - ./frame-loop.ts: when passes run (after paint, or inside the frame while scrolling);
 * - ./measure.ts and ./obstacles.ts: the DOM reads (where a claim ends, the text around it);
 * - ./marks.ts and ./layout.ts: which claims get a mark, and where it goes without covering text;
 * - ./occlusion.ts: marks of claims under a fixed header or dialog hide;
 * - ./card-state.ts: when the card opens and closes (hover, focus, pin);
 * - ./lifetime.ts: every timer, listener and observer, ended together.
 *
 * Marks sit in a zero-size layer at the document's origin, positioned in document coordinates, so
 * a plain page scroll moves them with the page at no cost. Each pass is one synchronous chunk: all
 * reads first, then one Preact render (writes only to the shadow root), within a time budget.
 */
import { h, render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isCitation, type Annotation, type BadgeStyle, type DisplayOptions, type PageMark } from '../shared/types';
import { INERT_OVERLAY, type ClaimFields, type Overlay, type OverlayOptions } from './api';
import { watchPage } from './page-events';
import { TopicId } from '../evidence/ids';
import type { MarkInfo } from './card-state';
import { CardController, cardSubjectOf, claimOf, selectionAnchor } from './cards';
import { scrollToRange } from './scroll';
import { warnOnce } from './warn';
import { FrameLoop } from './frame-loop';
import {
  applyHighlights,
  clearHighlights,
  flashRange,
  highlightsSupported,
  prepareHighlights,
  restoreHighlights,
} from './highlights';
import { Lifetime, windowTimers } from './lifetime';
import { cameNear, composeMarks, limitMarks, measureEntry, sameMarks } from './marks';
import { AnchorContextCache, lastLineBox, liveRangeOf } from './measure';
import { HostKeeper, mountHost, type Mounted } from './mount';
import { FIXED_NAMES, type PageNames } from './names';
import { BlockSpaces } from './obstacles';
import { warmUpBadgeSizes } from './badge-size';
import { OcclusionChecker } from './occlusion';
import { OverlayApp, type MarkView } from './OverlayApp';
import { Tracker } from './tracking';

/** Most time one pass spends measuring before it renders and leaves the rest for the next pass. */
const MEASURE_BUDGET_MS = 5;
/** The same for a pass asked for `soon` (the first viewport's marks): all of them in one pass. */
const SOON_MEASURE_BUDGET_MS = 12;
const FLASH_MS = 2000;
/** Quiet time after scrolling or re-rendering before the idle-time occlusion check. */
const OCCLUSION_DELAY_MS = 200;
/** How often the overlay checks that the page left its host and highlights in place. */
const GUARD_MS = 500;
/** Backstop re-measure for layout changes nothing reports (e.g. carousels moving). */
const POLL_MS = 1500;

class OverlayController implements Overlay {
  private readonly life: Lifetime;
  private readonly tracker: Tracker;
  private readonly loop: FrameLoop;
  private readonly contexts = new AnchorContextCache();
  private readonly spaces = new BlockSpaces();
  private readonly occlusion = new OcclusionChecker(this.contexts);
  private readonly highlightsOk = highlightsSupported();
  private readonly names: PageNames;
  private mounted: Mounted | null = null;
  private keeper: HostKeeper | null = null;
  private layoutGen = 0;
  private spacesGen = -1;
  private lastScroll = { x: Number.NaN, y: Number.NaN };
  private viewport = { width: 0, height: 0 };
  private rendered: MarkView[] = [];
  private renderedStyle: BadgeStyle | null = null;
  private readonly cards: CardController;
  private flashId: number | null = null;
  private endFlash: (() => void) | null = null;
  private readonly timers: { occlusion?: () => void; flash?: () => void } = {};
  private idleWaiters: Array<() => void> = [];
  /** The next pass was asked for `soon`: it gets the larger measuring budget. */
  private soon = false;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly options: OverlayOptions,
  ) {
    this.names = options.names ?? FIXED_NAMES;
    this.life = new Lifetime(windowTimers(ctx.signal));
    this.life.onEnd(() => this.teardown());
    this.cards = new CardController(this.life, {
      markInfo: (id) => this.markInfo(id),
      rangeOf: (id) => this.tracker.entries.get(id)?.a.range ?? null,
      render: () => this.renderNow(),
      work: (fn) => void this.work(fn),
      host: () => this.mounted?.host ?? null,
    });
    this.tracker = new Tracker(this.life, (apply) => this.work(() => (apply(), this.loop.schedule())));
    this.loop = new FrameLoop(
      this.life,
      () => this.work(() => this.pass()) ?? false,
      () => this.resolveIdle(),
    );
  }

  async mount(): Promise<void> {
    const mounted = await mountHost(
      this.ctx,
      this.names,
      () => this.renderNow(),
      (start, end) => this.options.onMainThreadWork?.(start, end),
    );
    this.mounted = mounted;
    if (this.life.ended) return mounted.ui.remove();
    // Timed like every pass, but an error here still fails the mount (createOverlay then gives an
    // inert overlay), as it did before it was timed.
    const start = performance.now();
    try {
      this.keeper = new HostKeeper(mounted.host);
      this.renderNow();
      this.listen();
    } finally {
      this.options.onMainThreadWork?.(start, performance.now());
    }
  }

  destroy(): void {
    this.life.end();
  }

  private teardown(): void {
    try {
      this.endFlash?.();
      clearHighlights();
      if (this.mounted) render(null, this.mounted.container);
      this.mounted?.ui.remove();
    } catch (error) {
      warnOnce(error);
    }
    this.tracker.clear();
    this.resolveIdle(true);
  }

  private listen(): void {
    watchPage(this.life, {
      layoutChanged: () => this.invalidateLayout(),
      resized: () => (this.contexts.invalidate(), this.invalidateLayout()),
      scrolled: (event) => this.onScroll(event),
      pressed: (e) => this.cards.card && !this.cards.isOurs(e) && this.cards.dispatch({ type: 'outside-press' }),
      escape: (e) =>
        this.cards.card && !this.cards.isOurs(e) && this.cards.dispatch({ type: 'close', restoreFocus: false }),
      host: () => this.mounted?.host ?? null,
    });
    this.life.interval(() => this.guard(), GUARD_MS);
    this.life.interval(
      () => this.tracker.near.size > 0 && document.visibilityState === 'visible' && this.invalidateLayout(),
      POLL_MS,
    );
  }

  /** Puts back what the page took away (host, highlights); reported as work only when it repaired something. */
  private guard(): void {
    const start = performance.now();
    try {
      const restored = restoreHighlights();
      const moved = this.keeper?.ensure() ?? false;
      if (moved) this.contexts.invalidate();
      if (restored || moved) {
        this.invalidateLayout();
        this.options.onMainThreadWork?.(start, performance.now());
      }
    } catch (error) {
      warnOnce(error);
    }
  }

  /** Reports a synchronous chunk of work and keeps any error from reaching the page. */
  private work<T>(fn: () => T): T | undefined {
    const start = performance.now();
    try {
      return fn();
    } catch (error) {
      warnOnce(error);
      return undefined;
    } finally {
      try {
        this.options.onMainThreadWork?.(start, performance.now());
      } catch {
        // The reporter's problem, not the page's.
      }
    }
  }

  private get style(): BadgeStyle {
    const style = this.tracker.display.badgeStyle;
    // Without the Highlight API, "highlights only" would show nothing: fall back to compact marks.
    return style === 'highlights-only' && !this.highlightsOk ? 'compact' : style;
  }

  // ------------------------------------------------------------------------------------------
  // Public API

  update(annotations: readonly PageMark[], display: DisplayOptions, soon = false): void {
    if (this.life.ended) return;
    this.work(() => {
      applyHighlights(
        annotations.filter((a): a is Annotation => !isCitation(a)),
        display,
      );
      const marksOn = (display.badgeStyle !== 'highlights-only' || !this.highlightsOk) && !!this.mounted;
      const { churned, renamed } = this.tracker.update(annotations, display, marksOn);
      for (const [from, to] of renamed) this.cards.dispatch({ type: 'renamed', from, to }, false);
      // Claims went away or changed: the page's text changed, so others may have moved.
      if (churned) this.invalidateLayout();
      else if (soon) {
        this.soon = true;
        this.loop.scheduleSoon();
      } else this.loop.schedule();
    });
  }

  reveal(id: number): boolean {
    if (this.life.ended) return false;
    return (
      this.work(() => {
        const entry = this.tracker.entries.get(id);
        const range = entry && liveRangeOf(entry.a.range);
        if (!entry || !range || !lastLineBox(range)) return false;
        scrollToRange(range);
        this.endFlash?.();
        this.endFlash = flashRange(entry.a.range, FLASH_MS);
        this.flashId = id;
        this.timers.flash?.();
        this.timers.flash = this.life.timeout(() => ((this.flashId = null), this.renderNow()), FLASH_MS);
        this.renderNow();
        this.invalidateLayout();
        return true;
      }) ?? false
    );
  }

  showSelectionCard(input: { text: string; claims: Array<Pick<Annotation, ClaimFields>>; rect: DOMRect | null }): void {
    const mounted = this.mounted;
    if (this.life.ended || !mounted) return;
    this.work(() => {
      const claims = input.claims.filter((c) => TopicId.safeParse(c.topic).success).map(claimOf);
      const anchor = selectionAnchor(input.rect, this.readViewport(), this.readOrigin());
      this.cards.rememberFocus(mounted.host, mounted.shadow);
      this.cards.dispatch({ type: 'selection', text: input.text, claims, anchor });
    });
  }

  warmUp(): void {
    if (this.life.ended) return;
    this.work(() => {
      prepareHighlights();
      // Measures nothing where the background's widths came first (./badge-size.ts seedTextWidths).
      if (this.style !== 'highlights-only') warmUpBadgeSizes();
    });
  }

  whenIdle(timeoutMs = 3000): Promise<void> {
    if (this.life.ended || this.isIdle()) return Promise.resolve();
    return new Promise((resolve) => {
      const cancel = this.life.timeout(done, timeoutMs);
      function done() {
        cancel();
        resolve();
      }
      this.idleWaiters.push(done);
    });
  }

  private isIdle(): boolean {
    return !this.loop.pending && (this.style === 'highlights-only' || this.tracker.settled);
  }

  private resolveIdle(force = false): void {
    if (this.idleWaiters.length === 0 || (!force && !this.isIdle())) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const resolve of waiters) resolve();
  }

  // ------------------------------------------------------------------------------------------
  // Passes

  private invalidateLayout(): void {
    this.layoutGen += 1;
    this.loop.schedule();
  }

  private onScroll(event: Event): void {
    if (event.target === this.mounted?.host) return; // A card scrolling inside the overlay.
    // Scrolling an element moves the claims inside it against the document: measure again.
    if (event.target !== document && event.target !== document.documentElement) this.layoutGen += 1;
    this.loop.schedule(true);
    this.scheduleOcclusionCheck();
  }

  private readViewport(): { width: number; height: number } {
    const root = document.documentElement;
    const width = root.clientWidth > 0 ? Math.min(root.clientWidth, window.innerWidth) : window.innerWidth;
    this.viewport = { width, height: window.innerHeight };
    return this.viewport;
  }

  /** Where the layer's origin is, in viewport coordinates (usually minus the scroll offset). */
  private readOrigin(): { x: number; y: number } {
    const r = this.mounted?.host.getBoundingClientRect();
    return r ? { x: r.left, y: r.top } : { x: 0, y: 0 };
  }

  /** One pass: reads, then one render. Returns whether work is left for another pass. */
  private pass(): boolean {
    const deadline = performance.now() + (this.soon ? SOON_MEASURE_BUDGET_MS : MEASURE_BUDGET_MS);
    this.soon = false;
    this.keeper?.ensure();
    const scroll = { x: window.scrollX, y: window.scrollY };
    const scrolled = scroll.x !== this.lastScroll.x || scroll.y !== this.lastScroll.y;
    this.lastScroll = scroll;
    const viewport = this.readViewport();
    const origin = this.readOrigin();
    if (this.spacesGen !== this.layoutGen) {
      this.spaces.invalidate();
      this.spacesGen = this.layoutGen;
    }
    this.tracker.takeFresh();
    const style = this.style;
    let pending = false;
    // Claims whose marks stay even off screen (open card, keyboard focus): measured in full wherever they are.
    const keep = new Set<number>();
    if (this.cards.card?.kind === 'claim') keep.add(this.cards.card.id);
    if (this.cards.state.focusedId !== null) keep.add(this.cards.state.focusedId);
    if (style !== 'highlights-only') {
      for (const entry of this.tracker.near) {
        const stale =
          entry.measured !== this.layoutGen ||
          (scrolled && (entry.context?.moving === true || cameNear(entry, scroll.y, viewport.height)));
        if (!stale) continue;
        if (performance.now() > deadline) {
          pending = true;
          break;
        }
        measureEntry(
          entry,
          this.layoutGen,
          this.contexts,
          this.spaces,
          scroll,
          keep.has(entry.a.id) ? null : viewport.height,
        );
        this.tracker.measured(entry);
      }
    }
    const all =
      style === 'highlights-only'
        ? []
        : composeMarks({
            near: this.tracker.near,
            style,
            keep,
            scroll,
            viewport,
            origin,
            hitTests: !this.occlusion.tooSlow,
            generation: this.layoutGen,
            host: this.mounted?.host ?? null,
          });
    const alive = (id: number) => this.tracker.entries.has(id);
    const { views, heldBack } = limitMarks(all, this.rendered, viewport.height / 2 - origin.y, alive);
    if (this.renderedStyle !== style || !sameMarks(views, this.rendered)) {
      this.rendered = views;
      this.renderedStyle = style;
      this.cards.dispatch({ type: 'marks-changed', present: (id) => this.markInfo(id) }, false);
      this.renderNow();
      this.scheduleOcclusionCheck();
    }
    return pending || heldBack;
  }

  /** Runs the occlusion check once scrolling and re-rendering have been quiet for a moment. */
  private scheduleOcclusionCheck(): void {
    if (this.style === 'highlights-only' || this.occlusion.tooSlow) return;
    this.timers.occlusion?.();
    this.timers.occlusion = this.life.timeout(() => {
      this.timers.occlusion = this.life.idle(() => {
        // Hit tests need the page's layout: right after a paint it is clean and they cost little,
        // while in idle time after our own marks changed the first one laid out a long page inside
        // our task (50 ms on amazon-huge).
        this.timers.occlusion = this.life.frame(() => {
          this.timers.occlusion = this.life.timeout(() => {
            const host = this.mounted?.host;
            if (host && this.work(() => this.occlusion.check(this.tracker.near, host, this.readViewport())))
              this.loop.schedule();
          }, 0);
        });
      }, 1000);
    }, OCCLUSION_DELAY_MS);
  }

  private renderNow(): void {
    const container = this.mounted?.container;
    if (this.life.ended || !container) return;
    if (this.viewport.width === 0) this.readViewport();
    try {
      render(
        h(OverlayApp, {
          badgeStyle: this.style,
          badges: this.rendered,
          card: this.cards.card,
          flashId: this.flashId,
          viewport: this.viewport,
          badgeHandlers: this.cards.markHandlers,
          cardHandlers: this.cards.cardHandlers,
          getOrigin: this.getOrigin,
        }),
        container,
      );
    } catch (error) {
      warnOnce(error);
    }
  }

  private readonly getOrigin = () => this.readOrigin();

  /** The mark of claim or citation `id` as drawn now (for the card), or null. */
  private markInfo(id: number): MarkInfo | null {
    const entry = this.tracker.entries.get(id);
    const view = this.rendered.find((v) => v.id === id);
    if (!entry || !view) return null;
    const anchor = { left: view.left, top: view.top, width: view.width, height: view.height };
    return { id, claim: cardSubjectOf(entry.a), anchor };
  }
}

/**
 * Creates the overlay: one host with a closed shadow root, appended to <html>. Torn down when `ctx`
 * is invalidated (extension disabled, reloaded, updated) or on `destroy()`.
 */
export async function createOverlay(ctx: ContentScriptContext, options: OverlayOptions = {}): Promise<Overlay> {
  if (ctx.isInvalid) return INERT_OVERLAY;
  const controller = new OverlayController(ctx, options);
  try {
    await controller.mount();
  } catch (error) {
    // E.g. an XML or SVG document, where no HTML host can carry a shadow root. Nothing to draw on;
    // the caller still gets an overlay it can call.
    warnOnce(error);
    controller.destroy();
    return INERT_OVERLAY;
  }
  return controller;
}
