/**
 * Which claims are close enough to the viewport to deserve a mark at all (virtualisation), and the
 * box type the overlay's pieces share. Where a mark goes is ./layout.ts. Tested in
 * tests/unit/overlay-badge-layout.test.ts.
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
