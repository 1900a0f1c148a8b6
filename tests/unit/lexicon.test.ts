import { describe, expect, it } from 'vitest';
import {
  ATTRIBUTIONS,
  HEDGES,
  NEGATIONS,
  OVERSTATEMENTS,
  POST_TRIGGERS,
  PRE_TRIGGERS,
  TERMS,
  WARNINGS,
} from '../../src/detect/lexicon';

const phrase = (words: readonly string[]) => words.join(' ');
function duplicates(list: readonly string[]): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const p of list) (seen.has(p) ? twice : seen).add(p);
  return [...twice];
}
const words = (list: readonly unknown[]) =>
  list.map((p) => (Array.isArray(p) ? phrase(p as string[]) : phrase((p as { words: string[] }).words)));

describe('the lexicon lists each phrase once, in one class', () => {
  it('no topic term is listed twice (for one topic or two)', () => {
    expect(duplicates(TERMS.map((t) => phrase(t.words)))).toEqual([]);
  });
  it.each([
    ['before-term triggers', PRE_TRIGGERS],
    ['after-term triggers', POST_TRIGGERS],
    ['hedges', HEDGES],
    ['attributions', ATTRIBUTIONS],
    ['negations', NEGATIONS],
    ['overstatements', OVERSTATEMENTS],
    ['warnings', WARNINGS],
  ] as const)('no phrase is listed twice among the %s', (_name, list) => {
    expect(duplicates(words(list as readonly unknown[]))).toEqual([]);
  });
  it('no cue phrase is in two cue classes', () => {
    const classes = [HEDGES, ATTRIBUTIONS, NEGATIONS, OVERSTATEMENTS, WARNINGS].map(
      (l) => new Set(words(l as readonly unknown[])),
    );
    const clashes: string[] = [];
    classes.forEach((a, i) => classes.slice(i + 1).forEach((b) => a.forEach((p) => b.has(p) && clashes.push(p))));
    expect(clashes).toEqual([]);
  });
});
