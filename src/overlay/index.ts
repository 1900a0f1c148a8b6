/**
 * Everything the content script draws: claim highlights (CSS Custom Highlight API), badges and
 * evidence cards (Preact, in one `<pointwise-overlay>` host with an open shadow root). It never
 * decides what is a claim: the annotator passes annotations in.
 *
 * Wiring, in the content script (cssInjectionMode: 'manifest'):
 *
 *   import '../../src/overlay/highlights.css'; // ::highlight() rules; the browser injects them
 *   const overlay = await createOverlay(ctx, {
 *     onMainThreadWork: (start, end) => performance.measure('pointwise:scan', { start, end, detail }),
 *   });
 *   overlay.update(annotations, display); // as often as the annotations or settings change
 *   await overlay.whenIdle();             // before marking pointwise:ready
 *
 * Everything is torn down when the content script context is invalidated, or on destroy().
 */
export { createOverlay } from './overlay';
export { OVERLAY_HOST_TAG } from '../shared/types';
export type { Overlay, OverlayOptions } from './overlay';
export {
  applyHighlights,
  clearHighlights,
  flashRange,
  highlightNameFor,
  highlightsSupported,
  FLASH_HIGHLIGHT,
  HIGHLIGHT_NAMES,
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
