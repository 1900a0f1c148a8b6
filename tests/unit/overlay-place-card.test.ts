import { describe, expect, test } from 'vitest';
import { placeCard, type CardPlacement, type PlaceCardInput } from '../../src/overlay/place-card';

const viewport = { width: 1280, height: 900 };
const card = { width: 360, height: 400 };
const anchorAt = (left: number, top: number, width = 80, height = 20) => ({
  left,
  top,
  right: left + width,
  bottom: top + height,
});

const table: Array<[string, PlaceCardInput, Partial<CardPlacement>]> = [
  [
    'fits below: opens below, aligned with the badge',
    { anchor: anchorAt(100, 100), card, viewport },
    { side: 'below', left: 100, top: 126 },
  ],
  [
    'no room below: opens above',
    { anchor: anchorAt(100, 700), card, viewport },
    { side: 'above', left: 100, top: 294 },
  ],
  [
    'near the right edge: clamped inside the viewport',
    { anchor: anchorAt(1200, 100), card, viewport },
    { side: 'below', left: 1280 - 8 - 360 },
  ],
  ['near the left edge: kept off the edge', { anchor: anchorAt(2, 100), card, viewport }, { left: 8 }],
  [
    'taller than both sides: roomier side, max-height caps it',
    { anchor: anchorAt(100, 300), card: { width: 360, height: 1000 }, viewport },
    { side: 'below', top: 326, maxHeight: 900 - 8 - 326 },
  ],
  [
    'taller than both, anchor low: above with max-height',
    { anchor: anchorAt(100, 600), card: { width: 360, height: 1000 }, viewport },
    { side: 'above', top: 8, maxHeight: 600 - 6 - 8 },
  ],
  [
    'narrow phone viewport: card as wide as the screen allows',
    { anchor: anchorAt(200, 100), card: { width: 360, height: 300 }, viewport: { width: 320, height: 640 } },
    { left: 8 },
  ],
  [
    'anchor scrolled above the viewport: card at the top edge',
    { anchor: anchorAt(100, -300), card, viewport },
    { side: 'below', top: 8 + 6 },
  ],
  [
    'anchor scrolled below the viewport: card above the bottom edge',
    { anchor: anchorAt(100, 2000), card, viewport },
    { side: 'above', top: 900 - 8 - 6 - 400 },
  ],
  [
    'anchor at the very bottom, short viewport: stays on screen',
    { anchor: anchorAt(100, 280), card, viewport: { width: 800, height: 300 } },
    { side: 'above', top: 8 },
  ],
];

describe('placeCard', () => {
  test.each(table)('%s', (_name, input, expected) => {
    const out = placeCard(input);
    expect(out).toMatchObject(expected);
  });

  test.each(table)('stays on screen: %s', (_name, input) => {
    const out = placeCard(input);
    const vw = input.viewport.width;
    const vh = input.viewport.height;
    const width = Math.min(input.card.width, vw - 16);
    const height = Math.min(input.card.height, out.maxHeight);
    expect(out.left).toBeGreaterThanOrEqual(8);
    expect(out.left + width).toBeLessThanOrEqual(vw - 8);
    expect(out.top).toBeGreaterThanOrEqual(8);
    expect(out.top + height).toBeLessThanOrEqual(vh - 8 + 0.5);
  });

  test('never covers the anchor when it fits on one side', () => {
    for (let top = 0; top <= 880; top += 40) {
      const anchor = anchorAt(300, top);
      const out = placeCard({ anchor, card: { width: 360, height: 300 }, viewport });
      const bottom = out.top + Math.min(300, out.maxHeight);
      const covers = out.top < anchor.bottom && bottom > anchor.top;
      expect(covers, `anchor at ${top}`).toBe(false);
    }
  });
});
