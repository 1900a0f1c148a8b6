import { Component } from 'preact';
import type { BadgeStyle } from '../shared/types';
import type { Stance, StatusId, TopicId } from '../evidence/ids';
import { badgeAccessibleName, badgeParts, isOverstated } from '../ui/labels';

/** What the overlay tells each badge; all primitives, so an unchanged badge skips re-rendering. */
export interface BadgeProps {
  id: number;
  topic: TopicId;
  topicTitle: string;
  status: StatusId;
  stance: Stance;
  overstated: boolean;
  /** Position in the overlay layer (document coordinates minus the layer's origin). */
  left: number;
  top: number;
  badgeStyle: Exclude<BadgeStyle, 'highlights-only'>;
  expanded: boolean;
  /** DOM id of the open card, when this badge's card is open. */
  controls: string | null;
  flash: boolean;
  /** Shown only while it has keyboard focus (there was no free place for it beside the text). */
  latent?: boolean;
  handlers: BadgeHandlers;
}

/** Event callbacks, one stable object for every badge. */
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
 * One claim badge: a real button, positioned at the end of its claim phrase. Its accessible name
 * says what the claim is about and how well research supports it; its visible text says the status
 * (a glyph in the compact style), "!" when stated as proven, and the stance when hedged or negated.
 */
export class Badge extends Component<BadgeProps> {
  private element: HTMLButtonElement | null = null;

  override shouldComponentUpdate(next: BadgeProps): boolean {
    return !shallowEqual(this.props, next);
  }

  private setRef = (el: HTMLButtonElement | null) => {
    this.element = el;
    this.props.handlers.ref(this.props.id, el);
  };

  override componentDidUpdate(previous: BadgeProps): void {
    // The element is reused for the same claim under a new id (the page re-rendered its text).
    if (previous.id !== this.props.id && this.element) {
      this.props.handlers.ref(previous.id, null);
      this.props.handlers.ref(this.props.id, this.element);
    }
  }

  override componentWillUnmount(): void {
    if (this.element) this.props.handlers.ref(this.props.id, null);
  }

  override render() {
    const p = this.props;
    const claim = { status: p.status, stance: p.stance, overstated: p.overstated };
    const parts = badgeParts(claim, p.badgeStyle);
    const overstated = isOverstated(claim);
    const className = [
      'badge',
      `s-${p.status}`,
      `st-${p.stance}`,
      p.badgeStyle === 'compact' ? 'compact' : '',
      overstated ? 'over' : '',
      p.flash ? 'flash' : '',
      p.latent ? 'latent' : '',
    ]
      .filter(Boolean)
      .join(' ');
    const h = p.handlers;
    return (
      <button
        ref={this.setRef}
        type="button"
        class={className}
        style={{ left: `${p.left}px`, top: `${p.top}px` }}
        data-pointwise-badge=""
        data-id={String(p.id)}
        data-topic={p.topic}
        data-status={p.status}
        data-stance={p.stance}
        data-overstated={String(overstated)}
        aria-label={badgeAccessibleName({ ...claim, topicTitle: p.topicTitle })}
        aria-haspopup="dialog"
        aria-expanded={p.expanded ? 'true' : 'false'}
        aria-controls={p.controls ?? undefined}
        onClick={(e) => h.click(p.id, e)}
        onPointerEnter={(e) => h.pointerEnter(p.id, e)}
        onPointerLeave={(e) => h.pointerLeave(p.id, e)}
        onFocus={() => h.focus(p.id)}
        onBlur={(e) => h.blur(p.id, e)}
        onKeyDown={(e) => h.keyDown(p.id, e)}
      >
        {parts.marker ? <span class="mark">{parts.marker}</span> : null}
        {parts.marker ? ' ' : null}
        <span class="label">{parts.main}</span>
        {parts.stanceTag ? <span class="tag">{` · ${parts.stanceTag}`}</span> : null}
      </button>
    );
  }
}
