/**
 * When evidence cards open and close (src/overlay/card-state.ts), as tables: a state, an event,
 * the next state and the effects the overlay carries out.
 */
import { describe, expect, test } from 'vitest';
import {
  INITIAL_CARD_STATE,
  reduceCard,
  type Card,
  type CardEffects,
  type CardEvent,
  type CardState,
  type MarkInfo,
} from '../../src/overlay/card-state';

const claim = {
  topic: 'sleep',
  status: 'preliminary',
  stance: 'asserted',
  overstated: false,
  phrase: 'sleep',
} as const;
const mark = (id: number): MarkInfo => ({ id, claim, anchor: { left: id * 10, top: 5, width: 18, height: 16 } });
const preview = (id: number): Card => ({
  kind: 'claim',
  id,
  claim,
  pinned: false,
  focusOnOpen: false,
  anchor: mark(id).anchor,
});
const pinned = (id: number): Card => ({ ...preview(id), pinned: true, focusOnOpen: true }) as Card;
const selection: Card = {
  kind: 'selection',
  serial: 1,
  text: 'x',
  claims: [],
  anchor: { left: 0, top: 0, width: 0, height: 0 },
};
const state = (patch: Partial<CardState> = {}): CardState => ({ ...INITIAL_CARD_STATE, ...patch });

/** What a row expects: the open card (by kind/id/pinned, or null) and some of the effects. */
type Open = null | { id: number; pinned: boolean } | 'selection';
const openOf = (s: CardState): Open =>
  s.card === null ? null : s.card.kind === 'selection' ? 'selection' : { id: s.card.id, pinned: s.card.pinned };

