/**
 * Which claims the overlay treats as near the viewport (src/overlay/tracking.ts), and when it counts
 * as settled: every element it watches reported by the IntersectionObserver, or measured directly.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { Lifetime } from '../../src/overlay/lifetime';
import { Tracker } from '../../src/overlay/tracking';
import type { Annotation, DisplayOptions } from '../../src/shared/types';

/** A stand-in IntersectionObserver: records what it watches; `report` delivers a first report. */
class FakeObserver {
  static last: FakeObserver | null = null;
  readonly watched = new Set<unknown>();
  constructor(private readonly callback: (records: unknown[]) => void) {
    FakeObserver.last = this;
  }
  observe(el: unknown) {
    this.watched.add(el);
  }
  unobserve(el: unknown) {
    this.watched.delete(el);
  }
  disconnect() {
    this.watched.clear();
  }
  report(target: unknown, isIntersecting: boolean) {
    this.callback([{ target, isIntersecting }]);
  }
}

const display: DisplayOptions = { badgeStyle: 'badges', showHedged: true, showNegated: true, showCitations: true };

let nextId = 1;
/** A claim ending in a text node of `element`. */
function claimIn(element: object): Annotation {
  const id = nextId++;
  return {
    id,
    topic: 'sleep',
    status: 'preliminary',
    stance: 'asserted',
    overstated: false,
    range: { endContainer: { nodeType: 3, parentElement: element } } as unknown as StaticRange,
    phrase: `helps you sleep ${id}`,
    sentence: `It helps you sleep ${id}.`,
    scope: 'article',
  };
}

function tracker(): Tracker {
  const controller = new AbortController();
  const life = new Lifetime({
    signal: controller.signal,
    setTimeout: (fn, ms) => setTimeout(fn, ms) as unknown as number,
    setInterval: (fn, ms) => setInterval(fn, ms) as unknown as number,
    requestAnimationFrame: (fn) => setTimeout(() => fn(0), 16) as unknown as number,
    requestIdleCallback: (fn) =>
      setTimeout(() => fn({ didTimeout: false, timeRemaining: () => 10 }), 1) as unknown as number,
  });
  return new Tracker(life, (apply) => apply());
}

beforeEach(() => {
  vi.stubGlobal('IntersectionObserver', FakeObserver);
  vi.stubGlobal('Node', { ELEMENT_NODE: 1 });
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('Tracker', () => {
  test('is settled once the observer has reported on every element it watches', () => {
    const t = tracker();
    const first = {};
    const second = {};
    t.update([claimIn(first), claimIn(first), claimIn(second)], display, true);
    expect(FakeObserver.last!.watched.size).toBe(2);
    expect(t.settled).toBe(false);
    FakeObserver.last!.report(first, true);
    expect(t.settled).toBe(false);
    FakeObserver.last!.report(second, false);
    expect(t.settled).toBe(true);
    expect([...t.near].map((e) => e.a.id)).toHaveLength(2);
  });

  test('a small batch is near at once, and a claim measured in a pass needs no report', () => {
    const t = tracker();
    const first = {};
    const second = {};
    t.update([claimIn(first), claimIn(second)], display, true);
    t.takeFresh();
    const near = [...t.near];
    expect(near).toHaveLength(2);
    t.measured(near[0]!);
    expect(t.settled).toBe(false);
    t.measured(near[1]!);
    expect(t.settled).toBe(true);
    // The observer's report still decides whether it stays near.
    FakeObserver.last!.report(second, false);
    expect([...t.near]).toEqual([near[0]]);
  });
});
