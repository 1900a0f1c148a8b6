/**
 * When an evidence card opens and closes: a pure reducer over pointer, keyboard and timer events.
 *
 * - Hovering a mark opens a preview after a short delay; leaving it (and not entering the card)
 *   closes the preview after a short delay. Touch does not preview.
 * - Keyboard focus on a mark previews its card at once; blur closes the preview.
 * - Click, Enter or Space pins the card (it stays until closed, and takes focus); clicking the mark
 *   of a pinned card closes it. Pressing inside a preview pins it.
 * - Esc, a press outside the overlay, or the claim leaving the page closes any card. Closing with
 *   Esc or the close button returns focus to the mark (or, for a selection card, to where it was).
 * - A pinned card or a selection card is never replaced by a preview.
 *
 * The reducer returns the next state and the effects the controller carries out (timers to start or
 * cancel, focus to restore). Tested as a table in tests/unit/overlay-card-state.test.ts.
 */
import type { Box } from './badge-layout';
import type { CardClaim, ClaimCardData } from './ClaimCard';

export type Card =
  | {
      kind: 'claim';
      id: number;
      claim: CardClaim;
      /** Opened by click, Enter or Space (stays until closed), as opposed to a hover/focus preview. */
      pinned: boolean;
      /** Move focus into the card when it opens. */
      focusOnOpen: boolean;
      anchor: Box;
    }
  | { kind: 'selection'; serial: number; text: string; claims: readonly ClaimCardData[]; anchor: Box };

export interface CardState {
  card: Card | null;
  /** The mark that has keyboard focus. */
  focusedId: number | null;
  /** The pointer is over the open card. */
  hoveringCard: boolean;
  /** A hover preview waiting to open (the mark's id). */
  pendingOpen: number | null;
  /** A preview waiting to close. */
  pendingClose: boolean;
  serial: number;
}

export const INITIAL_CARD_STATE: CardState = {
  card: null,
  focusedId: null,
  hoveringCard: false,
  pendingOpen: null,
  pendingClose: false,
  serial: 0,
};

/** What the controller knows about a mark when an event names it. */
export interface MarkInfo {
  id: number;
  claim: CardClaim;
  anchor: Box;
}

export type CardEvent =
  | { type: 'mark-enter'; mark: MarkInfo; touch: boolean }
  | { type: 'mark-leave'; id: number }
  | { type: 'open-due'; mark: MarkInfo | null }
  | { type: 'close-due' }
  | { type: 'mark-focus'; mark: MarkInfo; silent: boolean }
  | { type: 'mark-blur'; id: number }
  | { type: 'mark-click'; mark: MarkInfo }
  | { type: 'card-enter' }
  | { type: 'card-leave' }
  | { type: 'card-press' }
  | { type: 'close'; restoreFocus: boolean }
  | { type: 'outside-press' }
  | { type: 'selection'; text: string; claims: readonly ClaimCardData[]; anchor: Box }
  | { type: 'marks-changed'; present: (id: number) => MarkInfo | null }
  | { type: 'renamed'; from: number; to: number };

export interface CardEffects {
  /** Start (a mark id) or cancel (null) the hover-open timer; undefined leaves it. */
  openTimer?: number | null;
  /** Start (true) or cancel (false) the hover-close timer; undefined leaves it. */
  closeTimer?: boolean;
  /** Where focus goes after a close: the mark of a claim card, or back where a selection card was opened from. */
  restoreFocus?: { kind: 'mark'; id: number } | { kind: 'selection' };
}

const previewing = (card: Card | null): card is Extract<Card, { kind: 'claim' }> =>
  card?.kind === 'claim' && !card.pinned;

const holdsCard = (card: Card | null) => card !== null && (card.kind === 'selection' || card.pinned);

function open(state: CardState, mark: MarkInfo, pinned: boolean): CardState {
  return {
    ...state,
    card: { kind: 'claim', id: mark.id, claim: mark.claim, pinned, focusOnOpen: pinned, anchor: mark.anchor },
    pendingOpen: null,
    pendingClose: false,
  };
}

