/**
 * Where each claim's mark goes: a pure function of the claims' boxes, the text around them and the
 * viewport. Its one promise: a mark never covers a character of the page's text, nor another mark.
 *
 * A mark goes on the line where its claim ends, in the first free space after the claim (before
 * it, for right-to-left text): right after the phrase when the phrase ends the line, else after the
 * last word of that line. When that line is full, the next lines of the same block are tried (the
 * mark then sits at the end of a line just below its claim), then the line above. Free space means:
 * inside the claim's block horizontally (the block's box is the block's own; the page's other
 * columns start outside it), clear of every text box of the block and of every mark already placed.
 * The full label is tried before the compact mark at each place, so a label never pushes a mark off
 * its line. A claim with no free place anywhere near gets no mark (its highlight still shows, and
 * the popup lists it): hiding the page's words is worse.
 *
 * Tested as tables in tests/unit/overlay-layout.test.ts.
 */

/** A rectangle by its edges; which coordinates is the caller's business, as long as all agree. */
export interface Edges {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Size {
  width: number;
  height: number;
}

/** One claim to place. */
export interface MarkRequest {
  /** The box of the claim phrase's last line. */
  end: Edges;
  /** The horizontal extent of the claim's block: no mark goes outside it. */
  bounds: { left: number; right: number };
  /**
   * The text boxes (one per line fragment) of the claim's block, including the claim's own words,
   * and any replaced content (images, controls) in it. Claims of one block share one array: it is
   * indexed once, and must not change afterwards.
   */
  obstacles: readonly Edges[];
  /** Sizes to try at each place, preferred first (e.g. the full label, then the compact mark). */
  sizes: readonly Size[];
  /** Right-to-left text: marks go before the claim, to its left. */
  rtl?: boolean;
}

export interface MarkPlacement {
  left: number;
  top: number;
  width: number;
  height: number;
  /** Which of the request's sizes was used. */
  sizeIndex: number;
  /** 0 on the claim's own line; 1, 2, … lines below it; -1 the line above. */
  lineOffset: number;
}

export interface LayoutOptions {
  /** The viewport's horizontal extent, in the same coordinates: no mark crosses it. */
  minLeft: number;
  maxRight: number;
  /** Space kept between a mark and what it follows, and between marks. Default 3. */
  gap?: number;
  /** How many lines below the claim's line are tried. Default 4. */
  linesBelow?: number;
  /** Whether the line above the claim's is tried. Default true. */
  lineAbove?: boolean;
  /** Marks already placed (by an earlier call): nothing goes over them. */
  occupied?: readonly Edges[];
}

/** Overlap smaller than this (px) does not count: boxes that merely touch do not cover each other. */
const SLACK = 0.5;

interface Line {
  top: number;
  bottom: number;
  /** Boxes on this line, by left edge. */
  boxes: Edges[];
  /** Leftmost and rightmost text on the line. */
  start: number;
  end: number;
}

/** The obstacles of one block, grouped into lines sorted from top to bottom. */
export function groupLines(obstacles: readonly Edges[]): Line[] {
  const boxes = obstacles
    .filter((b) => b.right - b.left > SLACK && b.bottom - b.top > SLACK)
    .sort((a, b) => a.top + a.bottom - (b.top + b.bottom));
  const lines: Line[] = [];
  for (const box of boxes) {
    const middle = (box.top + box.bottom) / 2;
    const line = lines[lines.length - 1];
    const lineMiddle = line ? (line.top + line.bottom) / 2 : Number.NaN;
    const half = line ? Math.min(line.bottom - line.top, box.bottom - box.top) / 2 : 0;
    if (line && Math.abs(middle - lineMiddle) < half) {
      line.boxes.push(box);
      line.top = Math.min(line.top, box.top);
      line.bottom = Math.max(line.bottom, box.bottom);
      line.start = Math.min(line.start, box.left);
      line.end = Math.max(line.end, box.right);
    } else {
      lines.push({ top: box.top, bottom: box.bottom, boxes: [box], start: box.left, end: box.right });
    }
  }
  for (const line of lines) line.boxes.sort((a, b) => a.left - b.left);
  return lines;
}

const overlaps = (a: Edges, b: Edges, gap = 0) =>
  Math.min(a.right, b.right + gap) - Math.max(a.left, b.left - gap) > SLACK &&
  Math.min(a.bottom, b.bottom + gap) - Math.max(a.top, b.top - gap) > SLACK;

/** Marks already placed, bucketed by 32 px rows for quick lookup. */
class Placed {
  private readonly rows = new Map<number, Edges[]>();

  add(box: Edges): void {
    for (let row = Math.floor(box.top / 32); row <= Math.floor(box.bottom / 32); row += 1) {
      let list = this.rows.get(row);
      if (!list) this.rows.set(row, (list = []));
      list.push(box);
    }
  }

