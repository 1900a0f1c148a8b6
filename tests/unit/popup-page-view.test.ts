import { describe, expect, it, test } from 'vitest';
import { topicEvidence } from '../../src/evidence';
import type { SummaryResponse } from '../../src/messaging/messages';
import {
  choosePageState,
  claimsToList,
  claimsHeadline,
  countOverstated,
  cutEnd,
  cutStart,
  excerpt,
  formatReviewDate,
  groupClaimsByTopic,
  lacksSafetyWarning,
  overstatedLine,
  type PageProbe,
  type SummaryClaim,
} from '../../src/ui/page-view';
import { DEFAULT_SETTINGS, type Settings } from '../../src/settings';

let nextId = 1;
function claim(topic: SummaryClaim['topic'], extra: Partial<SummaryClaim> = {}): SummaryClaim {
  return {
    id: nextId++,
    topic,
    status: topicEvidence(topic).status,
    stance: 'asserted',
    overstated: false,
    phrase: 'eases back pain',
    sentence: 'This mat eases back pain.',
    ...extra,
  };
}

function summary(extra: Partial<SummaryResponse> = {}): SummaryResponse {
  return {
    site: 'shop.example',
    enabled: true,
    relevant: true,
    ready: true,
    claims: [],
    total: 0,
    citations: [],
    hasSafetyWarning: false,
    ...extra,
  };
}

const settings = (extra: Partial<Settings> = {}): Settings => ({ ...DEFAULT_SETTINGS, ...extra });
const ok = (s: SummaryResponse): PageProbe => ({ kind: 'ok', summary: s });

describe('groupClaimsByTopic', () => {
  it('groups in the order topics first appear, claims in page order inside a group', () => {
    const a = claim('sleep');
    const b = claim('back-neck');
    const c = claim('sleep');
    const d = claim('stress-anxiety');
    const e = claim('back-neck');
    const groups = groupClaimsByTopic([a, b, c, d, e]);
    expect(groups.map((g) => g.topic)).toEqual(['sleep', 'back-neck', 'stress-anxiety']);
    expect(groups.map((g) => g.claims.map((x) => x.id))).toEqual([[a.id, c.id], [b.id, e.id], [d.id]]);
  });

  it('takes the title and status from the knowledge base', () => {
    const [group] = groupClaimsByTopic([claim('back-neck')]);
    expect(group).toMatchObject({ title: topicEvidence('back-neck').title, status: 'mixed' });
  });

  it('lists a repeated id once, and nothing for no claims', () => {
    const a = claim('sleep');
    expect(groupClaimsByTopic([a, a])[0]!.claims).toHaveLength(1);
    expect(groupClaimsByTopic([])).toEqual([]);
  });
});

test.each<[number, boolean, number, number]>([
  [0, false, 0, 0],
  [3, false, 3, 0],
  [4, false, 4, 0], // one hidden claim is not worth a button
  [5, false, 3, 2],
  [40, false, 3, 37],
  [40, true, 40, 0],
])('claimsToList: %i claims, expanded %s → %i shown, %i more', (n, expanded, shown, more) => {
  const claims = Array.from({ length: n }, (_, i) => i);
  const list = claimsToList(claims, expanded);
  expect(list.shown).toEqual(claims.slice(0, shown));
  expect(list.more).toBe(more);
});

describe('overstated claims', () => {
  test.each<[string, Array<Partial<SummaryClaim>>, number, string | null]>([
    ['none', [{}, {}], 0, null],
    ['one', [{ overstated: true }, {}], 1, '1 stated as proven'],
    [
      'a negated statement never counts',
      [{ overstated: true, stance: 'negated' }, { overstated: true }],
      1,
      '1 stated as proven',
    ],
    ['hedged still counts', [{ overstated: true, stance: 'hedged' }, { overstated: true }], 2, '2 stated as proven'],
  ])('%s', (_name, extras, count, line) => {
    const claims = extras.map((x) => claim('sleep', x));
    expect(countOverstated(claims)).toBe(count);
    expect(overstatedLine(claims)).toBe(line);
  });
});

