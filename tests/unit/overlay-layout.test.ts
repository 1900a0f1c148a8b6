/**
 * The mark layout (src/overlay/layout.ts) as tables: a block's text boxes and its claims in, the
 * marks' places out. Whatever the case, no mark covers a text box or another mark.
 */
import { describe, expect, test } from 'vitest';
import { groupLines, placeMarks, type Edges, type MarkRequest } from '../../src/overlay/layout';

/** Text of one line of a block: words as boxes [left, right] on the line at `top` (20 px tall). */
const line = (top: number, ...words: Array<[number, number]>): Edges[] =>
  words.map(([left, right]) => ({ left, right, top, bottom: top + 20 }));

const COMPACT = { width: 18, height: 16 };
const LABEL = { width: 90, height: 18 };
const VIEW = { minLeft: 2, maxRight: 1278 };

function request(obstacles: Edges[], end: Edges, options: Partial<MarkRequest> = {}): MarkRequest {
  return { end, bounds: { left: 100, right: 500 }, obstacles, sizes: [COMPACT], ...options };
}

const overlaps = (a: Edges, b: Edges) =>
  Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 &&
  Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;

function expectNothingCovered(requests: MarkRequest[], placed: ReturnType<typeof placeMarks>) {
  const boxes = placed.flatMap((p) =>
    p ? [{ left: p.left, top: p.top, right: p.left + p.width, bottom: p.top + p.height }] : [],
  );
  const obstacles = [...new Set(requests.flatMap((r) => r.obstacles))];
  const problems: string[] = [];
  boxes.forEach((box, i) => {
    for (const o of obstacles) if (overlaps(box, o)) problems.push(`mark ${i} over text ${JSON.stringify(o)}`);
    for (let j = i + 1; j < boxes.length; j += 1)
      if (overlaps(box, boxes[j]!)) problems.push(`marks ${i}, ${j} overlap`);
    if (box.left < VIEW.minLeft || box.right > VIEW.maxRight) problems.push(`mark ${i} off screen`);
  });
  expect(problems).toEqual([]);
}

describe('placeMarks: one claim', () => {
  // A paragraph 100..500 wide, lines 24 px apart: line 1 full, line 2 ends at 300, line 3 at 450.
  const text = [...line(0, [100, 300], [304, 498]), ...line(24, [100, 300]), ...line(48, [100, 450])];
  const lastLine = (top: number, right: number): Edges => ({ left: right - 80, top, right, bottom: top + 20 });

  test.each([
    // name, where the claim ends, expected left, expected line offset
    ['claim ends its line: the mark follows it', lastLine(24, 300), 303, 0],
    ['claim ends mid-line: the mark goes after the last word of its line', lastLine(48, 200), 453, 0],
    ['claim on a full line: the mark goes to the end of the next line', lastLine(0, 200), 303, 1],
  ] as const)('%s', (_name, end, left, lineOffset) => {
    const requests = [request(text, end)];
    const [placed] = placeMarks(requests, VIEW);
    expect(placed).toMatchObject({ left, lineOffset, width: COMPACT.width });
    // Vertically centred on its line.
    const lineTop = end.top + (lineOffset === 1 ? 24 : 0);
    expect(placed!.top).toBe(Math.round(lineTop + 10 - COMPACT.height / 2));
    expectNothingCovered(requests, [placed!]);
  });

  test('a full line with no line below: the line above', () => {
    const full = [...line(0, [100, 400]), ...line(24, [100, 499])];
    const [placed] = placeMarks([request(full, lastLine(24, 300))], VIEW);
    expect(placed).toMatchObject({ left: 403, lineOffset: -1 });
  });

  test('a block with no free space anywhere: no mark (never over text)', () => {
    const full = [...line(0, [100, 499]), ...line(24, [100, 499])];
    expect(placeMarks([request(full, lastLine(24, 300))], VIEW)).toEqual([null]);
  });

  test('the label when it fits, the compact mark when only that fits', () => {
    const sizes = [LABEL, COMPACT];
    expect(placeMarks([request(text, lastLine(24, 300), { sizes })], VIEW)[0]).toMatchObject({ sizeIndex: 0 });
    expect(placeMarks([request(text, lastLine(48, 200), { sizes })], VIEW)[0]).toMatchObject({
      sizeIndex: 1,
      lineOffset: 0,
    });
  });

  test('right-to-left text: the mark goes before the claim, to its left', () => {
    const rtl = [...line(0, [200, 500])];
    const [placed] = placeMarks([request(rtl, { left: 200, top: 0, right: 300, bottom: 20 }, { rtl: true })], VIEW);
    expect(placed).toMatchObject({ left: 200 - 3 - COMPACT.width, lineOffset: 0 });
  });

  test('never past the viewport, even inside a wider block', () => {
    const wide = line(0, [100, 1270]);
    const [placed] = placeMarks(
      [request(wide, { left: 1200, top: 0, right: 1270, bottom: 20 }, { bounds: { left: 100, right: 1400 } })],
      VIEW,
    );
    expect(placed).toBeNull();
  });
});

