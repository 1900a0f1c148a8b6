/**
 * Every word a badge or card says about a claim's status and stance, as pure functions, so the
 * wording is tested for every status × stance × overstated combination (tests/unit/overlay-labels)
 * and the popup can reuse it. Wording rule: describe the evidence and how the text states it;
 * never advise, never judge the product.
 */
import { STATUS_LABELS, type Stance, type StatusId } from '../evidence/ids';
import type { BadgeStyle } from '../shared/types';

/**
 * Visible badge text per status: the contract's short labels, unchanged (the longest is 20
 * characters), so the badge, the card, the popup and the `scan` output all say the same thing, and
 * the visible text is part of the accessible name (WCAG 2.5.3, Label in Name).
 */
export const BADGE_TEXT: Record<StatusId, string> = STATUS_LABELS;

/**
 * One-character glyph per status for the compact badge style: ± points both ways, P preliminary,
 * S short-term, E early, ? inconclusive, ≠ other forms are not mats, ∅ nothing reliable. The
 * accessible name carries the full label (a single character is not a label WCAG 2.5.3 asks to
 * repeat), and hovering or focusing the badge opens the card that spells it out.
 */
export const COMPACT_GLYPH: Record<StatusId, string> = {
  mixed: '±',
  preliminary: 'P',
  'short-term': 'S',
  'very-early': 'E',
  inconclusive: '?',
  'not-for-mats': '≠',
  'no-evidence': '∅',
};

/** What a claim badge needs to know about its claim. */
export interface BadgeClaim {
  status: StatusId;
  stance: Stance;
  overstated: boolean;
}

/** The visible parts of a badge, in reading order. */
export interface BadgeParts {
  /** "!" when the claim is stated as proven, else null. Shown as a red disc before the text. */
  marker: '!' | null;
  /** The status text (badges) or glyph (compact). */
  main: string;
  /** "hedged" / "negated" for those stances in the full badge style, else null. */
  stanceTag: string | null;
}

/** A negated claim is never overstated (contracts §2); the overlay enforces it too. */
export function isOverstated(claim: BadgeClaim): boolean {
  return claim.overstated && claim.stance !== 'negated';
}

/** The visible parts of a badge for `claim` in `style` ('highlights-only' renders no badge; treated as 'badges'). */
export function badgeParts(claim: BadgeClaim, style: BadgeStyle = 'badges'): BadgeParts {
  const marker = isOverstated(claim) ? '!' : null;
  if (style === 'compact') return { marker, main: COMPACT_GLYPH[claim.status], stanceTag: null };
  return { marker, main: BADGE_TEXT[claim.status], stanceTag: claim.stance === 'asserted' ? null : claim.stance };
}

/** The badge's visible text as one string, e.g. "! Mixed evidence" or "Preliminary · hedged". */
export function badgeVisibleText(claim: BadgeClaim, style: BadgeStyle = 'badges'): string {
  const { marker, main, stanceTag } = badgeParts(claim, style);
  return [marker, main].filter(Boolean).join(' ') + (stanceTag ? ` · ${stanceTag}` : '');
}

/**
 * The badge's accessible name, e.g. "Claim about Back and neck pain: Some evidence, mixed. Open
 * evidence card", or "Hedged claim about Sleep and insomnia: Preliminary, hedged. Open evidence
 * card". The same in every badge style. It contains the badge's visible words in order (the "!"
 * marker is said as "stated as proven"), so speech users can say what they see.
 */
export function badgeAccessibleName(claim: BadgeClaim & { topicTitle: string }): string {
  const label = STATUS_LABELS[claim.status];
  const what =
    claim.stance === 'hedged'
      ? `Hedged claim about ${claim.topicTitle}`
      : claim.stance === 'negated'
        ? `Statement doubting a claim about ${claim.topicTitle}`
        : `Claim about ${claim.topicTitle}`;
  const tag = claim.stance === 'asserted' ? '' : `, ${claim.stance}`;
  return `${what}${isOverstated(claim) ? ', stated as proven' : ''}: ${label}${tag}. Open evidence card`;
}

/** Card line: how this text states the claim. */
export function stanceDescription(stance: Stance): { label: string; detail: string } {
  switch (stance) {
    case 'hedged':
      return { label: 'Hedged', detail: 'the text itself is tentative.' };
    case 'negated':
      return { label: 'Negated', detail: 'the text denies or doubts this effect.' };
    default:
      return { label: 'Asserted', detail: 'the text states this effect.' };
  }
}

/** Card note for overstated claims. */
export const OVERSTATED_NOTE = {
  label: 'Stated as proven',
  detail: 'certainty language that the evidence does not support.',
} as const;

/** Card footer text. */
export function footerText(version: string, date: string): string {
  return `Not medical advice · knowledge base v${version}, ${date}`;
}

/** Shortens page text for display in a card (whole words, with an ellipsis), whitespace collapsed. */
export function shorten(text: string, max = 160): string {
  const collapsed = text.replace(/\s+/g, ' ').trim();
  if (collapsed.length <= max) return collapsed;
  const cut = collapsed.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s.,;:!?-]+$/, '')}…`;
}