test.each<[SummaryClaim['topic'][], string]>([
  [['sleep'], '1 claim about 1 topic'],
  [['sleep', 'sleep'], '2 claims about 1 topic'],
  [['sleep', 'back-neck', 'sleep'], '3 claims about 2 topics'],
])('claimsHeadline %j', (topics, expected) => {
  expect(claimsHeadline(topics.map((t) => claim(t)))).toBe(expected);
});

describe('lacksSafetyWarning', () => {
  test.each<[string, Partial<SummaryResponse>, boolean]>([
    ['claims, no warning', { claims: [claim('sleep')] }, true],
    ['claims and a warning', { claims: [claim('sleep')], hasSafetyWarning: true }, false],
    ['no claims', { claims: [] }, false],
    ['only doubting statements', { claims: [claim('sleep', { stance: 'negated' })] }, false],
    ['a hedged claim counts', { claims: [claim('sleep', { stance: 'hedged' })] }, true],
  ])('%s', (_name, extra, expected) => {
    expect(lacksSafetyWarning(summary(extra))).toBe(expected);
  });
});

describe('choosePageState', () => {
  const withClaims = summary({ claims: [claim('sleep')], total: 1 });
  // The summary's site is shop.example; `siteOn` is the popup's own reading of that site's switch.
  test.each<[string, PageProbe, Settings | null, boolean | null, string]>([
    ['no answer yet', { kind: 'pending' }, settings(), null, 'loading'],
    ['no content script', { kind: 'unreachable' }, settings(), null, 'unreachable'],
    [
      'off everywhere wins over the site',
      ok(summary({ enabled: false })),
      settings({ enabled: false }),
      false,
      'off-everywhere',
    ],
    ['off on this site', ok(summary({ enabled: false })), settings(), false, 'off-site'],
    ['this site on (others may be off)', ok(withClaims), settings(), true, 'claims'],
    ['just switched on, content script not yet', ok(summary({ enabled: false })), settings(), true, 'reading'],
    ['just switched off, content script not yet', ok(withClaims), settings(), false, 'off-site'],
    ['still reading, nothing yet', ok(summary({ ready: false, relevant: false })), settings(), true, 'reading'],
    [
      'still reading, claims so far',
      ok(summary({ ready: false, claims: [claim('sleep')], total: 1 })),
      settings(),
      true,
      'claims',
    ],
    ['not about mats', ok(summary({ relevant: false })), settings(), true, 'not-relevant'],
    ['about mats, no claims', ok(summary()), settings(), true, 'nothing-found'],
    ['claims', ok(withClaims), settings(), true, 'claims'],
    ['settings not loaded: the summary decides', ok(summary({ enabled: false })), null, null, 'off-site'],
    ['site switch not read yet: the summary decides', ok(withClaims), settings(), null, 'claims'],
    ['site switch not read yet, summary says off', ok(summary({ enabled: false })), settings(), null, 'off-site'],
  ])('%s → %s', (_name, probe, s, siteOn, expected) => {
    expect(choosePageState(probe, s, siteOn).kind).toBe(expected);
  });

  it('counts claims hidden by the settings when nothing is shown', () => {
    expect(choosePageState(ok(summary({ total: 3 })), settings(), true)).toEqual({ kind: 'nothing-found', hidden: 3 });
    const citations = [
      {
        id: 9,
        text: 'a 2012 German trial',
        reference: 'hohmann2012',
        confidence: 1,
        kind: 'mat' as const,
        misquotes: [],
      },
    ];
    // A page that cites research but makes no claim still lists what it cites.
    expect(choosePageState(ok(summary({ citations })), settings(), true)).toEqual({
      kind: 'nothing-found',
      hidden: 0,
      citations,
    });
  });

  it('names the site when it is off', () => {
    expect(choosePageState(ok(summary()), settings(), false)).toEqual({
      kind: 'off-site',
      site: 'shop.example',
    });
  });
});