const rows: Array<[string, CardState, CardEvent, Open, CardEffects]> = [
  // Hover.
  [
    'hovering a mark starts the open timer',
    state(),
    { type: 'mark-enter', mark: mark(1), touch: false },
    null,
    { openTimer: 1, closeTimer: false },
  ],
  ['touch does not preview', state(), { type: 'mark-enter', mark: mark(1), touch: true }, null, {}],
  [
    'the timer opens a preview of the hovered mark',
    state({ pendingOpen: 1 }),
    { type: 'open-due', mark: mark(1) },
    { id: 1, pinned: false },
    {},
  ],
  ['a stale timer opens nothing', state({ pendingOpen: 2 }), { type: 'open-due', mark: mark(1) }, null, {}],
  [
    'the timer of a mark that is gone opens nothing',
    state({ pendingOpen: 1 }),
    { type: 'open-due', mark: null },
    null,
    {},
  ],
  [
    'hovering another mark never replaces a pinned card',
    state({ card: pinned(1) }),
    { type: 'mark-enter', mark: mark(2), touch: false },
    { id: 1, pinned: true },
    { closeTimer: false },
  ],
  [
    'hovering never replaces a selection card',
    state({ card: selection }),
    { type: 'mark-enter', mark: mark(2), touch: false },
    'selection',
    { closeTimer: false },
  ],
  [
    'leaving the previewed mark starts the close timer',
    state({ card: preview(1) }),
    { type: 'mark-leave', id: 1 },
    { id: 1, pinned: false },
    { openTimer: null, closeTimer: true },
  ],
  [
    'leaving a mark before its preview opened cancels it',
    state({ pendingOpen: 1 }),
    { type: 'mark-leave', id: 1 },
    null,
    { openTimer: null },
  ],
  [
    'the close timer closes a preview',
    state({ card: preview(1) }),
    { type: 'close-due' },
    null,
    { openTimer: null, closeTimer: false },
  ],
  [
    '… but not while the pointer is on the card',
    state({ card: preview(1), hoveringCard: true }),
    { type: 'close-due' },
    { id: 1, pinned: false },
    {},
  ],
  [
    '… nor while keyboard focus holds it',
    state({ card: preview(1), focusedId: 1 }),
    { type: 'close-due' },
    { id: 1, pinned: false },
    {},
  ],
  ['… nor a pinned card', state({ card: pinned(1) }), { type: 'close-due' }, { id: 1, pinned: true }, {}],
  [
    'entering the card cancels the close timer',
    state({ card: preview(1) }),
    { type: 'card-enter' },
    { id: 1, pinned: false },
    { closeTimer: false },
  ],
  [
    'leaving a preview card starts the close timer',
    state({ card: preview(1), hoveringCard: true }),
    { type: 'card-leave' },
    { id: 1, pinned: false },
    { closeTimer: true },
  ],
  [
    'pressing inside a preview pins it',
    state({ card: preview(1) }),
    { type: 'card-press' },
    { id: 1, pinned: true },
    { closeTimer: false },
  ],
  // Keyboard.
  [
    'focus previews at once',
    state(),
    { type: 'mark-focus', mark: mark(1), silent: false },
    { id: 1, pinned: false },
    { openTimer: null, closeTimer: false },
  ],
  [
    'focus given back after a close does not reopen',
    state(),
    { type: 'mark-focus', mark: mark(1), silent: true },
    null,
    {},
  ],
  [
    'focus never replaces a pinned card',
    state({ card: pinned(2) }),
    { type: 'mark-focus', mark: mark(1), silent: false },
    { id: 2, pinned: true },
    {},
  ],
  [
    'blur closes the preview of that mark',
    state({ card: preview(1), focusedId: 1 }),
    { type: 'mark-blur', id: 1 },
    null,
    { closeTimer: false },
  ],
  [
    'blur keeps a preview the pointer is on',
    state({ card: preview(1), focusedId: 1, hoveringCard: true }),
    { type: 'mark-blur', id: 1 },
    { id: 1, pinned: false },
    {},
  ],
  [
    'blur keeps a pinned card',
    state({ card: pinned(1), focusedId: 1 }),
    { type: 'mark-blur', id: 1 },
    { id: 1, pinned: true },
    {},
  ],
  // Click, Enter, Space.
  [
    'click pins the card',
    state(),
    { type: 'mark-click', mark: mark(1) },
    { id: 1, pinned: true },
    { openTimer: null, closeTimer: false },
  ],
  [
    'click pins a preview',
    state({ card: preview(1) }),
    { type: 'mark-click', mark: mark(1) },
    { id: 1, pinned: true },
    {},
  ],
  [
    'click on the mark of a pinned card closes it',
    state({ card: pinned(1) }),
    { type: 'mark-click', mark: mark(1) },
    null,
    {},
  ],
  [
    'click on another mark moves the pinned card there',
    state({ card: pinned(1) }),
    { type: 'mark-click', mark: mark(2) },
    { id: 2, pinned: true },
    {},
  ],
  // Closing.
  [
    'Esc in the card closes it and gives focus back to the mark',
    state({ card: pinned(1) }),
    { type: 'close', restoreFocus: true },
    null,
    { restoreFocus: { kind: 'mark', id: 1 } },
  ],
  [
    'a selection card gives focus back where it came from',
    state({ card: selection }),
    { type: 'close', restoreFocus: true },
    null,
    { restoreFocus: { kind: 'selection' } },
  ],
  [
    'a press outside closes any card, focus stays',
    state({ card: pinned(1) }),
    { type: 'outside-press' },
    null,
    { openTimer: null, closeTimer: false },
  ],
  [
    'the selection card opens over anything',
    state({ card: pinned(1) }),
    { type: 'selection', text: 'x', claims: [], anchor: selection.anchor },
    'selection',
    { openTimer: null },
  ],
  // The page changes.
  [
    'the mark is gone: its card closes',
    state({ card: pinned(1) }),
    { type: 'marks-changed', present: () => null },
    null,
    {},
  ],
  [
    'the mark moved: its card follows',
    state({ card: pinned(1) }),
    { type: 'marks-changed', present: (id) => ({ ...mark(id), anchor: { left: 99, top: 9, width: 18, height: 16 } }) },
    { id: 1, pinned: true },
    {},
  ],
  [
    're-rendered text: the card follows the claim to its new id',
    state({ card: pinned(1), focusedId: 1 }),
    { type: 'renamed', from: 1, to: 7 },
    { id: 7, pinned: true },
    {},
  ],
];

describe('reduceCard', () => {
  test.each(rows)('%s', (_name, before, event, open, effects) => {
    const [after, made] = reduceCard(before, event);
    expect(openOf(after)).toEqual(open);
    expect(made).toMatchObject(effects);
  });

  test('a moved mark moves the card anchor; focus follows a renamed claim', () => {
    const [moved] = reduceCard(state({ card: pinned(1) }), {
      type: 'marks-changed',
      present: (id) => ({ ...mark(id), anchor: { left: 99, top: 9, width: 18, height: 16 } }),
    });
    expect(moved.card?.anchor).toEqual({ left: 99, top: 9, width: 18, height: 16 });
    const [renamed] = reduceCard(state({ card: pinned(1), focusedId: 1 }), { type: 'renamed', from: 1, to: 7 });
    expect(renamed.focusedId).toBe(7);
  });

  test('a pinned card takes focus when it opens; a preview does not', () => {
    expect(reduceCard(state(), { type: 'mark-click', mark: mark(1) })[0].card).toMatchObject({ focusOnOpen: true });
    expect(reduceCard(state(), { type: 'mark-focus', mark: mark(1), silent: false })[0].card).toMatchObject({
      focusOnOpen: false,
    });
  });

  test('it never changes the state it is given', () => {
    const before = state({ card: preview(1), focusedId: 1 });
    const copy = structuredClone(before);
    for (const [, , event] of rows) reduceCard(before, event);
    expect(before).toEqual(copy);
  });
});
