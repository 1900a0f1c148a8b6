/**
 * From the measured claims near the viewport to the marks to draw: which claims get a mark (on
 * screen or near it, not clipped away by a scrolling container, not covered by a fixed layer),
 * where each goes ({@link placeMarks}), and how many may appear or leave in one frame.
 */
import { isCitation, type BadgeStyle, type PageMark } from '../shared/types';
import { citeParts } from '../ui/cite-labels';
import { badgeParts } from '../ui/labels';
import { isInWindow } from './badge-layout';
import { badgeSize, citeSize } from './badge-size';
import { placeMarks, type MarkPlacement, type MarkRequest } from './layout';
import { lastLineBox, liveRangeOf, pointInside, type AnchorContextCache, type Edges } from './measure';
import type { BlockSpaces } from './obstacles';
import type { MarkView } from './OverlayApp';
import type { Entry } from './tracking';

/** Most marks that appear in one frame (each costs its share of one Preact render). */
const NEW_MARKS_PER_FRAME = 16;
/** Most marks that leave in one frame. */
const REMOVED_MARKS_PER_FRAME = 24;
/**
 * Most marks drawn at once. Far more than fit in a viewport; reached only on pages packed with
 * claims, where drawing every mark of the window costs the page's own layout dearly.
 */
const MAX_MARKS = 120;

export interface ComposeInput {
  near: Iterable<Entry>;
  style: Exclude<BadgeStyle, 'highlights-only'>;
  /** Claims whose marks stay even off screen or covered (open card, keyboard focus). */
  keep: ReadonlySet<number>;
  scroll: { x: number; y: number };
  viewport: { width: number; height: number };
  /** The overlay layer's origin in viewport coordinates. */
  origin: { x: number; y: number };
  /**
   * Whether hit tests are cheap enough on this page. Then a claim whose line and block have no room
   * gets its mark just past its block's edge, where hit tests show nothing but the block's own
   * containers, and marks of claims a fixed layer covers hide; once hit tests proved slow, neither.
   */
  hitTests: boolean;
  /** Our own host (hit tests look through it). */
  host: Element | null;
  /** The layout generation (hit-test verdicts are kept for one). */
  generation: number;
}

/**
 * Whether a box (viewport coordinates) shows nothing of the page but `block` and its containers:
 * hit tests at its centre and near its corners. A point off screen cannot be checked: false.
 */
export function onlyContainersUnder(box: Edges, block: Element, host: Element | null): boolean {
  const points = [
    [(box.left + box.right) / 2, (box.top + box.bottom) / 2],
    [box.left + 1, box.top + 1],
    [box.right - 1, box.top + 1],
    [box.left + 1, box.bottom - 1],
    [box.right - 1, box.bottom - 1],
  ] as const;
  for (const [x, y] of points) {
    if (x < 0 || y < 0 || x >= window.innerWidth || y >= window.innerHeight) return false;
    for (const el of document.elementsFromPoint(x, y)) if (el !== host && !el.contains(block)) return false;
  }
  return true;
}

/** The sizes a mark may take, largest first (the full label, then the compact one). */
function markSizes(
  a: PageMark,
  style: Exclude<BadgeStyle, 'highlights-only'>,
): Array<{ width: number; height: number }> {
  if (isCitation(a)) {
    const compact = citeSize(citeParts(a.citation, 'compact'), 'compact');
    return style === 'compact' ? [compact] : [citeSize(citeParts(a.citation, 'badges'), 'badges'), compact];
  }
  const compact = badgeSize(badgeParts(a, 'compact'), 'compact');
  return style === 'compact' ? [compact] : [badgeSize(badgeParts(a, 'badges'), 'badges'), compact];
}

