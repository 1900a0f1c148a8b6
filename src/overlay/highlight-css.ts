/**
 * The `::highlight()` rules that paint claims, for the highlight names of this page load (see
 * ./names.ts). They must be a document stylesheet (highlights of document ranges are not styled from
 * inside the overlay's shadow root), and the names are random, so they can't ship in the manifest's
 * CSS: the content script adopts them as a constructed stylesheet (`document.adoptedStyleSheets`),
 * which no Content-Security-Policy blocks, in Chromium or in Firefox.
 *
 * The text colour is never changed, so the page's own contrast stays. Each claim gets a translucent
 * tint and an underline in its status accent (a mid-tone with >= 3:1 against both white and
 * near-black pages; see ../ui/palette.ts). Hedged claims: a fainter tint and a dotted underline.
 * Negated statements: a grey dashed underline, no tint. The reveal flash: a strong static tint
 * (highlights cannot animate, so it is already motion-free).
 */
import { STATUS_IDS, type StatusId } from '../evidence/ids';
import { NEGATED_COLOURS, STATUS_COLOURS, withAlpha } from '../ui/palette';
import type { HighlightKey } from './names';

/** How strong each status's tint is (the cooler accents read lighter, so they get a little more). */
const TINT: Record<StatusId, number> = {
  mixed: 0.16,
  preliminary: 0.16,
  'short-term': 0.16,
  'very-early': 0.14,
  inconclusive: 0.14,
  'not-for-mats': 0.14,
  'no-evidence': 0.14,
};

/** The declarations for each highlight, by what it is for. */
export function highlightDeclarations(key: HighlightKey): string {
  if (key === 'hedged')
    return `background-color: ${withAlpha(NEGATED_COLOURS.accent, 0.1)}; text-decoration: underline dotted 2px ${NEGATED_COLOURS.accent}; text-underline-offset: 3px;`;
  if (key === 'negated')
    return `text-decoration: underline dashed 1px ${NEGATED_COLOURS.accent}; text-underline-offset: 3px;`;
  if (key === 'flash')
    return `background-color: rgba(250, 204, 21, 0.55); text-decoration: underline solid 3px #b45309; text-underline-offset: 3px;`;
  const accent = STATUS_COLOURS[key].accent;
  return `background-color: ${withAlpha(accent, TINT[key])}; text-decoration: underline solid 2px ${accent}; text-underline-offset: 3px;`;
}

/**
 * Which elements the rules are written on. Adopting the sheet makes the browser work out every
 * element's highlight styles once, and how much work that is depends on this:
 * - Chromium (134 and later, the manifest's minimum) gives highlights the inheritance of CSS Pseudo
 *   level 4: each property of an element's `::highlight()` comes from its parent's. One rule on the
 *   root then styles all the page's text, and adopting it cost 178 ms on the benchmark's 2 MB listing
 *   (72,000 elements) against 410–630 ms for the universal rule.
 * - Firefox (153 ESR) does not inherit highlights: the root's rule would paint only text directly in
 *   `<html>`, so every element needs the rule there.
 */
export const HIGHLIGHT_SCOPE: '' | ':root' = import.meta.env.FIREFOX ? '' : ':root';

/** The whole stylesheet for these names, on `scope` (`:root` or every element). */
export function highlightCss(names: Readonly<Record<HighlightKey, string>>, scope = HIGHLIGHT_SCOPE): string {
  const keys: HighlightKey[] = [...STATUS_IDS, 'hedged', 'negated', 'flash'];
  return keys.map((key) => `${scope}::highlight(${names[key]}) { ${highlightDeclarations(key)} }`).join('\n');
}
