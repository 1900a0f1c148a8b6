import { afterEach, describe, expect, it, vi } from 'vitest';

/** A fresh copy of the module: it caches its canvas and widths for the page's life. */
async function freshBadgeSize() {
  vi.resetModules();
  return import('../../src/overlay/badge-size');
}

/** A canvas whose text is 7 px per character, counting how often it measures. */
function stubCanvas() {
  const measured: string[] = [];
  class FakeOffscreenCanvas {
    getContext() {
      return {
        font: '',
        measureText(text: string) {
          measured.push(text);
          return { width: text.length * 7 };
        },
      };
    }
  }
  vi.stubGlobal('OffscreenCanvas', FakeOffscreenCanvas);
  return measured;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('badge widths measured once, elsewhere', () => {
  it('the background’s table holds every width the warm-up measures, keyed as textWidth keys them', async () => {
    stubCanvas();
    const { badgeWidthTable } = await freshBadgeSize();
    const table = badgeWidthTable();
    expect(table).not.toBeNull();
    const entries = Object.entries(table!);
    expect(entries.length).toBeGreaterThan(10);
    for (const [key, width] of entries) expect(width).toBe(key.slice(key.indexOf('|') + 1).length * 7);
  });

  it('a page given the table measures nothing for its badges', async () => {
    const measured = stubCanvas();
    const background = await freshBadgeSize();
    const table = background.badgeWidthTable()!;
    measured.length = 0;
    const page = await freshBadgeSize();
    page.seedTextWidths(table);
    page.warmUpBadgeSizes();
    expect(measured).toEqual([]);
    // The page's widths are the background's.
    const [key, width] = Object.entries(table)[0]!;
    const [font, text] = [key.slice(0, key.indexOf('|')), key.slice(key.indexOf('|') + 1)];
    expect(font).toMatch(/^(?:italic )?\d{3} [\d.]+px /);
    const [, italic, weight, size] = /^(italic )?(\d{3}) ([\d.]+)px /.exec(font)!;
    expect(page.textWidth(text, Number(weight), Number(size), italic !== undefined)).toBe(width);
    expect(measured).toEqual([]);
  });

  it('no canvas, no table: an estimate is not handed on', async () => {
    vi.stubGlobal('OffscreenCanvas', undefined);
    vi.stubGlobal('document', undefined);
    const { badgeWidthTable } = await freshBadgeSize();
    expect(badgeWidthTable()).toBeNull();
  });
});
