/**
 * The card side of the overlay: runs pointer, keyboard and timer events through the pure reducer
 * (./card-state.ts) and carries out its effects — hover timers (in the overlay's lifetime), focus
 * returned to the mark, and the tint that ties an open card to its claim's words.
 */
import { isCitation, type Annotation, type PageMark } from '../shared/types';
import type { ClaimFields } from './api';
import type { Box } from './badge-layout';
import type { CardClaim, ClaimCardData } from './ClaimCard';
import type { BadgeHandlers } from './Badge';
import { INITIAL_CARD_STATE, reduceCard, type CardEffects, type CardEvent, type MarkInfo } from './card-state';
import { flashRange } from './highlights';
import type { Lifetime } from './lifetime';
import type { CardHandlers } from './OverlayApp';

const HOVER_OPEN_MS = 250;
const HOVER_CLOSE_MS = 250;
/** How long the open card's claim stays tinted at most (the tint ends when the card closes). */
const TINT_MS = 10 * 60_000;

/** The focused element, looking into open shadow roots and into ours (which is closed). */
function deepActiveElement(ourHost: Element, ourShadow: ShadowRoot): Element | null {
  let active: Element | null = document.activeElement;
  for (;;) {
    const root = active && active === ourHost ? ourShadow : (active?.shadowRoot ?? null);
    if (!root?.activeElement) return active;
    active = root.activeElement;
  }
}

/**
 * Where a selection card hangs (layer coordinates): at the selection's rect, or at the top middle of
 * the viewport when the browser gave no usable rect.
 */
export function selectionAnchor(
  rect: DOMRect | null,
  viewport: { width: number; height: number },
  origin: { x: number; y: number },
): Box {
  const usable = rect && (rect.width > 0 || rect.height > 0 || rect.left !== 0 || rect.top !== 0);
  const vp = usable
    ? { left: rect.left, top: rect.top, width: rect.width, height: rect.height }
    : { left: Math.max(8, viewport.width / 2 - 180), top: 8, width: 0, height: 0 };
  return { left: vp.left - origin.x, top: vp.top - origin.y, width: vp.width, height: vp.height };
}

/** What a card shows of a claim (and the studies its block cites). */
export const claimOf = (a: Pick<Annotation, ClaimFields | 'cites'>): ClaimCardData => ({
  topic: a.topic,
  status: a.status,
  stance: a.stance,
  overstated: a.overstated,
  phrase: a.phrase,
  ...(a.cites && a.cites.length > 0 ? { cites: a.cites } : {}),
});

/** What a card shows of a mark: a claim, or a citation of a study. */
export const cardSubjectOf = (m: PageMark): CardClaim =>
  isCitation(m) ? { kind: 'citation', citation: m.citation, topics: m.topics } : claimOf(m);

export interface CardHost {
  /** The mark of claim `id` as drawn now, or null. */
  markInfo(id: number): MarkInfo | null;
  /** The text range of claim `id`, or null. */
  rangeOf(id: number): AbstractRange | null;
  /** Draw the overlay again. */
  render(): void;
  /** Run `fn` as a reported, error-shielded chunk of work. */
  work(fn: () => void): void;
  /** The overlay's host element (events inside it are ours). */
  host(): Element | null;
}

export class CardController {
  state = INITIAL_CARD_STATE;
  /** Where focus goes back to when a selection card closes. */
  selectionReturnFocus: Element | null = null;
  private readonly markEls = new Map<number, HTMLButtonElement>();
  private silentFocus: number | null = null;
  private endTint: (() => void) | null = null;
  private cancelOpen: (() => void) | null = null;
  private cancelClose: (() => void) | null = null;

  constructor(
    private readonly life: Lifetime,
    private readonly overlay: CardHost,
  ) {
    life.onEnd(() => {
      this.endTint?.();
      this.markEls.clear();
    });
  }

  get card() {
    return this.state.card;
  }

