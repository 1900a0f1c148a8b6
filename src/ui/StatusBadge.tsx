/**
 * Small visual pieces that look like the in-page badges: the status chip (same colours and words as
 * the badges on the page, from ../overlay/palette and ../overlay/labels) and the red "!" marker of
 * a claim stated as proven.
 */
import type { StatusId } from '../evidence/ids';
import { BADGE_TEXT } from './labels';
import { NEGATED_COLOURS, OVERSTATED_MARK, STATUS_COLOURS, type StatusColours } from './palette';

/** The palette as CSS custom properties, so the stylesheet never repeats (and never drifts from) a colour. */
export function colourVars(colours: StatusColours): Record<string, string> {
  return { '--fill': colours.fill, '--ink': colours.ink, '--accent': colours.accent };
}

/** The status chip: the badge's words in the badge's colours. */
export function StatusBadge({ status, id }: { status: StatusId; id?: string }) {
  return (
    <span class="status-badge" id={id} data-status={status} style={colourVars(STATUS_COLOURS[status])}>
      {BADGE_TEXT[status]}
    </span>
  );
}

/** A stance tag ("hedged", "negated") in the badge's muted style; negated ones in grey like the page's. */
export function StanceTag({ stance }: { stance: 'hedged' | 'negated' }) {
  return (
    <span class={`stance-tag st-${stance}`} style={stance === 'negated' ? colourVars(NEGATED_COLOURS) : undefined}>
      {stance}
    </span>
  );
}

/** The red "!" disc plus the words, so colour and glyph never carry the meaning alone. */
export function OverstatedTag({ text = 'stated as proven' }: { text?: string }) {
  return (
    <span class="over-tag">
      <span
        class="over-mark"
        aria-hidden="true"
        style={{ background: OVERSTATED_MARK.fill, color: OVERSTATED_MARK.ink }}
      >
        !
      </span>
      {text}
    </span>
  );
}
