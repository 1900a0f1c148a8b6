/**
 * The overlay controller: owns the one shadow-root host, keeps badges next to their claims, opens
 * cards, paints highlights. The content script's annotator decides WHAT to show and calls
 * `update`; this module only decides WHERE and HOW.
 *
 * How badges stay cheap on a page with thousands of claims:
 * - Virtualised: an IntersectionObserver (root margin 1.5 viewports above and below) reports which
 *   claims' elements are near the viewport. Only those are measured and badged; the browser does
 *   the proximity maths off our task budget. A claim far from the viewport costs one `observe`.
 * - Document coordinates: badges sit in a zero-size layer at the document's origin, positioned at
 *   (client rect + scroll), so a plain page scroll moves them with the page at no cost.
 * - Re-measured (near claims only) when layout may have changed: update(), resize (and zoom),
 *   fonts loaded, the size of <html>/<body> changing, transitions/animations ending, an inner
 *   scroller scrolling, and a slow poll as a backstop.
 * - Each pass is one synchronous chunk: all reads (rects, styles) first, then one Preact render
 *   (writes only to the shadow root). Measuring stops at a time budget and continues in the next
 *   pass. Passes run right after the browser has painted a frame, when layout is already clean, so
 *   our reads do not force a layout of the page; only scrolling runs its pass inside the
 *   animation frame, so badges in scrolling containers move with their text.
 * - Whether a fixed or sticky part of the page (a header bar, a dialog) covers a claim needs hit
 *   tests, which are costly on big pages: they run in idle time once scrolling has settled.
 */
