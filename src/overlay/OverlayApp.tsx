import type { BadgeStyle, ShownCitation } from '../shared/types';
import type { Stance, StatusId, TopicId } from '../evidence/ids';
import { Badge, CiteMark, type BadgeHandlers } from './Badge';
import type { Card } from './card-state';
import { CardFrame } from './CardFrame';
import { CitationCardContent } from './CitationCard';
import { ClaimCardContent, SelectionCardContent } from './ClaimCard';

/** Where a mark goes and how it is drawn, for claims and citations alike (layer coordinates). */
interface MarkViewBase {
  id: number;
  /**
   * Preact key: the mark's content, not its id, so a mark the page re-rendered (new id, same
   * text) keeps its button element, and with it keyboard focus.
   */
  key: string;
  /** Drawn as the compact mark (the chosen style, or no room for the full label). */
  compact: boolean;
  /** No free place beside the text: shown only while focused (keyboard), never over the page's words otherwise. */
  latent: boolean;
  left: number;
  top: number;
  width: number;
  height: number;
}

/** A citation's quiet mark. */
export interface CiteView extends MarkViewBase {
  kind: 'cite';
  citation: ShownCitation;
}

/** Any mark to draw. */
export type MarkView = BadgeView | CiteView;

/** One claim badge to draw, in layer coordinates. */
export interface BadgeView extends MarkViewBase {
  kind?: 'claim';
  topic: TopicId;
  topicTitle: string;
  status: StatusId;
  stance: Stance;
  overstated: boolean;
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
  badges: readonly MarkView[];
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
  const subject = card?.kind === 'claim' ? card.claim : null;
  return (
    <div class="layer">
      {props.badgeStyle === 'highlights-only'
        ? null
        : props.badges.map((b) => {
            const mark = {
              id: b.id,
              left: b.left,
              top: b.top,
              badgeStyle: b.compact ? 'compact' : style,
              latent: b.latent,
              expanded: openId === b.id,
              controls: openId === b.id ? CARD_ID : null,
              flash: props.flashId === b.id,
              handlers: props.badgeHandlers,
            } as const;
            return b.kind === 'cite' ? (
              <CiteMark key={b.key} {...mark} citation={b.citation} />
            ) : (
              <Badge
                key={b.key}
                {...mark}
                topic={b.topic}
                topicTitle={b.topicTitle}
                status={b.status}
                stance={b.stance}
                overstated={b.overstated}
              />
            );
          })}
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
          {subject?.kind === 'citation' ? (
            <CitationCardContent
              data={subject}
              titleId={CARD_TITLE_ID}
              onClose={() => props.cardHandlers.close(true)}
            />
          ) : subject ? (
            <ClaimCardContent claim={subject} titleId={CARD_TITLE_ID} onClose={() => props.cardHandlers.close(true)} />
          ) : card.kind === 'selection' ? (
            <SelectionCardContent
              text={card.text}
              claims={card.claims}
              titleId={CARD_TITLE_ID}
              onClose={() => props.cardHandlers.close(true)}
            />
          ) : null}
        </CardFrame>
      ) : null}
    </div>
  );
}
