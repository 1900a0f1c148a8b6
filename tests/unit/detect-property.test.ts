import { describe, expect, it } from 'vitest';
import { findClaims, type DetectStats } from '../../src/detect';
import { judgeRelevance } from '../../src/detect';
import { TOPIC_IDS, STANCES } from '../../src/evidence/ids';
import { seededRandom as rng } from '../support/seeded-random';

const FRAGMENTS = [
  'relieves',
  'back pain',
  'may',
  'not',
  "didn't",
  'sleep',
  'improves',
  ',',
  '.',
  '?',
  '!',
  'and',
  'no more',
  'clinically proven',
  'side effects',
  'safe',
  'for',
  'great',
  'mat',
  '(',
  ')',
  '"',
  '—',
  '\n',
  '|',
  '•',
  'حصيرة الوخز',
  'שינה טובה',
  '😀',
  '\ud800',
  '\udfff',
  '\u200b',
  'ñ',
  'ﬁ',
  '1.2',
  'e.g.',
  'Dr.',
  '…',
  'x'.repeat(300),
  'pain-free',
  "it's",
  'stress',
  'may not',
  'some users report',
  'headaches are gone',
];

function randomText(rand: () => number, words: number): string {
  const parts: string[] = [];
  for (let i = 0; i < words; i++) {
    const r = rand();
    if (r < 0.7) parts.push(FRAGMENTS[Math.floor(rand() * FRAGMENTS.length)]!);
    else parts.push(String.fromCharCode(Math.floor(rand() * 0xffff)));
  }
  return parts.join(rand() < 0.5 ? ' ' : '');
}

function checkInvariants(text: string): void {
  const claims = findClaims(text);
  let lastStart = -1;
  for (const c of claims) {
    expect(TOPIC_IDS).toContain(c.topic);
    expect(STANCES).toContain(c.stance);
    expect(c.phrase.start).toBeGreaterThanOrEqual(c.sentence.start);
    expect(c.phrase.end).toBeLessThanOrEqual(c.sentence.end);
    expect(c.phrase.start).toBeLessThan(c.phrase.end);
    expect(c.sentence.end).toBeLessThanOrEqual(text.length);
    expect(c.phrase.start).toBeGreaterThanOrEqual(lastStart);
    if (c.stance === 'negated') expect(c.overstated).toBe(false);
    lastStart = c.phrase.start;
  }
}

describe('findClaims on random and adversarial text', () => {
  it('never throws and keeps its invariants on 300 random texts', () => {
    const rand = rng(20261121);
    for (let i = 0; i < 300; i++) checkInvariants(randomText(rand, 5 + Math.floor(rand() * 200)));
  });

  it.each<[string, () => string]>([
    ['1 MB without spaces', () => 'a'.repeat(1 << 20)],
    ['1 MB of one term glued together', () => 'backpain'.repeat(1 << 17)],
    ['a megabyte of claim words with no sentence end', () => 'relieves back pain and '.repeat(45_000)],
    ['very long words between claims', () => `${'z'.repeat(100_000)} relieves back pain ${'q'.repeat(100_000)}`],
    ['deep brackets', () => `${'('.repeat(100_000)}relieves back pain${')'.repeat(100_000)}`],
    ['right-to-left text', () => 'מזרן דיקור מקל על כאבי גב. '.repeat(10_000) + 'It eases back pain.'],
    ['emoji everywhere', () => '🙂 relieves 🙂 back 🙂 pain 🙂. '.repeat(20_000)],
    ['lone surrogates', () => '\ud800 eases \udc00 neck pain \ud800.'.repeat(20_000)],
    ['only punctuation', () => '.,;:!?—()[]'.repeat(50_000)],
    ['a question repeated', () => 'Can a mat help you sleep? '.repeat(30_000)],
  ])('%s', (_name, make) => {
    const text = make();
    expect(() => checkInvariants(text)).not.toThrow();
    expect(() => judgeRelevance({ title: text.slice(0, 1000), blocks: [text] })).not.toThrow();
  });

  it('still finds claims inside noisy text', () => {
    const text = `${'🙂'.repeat(1000)} It eases neck pain. ${'\ud800'.repeat(1000)}`;
    expect(findClaims(text).map((c) => c.topic)).toEqual(['back-neck']);
  });
});

describe('findClaims does linear work', () => {
  function work(text: string): DetectStats {
    const stats: DetectStats = { sentences: 0, analysedChars: 0, tokens: 0 };
    findClaims(text, stats);
    return stats;
  }

  it.each<[string, (n: number) => string]>([
    ['claim-dense prose', (n) => 'It relieves back pain and improves sleep. The cover is blue. '.repeat(n)],
    ['one endless sentence of terms', (n) => 'pain stress sleep back neck '.repeat(n)],
    ['terms in words without spaces', (n) => 'painstresssleep'.repeat(n)],
    ['lines of bullets', (n) => '• Eases tension\n• 1.2 kg\n'.repeat(n)],
  ])('%s: work grows in proportion to length', (_name, make) => {
    const small = work(make(2_000));
    const large = work(make(8_000));
    // Sentences never overlap, so the characters analysed never exceed the text.
    expect(large.analysedChars).toBeLessThanOrEqual(make(8_000).length);
    // Four times the text costs at most a little over four times the work.
    expect(large.tokens).toBeLessThanOrEqual(small.tokens * 4 + 200);
    expect(large.sentences).toBeLessThanOrEqual(small.sentences * 4 + 4);
  });

  it('skips text with no candidate words entirely', () => {
    expect(work('The cover is blue and the bag is handy. '.repeat(5_000)).sentences).toBe(0);
  });
});