describe('placeMarks: dense blocks', () => {
  test('three claims ending one line: three marks side by side after it, in reading order', () => {
    const text = line(0, [100, 150], [160, 220], [230, 300]);
    const requests = [150, 220, 300].map((right) => request(text, { left: right - 40, top: 0, right, bottom: 20 }));
    const placed = placeMarks(requests, VIEW);
    expect(placed.map((p) => p?.left)).toEqual([303, 324, 345]);
    expectNothingCovered(requests, placed);
  });

  test('more claims than the line has room for: the rest go to the next lines', () => {
    const text = [...line(0, [100, 440]), ...line(24, [100, 470]), ...line(48, [100, 200])];
    const requests = [1, 2, 3, 4, 5].map((i) => request(text, { left: 100, top: 0, right: 100 + i * 60, bottom: 20 }));
    const placed = placeMarks(requests, VIEW);
    expect(placed.map((p) => p?.lineOffset)).toEqual([0, 0, 1, 2, 2]);
    expectNothingCovered(requests, placed);
  });

  test('a block whose claims do not all fit as labels uses compact marks for all of them', () => {
    const text = line(0, [100, 300]);
    const sizes = [LABEL, COMPACT];
    const bounds = { left: 100, right: 420 };
    const requests = [250, 300].map((right) =>
      request(text, { left: 200, top: 0, right, bottom: 20 }, { sizes, bounds }),
    );
    const placed = placeMarks(requests, VIEW);
    expect(placed.map((p) => p?.sizeIndex)).toEqual([1, 1]);
    expectNothingCovered(requests, placed);
  });

  test('marks already placed (an earlier call) are never covered', () => {
    const text = line(0, [100, 300]);
    const occupied = [{ left: 303, top: 2, right: 321, bottom: 18 }];
    const [placed] = placeMarks([request(text, { left: 200, top: 0, right: 300, bottom: 20 })], { ...VIEW, occupied });
    expect(placed).toMatchObject({ left: 324 });
  });

  test('a thousand claims in one block: every one placed, none over text or another', () => {
    const text: Edges[] = [];
    for (let i = 0; i < 500; i += 1) text.push(...line(i * 24, [100, 300 + (i % 5) * 30]));
    const requests = Array.from({ length: 1000 }, (_, i) =>
      request(text, { left: 100, top: Math.floor(i / 2) * 24, right: 200, bottom: Math.floor(i / 2) * 24 + 20 }),
    );
    const placed = placeMarks(requests, VIEW);
    expect(placed.filter(Boolean).length).toBe(1000);
    expectNothingCovered(requests.slice(0, 1), placed);
  });
});

test('groupLines: boxes on one line are grouped, lines sorted top to bottom', () => {
  const lines = groupLines([...line(24, [300, 400], [100, 200]), ...line(0, [100, 150])]);
  expect(lines.map((l) => [l.top, l.start, l.end, l.boxes.length])).toEqual([
    [0, 100, 150, 1],
    [24, 100, 400, 2],
  ]);
});