function close(state: CardState, restoreFocus: boolean): [CardState, CardEffects] {
  const card = state.card;
  const next: CardState = { ...state, card: null, hoveringCard: false, pendingOpen: null, pendingClose: false };
  const effects: CardEffects = { openTimer: null, closeTimer: false };
  if (card && restoreFocus)
    effects.restoreFocus = card.kind === 'claim' ? { kind: 'mark', id: card.id } : { kind: 'selection' };
  return [next, effects];
}

export function reduceCard(state: CardState, event: CardEvent): [CardState, CardEffects] {
  const card = state.card;
  switch (event.type) {
    case 'mark-enter': {
      if (event.touch) return [state, {}];
      const base = { ...state, pendingClose: false };
      if (holdsCard(card) || (card?.kind === 'claim' && card.id === event.mark.id))
        return [base, { closeTimer: false }];
      return [
        { ...base, pendingOpen: event.mark.id },
        { closeTimer: false, openTimer: event.mark.id },
      ];
    }
    case 'mark-leave': {
      const next = { ...state, pendingOpen: null };
      if (previewing(card) && card.id === event.id)
        return [
          { ...next, pendingClose: true },
          { openTimer: null, closeTimer: true },
        ];
      return [next, { openTimer: null }];
    }
    case 'open-due': {
      if (!event.mark || state.pendingOpen !== event.mark.id || holdsCard(card))
        return [{ ...state, pendingOpen: null }, {}];
      return [open(state, event.mark, false), {}];
    }
    case 'close-due': {
      const next = { ...state, pendingClose: false };
      // A preview stays while the pointer is on it or keyboard focus holds it open.
      if (!previewing(card) || state.hoveringCard || state.focusedId === card.id) return [next, {}];
      return close(next, false);
    }
    case 'mark-focus': {
      const next = { ...state, focusedId: event.mark.id };
      if (event.silent || holdsCard(card)) return [next, {}];
      return [open(next, event.mark, false), { openTimer: null, closeTimer: false }];
    }
    case 'mark-blur': {
      const next = { ...state, focusedId: state.focusedId === event.id ? null : state.focusedId };
      if (previewing(card) && card.id === event.id && !state.hoveringCard) return close(next, false);
      return [next, {}];
    }
    case 'mark-click': {
      if (card?.kind === 'claim' && card.id === event.mark.id && card.pinned) return close(state, false);
      return [open(state, event.mark, true), { openTimer: null, closeTimer: false }];
    }
    case 'card-enter':
      return [{ ...state, hoveringCard: true, pendingClose: false }, { closeTimer: false }];
    case 'card-leave': {
      const next = { ...state, hoveringCard: false };
      if (previewing(card)) return [{ ...next, pendingClose: true }, { closeTimer: true }];
      return [next, {}];
    }
    case 'card-press':
      if (previewing(card)) return [{ ...state, card: { ...card, pinned: true } }, { closeTimer: false }];
      return [state, {}];
    case 'close':
      return card ? close(state, event.restoreFocus) : [state, {}];
    case 'outside-press':
      return card ? close(state, false) : [state, {}];
    case 'selection': {
      const serial = state.serial + 1;
      return [
        {
          ...state,
          serial,
          card: { kind: 'selection', serial, text: event.text, claims: event.claims, anchor: event.anchor },
          pendingOpen: null,
          pendingClose: false,
        },
        { openTimer: null, closeTimer: false },
      ];
    }
    case 'marks-changed': {
      // A claim card hangs on its mark: it follows the mark when it moves, and goes when it goes.
      if (card?.kind !== 'claim') return [state, {}];
      const mark = event.present(card.id);
      if (!mark) return close(state, false);
      const a = card.anchor;
      const b = mark.anchor;
      if (a.left === b.left && a.top === b.top && a.width === b.width && a.height === b.height) return [state, {}];
      return [{ ...state, card: { ...card, anchor: b } }, {}];
    }
    case 'renamed': {
      // The page re-rendered a claim's text: the same claim under a new id keeps its card and focus.
      const next = { ...state };
      if (card?.kind === 'claim' && card.id === event.from) next.card = { ...card, id: event.to };
      if (state.focusedId === event.from) next.focusedId = event.to;
      return [next, {}];
    }
  }
}
