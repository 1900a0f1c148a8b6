/** What the content script sees of the overlay (./overlay.ts builds it). */
import type { Annotation, DisplayOptions, PageMark } from '../shared/types';
import type { PageNames } from './names';

/** What the content script can ask of the overlay. */
export interface Overlay {
  /**
   * Show these claims and citations (already filtered for the user's settings), replacing what was
   * shown. Cheap to call often. `soon`: measure and draw in the next task rather than after the
   * next paint, for a caller that has just read the page's layout (so it is clean).
   */
  update(annotations: readonly PageMark[], display: DisplayOptions, soon?: boolean): void;
  /** Scroll the page to an annotation and briefly flash it (used by the popup's claim list). Returns false if it is gone. */
  reveal(id: number): boolean;
  /**
   * Open a card for an arbitrary checked text (context-menu "check this selection"), anchored at a
   * viewport rect. `claims` may be empty: the card then says no claim was found in the selection.
   */
  showSelectionCard(input: { text: string; claims: Array<Pick<Annotation, ClaimFields>>; rect: DOMRect | null }): void;
  /** Resolves once every claim passed so far that is near the viewport is measured and marked (or after `timeoutMs`). */
  whenIdle(timeoutMs?: number): Promise<void>;
  /**
   * Get ready to draw the first marks, ahead of them: adopt the highlight rules (the page then
   * restyles in its next frame) and measure the badges' text widths. For a moment when the page's
   * first texts are out being read; the marks come out the same without it.
   */
  warmUp(): void;
  /** Remove everything (highlights, marks, cards, listeners, timers). Idempotent. */
  destroy(): void;
}

export type ClaimFields = 'topic' | 'status' | 'stance' | 'overstated' | 'phrase';

export interface OverlayOptions {
  /** The host's tag and the highlights' names (random per page load; ./names.ts). Fixed names by default. */
  names?: PageNames;
  /** Called with performance.now() start and end times of each synchronous chunk of overlay work. */
  onMainThreadWork?: (start: number, end: number) => void;
}

/** An overlay that does nothing, for a content script context that is already invalidated. */
export const INERT_OVERLAY: Overlay = {
  update() {},
  reveal: () => false,
  showSelectionCard() {},
  whenIdle: () => Promise.resolve(),
  warmUp() {},
  destroy() {},
};
