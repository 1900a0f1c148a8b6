import { describe, expect, test } from 'vitest';
import { CAUTION_BASES } from '../../src/evidence';
import type { PageState } from '../../src/ui/page-view';
import {
  CAUTION_BASIS_LABELS,
  hiddenLine,
  NO_SAFETY_WARNING_NOTE,
  pageStateText,
  PRIVACY_PROMISE,
} from '../../src/ui/wording';

const states: Array<Exclude<PageState, { kind: 'claims' }>> = [
  { kind: 'loading' },
  { kind: 'unreachable' },
  { kind: 'off-everywhere', site: 'shop.example' },
  { kind: 'off-site', site: 'shop.example' },
  { kind: 'reading' },
  { kind: 'not-relevant' },
  { kind: 'nothing-found', hidden: 0 },
  { kind: 'nothing-found', hidden: 2 },
];

/** Words that would advise the reader or judge a product; the popup describes, it never does either. */
const ADVICE_OR_JUDGEMENT =
  /\b(?:should|must|don['’]t buy|avoid buying|scam|fake|rip-?off|trust|recommend(?:ed)? (?:you|this)|we suggest|you need)\b/i;

describe('empty states', () => {
  test.each(states.map((s) => [s.kind + ('hidden' in s ? ` (hidden ${s.hidden})` : ''), s] as const))(
    '%s has a title and neutral words',
    (_name, state) => {
      const text = pageStateText(state);
      expect(text.title.trim()).not.toBe('');
      expect(`${text.title} ${text.body}`).not.toMatch(ADVICE_OR_JUDGEMENT);
    },
  );

  test.each<[Exclude<PageState, { kind: 'claims' }>, RegExp]>([
    [{ kind: 'unreachable' }, /browsers? keep extensions out/i],
    [{ kind: 'not-relevant' }, /isn’t about acupressure mats/],
    [{ kind: 'off-site', site: 'shop.example' }, /off on shop\.example/],
    [{ kind: 'off-everywhere', site: 'shop.example' }, /off everywhere/],
    [{ kind: 'reading' }, /still reading/i],
    [{ kind: 'nothing-found', hidden: 0 }, /no health claims/i],
  ])('%j says what is going on', (state, pattern) => {
    const text = pageStateText(state);
    expect(`${text.title} ${text.body}`).toMatch(pattern);
  });

  test('switched-off states offer the way back on; the others offer nothing', () => {
    expect(pageStateText({ kind: 'off-site', site: 'shop.example' }).action).toEqual({
      label: 'Turn on for shop.example',
      does: 'enable-site',
    });
    expect(pageStateText({ kind: 'off-everywhere', site: 'shop.example' }).action?.does).toBe('enable-everywhere');
    for (const state of states.filter((s) => s.kind !== 'off-site' && s.kind !== 'off-everywhere')) {
      expect(pageStateText(state).action).toBeUndefined();
    }
  });

  test('hidden claims are counted in words', () => {
    expect(pageStateText({ kind: 'nothing-found', hidden: 2 }).body).toContain(hiddenLine(2));
    expect(hiddenLine(1)).toBe('1 hedged or doubting statement is hidden by your settings.');
    expect(hiddenLine(3)).toBe('3 hedged or doubting statements are hidden by your settings.');
  });
});

test('the missing-warning note and the privacy promise stay neutral', () => {
  expect(NO_SAFETY_WARNING_NOTE).not.toMatch(ADVICE_OR_JUDGEMENT);
  expect(PRIVACY_PROMISE).toBe('Runs entirely in your browser. Nothing is sent anywhere.');
});

test('every caution basis has a label', () => {
  for (const basis of CAUTION_BASES) expect(CAUTION_BASIS_LABELS[basis]).toMatch(/\w/);
});
