import { Component, type JSX } from 'preact';
import type { BadgeStyle, ShownCitation } from '../shared/types';
import { citeAccessibleName, citeParts } from '../ui/cite-labels';
import type { Stance, StatusId, TopicId } from '../evidence/ids';
import { badgeAccessibleName, badgeParts, isOverstated } from '../ui/labels';

/** What every mark (a claim's badge, a citation's mark) is told; all primitives, so an unchanged mark skips re-rendering. */
export interface MarkProps {
  id: number;
  /** Position in the overlay layer (document coordinates minus the layer's origin). */
  left: number;
  top: number;
  badgeStyle: Exclude<BadgeStyle, 'highlights-only'>;
  expanded: boolean;
  /** DOM id of the open card, when this mark's card is open. */
  controls: string | null;
  flash: boolean;
  /** Shown only while it has keyboard focus (there was no free place for it beside the text). */
  latent?: boolean;
  handlers: BadgeHandlers;
}

/** What the overlay tells each claim badge. */
export interface BadgeProps extends MarkProps {
  topic: TopicId;
  topicTitle: string;
  status: StatusId;
  stance: Stance;
  overstated: boolean;
}

/** Event callbacks, one stable object for every mark. */
export interface BadgeHandlers {
  ref: (id: number, el: HTMLButtonElement | null) => void;
  click: (id: number, event: MouseEvent) => void;
  pointerEnter: (id: number, event: PointerEvent) => void;
  pointerLeave: (id: number, event: PointerEvent) => void;
  focus: (id: number) => void;
  blur: (id: number, event: FocusEvent) => void;
  keyDown: (id: number, event: KeyboardEvent) => void;
}

function shallowEqual(a: object, b: object): boolean {
  const ka = Object.keys(a) as Array<keyof typeof a>;
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => a[k] === b[k]);
}

/**
 * A mark: a real button positioned in the overlay layer, that opens its card (dialog). Keeps the
 * overlay told which element is which id's mark, also when the element is reused for the same
 * content under a new id (the page re-rendered its text).
 */
abstract class MarkButton<P extends MarkProps> extends Component<P> {
  private element: HTMLButtonElement | null = null;

  override shouldComponentUpdate(next: P): boolean {
    return !shallowEqual(this.props, next);
  }

  private setRef = (el: HTMLButtonElement | null) => {
    this.element = el;
    this.props.handlers.ref(this.props.id, el);
  };

  override componentDidUpdate(previous: P): void {
    if (previous.id !== this.props.id && this.element) {
      this.props.handlers.ref(previous.id, null);
      this.props.handlers.ref(this.props.id, this.element);
    }
  }

  override componentWillUnmount(): void {
    if (this.element) this.props.handlers.ref(this.props.id, null);
  }

  /** The button's attributes and events every mark shares; `classes` come first in its class list. */
  protected button(
    classes: string[],
    label: string,
  ): JSX.ButtonHTMLAttributes<HTMLButtonElement> & { ref: (el: HTMLButtonElement | null) => void; 'data-id': string } {
    const p = this.props;
    const h = p.handlers;
    return {
      ref: this.setRef,
      type: 'button',
      class: [
        'badge',
        ...classes,
        p.badgeStyle === 'compact' ? 'compact' : '',
        p.flash ? 'flash' : '',
        p.latent ? 'latent' : '',
      ]
        .filter(Boolean)
        .join(' '),
      style: { left: `${p.left}px`, top: `${p.top}px` },
      'data-id': String(p.id),
      'aria-label': label,
      'aria-haspopup': 'dialog',
      'aria-expanded': p.expanded ? 'true' : 'false',
      'aria-controls': p.controls ?? undefined,
      onClick: (e) => h.click(p.id, e),
      onPointerEnter: (e) => h.pointerEnter(p.id, e),
      onPointerLeave: (e) => h.pointerLeave(p.id, e),
      onFocus: () => h.focus(p.id),
      onBlur: (e) => h.blur(p.id, e),
      onKeyDown: (e) => h.keyDown(p.id, e),
    };
  }
}

/**
 * One claim badge, at the end of its claim phrase. Its accessible name says what the claim is
 * about and how well research supports it; its visible text says the status (a glyph in the
 * compact style), "!" when stated as proven, and the stance when hedged or negated.
 */
export class Badge extends MarkButton<BadgeProps> {
  override render() {
    const p = this.props;
    const claim = { status: p.status, stance: p.stance, overstated: p.overstated };
    const parts = badgeParts(claim, p.badgeStyle);
    const overstated = isOverstated(claim);
    const label = badgeAccessibleName({ ...claim, topicTitle: p.topicTitle });
    return (
      <button
        {...this.button([`s-${p.status}`, `st-${p.stance}`, overstated ? 'over' : ''], label)}
        data-pointwise-badge=""
        data-topic={p.topic}
        data-status={p.status}
        data-stance={p.stance}
        data-overstated={String(overstated)}
      >
        {parts.marker ? <span class="mark">{parts.marker}</span> : null}
        {parts.marker ? ' ' : null}
        <span class="label">{parts.main}</span>
        {parts.stanceTag ? <span class="tag">{` · ${parts.stanceTag}`}</span> : null}
      </button>
    );
  }
}

/** What the overlay tells a citation's mark. */
export interface CiteMarkProps extends MarkProps {
  citation: ShownCitation;
}

/**
 * The quiet mark of a citation of research: a button like a claim badge (same keyboard and card
 * behaviour), outlined rather than filled, saying what kind of study the page cites.
 */
export class CiteMark extends MarkButton<CiteMarkProps> {
  override render() {
    const c = this.props.citation;
    const parts = citeParts(c, this.props.badgeStyle);
    const kind = c.reference === null ? 'unknown' : c.kind;
    return (
      <button
        {...this.button(['cite', `k-${kind}`, c.misquotes.length > 0 ? 'flagged' : ''], citeAccessibleName(c))}
        data-pointwise-cite=""
        data-reference={c.reference ?? ''}
        data-kind={c.kind}
        data-misquotes={String(c.misquotes.length)}
      >
        <span class="label">{parts.main}</span>
        {parts.tag ? <span class="tag">{` · ${parts.tag}`}</span> : null}
      </button>
    );
  }
}
