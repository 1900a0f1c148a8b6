import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  BackgroundMessage,
  BadgeWidthsResponse,
  ContentMessage,
  parseMessage,
  ReadTextsResponse,
  sendToBackground,
  sendToTab,
} from '../../src/messaging/messages';
import { packAnswer, unpackAnswer } from '../../src/page/findings-wire';
import { readTexts } from '../../src/page/read-text';

describe('messages are checked on receipt', () => {
  it.each<[string, unknown]>([
    ['a count', { type: 'pointwise:count', count: 3, enabled: true }],
    ['a zero count on a switched-off site', { type: 'pointwise:count', count: 0, enabled: false }],
    ["a request for the badges' widths", { type: 'pointwise:badge-widths' }],
  ])('the background accepts %s', (_n, m) => expect(parseMessage(BackgroundMessage, m)).toEqual(m));

  it('the engine takes badge widths only as a bounded table of lengths', () => {
    expect(BadgeWidthsResponse.safeParse({ '600 12px system-ui|Limited evidence': 97.7 }).success).toBe(true);
    expect(BadgeWidthsResponse.safeParse(null).success).toBe(true);
    expect(BadgeWidthsResponse.safeParse({ a: -1 }).success).toBe(false);
    expect(BadgeWidthsResponse.safeParse({ a: '97' }).success).toBe(false);
    expect(BadgeWidthsResponse.safeParse({ a: Number.POSITIVE_INFINITY }).success).toBe(false);
    const many = Object.fromEntries(Array.from({ length: 2_001 }, (_, i) => [`k${i}`, 1]));
    expect(BadgeWidthsResponse.safeParse(many).success).toBe(false);
  });

  it('the background reads a block longer than the engine’s usual message, and refuses more than 16 MB', () => {
    const long = 'The mat eased my back pain. '.repeat(110_000);
    expect(parseMessage(BackgroundMessage, { type: 'pointwise:read-texts', texts: [long, 'short'] })).toBeDefined();
    expect(
      parseMessage(BackgroundMessage, { type: 'pointwise:read-texts', texts: [long, long, long, long, long, long] }),
    ).toBeUndefined();
    expect(parseMessage(BackgroundMessage, { type: 'pointwise:read-texts', texts: 'not a list' })).toBeUndefined();
  });

  it.each<[string, unknown]>([
    ['a count without its site state', { type: 'pointwise:count', count: 3 }],
    ['a negative count', { type: 'pointwise:count', count: -1, enabled: true }],
    ['a fractional count', { type: 'pointwise:count', count: 1.5 }],
    ['a string count', { type: 'pointwise:count', count: '3' }],
    ['an unknown type', { type: 'something-else' }],
    ['null', null],
    ['a string', 'pointwise:count'],
  ])('the background ignores %s', (_n, m) => expect(parseMessage(BackgroundMessage, m)).toBeUndefined());

  it.each<[string, unknown, boolean]>([
    ['a summary request', { type: 'pointwise:summary' }, true],
    ['a reveal request', { type: 'pointwise:reveal', id: 4 }, true],
    ['a reveal without id', { type: 'pointwise:reveal' }, false],
    ['a reveal with id 0', { type: 'pointwise:reveal', id: 0 }, false],
    ['a selection check', { type: 'pointwise:check-selection', text: 'It eases back pain.' }, true],
    ['a page-forged count', { type: 'pointwise:count', count: 2 }, false],
  ])('the content script takes %s: %s', (_n, m, ok) => expect(parseMessage(ContentMessage, m) !== undefined).toBe(ok));
});

describe('lazily built schemas', () => {
  it('behave like the real schema, nested ones included', async () => {
    const { z } = await import('../../src/shared/zod');
    const { TopicId } = await import('../../src/evidence/ids');
    expect(TopicId instanceof z.ZodMiniEnum).toBe(true);
    const Wrapped = z.object({ topic: TopicId });
    expect(Wrapped.safeParse({ topic: 'sleep' }).success).toBe(true);
    expect(Wrapped.safeParse({ topic: 'telepathy' }).success).toBe(false);
    expect(TopicId.options).toContain('back-neck');
  });
});

describe('typed senders', () => {
  it('send what they are given, to the top frame of a tab by default', async () => {
    const toTab = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    const toBackground = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    await sendToTab(7, { type: 'pointwise:reveal', id: 3 });
    await sendToBackground({ type: 'pointwise:count', count: 2, enabled: true });
    expect(toTab).toHaveBeenCalledWith(7, { type: 'pointwise:reveal', id: 3 }, { frameId: 0 });
    expect(toBackground).toHaveBeenCalledWith({ type: 'pointwise:count', count: 2, enabled: true });
  });

  it('reject a mistyped message at compile time (checked by `npm run compile`)', () => {
    // Never called: these lines exist for the type checker, which must reject each of them.
    const mistakes = () => {
      // @ts-expect-error a misspelt type
      void sendToBackground({ type: 'pointwise:cuont', count: 1, enabled: true });
      // @ts-expect-error a missing field
      void sendToBackground({ type: 'pointwise:count', count: 1 });
      // @ts-expect-error a background message sent to a tab
      void sendToTab(1, { type: 'pointwise:count', count: 1, enabled: true });
    };
    expect(typeof mistakes).toBe('function');
  });
});

