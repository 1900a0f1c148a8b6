import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  BackgroundMessage,
  ContentMessage,
  parseMessage,
  ReadTextsResponse,
  sendToBackground,
  sendToTab,
} from '../../src/messaging/messages';

describe('messages are checked on receipt', () => {
  it.each<[string, unknown]>([
    ['a count', { type: 'pointwise:count', count: 3, enabled: true }],
    ['a zero count on a switched-off site', { type: 'pointwise:count', count: 0, enabled: false }],
  ])('the background accepts %s', (_n, m) => expect(parseMessage(BackgroundMessage, m)).toEqual(m));

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
    const { z } = await import('zod');
    const { TopicId } = await import('../../src/evidence/ids');
    expect(TopicId instanceof z.ZodType).toBe(true);
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

describe("the engine checks the background's answers (ReadTextsResponse)", () => {
  const claim = {
    topic: 'back-neck',
    status: 'mixed',
    stance: 'asserted',
    overstated: false,
    phrase: 'eases back pain',
    sentence: 'It eases back pain.',
    phraseSpan: { start: 3, end: 18 },
  };
  const citation = {
    text: 'A 2011 Swedish study of 32 people',
    reference: null,
    confidence: 0.8,
    kind: 'mat',
    misquotes: [{ field: 'participants', stated: '320', actual: '32', note: 'Ten times the real number.' }],
    span: { start: 0, end: 33 },
    found: { start: 2, end: 6 },
    misquoteStarts: [17],
  };
  const answer = [
    { claims: [claim], citations: [citation] },
    { claims: [], citations: [] },
  ];

  it('takes a well-formed answer as it is', () => {
    expect(ReadTextsResponse.parse(answer)).toEqual(answer);
  });

  it.each<[string, unknown]>([
    ['an unknown topic', [{ claims: [{ ...claim, topic: 'baldness' }], citations: [] }]],
    ['an unknown stance', [{ claims: [{ ...claim, stance: 'sure' }], citations: [] }]],
    ['a negative span', [{ claims: [{ ...claim, phraseSpan: { start: -1, end: 4 } }], citations: [] }]],
    ['a fractional span', [{ claims: [{ ...claim, phraseSpan: { start: 1.5, end: 4 } }], citations: [] }]],
    ['a claim without its phrase', [{ claims: [{ ...claim, phrase: undefined }], citations: [] }]],
    ['a confidence above 1', [{ claims: [], citations: [{ ...citation, confidence: 2 }] }]],
    ['a reference of 101 characters', [{ claims: [], citations: [{ ...citation, reference: 'x'.repeat(101) }] }]],
    ['an unknown study kind', [{ claims: [], citations: [{ ...citation, kind: 'anecdote' }] }]],
    [
      'an unknown misquoted fact',
      [{ claims: [], citations: [{ ...citation, misquotes: [{ ...citation.misquotes[0], field: 'colour' }] }] }],
    ],
    ['no list at all', { claims: [] }],
  ])('refuses %s', (_n, bad) => {
    expect(ReadTextsResponse.safeParse(bad).success).toBe(false);
  });
});
