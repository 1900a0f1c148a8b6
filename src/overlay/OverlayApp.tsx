import type { BadgeStyle } from '../shared/types';
import type { Stance, StatusId, TopicId } from '../evidence/ids';
import { Badge, type BadgeHandlers } from './Badge';
import type { Card } from './card-state';
import { CardFrame } from './CardFrame';
import { ClaimCardContent, SelectionCardContent } from './ClaimCard';

/** One badge to draw, in layer coordinates. */
export interface BadgeView {
  id: number;
  /**
   * Preact key: the claim's content, not its id, so a claim the page re-rendered (new id, same
   * text) keeps its button element, and with it keyboard focus.
   */
  key: string;
  topic: TopicId;
  topicTitle: string;
  status: StatusId;
  stance: Stance;
  overstated: boolean;
  /** Drawn as the compact mark (the chosen style, or no room for the full label). */
  compact: boolean;
  /** No free place beside the text: shown only while focused (keyboard), never over the page's words otherwise. */
  latent: boolean;
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The open card, if any (./card-state.ts decides when it opens and closes). */
export type CardView = Card;

export interface CardHandlers {
  close: (restoreFocus: boolean) => void;
  pointerEnter: () => void;
  pointerLeave: () => void;
  pointerDown: () => void;
}

export interface OverlayAppProps {
  badgeStyle: BadgeStyle;
  badges: readonly BadgeView[];
  card: CardView | null;
  flashId: number | null;
  viewport: { width: number; height: number };
  badgeHandlers: BadgeHandlers;
  cardHandlers: CardHandlers;
  getOrigin: () => { x: number; y: number };
}

/** DOM ids inside the shadow root (one card at a time). */
export const CARD_ID = 'pointwise-card';
export const CARD_TITLE_ID = 'pointwise-card-title';

/**
 * Everything drawn in the overlay's shadow root: a zero-size, pointer-transparent layer at the
 * document's origin holding the badges (in reading order, so Tab follows the page) and the open card.
 */
export function OverlayApp(props: OverlayAppProps) {
  const { card } = props;
  const style = props.badgeStyle === 'compact' ? 'compact' : 'badges';
  const openId = card?.kind === 'claim' ? card.id : null;
  return (
    <div class="layer">
      {props.badgeStyle === 'highlights-only'
        ? null
        : props.badges.map((b) => (
            <Badge
              key={b.key}
              id={b.id}
              topic={b.topic}
              topicTitle={b.topicTitle}
              status={b.status}
              stance={b.stance}
              overstated={b.overstated}
              left={b.left}
              top={b.top}
              badgeStyle={b.compact ? 'compact' : style}
              latent={b.latent}
              expanded={openId === b.id}
              controls={openId === b.id ? CARD_ID : null}
              flash={props.flashId === b.id}
              handlers={props.badgeHandlers}
            />
          ))}
      {card ? (
        <CardFrame
          key={card.kind === 'claim' ? `claim-${card.id}` : `selection-${card.serial}`}
          id={CARD_ID}
          titleId={CARD_TITLE_ID}
          anchor={card.anchor}
          placeKey={card.kind === 'claim' ? `claim-${card.id}` : `selection-${card.serial}`}
          focusOnOpen={card.kind === 'selection' || card.focusOnOpen}
          getOrigin={props.getOrigin}
          viewport={props.viewport}
          onClose={props.cardHandlers.close}
          onPointerEnter={props.cardHandlers.pointerEnter}
          onPointerLeave={props.cardHandlers.pointerLeave}
          onPointerDown={props.cardHandlers.pointerDown}
        >
          {card.kind === 'claim' ? (
            <ClaimCardContent
              claim={card.claim}
              titleId={CARD_TITLE_ID}
              onClose={() => props.cardHandlers.close(true)}
            />
          ) : (
            <SelectionCardContent
              text={card.text}
              claims={card.claims}
              titleId={CARD_TITLE_ID}
              onClose={() => props.cardHandlers.close(true)}
            />
          )}
        </CardFrame>
      ) : null}
    </div>
  );
}
