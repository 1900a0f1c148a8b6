import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { Annotation, DisplayOptions } from '../../src/shared/types';
import type { Stance, StatusId } from '../../src/evidence/ids';
import {
  applyHighlights,
  clearHighlights,
  flashHighlightName,
  flashRange,
  highlightNameFor,
  highlightsSupported,
  restoreHighlights,
  useHighlightNames,
} from '../../src/overlay/highlights';
import { FIXED_NAMES, randomPageNames } from '../../src/overlay/names';

/** A stand-in for the CSS Custom Highlight API: Highlight is a Set of ranges with a priority. */
class FakeHighlight extends Set<unknown> {
  priority = 0;
  constructor(...ranges: unknown[]) {
    super(ranges);
  }
}

let registry: Map<string, FakeHighlight>;

beforeEach(() => {
  registry = new Map();
  vi.stubGlobal('CSS', { highlights: registry });
  vi.stubGlobal('Highlight', FakeHighlight);
});

afterEach(() => {
  clearHighlights();
  vi.unstubAllGlobals();
});

let nextId = 1;
function annotation(status: StatusId, stance: Stance = 'asserted'): Annotation {
  const id = nextId++;
  return {
    id,
    topic: 'sleep',
    status,
    stance,
    overstated: false,
    range: { id } as unknown as StaticRange,
    phrase: 'helps you sleep',
    sentence: 'It helps you sleep.',
    scope: 'article',
  };
}

const display: DisplayOptions = { badgeStyle: 'badges', showHedged: true, showNegated: true, showCitations: true };
const rangesOf = (name: string) => [...(registry.get(name) ?? [])];

describe('highlight names', () => {
  test.each([
    ['mixed', 'asserted', 'pointwise-mixed'],
    ['no-evidence', 'asserted', 'pointwise-no-evidence'],
    ['mixed', 'hedged', 'pointwise-hedged'],
    ['preliminary', 'negated', 'pointwise-negated'],
  ] as const)('%s / %s → %s', (status, stance, name) => {
    expect(highlightNameFor({ status, stance })).toBe(name);
  });
});

describe('applyHighlights', () => {
  test('registers one highlight per status for asserted claims, one each for hedged and negated', () => {
    const a = annotation('mixed');
    const b = annotation('preliminary');
    const c = annotation('preliminary', 'hedged');
    const d = annotation('no-evidence', 'negated');
    expect(applyHighlights([a, b, c, d], display)).toBe(true);
    expect(rangesOf('pointwise-mixed')).toEqual([a.range]);
    expect(rangesOf('pointwise-preliminary')).toEqual([b.range]);
    expect(rangesOf('pointwise-hedged')).toEqual([c.range]);
    expect(rangesOf('pointwise-negated')).toEqual([d.range]);
    expect(registry.get('pointwise-negated')!.priority).toBeLessThan(registry.get('pointwise-mixed')!.priority);
  });

  test('leaves out negated statements unless showNegated, hedged claims unless showHedged', () => {
    const a = annotation('mixed');
    const h = annotation('mixed', 'hedged');
    const n = annotation('mixed', 'negated');
    applyHighlights([a, h, n], { badgeStyle: 'badges', showHedged: false, showNegated: false, showCitations: true });
    expect(rangesOf('pointwise-mixed')).toEqual([a.range]);
    expect(rangesOf('pointwise-hedged')).toEqual([]);
    expect(rangesOf('pointwise-negated')).toEqual([]);
  });

  test('replaces what was shown: removed claims lose their highlight, appended ones gain it', () => {
    const a = annotation('mixed');
    const b = annotation('preliminary');
    applyHighlights([a, b], display);
    const c = annotation('mixed');
    applyHighlights([a, b, c], display); // appended
    expect(rangesOf('pointwise-mixed')).toEqual([a.range, c.range]);
    applyHighlights([c], display); // a and b gone
    expect(rangesOf('pointwise-mixed')).toEqual([c.range]);
    expect(rangesOf('pointwise-preliminary')).toEqual([]);
  });

  test('moves a claim whose stance display changed', () => {
    const h = annotation('mixed', 'hedged');
    applyHighlights([h], display);
    expect(rangesOf('pointwise-hedged')).toEqual([h.range]);
    applyHighlights([h], { ...display, showHedged: false });
    expect(rangesOf('pointwise-hedged')).toEqual([]);
  });

  test('registers its highlights again when the page clears the registry', () => {
    const a = annotation('mixed');
    applyHighlights([a], display);
    registry.clear();
    applyHighlights([a], display);
    expect(rangesOf('pointwise-mixed')).toEqual([a.range]);
  });

  test('clearHighlights removes only Pointwise highlights', () => {
    const pages = new FakeHighlight();
    registry.set('search-results', pages);
    applyHighlights([annotation('mixed')], display);
    clearHighlights();
    expect([...registry.keys()]).toEqual(['search-results']);
    clearHighlights(); // idempotent
  });

  test('flashRange adds the range to the flash highlight and takes it away after the time', () => {
    vi.useFakeTimers();
    try {
      const a = annotation('mixed');
      flashRange(a.range, 2000);
      expect(rangesOf(flashHighlightName())).toEqual([a.range]);
      vi.advanceTimersByTime(2001);
      expect(rangesOf(flashHighlightName())).toEqual([]);
    } finally {
      vi.useRealTimers();
    }
  });

  test('is a silent no-op without the Custom Highlight API', () => {
    vi.stubGlobal('CSS', {});
    expect(highlightsSupported()).toBe(false);
    expect(applyHighlights([annotation('mixed')], display)).toBe(false);
    expect(() => clearHighlights()).not.toThrow();
    expect(() => flashRange({} as StaticRange, 10)()).not.toThrow();
  });
});

