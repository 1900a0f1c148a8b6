import { describe, expect, test } from 'vitest';
import { STATUS_IDS } from '../../src/evidence/ids';
import { highlightCss } from '../../src/overlay/highlight-css';
import { FIXED_NAMES, HIGHLIGHT_KEYS } from '../../src/overlay/names';
import { OVERLAY_CSS } from '../../src/overlay/overlay-css';
import {
  CARD_COLOURS,
  FOCUS_RING,
  HEDGED_FILL,
  NEGATED_COLOURS,
  OVERSTATED_MARK,
  STATUS_COLOURS,
  contrastRatio,
} from '../../src/ui/palette';

const WHITE = '#ffffff';
const DARK_PAGE = '#121212';
const BLACK = '#000000';
const highlightsCss = highlightCss(FIXED_NAMES.highlights);

const badgeSets = [...STATUS_IDS.map((s) => [s, STATUS_COLOURS[s]] as const), ['negated', NEGATED_COLOURS] as const];

describe('badge colours (WCAG AA on light and dark pages)', () => {
  test.each(badgeSets)('%s: text on fill ≥ 4.5:1, outlined text on white ≥ 4.5:1', (_name, c) => {
    expect(contrastRatio(c.ink, c.fill)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(c.ink, HEDGED_FILL)).toBeGreaterThanOrEqual(4.5);
  });

  test.each(badgeSets)('%s: badge edge ≥ 3:1 against white (border) and dark pages (fill)', (_name, c) => {
    expect(contrastRatio(c.accent, WHITE)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(c.fill, DARK_PAGE)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(c.fill, BLACK)).toBeGreaterThanOrEqual(3);
  });

  test.each(badgeSets)('%s: underline accent ≥ 3:1 against both white and near-black', (_name, c) => {
    expect(contrastRatio(c.accent, WHITE)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(c.accent, DARK_PAGE)).toBeGreaterThanOrEqual(3);
  });

  test('overstated mark and focus ring', () => {
    expect(contrastRatio(OVERSTATED_MARK.ink, OVERSTATED_MARK.fill)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(FOCUS_RING.inner, WHITE)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(FOCUS_RING.outer, DARK_PAGE)).toBeGreaterThanOrEqual(3);
  });
});

describe('card colours', () => {
  test.each(['light', 'dark'] as const)('%s scheme: text, muted text and links ≥ 4.5:1', (scheme) => {
    const c = CARD_COLOURS[scheme];
    expect(contrastRatio(c.text, c.bg)).toBeGreaterThanOrEqual(7);
    expect(contrastRatio(c.muted, c.bg)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(c.link, c.bg)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(c.text, c.subtle)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(c.muted, c.subtle)).toBeGreaterThanOrEqual(4.5);
  });

  test.each(STATUS_IDS)('status chip %s readable in the card', (status) => {
    const c = STATUS_COLOURS[status];
    expect(contrastRatio(c.ink, c.fill)).toBeGreaterThanOrEqual(4.5);
  });
});

describe('the highlight stylesheet', () => {
  test.each(HIGHLIGHT_KEYS)('has a rule for %s', (key) => {
    expect(highlightsCss).toContain(`::highlight(${FIXED_NAMES.highlights[key]})`);
  });

  test.each(STATUS_IDS)('underlines %s in its palette accent and never sets the text colour', (status) => {
    const rule = new RegExp(`::highlight\\(pointwise-${status}\\)\\s*\\{([^}]*)\\}`).exec(highlightsCss)?.[1] ?? '';
    expect(rule).toContain(STATUS_COLOURS[status].accent);
    expect(rule).toMatch(/text-decoration:/);
    expect(rule).toMatch(/background-color:\s*rgba\(/);
  });

  test('contains nothing but ::highlight rules and never changes text colour', () => {
    const withoutComments = highlightsCss.replace(/\/\*[\s\S]*?\*\//g, '');
    const selectors = [...withoutComments.matchAll(/([^{}]+)\{/g)].map((m) => m[1]!.trim());
    for (const selector of selectors) expect(selector).toMatch(/^(?::root)?::highlight\(pointwise-[a-z-]+\)$/);
    expect(withoutComments).not.toMatch(/(^|[^-])color:/);
  });
});

describe('overlay CSS', () => {
  test('keeps the host out of the page layout', () => {
    for (const rule of [
      'position:absolute !important',
      'width:0 !important',
      'height:0 !important',
      'pointer-events:none !important',
      'z-index:2147483647 !important',
    ])
      expect(OVERLAY_CSS).toContain(rule);
  });

  test('has no rule WXT would move into the document', () => {
    expect(OVERLAY_CSS).not.toMatch(/@font-face|@property/);
  });

  test('honours reduced motion and dark mode', () => {
    expect(OVERLAY_CSS).toContain('@media (prefers-reduced-motion: reduce)');
    expect(OVERLAY_CSS).toContain('@media (prefers-color-scheme: dark)');
  });

  test.each(STATUS_IDS)('defines colours for status %s', (status) => {
    expect(OVERLAY_CSS).toContain(`.s-${status}{--fill:${STATUS_COLOURS[status].fill};`);
  });
});
