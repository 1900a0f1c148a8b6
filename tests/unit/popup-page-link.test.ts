import { afterEach, describe, expect, it, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { pickTargetTab, requestSummary, revealClaim } from '../../src/ui/page-link';

/** tabs.sendMessage answering with `answer` (its typings say it resolves to void). */
const answerWith = (answer: unknown) => vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(answer as never);

afterEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

describe('pickTargetTab: the page the popup was opened over', () => {
  test.each<[string, Array<{ id?: number }>, number | undefined, number | undefined]>([
    ['a real popup has no tab of its own', [{ id: 7 }], undefined, 7],
    ['opened as a tab, the popup skips itself', [{ id: 3 }, { id: 9 }], 3, 9],
    ['only the popup itself', [{ id: 3 }], 3, undefined],
    ['a tab without an id is no target', [{}, { id: 4 }], undefined, 4],
    ['no tabs', [], undefined, undefined],
  ])('%s', (_name, tabs, own, expected) => {
    expect(pickTargetTab(tabs, own)?.id).toBe(expected);
  });
});

const validSummary = {
  site: 'shop.example',
  enabled: true,
  relevant: true,
  ready: true,
  claims: [
    {
      id: 1,
      topic: 'sleep',
      status: 'preliminary',
      stance: 'asserted',
      overstated: false,
      phrase: 'helps me sleep',
      sentence: 'It helps me sleep.',
    },
  ],
  total: 1,
  citations: [],
  hasSafetyWarning: false,
};

describe('requestSummary', () => {
  it('asks the top frame of the tab and returns a valid answer', async () => {
    const send = answerWith(validSummary);
    await expect(requestSummary(12)).resolves.toEqual({ kind: 'ok', summary: validSummary });
    expect(send).toHaveBeenCalledWith(12, { type: 'pointwise:summary' }, { frameId: 0 });
  });

  test.each<[string, unknown]>([
    ['nothing', undefined],
    ['a string', 'hello'],
    ['an unknown topic', { ...validSummary, claims: [{ ...validSummary.claims[0], topic: 'astrology' }] }],
    ['a missing field', { ...validSummary, ready: undefined }],
  ])('treats a malformed answer (%s) as no answer', async (_name, answer) => {
    answerWith(answer);
    await expect(requestSummary(12)).resolves.toEqual({ kind: 'unreachable' });
  });

  it('says unreachable when no content script listens (browser pages, stores)', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(
      new Error('Could not establish connection. Receiving end does not exist.'),
    );
    await expect(requestSummary(12)).resolves.toEqual({ kind: 'unreachable' });
  });
});

describe('revealClaim', () => {
  it('sends the claim id and reports whether the page found it', async () => {
    const send = answerWith(true);
    await expect(revealClaim(5, 42)).resolves.toBe(true);
    expect(send).toHaveBeenCalledWith(5, { type: 'pointwise:reveal', id: 42 }, { frameId: 0 });
  });

  test.each<[string, () => Promise<unknown>]>([
    ['the page no longer has it', () => Promise.resolve(false)],
    ['an odd answer', () => Promise.resolve('yes')],
    ['no content script', () => Promise.reject(new Error('gone'))],
  ])('false when %s', async (_name, answer) => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(answer);
    await expect(revealClaim(5, 42)).resolves.toBe(false);
  });
});
