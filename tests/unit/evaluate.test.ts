import { describe, expect, it } from 'vitest';
import { evaluate, mergePredictions, summaryFigures, summaryLine, type EvalDocument } from '../../src/cli/evaluate';
import { loadAndPredict } from '../../src/cli/run-eval';

const doc = (
  gold: EvalDocument['gold'],
  claims: EvalDocument['predicted']['claims'],
  relevant = true,
): EvalDocument => ({
  name: 'd',
  gold,
  predicted: { relevant, claims },
});

describe('evaluate: the metrics of issue 12', () => {
  it.each<[string, EvalDocument, Partial<ReturnType<typeof summaryFigures>>]>([
    [
      'a hit, a miss and a spurious claim',
      doc(
        {
          relevant: true,
          genre: 'g',
          lines: {
            1: { claims: [{ topic: 'sleep', stance: 'asserted' }], overstated: false },
            2: { claims: [{ topic: 'pain', stance: 'hedged' }], overstated: false },
          },
        },
        [
          { line: 1, topic: 'sleep', stance: 'asserted', overstated: false },
          { line: 3, topic: 'energy', stance: 'asserted', overstated: false },
        ],
      ),
      { p: 0.5, r: 0.5, stance: 1 },
    ],
    [
      'a gold-negated pair reported as asserted is a false positive and lowers neg',
      doc(
        {
          relevant: true,
          genre: 'g',
          lines: { 4: { claims: [{ topic: 'weight', stance: 'negated' }], overstated: false } },
        },
        [{ line: 4, topic: 'weight', stance: 'asserted', overstated: false }],
      ),
      { p: 0, neg: 0, stance: 0 },
    ],
    [
      'a gold-negated pair reported as negated keeps neg and stance',
      doc(
        {
          relevant: true,
          genre: 'g',
          lines: { 4: { claims: [{ topic: 'weight', stance: 'negated' }], overstated: false } },
        },
        [{ line: 4, topic: 'weight', stance: 'negated', overstated: false }],
      ),
      { neg: 1, stance: 1 },
    ],
    [
      'overstatement is scored by line',
      doc(
        {
          relevant: true,
          genre: 'g',
          lines: { 1: { claims: [{ topic: 'sleep', stance: 'asserted' }], overstated: true } },
        },
        [
          { line: 1, topic: 'sleep', stance: 'asserted', overstated: true },
          { line: 2, topic: 'pain', stance: 'asserted', overstated: true },
        ],
      ),
      { overF1: 2 / 3 },
    ],
  ])('%s', (_name, d, expected) => {
    const figures = summaryFigures(evaluate([d]));
    for (const [k, v] of Object.entries(expected)) expect(figures[k as keyof typeof figures], k).toBeCloseTo(v, 5);
  });

  it('merges claims of one (line, topic): detected if any is asserted or hedged, stance by majority', () => {
    const merged = mergePredictions([
      { line: 1, topic: 'sleep', stance: 'negated', overstated: false },
      { line: 1, topic: 'sleep', stance: 'hedged', overstated: false },
      { line: 1, topic: 'sleep', stance: 'hedged', overstated: false },
    ]);
    expect(merged.get('1\u0000sleep')).toEqual({ stance: 'hedged', detected: true });
  });

  it('counts relevance and prints the summary line in the issue’s format', () => {
    const report = evaluate([doc({ relevant: false, genre: 'unrelated', lines: {} }, [], true)]);
    expect(summaryLine(report)).toBe('detect P=1.00 R=1.00 F1=1.00 neg=1.00 stance=1.00 over-F1=1.00 relevance=0/1');
  });
});