/** The marks to draw, in reading order (so Tab moves through them the way the eye does). */
export function composeMarks(input: ComposeInput): MarkView[] {
  const { scroll, viewport, origin, style, keep } = input;
  const sx = scroll.x;
  const sy = scroll.y;
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

  const chosen: Array<{ entry: Entry; request: MarkRequest }> = [];
  for (const entry of input.near) {
    const { end, context, space } = entry;
    if (!end || !context || !entry.anchor || !space) continue;
    const kept = keep.has(entry.a.id);
    if (!kept && !isInWindow(end.top, end.bottom, sy, viewport.height)) continue;
    // The phrase's last character, in viewport coordinates.
    const x = (context.rtl ? end.left + 1 : end.right - 1) - sx;
    const y = (end.top + end.bottom) / 2 - sy;
    if (context.clips.length > 0 && !insideClips(context.clips, x, y)) continue;
    // Once hit tests proved slow, occlusion checks stopped: no stale verdict counts then.
    if (entry.occluded && !kept && input.hitTests) continue;
    const sizes = markSizes(entry.a, style);
    chosen.push({ entry, request: { end, bounds: space.bounds, obstacles: space.obstacles, sizes, rtl: context.rtl } });
  }

  if (chosen.length > MAX_MARKS) {
    // A page packed with claims: only the marks nearest the viewport's middle are laid out and
    // drawn (those on screen always among them); the window moves with the reader.
    const middle = sy + viewport.height / 2;
    const away = (c: { request: MarkRequest }) => Math.abs(c.request.end.top - middle);
    chosen.sort((a, b) => away(a) - away(b));
    chosen.length = MAX_MARKS;
  }
  const minLeft = sx + 2;
  const maxRight = sx + viewport.width - 2;
  const placements = placeMarks(
    chosen.map((c) => c.request),
    { minLeft, maxRight },
  );
  const missing = chosen.flatMap((c, i) => (placements[i] || !c.entry.context?.block ? [] : [i]));
  if (missing.length > 0 && input.hitTests) {
    // No room in the block: just past its edge, on the claim's own line, if nothing else is there.
    const occupied = placements.flatMap((p) =>
      p ? [{ left: p.left, top: p.top, right: p.left + p.width, bottom: p.top + p.height }] : [],
    );
    const wide = missing.map((i) => ({ ...chosen[i]!.request, bounds: { left: minLeft, right: maxRight } }));
    const second = placeMarks(wide, { minLeft, maxRight, linesBelow: 0, lineAbove: false, occupied });
    missing.forEach((i, k) => {
      const p = second[k];
      const block = chosen[i]!.entry.context?.block;
      if (!p || !block) return;
      // Hit tests once per place and layout generation: passes run every frame while a page is scanned.
      const entry = chosen[i]!.entry;
      const key = `${input.generation}:${p.left}:${p.top}:${p.width}`;
      if (entry.verified?.key !== key) {
        const box = { left: p.left - sx, top: p.top - sy, right: p.left + p.width - sx, bottom: p.top + p.height - sy };
        const onScreen = box.left >= 0 && box.top >= 0 && box.right <= viewport.width && box.bottom <= viewport.height;
        // Off screen it cannot be checked yet: asked again once scrolled into view.
        if (!onScreen) return;
        entry.verified = { key, ok: onlyContainersUnder(box, block, input.host) };
      }
      if (entry.verified.ok) placements[i] = p;
    });
  }
  const dx = origin.x + sx;
  const dy = origin.y + sy;
  const views: MarkView[] = [];
  chosen.forEach(({ entry, request }, i) => {
    // No free place: a latent mark at the claim's end, shown only while it has keyboard focus, so
    // that every claim can still be reached with Tab and read by a screen reader.
    const box = placements[i] ?? latentBox(request, minLeft, maxRight);
    const place = {
      id: entry.a.id,
      key: entry.key,
      compact: style === 'compact' || box.sizeIndex > 0,
      latent: !placements[i],
      left: Math.round(box.left - dx),
      top: Math.round(box.top - dy),
      width: box.width,
      height: box.height,
    };
    const a = entry.a;
    if (isCitation(a)) views.push({ kind: 'cite', citation: a.citation, ...place });
    else
      views.push({
        ...place,
        topic: a.topic,
        topicTitle: entry.title,
        status: a.status,
        stance: a.stance,
        overstated: a.overstated,
      });
  });
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

/**
 * At most {@link NEW_MARKS_PER_FRAME} marks appear and at most {@link REMOVED_MARKS_PER_FRAME}
 * leave in one frame, those nearest the middle of the viewport first; the rest follow in the next
 * frames (`heldBack`). Jumping into the middle of a page dense with claims would otherwise render
 * hundreds of marks in one task. Marks already on screen stay. `middle` is the viewport's middle
 * in the views' coordinates; `alive` tells whether a claim is still on the page (marks of claims
 * that are gone leave at once).
 */
export function limitMarks(
  views: MarkView[],
  rendered: readonly MarkView[],
  middle: number,
  alive: (id: number) => boolean,
): { views: MarkView[]; heldBack: boolean } {
  const distance = (v: MarkView) => Math.abs(v.top - middle);
  let pool = views;
  const shown = new Set(rendered.map((v) => v.key));
  let heldBack = false;
  const fresh = pool.filter((v) => !shown.has(v.key));
  if (fresh.length > NEW_MARKS_PER_FRAME) {
    fresh.sort((a, b) => distance(a) - distance(b));
    const admitted = new Set(fresh.slice(0, NEW_MARKS_PER_FRAME).map((v) => v.key));
    pool = pool.filter((v) => shown.has(v.key) || admitted.has(v.key));
    heldBack = true;
  }
  const kept = new Set(pool.map((v) => v.key));
  const leaving = rendered.filter((v) => !kept.has(v.key) && alive(v.id));
  if (leaving.length > REMOVED_MARKS_PER_FRAME) {
    leaving.sort((a, b) => distance(a) - distance(b));
    const stay = leaving.slice(0, leaving.length - REMOVED_MARKS_PER_FRAME);
    pool = [...pool, ...stay].sort((a, b) => a.top - b.top || a.left - b.left);
    heldBack = true;
  }
  return { views: pool, heldBack };
}

/** Where a latent mark goes: just after the end of its claim (before it, right to left), on screen. */
function latentBox(request: MarkRequest, minLeft: number, maxRight: number): MarkPlacement {
  const size = request.sizes[request.sizes.length - 1]!;
  const { end } = request;
  const wanted = request.rtl ? end.left - 3 - size.width : end.right + 3;
  const left = Math.min(Math.max(wanted, minLeft), Math.max(minLeft, maxRight - size.width));
  const top = Math.round((end.top + end.bottom) / 2 - size.height / 2);
  return { left, top, width: size.width, height: size.height, sizeIndex: request.sizes.length - 1, lineOffset: 0 };
}

/** Whether two lists of marks draw the same thing. */
export function sameMarks(a: readonly MarkView[], b: readonly MarkView[]): boolean {
  return (
    a.length === b.length &&
    a.every((v, i) => {
      const r = b[i]!;
      const same =
        r.id === v.id &&
        r.key === v.key &&
        r.left === v.left &&
        r.top === v.top &&
        r.compact === v.compact &&
        r.latent === v.latent;
      if (!same) return false;
      if (r.kind === 'cite' || v.kind === 'cite')
        return r.kind === 'cite' && v.kind === 'cite' && r.citation === v.citation;
      return r.status === v.status && r.stance === v.stance;
    })
  );
}

/**
 * Measures where a claim ends (document coordinates) and the free space around it, for layout
 * generation `generation`. Leaves `end` null when the claim is not rendered. A claim that ends
 * outside the window around the viewport gets no mark ({@link composeMarks}), so only its end is
 * read (`partial`): its ancestors' styles and its block's text boxes wait until a pass finds it
 * in the window. The observer counts a claim near by its element, which may reach far beyond the
 * claim's own line; and a page being scanned hands over claims before the observer has reported.
 */
export function measureEntry(
  entry: Entry,
  generation: number,
  contexts: AnchorContextCache,
  spaces: BlockSpaces,
  scroll: { x: number; y: number },
  /** The viewport's height; null measures in full wherever the claim is (its mark is kept). */
  viewportHeight: number | null,
): void {
  entry.measured = generation;
  entry.end = null;
  entry.space = null;
  entry.partial = false;
  const range = liveRangeOf(entry.a.range);
  if (!range || !entry.anchor) return;
  const { x, y } = scroll;
  const rough = lastLineBox(range);
  if (!rough) return;
  if (viewportHeight !== null && !isInWindow(rough.top + y, rough.bottom + y, y, viewportHeight)) {
    entry.end = { left: rough.left + x, top: rough.top + y, right: rough.right + x, bottom: rough.bottom + y };
    entry.context = null;
    entry.partial = true;
    return;
  }
  const context = contexts.get(entry.anchor);
  entry.context = context;
  if (context.hidden) return;
  // Right to left, the line's leftmost box is its end.
  const box = context.rtl ? lastLineBox(range, true) : rough;
  if (!box) return;
  entry.end = { left: box.left + x, top: box.top + y, right: box.right + x, bottom: box.bottom + y };
  if (context.block) entry.space = spaces.get(context.block, range.endContainer, x, y);
}

/** Whether a claim measured only roughly (`partial`) has come into the window around the viewport. */
export function cameNear(entry: Entry, scrollY: number, viewportHeight: number): boolean {
  return (
    entry.partial === true && entry.end !== null && isInWindow(entry.end.top, entry.end.bottom, scrollY, viewportHeight)
  );
}