  hits(box: Edges, gap: number): Edges[] {
    const out: Edges[] = [];
    for (let row = Math.floor((box.top - gap) / 32); row <= Math.floor((box.bottom + gap) / 32); row += 1) {
      for (const other of this.rows.get(row) ?? []) if (overlaps(box, other, gap)) out.push(other);
    }
    return out;
  }
}

/**
 * Each block's lines, kept as long as its obstacles array lives: a block's text boxes are read once
 * per layout generation (./obstacles.ts), and the overlay lays marks out on every pass while a page
 * is scanned, so its lines are grouped and sorted once, not on every pass. Obstacles arrays are
 * never changed once handed over (MarkRequest).
 */
const LINES = new WeakMap<readonly Edges[], Line[]>();

function linesOf(obstacles: readonly Edges[]): Line[] {
  let lines = LINES.get(obstacles);
  if (!lines) LINES.set(obstacles, (lines = groupLines(obstacles)));
  return lines;
}

/** The obstacles that a box meets (lines sorted by top; only those reaching the box are read). */
function textHits(lines: readonly Line[], box: Edges): Edges[] {
  const out: Edges[] = [];
  // Lines are sorted by top; skip those ending above the box (binary search on top, then walk).
  let lo = 0;
  let hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lines[mid]!.top < box.top - 200) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < lines.length; i += 1) {
    const line = lines[i]!;
    if (line.top >= box.bottom) break;
    if (line.bottom <= box.top) continue;
    for (const b of line.boxes) if (overlaps(box, b)) out.push(b);
  }
  return out;
}

/**
 * Places every request's mark (or null when there is no free place near its claim). Requests are
 * placed in reading order, so earlier claims get the places nearest to them. Returns placements in
 * the requests' order.
 */
export function placeMarks(requests: readonly MarkRequest[], options: LayoutOptions): Array<MarkPlacement | null> {
  const first = placeOnce(requests, options, new Set());
  // One look per block: where some of a block's claims only fit as compact marks, all of them are
  // compact (a row of labels broken by a glyph reads as two kinds of mark).
  const mixed = new Set<readonly Edges[]>();
  const labelled = new Set<readonly Edges[]>();
  requests.forEach((r, i) => {
    const p = first[i];
    if (r.sizes.length < 2) return;
    if (!p || p.sizeIndex > 0) mixed.add(r.obstacles);
    else labelled.add(r.obstacles);
  });
  const both = [...mixed].filter((group) => labelled.has(group));
  return both.length === 0 ? first : placeOnce(requests, options, new Set(both));
}

/** One layout pass; requests whose obstacles are in `compactOnly` use only their last size. */
function placeOnce(
  requests: readonly MarkRequest[],
  options: LayoutOptions,
  compactOnly: ReadonlySet<readonly Edges[]>,
): Array<MarkPlacement | null> {
  const gap = options.gap ?? 3;
  const linesBelow = options.linesBelow ?? 4;
  const placed = new Placed();
  for (const box of options.occupied ?? []) placed.add(box);
  const out: Array<MarkPlacement | null> = requests.map(() => null);
  const order = requests
    .map((_, i) => i)
    .sort((i, j) => requests[i]!.end.top - requests[j]!.end.top || requests[i]!.end.left - requests[j]!.end.left);

  for (const index of order) {
    const request = requests[index]!;
    const lines = linesOf(request.obstacles);
    const rtl = request.rtl === true;
    const low = Math.max(request.bounds.left, options.minLeft);
    const high = Math.min(request.bounds.right, options.maxRight);
    const end = request.end;
    const ownMiddle = (end.top + end.bottom) / 2;

    // The claim's own line first, then the lines below it, then the one above.
    const tries: Array<{ middle: number; from: number; lineOffset: number }> = [
      { middle: ownMiddle, from: rtl ? end.left : end.right, lineOffset: 0 },
    ];
    const below = lines.filter((l) => l.top >= end.bottom - SLACK).slice(0, linesBelow);
    below.forEach((l, i) =>
      tries.push({ middle: (l.top + l.bottom) / 2, from: rtl ? l.start : l.end, lineOffset: i + 1 }),
    );
    const above = lines.filter((l) => l.bottom <= end.top + SLACK);
    const previous = above[above.length - 1];
    if (previous && options.lineAbove !== false) {
      tries.push({
        middle: (previous.top + previous.bottom) / 2,
        from: rtl ? previous.start : previous.end,
        lineOffset: -1,
      });
    }

    search: for (const attempt of tries) {
      const firstSize = compactOnly.has(request.obstacles) ? request.sizes.length - 1 : 0;
      for (let sizeIndex = firstSize; sizeIndex < request.sizes.length; sizeIndex += 1) {
        const size = request.sizes[sizeIndex]!;
        const top = Math.round(attempt.middle - size.height / 2);
        let left = rtl ? attempt.from - gap - size.width : attempt.from + gap;
        // Each step moves past at least one box, so this ends; the cap is a guard.
        for (let step = 0; step < 400; step += 1) {
          if (left < low - SLACK || left + size.width > high + SLACK) break;
          const box = { left, top, right: left + size.width, bottom: top + size.height };
          const hits = [...textHits(lines, box), ...placed.hits(box, gap)];
          if (hits.length === 0) {
            const rounded = { left: Math.round(left), top, width: size.width, height: size.height };
            const kept = { left: rounded.left, top, right: rounded.left + size.width, bottom: top + size.height };
            if (textHits(lines, kept).length > 0 || placed.hits(kept, gap).length > 0) {
              left = rtl ? Math.floor(left) - 1 : Math.ceil(left) + 1;
              continue;
            }
            placed.add(kept);
            out[index] = { ...rounded, sizeIndex, lineOffset: attempt.lineOffset };
            break search;
          }
          left = rtl
            ? Math.min(...hits.map((h) => h.left)) - gap - size.width
            : Math.max(...hits.map((h) => h.right)) + gap;
        }
      }
    }
  }
  return out;
}
