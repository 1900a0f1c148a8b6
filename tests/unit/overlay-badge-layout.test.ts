import { describe, expect, test } from 'vitest';
import {
  badgeBoxAt,
  filterToWindow,
  isInWindow,
  separateBadges,
  BADGE_GAP,
  type Box,
} from '../../src/overlay/badge-layout';

describe('isInWindow (virtualisation: 1.5 viewports above and below)', () => {
  // Viewport 1000px tall, scrolled to 5000: the window is [3500, 7500].
  test.each([
    ['inside the viewport', 5200, 5220, true],
    ['just above the viewport', 4900, 4920, true],
    ['1.5 viewports above (edge)', 3480, 3500, true],
    ['beyond 1.5 viewports above', 3400, 3420, false],
    ['1.5 viewports below (edge)', 7500, 7520, true],
    ['beyond 1.5 viewports below', 7600, 7620, false],
    ['a tall phrase spanning the window', 1000, 9000, true],
  ])('%s', (_name, top, bottom, expected) => {
    expect(isInWindow(top, bottom, 5000, 1000)).toBe(expected);
  });

  test('filters 10,000 claims down to those near the viewport, in order', () => {
    const items = Array.from({ length: 10_000 }, (_, i) => ({ id: i, top: i * 100, bottom: i * 100 + 20 }));
    const near = filterToWindow(items, 50_000, 900);
    expect(near.length).toBeGreaterThan(0);
    expect(near.length).toBeLessThan(40);
    expect(near[0]!.top).toBeGreaterThanOrEqual(50_000 - 1.5 * 900 - 20);
    expect(near.at(-1)!.top).toBeLessThanOrEqual(50_000 + 900 + 1.5 * 900);
    expect(near.map((n) => n.id)).toEqual([...near.map((n) => n.id)].sort((a, b) => a - b));
  });
});

describe('badgeBoxAt', () => {
  const size = { width: 90, height: 20 };
  test.each([
    // Raised like a footnote mark: bottom edge 30% of the line's height below the line's top.
    [
      'just after the phrase, raised above its line',
      { left: 100, top: 200, right: 300, bottom: 220 },
      false,
      { left: 300 + BADGE_GAP, top: 186 },
    ],
    [
      'on a taller line, reaching a little further in',
      { left: 100, top: 200, right: 300, bottom: 240 },
      false,
      { left: 303, top: 192 },
    ],
    [
      'right-to-left: before the phrase',
      { left: 400, top: 50, right: 600, bottom: 70 },
      true,
      { left: 400 - BADGE_GAP - 90, top: 36 },
    ],
    ['at the right edge: clamped inside', { left: 900, top: 50, right: 1195, bottom: 70 }, false, { left: 1198 - 90 }],
    ['at the left edge (rtl): clamped inside', { left: 10, top: 50, right: 200, bottom: 70 }, true, { left: 2 }],
  ])('%s', (_name, end, rtl, expected) => {
    expect(badgeBoxAt({ end, size, rtl, minLeft: 2, maxRight: 1198 })).toMatchObject(expected);
  });
});

describe('separateBadges', () => {
  const box = (left: number, top: number, width = 80, height = 20): Box => ({ left, top, width, height });
  const overlap = (a: Box, b: Box) =>
    a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;

  test('leaves separate badges alone', () => {
    const input = [box(0, 0), box(200, 0), box(0, 100)];
    expect(separateBadges(input, 1000)).toEqual(input);
  });

  test('lifts an overlapping badge just above the one it would cover, keeping its own x', () => {
    const [a, b] = separateBadges([box(100, 0), box(150, 0)], 1000);
    expect(a).toEqual(box(100, 0));
    expect(b).toEqual(box(150, -22));
  });

  test('moves it to the right when the space above is taken too', () => {
    const [a, b, c] = separateBadges([box(100, -22), box(100, 0), box(150, 0)], 1000);
    expect(a).toEqual(box(100, -22));
    expect(b).toEqual(box(100, 0));
    expect(c).toMatchObject({ left: 100 + 80 + 2, top: 0 });
  });

  test('moves it below when neither above nor the right is free', () => {
    const [, , c] = separateBadges([box(900, -22), box(900, 0), box(910, 0)], 1000);
    expect(c).toMatchObject({ left: 910, top: 22 });
  });

  test('no two of many crowded badges overlap, and input order is kept', () => {
    const input = Array.from({ length: 30 }, (_, i) => ({ ...box((i * 37) % 400, (i % 3) * 5), id: i }));
    const out = separateBadges(input, 2000);
    expect(out.map((b) => b.id)).toEqual(input.map((b) => b.id));
    for (let i = 0; i < out.length; i += 1)
      for (let j = i + 1; j < out.length; j += 1) expect(overlap(out[i]!, out[j]!), `${i} vs ${j}`).toBe(false);
  });
});

describe('separateBadges at the right edge', () => {
  const box = (left: number, top: number, width = 80, height = 20): Box => ({ left, top, width, height });

  test.each([
    // [name, input boxes, maxRight, expected lefts]
    ['a clamped badge makes the one before it on its line shift left', [box(850, 0), box(920, 0)], 1000, [838, 920]],
    [
      'a chain of three shifts left, each just clear of the next',
      [box(800, 0), box(860, 0), box(920, 0)],
      1000,
      [756, 838, 920],
    ],
    ['a badge on another line is left alone', [box(850, 40), box(920, 0)], 1000, [850, 920]],
    ['a badge already clear of the clamped one is left alone', [box(700, 0), box(920, 0)], 1000, [700, 920]],
  ])('%s', (_name, input, maxRight, lefts) => {
    const out = separateBadges(input, maxRight, 2, 5);
    expect(out.map((b) => b.left)).toEqual(lefts);
    // Same rows as before: nobody was lifted off its line.
    expect(out.map((b) => b.top)).toEqual(input.map((b) => b.top));
  });
});

test('separateBadges: a row too crowded to pack never goes past minLeft, and nothing overlaps', () => {
  const box = (left: number, top: number, width = 80, height = 20): Box => ({ left, top, width, height });
  const [a, b] = separateBadges([box(10, 0), box(40, 0, 60)], 100, 2, 5);
  expect(a!.left).toBeGreaterThanOrEqual(5);
  const apart =
    a!.left + a!.width <= b!.left ||
    b!.left + b!.width <= a!.left ||
    a!.top + a!.height <= b!.top ||
    b!.top + b!.height <= a!.top;
  expect(apart).toBe(true);
});
