import { describe, expect, test } from 'vitest';
import { FIXED_NAMES, HIGHLIGHT_KEYS, randomPageNames } from '../../src/overlay/names';
import { HIGHLIGHT_SCOPE, highlightCss } from '../../src/overlay/highlight-css';
import { seededRandom } from '../support/seeded-random';

/** A valid custom element name, as far as the letters we use go (HTML's "valid custom element name"). */
const CUSTOM_ELEMENT = /^[a-z][a-z]*-[a-z]+$/;

describe('names drawn for each page load', () => {
  test('the host is a valid custom element name and says nothing about Pointwise', () => {
    for (let i = 0; i < 200; i += 1) {
      const { host, highlights } = randomPageNames();
      expect(host).toMatch(CUSTOM_ELEMENT);
      expect(host).not.toMatch(/point|wise/);
      for (const key of HIGHLIGHT_KEYS) expect(highlights[key]).toMatch(/^[a-z]{10}$/);
    }
  });

  test('a host drawn with "point" or "wise" in it is drawn again', () => {
    // The first draws spell "point-wisexxx", then "wisea-bcdefgh"; the third is clean.
    const spelled = ['point', 'wisexxx', 'wisea', 'bcdefgh', 'abcde', 'fghijkl'];
    let draw = 0;
    const bytes = (n: number) => {
      // After the spelled draws, varied letters (the highlight names must all differ).
      const word = draw < spelled.length ? spelled[draw]! : '';
      draw += 1;
      return Uint8Array.from({ length: n }, (_, i) => (word ? word.charCodeAt(i) - 97 : (draw * 7 + i * 3) % 26));
    };
    expect(randomPageNames(bytes).host).toBe('abcde-fghijkl');
  });

  test('one name per highlight, all different, and different from one page load to the next', () => {
    const a = randomPageNames();
    const b = randomPageNames();
    expect(new Set(Object.values(a.highlights)).size).toBe(HIGHLIGHT_KEYS.length);
    expect(a.host).not.toBe(b.host);
    expect(Object.values(a.highlights)).not.toEqual(Object.values(b.highlights));
  });

  test('the same bytes give the same names (nothing but the random source decides)', () => {
    const bytes = (seed: number) => {
      const next = seededRandom(seed);
      return (n: number) => Uint8Array.from({ length: n }, () => Math.floor(next() * 256));
    };
    expect(randomPageNames(bytes(7))).toEqual(randomPageNames(bytes(7)));
  });

  test.each(['', ':root'] as const)('the stylesheet has one %s::highlight rule per name and nothing else', (scope) => {
    const names = randomPageNames().highlights;
    const css = highlightCss(names, scope);
    const selectors = [...css.matchAll(/([^{}]+)\{/g)].map((m) => m[1]!.trim());
    expect(selectors.sort()).toEqual(HIGHLIGHT_KEYS.map((k) => `${scope}::highlight(${names[k]})`).sort());
    expect(css).not.toMatch(/(^|[^-])color:/);
  });

  test('Chromium builds write the rules on the root (highlights inherit there), Firefox builds on every element', () => {
    expect(HIGHLIGHT_SCOPE).toBe(import.meta.env.FIREFOX ? '' : ':root');
    expect(highlightCss(FIXED_NAMES.highlights)).toContain(`${HIGHLIGHT_SCOPE}::highlight(pointwise-mixed)`);
  });

  test('without a draw, the fixed names are the descriptive ones', () => {
    expect(FIXED_NAMES.host).toBe('pointwise-overlay');
    expect(FIXED_NAMES.highlights.mixed).toBe('pointwise-mixed');
  });
});