import { h, render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { DEFAULT_DISPLAY, isDisplayed, type Annotation, type BadgeStyle, type DisplayOptions } from '../shared/types';
import { topicEvidence } from '../evidence';
import { TopicId } from '../evidence/ids';
import { badgeBoxAt, isInWindow, separateBadges, WINDOW_VIEWPORTS, type Box } from './badge-layout';
import type { BadgeHandlers } from './Badge';
import { badgeSize } from './badge-size';
import type { CardClaim } from './ClaimCard';
import { applyHighlights, clearHighlights, flashRange, highlightsSupported, restoreHighlights } from './highlights';
import { badgeParts } from '../ui/labels';
import {
  AnchorContextCache,
  anchorElementOf,
  elementAt,
  lastLineBox,
  liveRangeOf,
  pointInside,
  type AnchorContext,
  type Edges,
} from './measure';
import { FIXED_NAMES, type PageNames } from './names';
import { OVERLAY_CSS } from './overlay-css';
import { OverlayApp, type BadgeView, type CardHandlers, type CardView, type OverlayAppProps } from './OverlayApp';

/** Tag name of the overlay's host element (open shadow root). The e2e page objects rely on it. */

/** What the content script can ask of the overlay. */
export interface Overlay {
  /** Show these annotations (already filtered for the user's settings), replacing what was shown. Cheap to call often. */
  update(annotations: readonly Annotation[], display: DisplayOptions): void;
  /** Scroll the page to an annotation and briefly flash it (used by the popup's claim list). Returns false if it is gone. */
  reveal(id: number): boolean;
  /**
   * Open a card for an arbitrary checked text (context-menu "check this selection"), anchored at a
   * viewport rect. `claims` may be empty: then the card says no claim about acupressure-mat topics
   * was found in the selection.
   */
  showSelectionCard(input: {
    text: string;
    claims: Array<Pick<Annotation, 'topic' | 'status' | 'stance' | 'overstated' | 'phrase'>>;
    rect: DOMRect | null;
  }): void;
  /**
   * Resolves once every annotation passed so far that is near the viewport has been measured and
   * badged (or after `timeoutMs`). Lets the content script record `pointwise:ready` only when the
   * badges are really on screen.
   */
  whenIdle(timeoutMs?: number): Promise<void>;
  /** Remove everything (highlights, badges, cards, listeners). Idempotent. */
  destroy(): void;
}

export interface OverlayOptions {
  /** The host's tag and the highlights' names (random per page load; ./names.ts). Fixed names by default. */
  names?: PageNames;
  /** Called with performance.now() start and end times of each synchronous chunk of overlay work. */
  onMainThreadWork?: (start: number, end: number) => void;
}

/** Most time one frame spends measuring before it renders and leaves the rest for the next frame. */
const MEASURE_BUDGET_MS = 5;
const HOVER_OPEN_MS = 250;
const HOVER_CLOSE_MS = 250;
const FLASH_MS = 2000;
/** Quiet time after scrolling or re-rendering before the idle-time occlusion check. */
const OCCLUSION_DELAY_MS = 200;
/** Most time one idle occlusion check spends on hit tests. */
const OCCLUSION_BUDGET_MS = 3;
/**
 * A hit test slower than this means a page where hit testing is expensive (browsers test the
 * children of a container one by one, and a long flat page has thousands): occlusion checks stop
 * there for the life of the page, and badges simply stay on top.
 */
const SLOW_HIT_TEST_MS = 2;
/** A claim inside a container with more element children than this: hit tests would be slow. */
const FLAT_CONTAINER_CHILDREN = 300;

const flatMemo = new WeakMap<Element, boolean>();

/** Whether any ancestor of `el` has so many children that hit-testing through it is slow. */
function inFlatContainer(el: Element): boolean {
  // Iterative, with a memo per ancestor: pages can nest thousands of levels deep.
  const chain: Element[] = [];
  let flat = false;
  for (let cur = el.parentElement; cur; cur = cur.parentElement) {
    const known = flatMemo.get(cur);
    if (known !== undefined) {
      flat = known;
      break;
    }
    chain.push(cur);
  }
  for (let i = chain.length - 1; i >= 0; i -= 1) {
    const cur = chain[i]!;
    flat = flat || cur.childElementCount > FLAT_CONTAINER_CHILDREN;
    flatMemo.set(cur, flat);
  }
  return flat;
}

/** Most badges that appear in one frame (each costs its share of one Preact render). */
const NEW_BADGES_PER_FRAME = 16;
/** Most badges that leave in one frame. */
const REMOVED_BADGES_PER_FRAME = 24;
/**
 * Most badges drawn at once. Far more than fit in a viewport; reached only on pages packed with
 * claims, where drawing every badge of the 1.5-viewport window costs the page's own layout dearly.
 */
const MAX_BADGES = 120;

/** How often the overlay checks that the page left its host and highlights in place. */
const GUARD_MS = 500;
/** A page that keeps appending after our host gets its way after this many moves (no tug of war). */
const MAX_RAISES = 20;

/** Backstop re-measure for layout changes nothing reports (e.g. carousels moving). */
const POLL_MS = 1500;
/**
 * New claims in elements the IntersectionObserver has not reported on yet are measured directly
 * when there are at most this many: a page re-rendering its text (React) then gets its badges back
 * in the very next frame, without a gap. Larger batches (a long page being scanned) wait for the
 * observer, which costs us nothing.
 */
const DIRECT_MEASURE_MAX = 64;

interface Entry {
  a: Annotation;
  title: string;
  /** Same claim, same text: a page re-rendering its text yields new ids but the same key. */
  key: string;
  anchor: Element | null;
  near: boolean;
  /** Layout generation the position was measured in; -1 = never. */
  measured: number;
  /** The phrase's last line box in document coordinates, or null when not rendered. */
  end: Edges | null;
  context: AnchorContext | null;
  occluded: boolean;
  stamp: number;
  /** The update() stamp in which this entry was created. */
  born: number;
}

const sameDisplay = (a: DisplayOptions, b: DisplayOptions) =>
  a.badgeStyle === b.badgeStyle && a.showHedged === b.showHedged && a.showNegated === b.showNegated;

/** Whether `next` is `prev` with items appended (the common case while a page is being scanned). */
function extendsList<T>(prev: readonly T[], next: readonly T[]): boolean {
  if (next.length < prev.length) return false;
  for (let i = 0; i < prev.length; i += 1) if (prev[i] !== next[i]) return false;
  return true;
}

const contentKey = (a: Annotation) => `${a.topic}|${a.stance}|${a.phrase}|${a.sentence}`;

function claimOf(a: Pick<Annotation, 'topic' | 'status' | 'stance' | 'overstated' | 'phrase'>): CardClaim {
  return { topic: a.topic, status: a.status, stance: a.stance, overstated: a.overstated, phrase: a.phrase };
}

let warned = false;
function warnOnce(error: unknown): void {
  if (warned) return;
  warned = true;
  // A warning, not an error: Pointwise's trouble must never look like the page's.
  console.warn('[Pointwise] overlay problem (further ones are not logged):', error);
}

/** The focused element, looking into open shadow roots and into ours (which is closed). */
function deepActiveElement(ourHost: Element | null, ourShadow: ShadowRoot | null): Element | null {
  let active: Element | null = document.activeElement;
  for (;;) {
    const root = active && active === ourHost ? ourShadow : (active?.shadowRoot ?? null);
    if (!root?.activeElement) return active;
    active = root.activeElement;
  }
}

function prefersReducedMotion(): boolean {
  try {
    return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  } catch {
    return false;
  }
}

class OverlayController implements Overlay {
  private ui: ShadowRootContentScriptUi<void> | null = null;
  private host: HTMLElement | null = null;
  private container: HTMLElement | null = null;
  private destroyed = false;
  private readonly listeners = new AbortController();
  private readonly onWork: OverlayOptions['onMainThreadWork'];

  private readonly entries = new Map<number, Entry>();
  private list: readonly Annotation[] = [];
  private display: DisplayOptions = DEFAULT_DISPLAY;
  private stamp = 0;
  private readonly anchors = new Map<Element, Set<Entry>>();
  private readonly near = new Set<Entry>();
  private readonly awaitingFirstReport = new Set<Element>();
  private readonly fresh = new Set<Entry>();
  private readonly highlightsOk = highlightsSupported();
  private attached = false;
  /** Set by upsert when a known claim changed, during a full update. */
  private churned = false;

  private io: IntersectionObserver | null = null;
  private ro: ResizeObserver | null = null;
  private observedBody: HTMLElement | null = null;
  private readonly contexts = new AnchorContextCache();
  private layoutGen = 0;
  /** What kind of pass is scheduled: none, one inside the next animation frame, or one right after it. */
  private scheduled: 'none' | 'sync' | 'after-paint' = 'none';
  private rafId: number | null = null;
  private readonly afterPaint: MessageChannel | null =
    typeof MessageChannel === 'function' ? new MessageChannel() : null;
  private occlusionTimer: ReturnType<typeof setTimeout> | undefined;
  private occlusionIdle: number | undefined;
  private hitTestsTooSlow = false;
  private lastScroll = { x: Number.NaN, y: Number.NaN };
  private viewport = { width: 0, height: 0 };

  private rendered: BadgeView[] = [];
  private renderedStyle: BadgeStyle | null = null;
  private card: CardView | null = null;
  private cardSerial = 0;
  private flashId: number | null = null;
  private focusedId: number | null = null;
  private suppressFocusPreview: number | null = null;
  private hoveringCard = false;
  private selectionReturnFocus: Element | null = null;
  private readonly badgeEls = new Map<number, HTMLButtonElement>();
  private hoverOpenTimer: ReturnType<typeof setTimeout> | undefined;
  private hoverCloseTimer: ReturnType<typeof setTimeout> | undefined;
  private flashTimer: ReturnType<typeof setTimeout> | undefined;
  private pollTimer: ReturnType<typeof setInterval> | undefined;
  private guardTimer: ReturnType<typeof setInterval> | undefined;
  private shadow: ShadowRoot | null = null;
  private readonly names: PageNames;
  /** Times the host was moved back to the end of the document after the page put something after it. */
  private raised = 0;
  private endFlash: (() => void) | null = null;
  private idleWaiters: Array<() => void> = [];

  constructor(
    private readonly ctx: ContentScriptContext,
    options: OverlayOptions,
  ) {
    this.onWork = options.onMainThreadWork;
    this.names = options.names ?? FIXED_NAMES;
  }

  // ------------------------------------------------------------------------------------------
  // Lifetime

  async mount(): Promise<void> {
    const ui = await createShadowRootUi<void>(this.ctx, {
      name: this.names.host,
      // 'inline': WXT leaves the host unstyled; the :host rules in OVERLAY_CSS make it a zero-size,
      // absolutely positioned, pointer-transparent layer at the document's origin.
      position: 'inline',
      anchor: () => document.documentElement,
      append: 'last',
      // Closed: page script gets no handle on the badges and cards (host.shadowRoot is null), so it
      // can neither read what Pointwise found nor rewrite a card's verdict or its links.
      mode: 'closed',
      css: OVERLAY_CSS,
      // Keys typed in a card must not trigger the page's shortcuts.
      isolateEvents: ['keydown', 'keyup', 'keypress'],
      onMount: (container, shadow, host) => {
        this.container = container;
        this.shadow = shadow;
        this.host = host;
        // The names this page load uses, where only we (and the tests, through the browser's
        // automation protocol) can read them: inside the closed shadow root.
        container.dataset.names = JSON.stringify(this.names);
        this.renderNow();
        this.ensureStyles(shadow);
      },
      onRemove: () => {
        try {
          if (this.container) render(null, this.container);
        } catch {
          // Already gone.
        }
      },
    });
    this.ui = ui;
    if (this.destroyed) {
      ui.remove();
      return;
    }
    ui.mount();
    this.listen();
    this.ctx.onInvalidated(() => this.destroy());
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    try {
      if (this.rafId !== null) cancelAnimationFrame(this.rafId);
      this.rafId = null;
      this.scheduled = 'none';
      if (this.afterPaint) this.afterPaint.port1.onmessage = null;
      this.afterPaint?.port1.close();
      clearTimeout(this.occlusionTimer);
      if (this.occlusionIdle !== undefined && typeof cancelIdleCallback === 'function')
        cancelIdleCallback(this.occlusionIdle);
      clearTimeout(this.hoverOpenTimer);
      clearTimeout(this.hoverCloseTimer);
      clearTimeout(this.flashTimer);
      clearInterval(this.pollTimer);
      clearInterval(this.guardTimer);
      clearTimeout(this.occlusionTimer);
      this.listeners.abort();
      this.io?.disconnect();
      this.ro?.disconnect();
      this.endFlash?.();
      clearHighlights();
      if (this.container) render(null, this.container);
    } catch (error) {
      warnOnce(error);
    }
    try {
      this.ui?.remove();
    } catch {
      // The page removed it first.
    }
    this.entries.clear();
    this.anchors.clear();
    this.near.clear();
    this.fresh.clear();
    this.badgeEls.clear();
    this.resolveIdle(true);
  }

  /** CSP fallback: if the page's policy kept the shadow <style> from applying, adopt a constructed sheet. */
  private ensureStyles(shadow: ShadowRoot): void {
    try {
      const layer = shadow.querySelector('.layer');
      if (!layer || getComputedStyle(layer).position === 'absolute') return;
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(OVERLAY_CSS);
      shadow.adoptedStyleSheets = [sheet];
    } catch (error) {
      warnOnce(error);
    }
  }

  private listen(): void {
    const signal = this.listeners.signal;
    const passive = { passive: true, capture: true, signal } as const;
    const invalidate = () => this.invalidateLayout();

    if (typeof IntersectionObserver === 'function') {
      this.io = new IntersectionObserver((records) => this.work(() => this.onIntersect(records)), {
        rootMargin: `${WINDOW_VIEWPORTS * 100}% 0px`,
      });
    }
    if (typeof ResizeObserver === 'function') {
      this.ro = new ResizeObserver(invalidate);
      this.ro.observe(document.documentElement);
      this.observeBody();
    }
    window.addEventListener(
      'resize',
      () => {
        this.contexts.invalidate();
        this.invalidateLayout();
      },
      { passive: true, signal },
    );
    // Capture catches scrolling inside the page's own scrollable elements too.
    document.addEventListener('scroll', (event) => this.onScroll(event), passive);
    for (const type of ['transitionend', 'animationend'] as const) {
      document.addEventListener(
        type,
        (event) => {
          if (event.target !== this.host) invalidate();
        },
        passive,
      );
    }
    document.addEventListener(
      'visibilitychange',
      () => {
        if (document.visibilityState === 'visible') invalidate();
      },
      { signal },
    );
    try {
      document.fonts?.addEventListener('loadingdone', invalidate, { signal });
      void document.fonts?.ready.then(invalidate, () => {});
    } catch {
      // No Font Loading API: the poll catches font swaps.
    }
    window.addEventListener('pointerdown', (event) => this.onOutsidePointer(event), passive);
    // Esc also closes a card previewed by hover while focus is on the page (the page still gets the key).
    window.addEventListener(
      'keydown',
      (event) => {
        if (event.key === 'Escape' && this.card && !this.eventIsOurs(event)) this.closeCard(false);
      },
      { capture: true, signal },
    );
    this.guardTimer = setInterval(() => this.guard(), GUARD_MS);
    this.pollTimer = setInterval(() => {
      if (this.near.size > 0 && document.visibilityState === 'visible') this.invalidateLayout();
    }, POLL_MS);
  }

  /**
   * The page may remove our host, move it, or put its own layer after it (on top, at the same
   * z-index), and may clear our highlights from the shared registry. A few property reads per
   * call while nothing was touched.
   */
  private guard(): void {
    if (this.destroyed) return;
    const start = performance.now();
    try {
      // Recorded as our work only when there was something to repair: the check itself is a few
      // property reads, and would otherwise add a measure every half second to every page.
      if (this.repair()) this.onWork?.(start, performance.now());
    } catch (error) {
      warnOnce(error);
    }
  }

  /** Put back what the page took away; true when something had to be repaired. */
  private repair(): boolean {
    const restored = restoreHighlights();
    const moved = this.ensureHost();
    if (moved) this.contexts.invalidate();
    if (restored || moved) this.invalidateLayout();
    return restored || moved;
  }

  /** <body> can be replaced by the page; observe whichever is current. */
  private observeBody(): void {
    const body = document.body;
    if (!this.ro || !body || body === this.observedBody) return;
    if (this.observedBody) this.ro.unobserve(this.observedBody);
    this.ro.observe(body);
    this.observedBody = body;
  }

  /** Report a synchronous chunk of work and keep any error from reaching the page. */
  private work<T>(fn: () => T): T | undefined {
    const start = performance.now();
    try {
      return fn();
    } catch (error) {
      warnOnce(error);
      return undefined;
    } finally {
      try {
        this.onWork?.(start, performance.now());
      } catch {
        // The reporter's problem, not the page's.
      }
    }
  }

  private get badgeStyle(): BadgeStyle {
    const style = this.display.badgeStyle;
    // Without the Highlight API, "highlights only" would show nothing: fall back to compact badges.
    return style === 'highlights-only' && !this.highlightsOk ? 'compact' : style;
  }

  private get badgesOn(): boolean {
    return this.badgeStyle !== 'highlights-only';
  }

  // ------------------------------------------------------------------------------------------
  // Public API

  update(annotations: readonly Annotation[], display: DisplayOptions): void {
    if (this.destroyed) return;
    this.work(() => {
      const displayChanged = !sameDisplay(display, this.display);
      this.display = {
        badgeStyle: display.badgeStyle,
        showHedged: display.showHedged,
        showNegated: display.showNegated,
      };
      applyHighlights(annotations, this.display);

      if (!displayChanged && extendsList(this.list, annotations)) {
        for (let i = this.list.length; i < annotations.length; i += 1) this.upsert(annotations[i]!);
        this.scheduleFrame();
      } else {
        this.stamp += 1;
        this.churned = displayChanged;
        for (const a of annotations) this.upsert(a);
        const removed: Entry[] = [];
        for (const entry of this.entries.values()) if (entry.stamp !== this.stamp) removed.push(entry);
        if (removed.length > 0) {
          this.churned = true;
          this.carryOver(removed);
          for (const entry of removed) this.remove(entry);
        }
        // Claims went away or changed: the page's text changed, so others may have moved. Claims
        // only added (a page being scanned) need just their own measuring.
        if (this.churned) this.invalidateLayout();
        else this.scheduleFrame();
      }
      this.list = annotations.slice();

      if (this.badgesOn !== this.attached) {
        if (this.badgesOn) for (const entry of this.entries.values()) this.attach(entry);
        else for (const entry of this.entries.values()) this.detach(entry);
        this.attached = this.badgesOn;
      }
      if (this.card?.kind === 'claim' && !this.entries.has(this.card.id)) this.card = null;
    });
  }

  /**
   * When the page re-renders a claim's text, the annotator sends the same claim under a new id. An
   * open card and keyboard focus follow it to the new id instead of vanishing.
   */
  private carryOver(removed: readonly Entry[]): void {
    const cardId = this.card?.kind === 'claim' ? this.card.id : null;
    const watched = removed.filter((e) => e.a.id === cardId || e.a.id === this.focusedId);
    if (watched.length === 0) return;
    for (const old of watched) {
      let replacement: Entry | undefined;
      for (const entry of this.entries.values()) {
        if (entry.born === this.stamp && entry.key === old.key) {
          replacement = entry;
          break;
        }
      }
      if (!replacement) continue;
      const id = replacement.a.id;
      if (this.card?.kind === 'claim' && old.a.id === cardId) this.card = { ...this.card, id };
      if (old.a.id === this.focusedId) this.focusedId = id;
    }
  }

  reveal(id: number): boolean {
    if (this.destroyed) return false;
    return (
      this.work(() => {
        const entry = this.entries.get(id);
        if (!entry) return false;
        const range = liveRangeOf(entry.a.range);
        if (!range) return false;
        const box = lastLineBox(range);
        if (!box) return false;
        const behavior: ScrollBehavior = prefersReducedMotion() ? 'auto' : 'smooth';
        const start = range.startContainer;
        const element = start.nodeType === Node.ELEMENT_NODE ? (start as Element) : start.parentElement;
        const whole = range.getBoundingClientRect();
        const viewportHeight = window.innerHeight;
        if (element && element.getBoundingClientRect().height < viewportHeight * 0.6) {
          // Also scrolls any scrollable container the claim sits in.
          element.scrollIntoView({ block: 'center', inline: 'nearest', behavior });
        } else {
          window.scrollTo({ top: window.scrollY + whole.top - (viewportHeight - whole.height) / 2, behavior });
        }
        this.endFlash?.();
        this.endFlash = flashRange(entry.a.range, FLASH_MS);
        this.flashId = id;
        this.renderNow();
        clearTimeout(this.flashTimer);
        this.flashTimer = setTimeout(() => {
          this.flashId = null;
          this.renderNow();
        }, FLASH_MS);
        this.invalidateLayout();
        return true;
      }) ?? false
    );
  }

  showSelectionCard(input: {
    text: string;
    claims: Array<Pick<Annotation, 'topic' | 'status' | 'stance' | 'overstated' | 'phrase'>>;
    rect: DOMRect | null;
  }): void {
    if (this.destroyed) return;
    this.work(() => {
      const claims = input.claims.filter((c) => TopicId.safeParse(c.topic).success).map(claimOf);
      const active = deepActiveElement(this.host, this.shadow);
      this.selectionReturnFocus = active && !this.host?.contains(active) && active !== this.host ? active : null;
      const viewport = this.readViewport();
      const origin = this.readOrigin();
      const rect = input.rect;
      const usable = rect && (rect.width > 0 || rect.height > 0 || rect.left !== 0 || rect.top !== 0);
      const vp = usable
        ? { left: rect.left, top: rect.top, width: rect.width, height: rect.height }
        : { left: Math.max(8, viewport.width / 2 - 180), top: 8, width: 0, height: 0 };
      this.clearHoverTimers();
      this.card = {
        kind: 'selection',
        serial: (this.cardSerial += 1),
        text: input.text,
        claims,
        anchor: { left: vp.left - origin.x, top: vp.top - origin.y, width: vp.width, height: vp.height },
      };
      this.renderNow();
    });
  }

  whenIdle(timeoutMs = 3000): Promise<void> {
    if (this.destroyed || this.isIdle()) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(done, timeoutMs);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.idleWaiters.push(done);
    });
  }

  private isIdle(): boolean {
    return this.scheduled === 'none' && (!this.badgesOn || this.awaitingFirstReport.size === 0);
  }

  private resolveIdle(force = false): void {
    if (this.idleWaiters.length === 0 || (!force && !this.isIdle())) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const resolve of waiters) resolve();
  }

  // ------------------------------------------------------------------------------------------
  // Entries

  private upsert(a: Annotation): void {
    if (!isDisplayed(a, this.display)) return;
    const existing = this.entries.get(a.id);
    if (existing) {
      existing.stamp = this.stamp;
      if (existing.a !== a) {
        this.churned = true;
        const moved = existing.a.range !== a.range;
        if (moved && this.attached) this.detach(existing);
        existing.a = a;
        existing.key = contentKey(a);
        existing.measured = -1;
        if (moved && this.attached) this.attach(existing);
      }
      return;
    }
    let title: string;
    try {
      title = topicEvidence(a.topic).title;
    } catch {
      return; // A topic outside the contract: nothing to show for it.
    }
    const entry: Entry = {
      a,
      title,
      key: contentKey(a),
      anchor: null,
      near: false,
      measured: -1,
      end: null,
      context: null,
      occluded: false,
      stamp: this.stamp,
      born: this.stamp,
    };
    this.entries.set(a.id, entry);
    if (this.attached) this.attach(entry);
  }

  private remove(entry: Entry): void {
    this.detach(entry);
    this.entries.delete(entry.a.id);
  }

  /** Start watching where an entry's claim is (IntersectionObserver on its element). */
  private attach(entry: Entry): void {
    const anchor = anchorElementOf(entry.a.range);
    entry.anchor = anchor;
    if (!anchor) return;
    let group = this.anchors.get(anchor);
    if (!group) {
      group = new Set();
      this.anchors.set(anchor, group);
      if (this.io) {
        this.io.observe(anchor);
        this.awaitingFirstReport.add(anchor);
        this.fresh.add(entry);
      }
    } else {
      // Same element as claims already reported: share their state until the next report.
      const sibling = group.values().next().value;
      if (sibling?.near) this.setNear(entry, true);
    }
    group.add(entry);
    if (!this.io) this.setNear(entry, true);
  }

  private detach(entry: Entry): void {
    this.setNear(entry, false);
    this.fresh.delete(entry);
    const anchor = entry.anchor;
    if (!anchor) return;
    const group = this.anchors.get(anchor);
    group?.delete(entry);
    if (group && group.size === 0) {
      this.anchors.delete(anchor);
      this.io?.unobserve(anchor);
      this.awaitingFirstReport.delete(anchor);
    }
    entry.anchor = null;
  }

  private setNear(entry: Entry, near: boolean): void {
    if (entry.near === near) return;
    entry.near = near;
    if (near) {
      entry.measured = -1;
      this.near.add(entry);
    } else {
      this.near.delete(entry);
    }
  }

  private onIntersect(records: IntersectionObserverEntry[]): void {
    if (this.destroyed) return;
    for (const record of records) {
      this.awaitingFirstReport.delete(record.target);
      const group = this.anchors.get(record.target);
      if (!group) continue;
      for (const entry of group) this.setNear(entry, record.isIntersecting);
    }
    this.scheduleFrame();
  }

  // ------------------------------------------------------------------------------------------
  // Frames

  private invalidateLayout(): void {
    if (this.destroyed) return;
    this.layoutGen += 1;
    this.scheduleFrame();
  }

  /**
   * Schedule a pass. By default it runs right after the next frame is painted (layout is clean
   * then, so reading rects is cheap); `sync` runs it inside the next animation frame instead, so
   * that badges follow text that scrolls inside a container without lagging a frame.
   */
  private scheduleFrame(sync = false): void {
    if (this.destroyed || this.scheduled === 'sync') return;
    if (this.scheduled === 'after-paint' && !sync) return;
    const afterPaint = !sync && this.afterPaint !== null;
    this.scheduled = afterPaint ? 'after-paint' : 'sync';
    // An upgrade from after-paint to sync reuses the pending animation frame.
    this.rafId ??= requestAnimationFrame(() => {
      this.rafId = null;
      if (this.scheduled === 'sync') this.tick();
      else if (this.scheduled === 'after-paint') this.afterPaint?.port2.postMessage(0);
    });
    if (this.afterPaint && !this.afterPaint.port1.onmessage) this.afterPaint.port1.onmessage = () => this.tick();
  }

  private tick(): void {
    if (this.destroyed || this.scheduled === 'none') return;
    this.scheduled = 'none';
    const more = this.work(() => this.runFrame());
    if (more) this.scheduleFrame();
    else this.resolveIdle();
  }

  private onScroll(event: Event): void {
    const target = event.target;
    if (target === this.host) return; // A card scrolling inside the overlay.
    // Scrolling an element moves the claims inside it against the document: measure again.
    if (target !== document && target !== document.documentElement) this.layoutGen += 1;
    this.scheduleFrame(true);
    this.scheduleOcclusionCheck();
  }

  private readViewport(): { width: number; height: number } {
    const root = document.documentElement;
    const width = root.clientWidth > 0 ? Math.min(root.clientWidth, window.innerWidth) : window.innerWidth;
    const height = window.innerHeight;
    this.viewport = { width, height };
    return this.viewport;
  }

  /** Where the layer's origin is, in viewport coordinates (usually minus the scroll offset). */
  private readOrigin(): { x: number; y: number } {
    try {
      const r = this.host?.getBoundingClientRect();
      return r ? { x: r.left, y: r.top } : { x: 0, y: 0 };
    } catch {
      return { x: 0, y: 0 };
    }
  }

  /**
   * Keep the host the last child of `<html>`: put it back when the page removed or moved it (some
   * pages rebuild `<html>`'s children), and move it back on top when the page appended a layer of
   * its own after it (at most {@link MAX_RAISES} times). Returns whether it had to move.
   */
  private ensureHost(): boolean {
    const host = this.host;
    const root = document.documentElement;
    if (!host || !root) return false;
    const moved = !host.isConnected || host.parentNode !== root;
    const covered = !moved && host.nextElementSibling !== null && this.raised < MAX_RAISES;
    if (!moved && !covered) return false;
    if (covered) this.raised += 1;
    root.append(host);
    return true;
  }

  /** One frame: reads, then one render. Returns whether measuring ran out of budget. */
  private runFrame(): boolean {
    const deadline = performance.now() + MEASURE_BUDGET_MS;
    this.ensureHost();
    this.observeBody();
    const sx = window.scrollX;
    const sy = window.scrollY;
    const scrolled = sx !== this.lastScroll.x || sy !== this.lastScroll.y;
    this.lastScroll = { x: sx, y: sy };
    const viewport = this.readViewport();
    const origin = this.readOrigin();

    let pending = false;
    if (this.fresh.size > 0) {
      // Small batches: treat as near now (measured and windowed below); the observer's first report,
      // a frame or two later, corrects it. Large batches: wait for that report.
      if (this.fresh.size <= DIRECT_MEASURE_MAX) for (const entry of this.fresh) this.setNear(entry, true);
      this.fresh.clear();
    }
    if (this.badgesOn) {
      for (const entry of this.near) {
        const stale = entry.measured !== this.layoutGen || (scrolled && entry.context?.moving === true);
        if (!stale) continue;
        if (performance.now() > deadline) {
          pending = true;
          break;
        }
        this.measure(entry, sx, sy);
      }
    }
    const all = this.badgesOn ? this.composeViews(sx, sy, viewport, origin) : [];
    const { views, heldBack } = this.limitBadges(all, viewport.height / 2 - origin.y);
    this.commit(views);
    return pending || heldBack;
  }

  /**
   * At most {@link NEW_BADGES_PER_FRAME} badges appear and at most {@link REMOVED_BADGES_PER_FRAME} leave in one frame, those nearest the middle of the
   * viewport first; the rest follow in the next frames (`heldBack`). Jumping into the middle of a page dense
   * with claims would otherwise render hundreds of badges in one task (over 100 ms at 10,000
   * claims). Badges already on screen always stay. `middle` is the viewport's middle in the
   * views' coordinates.
   */
  private limitBadges(views: BadgeView[], middle: number): { views: BadgeView[]; heldBack: boolean } {
    const distance = (v: BadgeView) => Math.abs(v.top - middle);
    let pool = views;
    const shown = new Set(this.rendered.map((v) => v.key));
    let heldBack = false;
    const fresh = pool.filter((v) => !shown.has(v.key));
    if (fresh.length > NEW_BADGES_PER_FRAME) {
      fresh.sort((a, b) => distance(a) - distance(b));
      const admitted = new Set(fresh.slice(0, NEW_BADGES_PER_FRAME).map((v) => v.key));
      pool = pool.filter((v) => shown.has(v.key) || admitted.has(v.key));
      heldBack = true;
    }
    // Badges that left the window go a few dozen at a time too (removing elements costs as much as
    // adding them); those whose claim is gone from the page go at once.
    const kept = new Set(pool.map((v) => v.key));
    const leaving = this.rendered.filter((v) => !kept.has(v.key) && this.entries.has(v.id));
    if (leaving.length > REMOVED_BADGES_PER_FRAME) {
      leaving.sort((a, b) => distance(a) - distance(b));
      const stay = leaving.slice(0, leaving.length - REMOVED_BADGES_PER_FRAME);
      pool = [...pool, ...stay].sort((a, b) => a.top - b.top || a.left - b.left);
      heldBack = true;
    }
    return { views: pool, heldBack };
  }

  private measure(entry: Entry, sx: number, sy: number): void {
    entry.measured = this.layoutGen;
    entry.end = null;
    const range = liveRangeOf(entry.a.range);
    if (!range || !entry.anchor) return;
    const context = this.contexts.get(entry.anchor);
    entry.context = context;
    if (context.hidden) return;
    const box = lastLineBox(range, context.rtl);
    if (!box) return;
    entry.end = { left: box.left + sx, top: box.top + sy, right: box.right + sx, bottom: box.bottom + sy };
  }

  private composeViews(
    sx: number,
    sy: number,
    viewport: { width: number; height: number },
    origin: { x: number; y: number },
  ): BadgeView[] {
    const style = this.badgeStyle === 'compact' ? 'compact' : 'badges';
    const keep = new Set<number>();
    if (this.card?.kind === 'claim') keep.add(this.card.id);
    if (this.focusedId !== null) keep.add(this.focusedId);

    const clipRects = new Map<Element, Edges | null>();
    const insideClips = (clips: readonly Element[], x: number, y: number) =>
      clips.every((clip) => {
        let rect = clipRects.get(clip);
        if (rect === undefined) {
          try {
            rect = clip.isConnected ? clip.getBoundingClientRect() : null;
          } catch {
            rect = null;
          }
          clipRects.set(clip, rect);
        }
        return rect !== null && pointInside(x, y, rect);
      });

    const chosen: Array<{ entry: Entry; box: Box }> = [];
    const maxRight = sx + viewport.width - 2;
    for (const entry of this.near) {
      const end = entry.end;
      const context = entry.context;
      if (!end || !context || !entry.anchor) continue;
      const kept = keep.has(entry.a.id);
      if (!kept && !isInWindow(end.top, end.bottom, sy, viewport.height)) continue;
      // The phrase's last character, in viewport coordinates.
      const x = (context.rtl ? end.left + 1 : end.right - 1) - sx;
      const y = (end.top + end.bottom) / 2 - sy;
      if (context.clips.length > 0 && !insideClips(context.clips, x, y)) continue;
      if (entry.occluded && !kept) continue;
      const size = badgeSize(badgeParts(entry.a, style), style);
      const box = badgeBoxAt({ end, size, rtl: context.rtl, minLeft: sx + 2, maxRight });
      chosen.push({ entry, box });
    }

    if (chosen.length > MAX_BADGES) {
      // A page packed with claims: only the badges nearest the viewport's middle are laid out and
      // drawn (those on screen always among them); the window moves with the reader.
      const middle = sy + viewport.height / 2;
      const away = (c: { box: Box }) => Math.abs(c.box.top - middle);
      chosen.sort((a, b) => away(a) - away(b));
      chosen.length = MAX_BADGES;
    }
    const separated = separateBadges(
      chosen.map((c) => c.box),
      maxRight,
      2,
      sx + 2,
    );
    const dx = origin.x + sx;
    const dy = origin.y + sy;
    const views: BadgeView[] = chosen.map(({ entry }, i) => {
      const box = separated[i]!;
      return {
        id: entry.a.id,
        key: entry.key,
        topic: entry.a.topic,
        topicTitle: entry.title,
        status: entry.a.status,
        stance: entry.a.stance,
        overstated: entry.a.overstated,
        left: Math.round(box.left - dx),
        top: Math.round(box.top - dy),
        width: box.width,
        height: box.height,
      };
    });
    // Reading order, so Tab moves through badges the way the eye does.
    views.sort((a, b) => a.top - b.top || a.left - b.left);
    // The same claim text twice on a page (a title repeated in a sticky header) needs distinct keys.
    const seen = new Map<string, number>();
    for (const view of views) {
      const n = seen.get(view.key) ?? 0;
      seen.set(view.key, n + 1);
      if (n > 0) view.key = `${view.key}#${n}`;
    }
    return views;
  }

  /** Run the occlusion check once scrolling and re-rendering have been quiet for a moment. */
  private scheduleOcclusionCheck(): void {
    if (this.destroyed || !this.badgesOn || this.hitTestsTooSlow) return;
    clearTimeout(this.occlusionTimer);
    this.occlusionTimer = setTimeout(() => {
      const run = () => {
        this.occlusionIdle = undefined;
        this.work(() => this.checkOcclusion());
      };
      if (typeof requestIdleCallback === 'function') this.occlusionIdle = requestIdleCallback(run, { timeout: 1000 });
      else run();
    }, OCCLUSION_DELAY_MS);
  }

  /**
   * Hit-test the end of each near claim that is on screen: hide the badges of claims a fixed or
   * sticky part of the page covers, show them again when uncovered. Runs in idle time, when the
   * page's rendering is up to date, so hit tests are cheap; stops at a time budget.
   */
  private checkOcclusion(): void {
    if (this.destroyed || !this.badgesOn || this.hitTestsTooSlow) return;
    const deadline = performance.now() + OCCLUSION_BUDGET_MS;
    const sx = window.scrollX;
    const sy = window.scrollY;
    const { width, height } = this.readViewport();
    let changed = false;
    for (const entry of this.near) {
      const end = entry.end;
      const context = entry.context;
      if (!end || !context || !entry.anchor) continue;
      const x = (context.rtl ? end.left + 1 : end.right - 1) - sx;
      const y = (end.top + end.bottom) / 2 - sy;
      if (x < 0 || y < 0 || x > width || y > height) continue;
      const before = performance.now();
      if (before > deadline) break;
      if (inFlatContainer(entry.anchor)) {
        this.hitTestsTooSlow = true;
        break;
      }
      const occluded = this.isOccluded(entry.anchor, context, x, y);
      if (performance.now() - before > SLOW_HIT_TEST_MS) {
        this.hitTestsTooSlow = true;
        for (const e of this.near) e.occluded = false;
        changed = true;
        break;
      }
      if (occluded !== entry.occluded) {
        entry.occluded = occluded;
        changed = true;
      }
    }
    if (changed) this.scheduleFrame();
  }

  /**
   * Whether a fixed or sticky layer of the page (a header, a cookie banner, a dialog) covers the
   * end of the phrase. Other overlaps (e.g. a "stretched link" over a card) are ignored: they are
   * part of the content, not above it.
   */
  private isOccluded(anchor: Element, context: AnchorContext, x: number, y: number): boolean {
    if (!this.host) return false;
    const hit = elementAt(anchor, x, y, this.host);
    if (!hit || hit === anchor || anchor.contains(hit) || hit.contains(anchor)) return false;
    return !context.moving && this.contexts.get(hit).moving;
  }

  /** Render if anything visible changed. */
  private commit(views: BadgeView[]): void {
    const same =
      this.renderedStyle === this.badgeStyle &&
      views.length === this.rendered.length &&
      views.every((v, i) => {
        const r = this.rendered[i]!;
        return (
          r.id === v.id &&
          r.key === v.key &&
          r.left === v.left &&
          r.top === v.top &&
          r.status === v.status &&
          r.stance === v.stance
        );
      });
    if (same) return;
    this.rendered = views;
    this.renderedStyle = this.badgeStyle;
    this.renderNow();
    this.scheduleOcclusionCheck();
  }

  private renderNow(): void {
    if (this.destroyed || !this.container) return;
    if (this.viewport.width === 0) this.readViewport();
    // A claim card hangs on its badge; when the badge is gone (scrolled out of a container,
    // removed by the page), so is the card.
    if (this.card?.kind === 'claim') {
      const id = this.card.id;
      const view = this.rendered.find((v) => v.id === id);
      if (!view) this.card = null;
      else if (
        view.left !== this.card.anchor.left ||
        view.top !== this.card.anchor.top ||
        view.width !== this.card.anchor.width
      ) {
        this.card = {
          ...this.card,
          anchor: { left: view.left, top: view.top, width: view.width, height: view.height },
        };
      }
    }
    const props: OverlayAppProps = {
      badgeStyle: this.badgeStyle,
      badges: this.rendered,
      card: this.card,
      flashId: this.flashId,
      viewport: this.viewport,
      badgeHandlers: this.badgeHandlers,
      cardHandlers: this.cardHandlers,
      getOrigin: this.getOrigin,
    };
    try {
      render(h(OverlayApp, props), this.container);
    } catch (error) {
      warnOnce(error);
    }
  }

  private readonly getOrigin = () => this.readOrigin();

  // ------------------------------------------------------------------------------------------
  // Cards

  private clearHoverTimers(): void {
    clearTimeout(this.hoverOpenTimer);
    clearTimeout(this.hoverCloseTimer);
    this.hoverOpenTimer = undefined;
    this.hoverCloseTimer = undefined;
  }

  private openClaimCard(id: number, pinned: boolean): void {
    const entry = this.entries.get(id);
    const view = this.rendered.find((v) => v.id === id);
    if (!entry || !view) return;
    this.clearHoverTimers();
    this.card = {
      kind: 'claim',
      id,
      claim: claimOf(entry.a),
      pinned,
      focusOnOpen: pinned,
      anchor: { left: view.left, top: view.top, width: view.width, height: view.height },
    };
    this.renderNow();
  }

  private closeCard(restoreFocus: boolean): void {
    const card = this.card;
    if (!card) return;
    this.card = null;
    this.hoveringCard = false;
    this.clearHoverTimers();
    this.renderNow();
    if (!restoreFocus) return;
    try {
      if (card.kind === 'claim') {
        const badge = this.badgeEls.get(card.id);
        if (badge) {
          this.suppressFocusPreview = card.id;
          badge.focus({ preventScroll: true });
          this.suppressFocusPreview = null;
        }
      } else {
        const back = this.selectionReturnFocus as HTMLElement | null;
        this.selectionReturnFocus = null;
        if (back?.isConnected && typeof back.focus === 'function') back.focus({ preventScroll: true });
      }
    } catch {
      // Focus stays where it is.
    }
  }

  private scheduleHoverClose(): void {
    clearTimeout(this.hoverCloseTimer);
    this.hoverCloseTimer = setTimeout(() => {
      if (this.card?.kind === 'claim' && !this.card.pinned && !this.hoveringCard) {
        // Keep a preview that keyboard focus is holding open.
        if (this.focusedId === this.card.id) return;
        this.closeCard(false);
      }
    }, HOVER_CLOSE_MS);
  }

  /** Whether an event happened inside the overlay. */
  private eventIsOurs(event: Event): boolean {
    if (!this.host) return false;
    try {
      return event.composedPath().includes(this.host);
    } catch {
      return false;
    }
  }

  private onOutsidePointer(event: PointerEvent): void {
    if (this.card && !this.eventIsOurs(event)) this.closeCard(false);
  }

  private readonly badgeHandlers: BadgeHandlers = {
    ref: (id, el) => {
      if (el) this.badgeEls.set(id, el);
      else this.badgeEls.delete(id);
    },
    click: (id, event) => {
      // The badge is never inside the page's link, but make sure no page handler acts on it either.
      event.preventDefault();
      event.stopPropagation();
      this.work(() => {
        const card = this.card;
        if (card?.kind === 'claim' && card.id === id && card.pinned) this.closeCard(false);
        else this.openClaimCard(id, true);
      });
    },
    pointerEnter: (id, event) => {
      if (event.pointerType === 'touch') return;
      clearTimeout(this.hoverCloseTimer);
      const card = this.card;
      if (card && (card.kind === 'selection' || card.pinned || card.id === id)) return;
      clearTimeout(this.hoverOpenTimer);
      this.hoverOpenTimer = setTimeout(() => this.work(() => this.openClaimCard(id, false)), HOVER_OPEN_MS);
    },
    pointerLeave: (id) => {
      clearTimeout(this.hoverOpenTimer);
      if (this.card?.kind === 'claim' && this.card.id === id && !this.card.pinned) this.scheduleHoverClose();
    },
    focus: (id) => {
      this.focusedId = id;
      if (this.suppressFocusPreview === id) return;
      const card = this.card;
      if (card && (card.kind === 'selection' || card.pinned)) return;
      this.work(() => this.openClaimCard(id, false));
    },
    blur: (id) => {
      if (this.focusedId === id) this.focusedId = null;
      const card = this.card;
      if (card?.kind === 'claim' && card.id === id && !card.pinned && !this.hoveringCard) this.closeCard(false);
    },
    keyDown: (_id, event) => {
      if (event.key !== 'Escape' || !this.card) return;
      event.preventDefault();
      event.stopPropagation();
      this.closeCard(false);
    },
  };

  private readonly cardHandlers: CardHandlers = {
    close: (restoreFocus) => this.closeCard(restoreFocus),
    pointerEnter: () => {
      this.hoveringCard = true;
      clearTimeout(this.hoverCloseTimer);
    },
    pointerLeave: () => {
      this.hoveringCard = false;
      if (this.card?.kind === 'claim' && !this.card.pinned) this.scheduleHoverClose();
    },
    pointerDown: () => {
      // Interacting with a preview keeps it open.
      if (this.card?.kind === 'claim' && !this.card.pinned) {
        this.card = { ...this.card, pinned: true };
        this.renderNow();
      }
    },
  };
}

/** An overlay that does nothing, for a content script context that is already invalidated. */
const INERT_OVERLAY: Overlay = {
  update() {},
  reveal: () => false,
  showSelectionCard() {},
  whenIdle: () => Promise.resolve(),
  destroy() {},
};

/**
 * Create the overlay: one `<pointwise-overlay>` host with an open shadow root, appended to <html>.
 * Torn down when `ctx` is invalidated (extension disabled, reloaded, updated) or on `destroy()`.
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