describe("the engine checks the background's answers (ReadTextsResponse, findings-wire.ts)", () => {
  const TEXT =
    'A 2011 Swedish study of 320 people found it works. It eases back pain and is clinically proven to improve sleep.';
  const [found] = readTexts([TEXT]);
  /** What the engine makes of an answer: the schema, then unpacking against the texts asked. */
  const receive = (raw: unknown, texts = [TEXT]) => {
    const answer = ReadTextsResponse.safeParse(raw);
    if (!answer.success) throw new Error('schema');
    return unpackAnswer(texts, answer.data);
  };
  type Wire = { texts: number; found: Array<{ at: number; claims: string; citations: unknown[] }> };
  const packed = () => JSON.parse(JSON.stringify(packAnswer([found!]))) as Wire;
  /** The packed claims with one number (field `field` of claim `claim`) replaced. */
  const withNumber = (claim: number, field: number, value: string) => {
    const answer = packed();
    const numbers = answer.found[0]!.claims.split(',');
    numbers[claim * 8 + field] = value;
    answer.found[0]!.claims = numbers.join(',');
    return answer;
  };
  /** An answer of one text holding `entry` (a citation-only entry by default). */
  const oneEntry = (entry: Record<string, unknown>): Wire => ({
    texts: 1,
    found: [{ at: 0, claims: '', citations: [], ...entry }],
  });

  it('the test text holds claims and a citation', () => {
    expect(found!.claims.length).toBeGreaterThanOrEqual(2);
    expect(found!.citations).toHaveLength(1);
  });

  it('gives back exactly what the background found, through JSON', () => {
    expect(receive(packed())).toEqual([found]);
    expect(receive({ texts: 1, found: [] })).toEqual([{ claims: [], citations: [] }]);
  });

  it('answers only the texts that hold something, each by its place', () => {
    const texts = ['Free delivery on orders over £20.', TEXT, 'Colour: grey.'];
    const answer = packAnswer(readTexts(texts));
    expect(answer.texts).toBe(3);
    expect(answer.found.map((f) => f.at)).toEqual([1]);
    expect(receive(JSON.parse(JSON.stringify(answer)), texts)).toEqual([
      { claims: [], citations: [] },
      found,
      { claims: [], citations: [] },
    ]);
  });

  it('gives back what the background found in every dev corpus document', () => {
    const dir = 'tests/corpus';
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
      const lines = readFileSync(join(dir, file), 'utf8').split('\n');
      const read = readTexts(lines);
      const raw = JSON.parse(JSON.stringify(packAnswer(read))) as unknown;
      const answer = ReadTextsResponse.parse(raw);
      expect(unpackAnswer(lines, answer), file).toEqual(read);
    }
  });

  it.each<[string, () => unknown]>([
    ['claims as objects (the old form)', () => oneEntry({ claims: [{ topic: 'sleep' }] })],
    ['a list of every text (the old form)', () => [{ claims: '', citations: [] }]],
    ['an entry without its place', () => ({ texts: 1, found: [{ claims: '', citations: [] }] })],
    ['a negative place', () => oneEntry({ at: -1 })],
    ['a negative number', () => withNumber(0, 4, '-1')],
    ['a fractional number', () => withNumber(0, 5, '4.5')],
    ['a word among the numbers', () => withNumber(0, 0, 'sleep')],
    ['a confidence above 1', () => oneEntry({ citations: [{ ...found!.citations[0], confidence: 2 }] })],
    [
      'a reference of 101 characters',
      () => oneEntry({ citations: [{ ...found!.citations[0], reference: 'x'.repeat(101) }] }),
    ],
    ['an unknown study kind', () => oneEntry({ citations: [{ ...found!.citations[0], kind: 'anecdote' }] })],
    ['no list at all', () => ({ texts: 1 })],
  ])('refuses %s', (_n, bad) => {
    expect(ReadTextsResponse.safeParse(bad()).success).toBe(false);
  });

  it.each<[string, () => unknown]>([
    ['an unknown topic', () => withNumber(0, 0, '99')],
    ['an unknown status', () => withNumber(1, 1, '42')],
    ['an unknown stance', () => withNumber(0, 2, '3')],
    ['an overstated flag other than 0 or 1', () => withNumber(1, 3, '2')],
    ['a phrase past the end of its text', () => withNumber(0, 5, String(TEXT.length + 1))],
    ['a sentence that ends before it starts', () => withNumber(1, 7, '0')],
    ['part of a claim', () => oneEntry({ claims: '1,1,0,0,3,9,0' })],
    ['an answer for two texts where one was asked', () => ({ texts: 2, found: [] })],
    ['an entry past the texts asked', () => oneEntry({ at: 1 })],
    [
      'the same text twice',
      () => ({
        texts: 1,
        found: [
          { at: 0, claims: '', citations: [] },
          { at: 0, claims: '', citations: [] },
        ],
      }),
    ],
  ])('passes the schema but refuses on unpacking %s', (_n, bad) => {
    expect(ReadTextsResponse.safeParse(bad()).success).toBe(true);
    expect(() => receive(bad())).toThrow(/Pointwise: the background (sent|answered)/);
  });
});