describe('shortening at word boundaries', () => {
  test.each<[string, number, string]>([
    ['short enough', 20, 'short enough'],
    ['one two three four five six', 14, 'one two three…'],
    ['one two three, four five six', 16, 'one two three…'],
    ['abcdefghijklmnopqrstuvwxyz', 10, 'abcdefghi…'],
  ])('cutEnd(%j, %i) → %j', (text, max, expected) => {
    const cut = cutEnd(text, max);
    expect(cut).toBe(expected);
    expect(cut.length).toBeLessThanOrEqual(max);
  });

  test.each<[string, number, string]>([
    ['short enough', 20, 'short enough'],
    ['one two three four five six', 14, '…four five six'],
    ['abcdefghijklmnopqrstuvwxyz', 10, '…rstuvwxyz'],
  ])('cutStart(%j, %i) → %j', (text, max, expected) => {
    const cut = cutStart(text, max);
    expect(cut).toBe(expected);
    expect(cut.length).toBeLessThanOrEqual(max);
  });
});

describe('excerpt', () => {
  const long =
    'After a long week of sitting at my desk and carrying the kids around, I found that lying on the mat for twenty minutes ' +
    'relieves back pain better than anything else I have tried, including the pricey massage chair at the mall near my office.';

  it('keeps a short sentence whole and finds the phrase', () => {
    expect(excerpt('This mat  eases\nback pain.', 'eases back pain')).toEqual({
      before: 'This mat ',
      phrase: 'eases back pain',
      after: '.',
      shortened: false,
    });
  });

  it('finds the phrase whatever its case', () => {
    expect(excerpt('It Relieves Back Pain fast.', 'relieves back pain').phrase).toBe('Relieves Back Pain');
  });

  test.each([60, 90, 120, 150])(
    'cuts a long sentence to about %i characters around the phrase, at word boundaries',
    (max) => {
      const cut = excerpt(long, 'relieves back pain', max);
      const text = cut.before + cut.phrase + cut.after;
      expect(cut.phrase).toBe('relieves back pain');
      expect(cut.shortened).toBe(true);
      expect(text.length).toBeLessThanOrEqual(max + 2);
      // Every word shown is a whole word of the sentence (a cut may drop the punctuation after it).
      const bare = (w: string) => w.replace(/[,.;:]+$/, '');
      for (const word of text.replace(/…/g, ' ').split(/\s+/).filter(Boolean)) {
        expect(long.split(' ').map(bare)).toContain(bare(word));
      }
      expect(text.startsWith('…')).toBe(true);
      expect(text.endsWith('…')).toBe(true);
    },
  );

  it('gives the room a short side does not need to the other side', () => {
    const cut = excerpt(
      `Relieves back pain ${'and then some more words follow here '.repeat(6)}`.trim(),
      'Relieves back pain',
      80,
    );
    expect(cut.before).toBe('');
    expect((cut.phrase + cut.after).length).toBeGreaterThan(60);
  });

  it('keeps the start when the phrase is not in the sentence', () => {
    const cut = excerpt(long, 'not there', 50);
    expect(cut.phrase).toBe('');
    expect(cut.before.startsWith('After a long week')).toBe(true);
    expect(cut.before.endsWith('…')).toBe(true);
  });

  it('keeps a phrase longer than the limit whole', () => {
    const phrase = long.slice(0, 140);
    const cut = excerpt(long, phrase, 60);
    expect(cut.phrase).toBe(phrase);
  });
});

test.each<[string, string]>([
  ['2026-11-21', '21 November 2026'],
  ['2025-01-05', '5 January 2025'],
  ['not a date', 'not a date'],
  ['2025-13-01', '2025-13-01'],
])('formatReviewDate(%j) → %j', (iso, expected) => {
  expect(formatReviewDate(iso)).toBe(expected);
});

test('formatReviewDate short form', () => {
  expect(formatReviewDate('2026-11-21', true)).toBe('21 Nov 2026');
  expect(formatReviewDate('2026-05-01', true)).toBe('1 May 2026');
});
