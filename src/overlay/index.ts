/**
 * Everything the content script draws: claim highlights (CSS Custom Highlight API), badges and
 * evidence cards (Preact, in one host element with a closed shadow root). It never decides what is
 * a claim: the annotator passes annotations in. The host's tag and the highlights' names are drawn
 * at random for each page load (./names.ts).
 *
 * Wiring, in the content script:
 *
 *   const names = randomPageNames();
 *   const overlay = await createOverlay(ctx, {
 *     names,
 *     onMainThreadWork: (start, end) => performance.measure('pointwise:scan', { start, end, detail }),
 *   });
 *   overlay.update(annotations, display); // as often as the annotations or settings change
 *   await overlay.whenIdle();             // before marking pointwise:ready
 *
 * Everything is torn down when the content script context is invalidated, or on destroy().
 */
export { createOverlay } from './overlay';
export { randomPageNames, type PageNames, type HighlightKey } from './names';
export type { Overlay, OverlayOptions } from './api';
export {
  applyHighlights,
  clearHighlights,
  flashRange,
  highlightNameFor,
  highlightsSupported,
  flashHighlightName,
  useHighlightNames,
} from './highlights';
export {
  BADGE_TEXT,
  COMPACT_GLYPH,
  badgeAccessibleName,
  badgeParts,
  badgeVisibleText,
  stanceDescription,
} from '../ui/labels';
export { STATUS_COLOURS, NEGATED_COLOURS } from '../ui/palette';
