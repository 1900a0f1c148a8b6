/**
 * When the overlay gives up hit tests for good (src/overlay/occlusion.ts): on a page where they are
 * slow again and again, not after one slow test that a busy machine can cause.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';

let hitMs = 0;
let clock = 0;
vi.mock('../../src/overlay/measure', () => ({
  // Each hit test takes `hitMs` on the fake clock and finds the claim's own element.
  elementAt: (anchor: unknown) => {
    clock += hitMs;
    return anchor;
  },
  AnchorContextCache: class {
    get() {
      return { moving: false };
    }
  },
}));

const { OcclusionChecker } = await import('../../src/overlay/occlusion');
const { AnchorContextCache } = await import('../../src/overlay/measure');

/** A claim whose end is on screen, anchored in an element with no crowded ancestors. */
function entry() {
  const anchor = { parentElement: null, contains: () => false } as unknown as Element;
  return {
    anchor,
    end: { left: 10, right: 60, top: 10, bottom: 30 },
    context: { rtl: false, moving: false, clips: [] },
    occluded: false,
  } as never;
}

const viewport = { width: 800, height: 600 };
const host = {} as Element;

describe('OcclusionChecker', () => {
  beforeEach(() => {
    vi.stubGlobal('window', { scrollX: 0, scrollY: 0 });
    vi.spyOn(performance, 'now').mockImplementation(() => clock);
  });
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  test('fast hit tests keep checks on', () => {
    hitMs = 0.2;
    const checker = new OcclusionChecker(new AnchorContextCache());
    for (let i = 0; i < 5; i++) checker.check([entry(), entry()], host, viewport);
    expect(checker.tooSlow).toBe(false);
  });

  test('one or two slow hit tests (a busy machine) do not stop them', () => {
    const checker = new OcclusionChecker(new AnchorContextCache());
    hitMs = 5;
    checker.check([entry()], host, viewport);
    checker.check([entry()], host, viewport);
    expect(checker.tooSlow).toBe(false);
    hitMs = 0.2;
    checker.check([entry()], host, viewport);
    expect(checker.tooSlow).toBe(false);
  });

  test('slow again and again (the page): checks stop for good', () => {
    const checker = new OcclusionChecker(new AnchorContextCache());
    hitMs = 5;
    for (let i = 0; i < 3; i++) checker.check([entry()], host, viewport);
    expect(checker.tooSlow).toBe(true);
    expect(checker.check([entry()], host, viewport)).toBe(false);
  });
});