describe('the dev corpus stays at or above the figures reached (a regression floor)', () => {
  it('through the scan pipeline', async () => {
    const { docs, skipped } = await loadAndPredict('tests/corpus', { stdout: () => {}, stderr: () => {} });
    expect(skipped).toBe(0);
    expect(docs.length).toBeGreaterThanOrEqual(133);
    const f = summaryFigures(evaluate(docs));
    // The dev corpus is trained on (npm run train), so these are not estimates of accuracy on new
    // pages (see tests/corpus/README.md for the cross-validated and holdout figures): they guard
    // against a change that loses what the detector had.
    // 0.95 until batch d19 (sceptical pieces and forums that quote and rebut; 0.9499 with it);
    // 0.945 until d23 (forums, a menopause thread, a claim-by-claim watchdog piece; 0.9436 with it);
    // 0.943 until d24 (an FAQ of "we cannot claim" answers, a sceptical news piece; 0.9426 with it);
    // 0.942 until d25 (a wind-down blog weighing tea, magnesium and the mat, two FAQs; 0.9410);
    // 0.94 until d27 (a sarcastic column, a consumer test, a feature of quoted devotees; 0.9398);
    // 0.939 until d28 (a fact-check, an advice column, a yoga teacher's blog; 0.9377); 0.937 until
    // sore feet, heels, knees and joints became pain terms (0.9352: more of the judge's candidates);
    // 0.935 until d30 (a pharmacy Q&A, a menopause forum, two newsletters and diaries; 0.9336);
    // 0.933 until d31 (a student's and a dad's blog, a Q&A site, an evidence page; 0.9315); 0.931
    // until nausea became a weak digestion term (0.9310: more of the judge's candidates); 0.93 until
    // "completely safe", "magic" and "forever" stopped marking overstatement (0.92998 after the refit);
    // 0.929 until d35 (two review pages, two forum threads, a wry diary, an FAQ; 0.9287); 0.928
    // until d36 (a fibromyalgia forum, a translated foot-mat review page, two diaries; 0.9279).
    expect(f.p).toBeGreaterThanOrEqual(0.927);
    // 0.89 since batch d9 (20 documents weighted to review pages, forums and personal blogs) and
    // the second holdout's 24 documents joined (0.90 then); 0.889 since batch d10 (review pages
    // that never name the product kind); 0.879 since batch d15 (forum threads and a trap-filled FAQ
    // among its 15 documents: the refit fits the harder lines a little less closely); 0.871 since
    // batches d16 and d17 (30 documents, forums, blogs and brand shops among them); 0.866 since d18
    // (fresh recall 0.63: forums, personal blogs, a sceptical piece quoting influencers); 0.864
    // since d19 (fresh F1 0.63: sceptical news, forums, personal blogs, explainers only); 0.8598
    // since d23 (fresh F1 0.74); 0.858 since related searches hold no claim (0.8588 after that refit);
    // 0.857 since d26 (fresh R 0.67: "tired feet", stiffness told with no place, claim tables; 0.8575);
    // 0.854 since d28 (fresh R 0.73: a night nurse's diary, a retiree's blog; 0.8545); 0.853 since
    // d30 (fresh R 0.70: colloquial stiffness, warmth and tiredness in reviews and diaries; 0.8543);
    // 0.852 since the overstatement words above changed the judge's features (0.8529 after the refit);
    // 0.849 since d36 (fresh R 0.69: colloquial reviews and forum posts; 0.8491).
    expect(f.r).toBeGreaterThanOrEqual(0.849);
    expect(f.neg).toBeGreaterThanOrEqual(0.95);
    // 0.95 until d27 (its quoted testimonials and rebuttals: 0.9447 with it); 0.944 until d28 (0.9419);
    // 0.941 until d32 (a diary, a perimenopause review, threads that concede and deny by turns; 0.9407);
    // 0.94 until d33 (a Mumsnet thread, a columnist's week, a watchdog quoting listings; 0.9397);
    // 0.939 until d34 (four diaries and blogs, three forum threads: fresh stance 0.69; 0.9355);
    // 0.935 until d35 (fresh stance 0.81; 0.9349); 0.934 until d36 (fresh stance 0.74; 0.9330); 0.933
    // until "dropped off", "drifted off" and "nodded off" became sleep terms (0.93295 after the refit).
    expect(f.stance).toBeGreaterThanOrEqual(0.932);
    // 0.72 since batches d5 and d6 (16 documents, 27 overstated lines) joined the dev set; 0.7 until
    // "completely safe", "magic" and "forever" stopped marking overstatement (0.836 -> 0.864); 0.86
    // until d35 (fresh over-F1 0.63 on 11 overstated lines; 0.859).
    expect(f.overF1).toBeGreaterThanOrEqual(0.85);
    // Three misses. Two are pages that name their product only by its points: since batch d10 the
    // reviews of a foot pad that only ever say "the foot pad" and "the points" (never acupressure,
    // a mat or spikes), and since d17 a shop's "ritual" page ("linen and points", "the mat"); and
    // since d28 a theatre review of a fakir's steel bed of nails, labelled unrelated (a stage prop)
    // although labelling.md lists beds of nails among mats: the detector reads it as relevant.
    expect(f.relevanceRight).toBeGreaterThanOrEqual(f.relevanceTotal - 3);
  });
});