  /** Remembers what had focus before a selection card opens, to give it back when the card closes. */
  rememberFocus(host: Element, shadow: ShadowRoot): void {
    const active = deepActiveElement(host, shadow);
    this.selectionReturnFocus = active && !host.contains(active) && active !== host ? active : null;
  }

  /** Runs an event through the reducer, carries out its effects, and renders (unless `draw` is false). */
  dispatch(event: CardEvent, draw = true): void {
    const before = this.state.card;
    const [next, effects] = reduceCard(this.state, event);
    this.state = next;
    this.apply(effects);
    const after = next.card;
    const sameClaim = before?.kind === 'claim' && after?.kind === 'claim' && before.id === after.id;
    if (!sameClaim) {
      // The open claim's words are tinted while its card is open: the mark is tied to its claim.
      this.endTint?.();
      this.endTint = null;
      const range = after?.kind === 'claim' ? this.overlay.rangeOf(after.id) : null;
      if (range) this.endTint = flashRange(range, TINT_MS);
    }
    if (draw) this.overlay.render();
  }

  /** Whether an event happened inside the overlay. */
  isOurs(event: Event): boolean {
    const host = this.overlay.host();
    try {
      return !!host && event.composedPath().includes(host);
    } catch {
      return false;
    }
  }

  private apply(effects: CardEffects): void {
    if (effects.openTimer !== undefined) {
      this.cancelOpen?.();
      const id = effects.openTimer;
      if (id !== null) {
        this.cancelOpen = this.life.timeout(
          () => this.overlay.work(() => this.dispatch({ type: 'open-due', mark: this.overlay.markInfo(id) })),
          HOVER_OPEN_MS,
        );
      }
    }
    if (effects.closeTimer !== undefined) {
      this.cancelClose?.();
      if (effects.closeTimer)
        this.cancelClose = this.life.timeout(() => this.dispatch({ type: 'close-due' }), HOVER_CLOSE_MS);
    }
    const focus = effects.restoreFocus;
    if (!focus) return;
    try {
      if (focus.kind === 'mark') {
        this.silentFocus = focus.id;
        this.markEls.get(focus.id)?.focus({ preventScroll: true });
      } else {
        const back = this.selectionReturnFocus as HTMLElement | null;
        this.selectionReturnFocus = null;
        if (back?.isConnected && typeof back.focus === 'function') back.focus({ preventScroll: true });
      }
    } catch {
      // Focus stays where it is.
    } finally {
      this.silentFocus = null;
    }
  }

  private withMark(id: number, fn: (mark: MarkInfo) => CardEvent): void {
    const mark = this.overlay.markInfo(id);
    if (mark) this.overlay.work(() => this.dispatch(fn(mark)));
  }

  readonly markHandlers: BadgeHandlers = {
    ref: (id, el) => (el ? this.markEls.set(id, el) : this.markEls.delete(id)),
    click: (id, event) => {
      // The mark is never inside the page's link, but make sure no page handler acts on it either.
      event.preventDefault();
      event.stopPropagation();
      this.withMark(id, (mark) => ({ type: 'mark-click', mark }));
    },
    pointerEnter: (id, event) =>
      this.withMark(id, (mark) => ({ type: 'mark-enter', mark, touch: event.pointerType === 'touch' })),
    pointerLeave: (id) => this.dispatch({ type: 'mark-leave', id }, false),
    focus: (id) => this.withMark(id, (mark) => ({ type: 'mark-focus', mark, silent: this.silentFocus === id })),
    blur: (id) => this.dispatch({ type: 'mark-blur', id }),
    keyDown: (_id, event) => {
      if (event.key !== 'Escape' || !this.state.card) return;
      event.preventDefault();
      event.stopPropagation();
      this.dispatch({ type: 'close', restoreFocus: false });
    },
  };

  readonly cardHandlers: CardHandlers = {
    close: (restoreFocus) => this.dispatch({ type: 'close', restoreFocus }),
    pointerEnter: () => this.dispatch({ type: 'card-enter' }, false),
    pointerLeave: () => this.dispatch({ type: 'card-leave' }, false),
    pointerDown: () => this.dispatch({ type: 'card-press' }),
  };
}
