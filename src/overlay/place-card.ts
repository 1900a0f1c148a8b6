/**
 * Where an evidence card goes, as a pure function of the anchor's viewport rect, the card's natural
 * size and the viewport: below the anchor if it fits, else above, else on the roomier side with a
 * max-height (the card scrolls inside); horizontally aligned with the anchor and clamped to stay on
 * screen. Tested as a table in tests/unit/overlay-place-card.test.ts.
 */

/** A rectangle in viewport (client) coordinates. */
export interface ViewportBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface PlaceCardInput {
  /** The badge (or selection) the card belongs to, in viewport coordinates. May be partly off screen. */
  anchor: ViewportBox;
  /** The card's natural size, before any max-height. */
  card: { width: number; height: number };
  /** The visible viewport (without scrollbars). */
  viewport: { width: number; height: number };
  /** Smallest distance kept from the viewport's edges. Default 8. */
  margin?: number;
  /** Space between the anchor and the card. Default 6. */
  gap?: number;
  /** The card is never squeezed below this height (unless the viewport itself is smaller). Default 140. */
  minHeight?: number;
}

export interface CardPlacement {
  /** Viewport coordinates of the card's top-left corner. */
  left: number;
  top: number;
  /** The card's max-height; it scrolls inside when its content is taller. */
  maxHeight: number;
  /** Which side of the anchor the card opened on. */
  side: 'below' | 'above';
}

const clamp = (value: number, min: number, max: number) => Math.min(Math.max(value, min), Math.max(min, max));

/** Places a card next to its anchor so that it fits on screen. */
export function placeCard(input: PlaceCardInput): CardPlacement {
  const margin = input.margin ?? 8;
  const gap = input.gap ?? 6;
  const vw = Math.max(0, input.viewport.width);
  const vh = Math.max(0, input.viewport.height);
  const minHeight = Math.min(input.minHeight ?? 140, Math.max(0, vh - 2 * margin));

  // An anchor scrolled (partly) out of view is treated as if it sat at the nearest edge.
  const anchorTop = clamp(input.anchor.top, margin, vh - margin);
  const anchorBottom = clamp(input.anchor.bottom, anchorTop, vh - margin);

  const spaceBelow = vh - margin - (anchorBottom + gap);
  const spaceAbove = anchorTop - gap - margin;
  const natural = Math.max(0, input.card.height);

  let side: CardPlacement['side'];
  if (natural <= spaceBelow) side = 'below';
  else if (natural <= spaceAbove) side = 'above';
  else side = spaceBelow >= spaceAbove ? 'below' : 'above';

  const space = side === 'below' ? spaceBelow : spaceAbove;
  const maxHeight = Math.max(space, minHeight);
  const height = Math.min(natural, maxHeight);

  const top =
    side === 'below'
      ? // Pushed up only when the anchor sits so low that even minHeight does not fit below it.
        clamp(anchorBottom + gap, margin, vh - margin - height)
      : clamp(anchorTop - gap - height, margin, vh - margin - height);

  const width = Math.min(Math.max(0, input.card.width), Math.max(0, vw - 2 * margin));
  const left = clamp(input.anchor.left, margin, vw - margin - width);

  return { left: Math.round(left), top: Math.round(top), maxHeight: Math.floor(maxHeight), side };
}