describe('restoring highlights the page took away', () => {
  test('nothing to do while the registry is untouched', () => {
    applyHighlights([annotation('mixed'), annotation('preliminary')], display);
    expect(restoreHighlights()).toBe(false);
  });

  test.each([
    ['CSS.highlights.clear()', () => registry.clear()],
    ['deleting one entry', () => registry.delete('pointwise-mixed')],
    ['replacing an entry with its own Highlight', () => registry.set('pointwise-mixed', new FakeHighlight())],
    ['clearing our Highlight object', () => registry.get('pointwise-mixed')!.clear()],
    ['adding its own range to our Highlight', () => registry.get('pointwise-mixed')!.add({ fake: true })],
    ['changing its priority', () => (registry.get('pointwise-mixed')!.priority = 99)],
  ])('after %s, every claim is painted again', (_, tamper) => {
    const a = annotation('mixed');
    const b = annotation('mixed');
    const c = annotation('preliminary', 'hedged');
    applyHighlights([a, b, c], display);
    const before = { mixed: rangesOf('pointwise-mixed'), hedged: rangesOf('pointwise-hedged') };
    const priority = registry.get('pointwise-mixed')!.priority;
    tamper();
    expect(restoreHighlights()).toBe(true);
    expect(rangesOf('pointwise-mixed')).toEqual(expect.arrayContaining(before.mixed));
    expect(rangesOf('pointwise-mixed')).toHaveLength(2);
    expect(rangesOf('pointwise-hedged')).toEqual(before.hedged);
    expect(registry.get('pointwise-mixed')!.priority).toBe(priority);
    expect(restoreHighlights()).toBe(false);
  });

  test('after clearHighlights there is nothing to restore', () => {
    applyHighlights([annotation('mixed')], display);
    clearHighlights();
    registry.clear();
    expect(restoreHighlights()).toBe(false);
    expect(registry.size).toBe(0);
  });
});

describe('names drawn for one page load', () => {
  test('claims are painted under the names in use, and the old names are left alone', () => {
    const names = randomPageNames();
    useHighlightNames(names.highlights);
    try {
      const a = annotation('mixed');
      const h = annotation('preliminary', 'hedged');
      applyHighlights([a, h], display);
      expect(rangesOf(names.highlights.mixed)).toEqual([a.range]);
      expect(rangesOf(names.highlights.hedged)).toEqual([h.range]);
      expect([...registry.keys()].some((k) => k.startsWith('pointwise-'))).toBe(false);
      expect(highlightNameFor(a)).toBe(names.highlights.mixed);
      // Priorities follow what each name is for.
      expect(registry.get(names.highlights.hedged)!.priority).toBeLessThan(
        registry.get(names.highlights.mixed)!.priority,
      );
      registry.clear();
      expect(restoreHighlights()).toBe(true);
      expect(rangesOf(names.highlights.mixed)).toEqual([a.range]);
    } finally {
      useHighlightNames(FIXED_NAMES.highlights);
    }
  });
});
