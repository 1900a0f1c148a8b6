/**
 * What a citation's mark says (issue 7): quieter than a claim badge, and distinct from it. The
 * visible text names what kind of study the page cites; a misquoted figure adds a tag. The
 * accessible name starts with the visible words (WCAG 2.5.3) and adds the study's name.
 */
import { POSSIBLE_BELOW, referenceLabel } from '../evidence/citing';
import type { BadgeStyle, ShownCitation } from '../shared/types';

/** The compact mark: a pair of quotation marks ("the page quotes a source"). */
export const CITE_GLYPH = '“”';

const KIND_TEXT: Record<ShownCitation['kind'], string> = {
  mat: 'mat study',
  'other-acupressure': 'not a mat study',
  survey: 'user survey',
  unknown: 'not reviewed',
};

/** Whether the match is shown as "possibly". */
export const isPossible = (c: Pick<ShownCitation, 'reference' | 'confidence'>) =>
  c.reference !== null && c.confidence < POSSIBLE_BELOW;

/** The visible parts of a citation mark: main text and an optional tag. */
export function citeParts(
  c: Pick<ShownCitation, 'kind' | 'reference' | 'confidence' | 'misquotes'>,
  style: BadgeStyle = 'badges',
): { main: string; tag: string | null } {
  const flagged = c.misquotes.length > 0;
  if (style === 'compact') return { main: flagged ? `${CITE_GLYPH}!` : CITE_GLYPH, tag: null };
  const kind = KIND_TEXT[c.reference === null ? 'unknown' : c.kind];
  return {
    main: `Cited: ${isPossible(c) ? `possibly a ${kind}` : kind}`,
    tag: flagged ? (c.misquotes.length === 1 ? 'figure differs' : 'figures differ') : null,
  };
}

/** "Cited: mat study · figure differs — Hohmann et al., 2012. Open study card". */
export function citeAccessibleName(c: Pick<ShownCitation, 'kind' | 'reference' | 'confidence' | 'misquotes'>): string {
  const { main, tag } = citeParts(c, 'badges');
  const who = c.reference === null ? 'a study Pointwise has not reviewed' : referenceLabel(c.reference);
  return `${main}${tag ? ` · ${tag}` : ''} — ${who}. Open study card`;
}
