/**
 * Pure geometry for badges: where a badge goes relative to the end of its claim phrase, how badges
 * that would overlap are nudged apart, and which claims are close enough to the viewport to deserve
 * a badge at all (virtualisation). Tested in tests/unit/overlay-badge-layout.test.ts.
 */

/** A rectangle; which coordinate space it is in is up to the caller (documented at each use). */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** How far beyond the viewport (in viewport heights, above and below) badges are rendered. */
export const WINDOW_VIEWPORTS = 1.5;

/** Space between the end of a phrase and its badge. */
export const BADGE_GAP = 3;

/**
 * Whether a vertical extent [top, bottom] (document coordinates) lies within `factor` viewport
 * heights of the viewport that starts at `scrollTop`.
 */
export function isInWindow(
  top: number,
  bottom: number,
  scrollTop: number,
  viewportHeight: number,
  factor: number = WINDOW_VIEWPORTS,
): boolean {
  const reach = viewportHeight * factor;
  return bottom >= scrollTop - reach && top <= scrollTop + viewportHeight + reach;
}

/** Of `items`, the ones whose extent lies within the window around the viewport (order kept). */
export function filterToWindow<T extends { top: number; bottom: number }>(
  items: readonly T[],
  scrollTop: number,
  viewportHeight: number,
  factor: number = WINDOW_VIEWPORTS,
): T[] {
  return items.filter((item) => isInWindow(item.top, item.bottom, scrollTop, viewportHeight, factor));
}

export interface BadgeAnchorInput {
  /** The last line box of the claim phrase. */
  end: { left: number; top: number; right: number; bottom: number };
  /** The badge's size. */
  size: { width: number; height: number };
  /** Right-to-left text: the phrase ends at its left edge, so the badge goes to its left. */
  rtl?: boolean;
  /** Horizontal bounds the badge must stay within (same coordinate space as `end`). */
  minLeft: number;
  maxRight: number;
}

/**
 * The badge's box, just after the end of the phrase (before it, for right-to-left text), raised
 * like a footnote mark: it sits mostly in the gap above the phrase's last line, so the words that
 * follow the claim stay readable (a badge centred on the line hid the next word or two). Clamped horizontally to [minLeft, maxRight] so a
 * phrase ending at the page's edge never pushes a badge off screen (which would also widen the page).
 */
/** How far into the line the raised badge reaches, as a share of the line's height. */
export const RAISE = 0.3;

export function badgeBoxAt(input: BadgeAnchorInput): Box {
  const { end, size } = input;
  const lineHeight = Math.max(0, end.bottom - end.top);
  const top = end.top - size.height + lineHeight * RAISE;
  const wanted = input.rtl ? end.left - BADGE_GAP - size.width : end.right + BADGE_GAP;
  const left = Math.min(Math.max(wanted, input.minLeft), Math.max(input.minLeft, input.maxRight - size.width));
  return { left: Math.round(left), top: Math.round(top), width: size.width, height: size.height };
}

const overlaps = (a: Box, b: Box, gap: number) =>
  a.left < b.left + b.width + gap &&
  b.left < a.left + a.width + gap &&
  a.top < b.top + b.height &&
  b.top < a.top + a.height;

/**
 * Nudges badges apart so none covers another. In order of position (top, then left), a badge that
 * overlaps one already placed first tries to sit just above that badge (keeping its own place at the
 * end of its phrase); if that is taken too, it moves to that badge's right, or below it when the
 * right would cross `maxRight`. Returns new boxes in the input's order.
 */
export function separateBadges<T extends Box>(boxes: readonly T[], maxRight: number, gap = 2, minLeft = 0): T[] {
  const packed = packClampedRows(boxes, maxRight, gap, minLeft);
  const order = packed
    .map((_, i) => i)
    .sort((i, j) => packed[i]!.top - packed[j]!.top || packed[i]!.left - packed[j]!.left);
  const placed: T[] = [];
  const out: T[] = new Array<T>(boxes.length);
  const free = (box: Box) => !placed.some((other) => overlaps(box, other, gap));
  for (const index of order) {
    const box = { ...packed[index]! };
    // Each fallback move goes right or down past one placed badge, and left and top only grow, so
    // no placed badge is hit twice: at most placed.length + 1 passes settle it.
    for (let pass = 0; pass <= placed.length; pass += 1) {
      const hit = placed.find((other) => overlaps(box, other, gap));
      if (!hit) break;
      const above = { ...box, top: hit.top - box.height - gap };
      if (pass === 0 && free(above)) {
        box.top = above.top;
        break;
      }
      const right = hit.left + hit.width + gap;
      if (right + box.width <= maxRight) box.left = right;
      else box.top = hit.top + hit.height + gap;
    }
    placed.push(box);
    out[index] = box;
  }
  return out;
}

/**
 * A badge pushed back from the right edge (its phrase ends too close to it) would cover the badge
 * of a phrase just before it on the same line, and lifting one of them above the other takes it
 * away from its line. Instead, on such a row, the badges to the left of a clamped one shift left
 * just enough to make room (never past `minLeft`), so every badge stays on its own line, over the
 * end of its own phrase. Other rows are returned unchanged.
 */
function packClampedRows<T extends Box>(boxes: readonly T[], maxRight: number, gap: number, minLeft: number): T[] {
  const out = boxes.map((b) => ({ ...b }));
  const clamped = out.filter((b) => b.left + b.width >= maxRight - 0.5);
  for (const edge of clamped) {
    // The rest of its row, nearest first (right to left).
    const row = out
      .filter((b) => b !== edge && Math.abs(b.top - edge.top) < 1 && b.left < edge.left)
      .sort((a, b) => b.left - a.left);
    let limit = edge.left - gap;
    for (const b of row) {
      if (b.left + b.width <= limit) break;
      b.left = Math.max(minLeft, limit - b.width);
      limit = b.left - gap;
    }
  }
  return out;
}
