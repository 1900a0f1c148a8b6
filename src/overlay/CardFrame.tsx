import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Box } from './badge-layout';
import { CARD_MAX_HEIGHT } from './overlay-css';
import { placeCard } from './place-card';

export interface CardFrameProps {
  /** DOM id of the dialog (badges point at it with aria-controls). */
  id: string;
  /** DOM id of the card's title. */
  titleId: string;
  /** What the card is attached to, in layer coordinates (it scrolls with the page). */
  anchor: Box;
  /** Changes whenever the card should be placed again (another claim, other content). */
  placeKey: string;
  /** Move focus into the card once it is placed (a card the user opened, not a hover preview). */
  focusOnOpen: boolean;
  /** The layer's origin in viewport coordinates, read when placing. */
  getOrigin: () => { x: number; y: number };
  /** The visible viewport, without scrollbars. */
  viewport: { width: number; height: number };
  onClose: (restoreFocus: boolean) => void;
  onPointerEnter: () => void;
  onPointerLeave: () => void;
  onPointerDown: () => void;
  children: ComponentChildren;
}

/**
 * A non-modal dialog positioned next to its anchor: below it if it fits, else above, clamped to
 * the viewport (see ./place-card.ts). Measured and placed in a layout effect, before the browser
 * paints, so it never shows in the wrong place. Esc closes it and returns focus (the owner decides
 * where); the close button does the same.
 */
export function CardFrame(props: CardFrameProps) {
  const ref = useRef<HTMLDivElement>(null);
  const focused = useRef(false);
  const { anchor, viewport } = props;

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    try {
      const origin = props.getOrigin();
      el.style.maxHeight = '';
      const width = el.offsetWidth;
      // scrollHeight is the content's full height even while the card is capped by max-height.
      const natural = Math.min(el.scrollHeight + 2, CARD_MAX_HEIGHT);
      const placement = placeCard({
        anchor: {
          left: anchor.left + origin.x,
          top: anchor.top + origin.y,
          right: anchor.left + anchor.width + origin.x,
          bottom: anchor.top + anchor.height + origin.y,
        },
        card: { width, height: natural },
        viewport,
      });
      el.style.left = `${placement.left - origin.x}px`;
      el.style.top = `${placement.top - origin.y}px`;
      el.style.maxHeight = `${Math.min(placement.maxHeight, CARD_MAX_HEIGHT)}px`;
      el.dataset.side = placement.side;
      el.dataset.placed = '';
    } catch {
      el.dataset.placed = '';
    }
    // Placed again only when what it hangs on changes, not on every scroll-driven render.
  }, [anchor.left, anchor.top, anchor.width, anchor.height, props.placeKey, viewport.width, viewport.height]);

  // After placement (effects run in order), so focusing never scrolls to a card not yet in place.
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || !props.focusOnOpen || focused.current) return;
    focused.current = true;
    try {
      el.focus({ preventScroll: true });
    } catch {
      // A card that cannot take focus is still readable.
    }
  }, [props.focusOnOpen]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      props.onClose(true);
    }
  };

  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- a non-modal dialog closes on Escape and stays open while hovered
    <div
      ref={ref}
      id={props.id}
      class="card"
      role="dialog"
      aria-modal="false"
      aria-labelledby={props.titleId}
      tabIndex={-1}
      // Starts where its anchor is (never beyond the page's edge) until the layout effect places it.
      style={{ left: `${anchor.left}px`, top: `${anchor.top + anchor.height}px` }}
      onKeyDown={onKeyDown}
      onPointerEnter={props.onPointerEnter}
      onPointerLeave={props.onPointerLeave}
      onPointerDown={props.onPointerDown}
      onClick={(event) => event.stopPropagation()}
    >
      {props.children}
    </div>
  );
}

/** The card's header: eyebrow, title (the dialog's label) and a close button. */
export function CardHeader(props: { eyebrow: string; title: string; titleId: string; onClose: () => void }) {
  return (
    <div class="head">
      <div class="head-text">
        <p class="eyebrow">{props.eyebrow}</p>
        <h2 id={props.titleId}>{props.title}</h2>
      </div>
      <button type="button" class="close" aria-label="Close evidence card" onClick={props.onClose}>
        ×
      </button>
    </div>
  );
}
