import { describe, expect, it } from 'vitest';
import { BackgroundMessage, ContentMessage, parseMessage } from '../../src/messaging/messages';

describe('messages are checked on receipt', () => {
  it.each<[string, unknown]>([
    ['a count', { type: 'pointwise:count', count: 3 }],
    ['a zero count', { type: 'pointwise:count', count: 0 }],
  ])('the background accepts %s', (_n, m) => expect(parseMessage(BackgroundMessage, m)).toEqual(m));

  it.each<[string, unknown]>([
    ['a negative count', { type: 'pointwise:count', count: -1 }],
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
