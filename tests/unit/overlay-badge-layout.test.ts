import { describe, expect, test } from 'vitest';
import { filterToWindow, isInWindow } from '../../src/overlay/badge-layout';

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
