/**
 * Citations (issue 7, src/detect/citations.ts): which spans name a study, and which reference
 * they mean. Sentences written for this test, in the style of the labelled sets.
 */
import { describe, expect, test } from 'vitest';
import { findCitations, matchCitation, misquotesOf, type CitationFacts } from '../../src/detect/citations';
import { referenceFacts } from '../../src/evidence/reference-facts';
import { runEvalCitations } from '../../src/cli/run-eval-citations';

const FACTS = referenceFacts as unknown as Record<string, CitationFacts>;
const refs = (text: string) => findCitations(text, FACTS).map((m) => matchCitation(m, FACTS).reference);

describe('findCitations: not citations', () => {
  test.each([
    'Since 2012 we have shipped our mats to over 40 countries.',
    'Studies show that acupressure can help you relax.',
    'Save 20% on every mat this weekend only.',
    'Over 10,000 happy customers sleep better with our mat.',
    'Our cotton cover was lab-tested for colour fastness.',
    'Lie on the mat for 20 minutes a day for two weeks.',
  ])('%s', (text) => {
    expect(findCitations(text, FACTS)).toEqual([]);
  });
});

describe('findCitations + matchCitation: the study meant', () => {
  test.each([
    ['Hohmann and colleagues tested a needle stimulation pad in people with neck and back pain.', ['hohmann2012']],
    ['A 2016 trial of 91 people with chronic low back pain used the mat daily for two weeks.', ['saha2016']],
    ['Researchers at the University of Otago pressed a single point on sports injuries.', ['macznik2017']],
    ['A randomized trial at Chang Gung looked at fatigue in people with liver cancer.', ['lan2015']],
    ['In a survey at a community health centre in Carrboro, most mat users reported less pain.', ['userSurvey1999']],
    // Unknown studies: named, but not one of the references we have.
    ['Kjerryd and colleagues ran a 2012 Swedish randomized trial of 82 mat users.', [null]],
    ['A 2019 paper suggested mats help.', [null]],
  ] as const)('%s', (text, expected) => {
    expect(refs(text)).toEqual(expected);
  });

  test.each([
    // "and colleagues" belongs to the author, not a list of two studies.
    ['Kjellgren and colleagues’ 2011 pilot trial at Karlstad found worst pain fell.', ['kjellgren2011']],
    // A journal of one study's own names it, without a year.
    ['A paper in Applied Psychology: Health and Well-Being compared relaxing with and without a mat.', ['kisker2023']],
    // Of two years in a clause, the one next to the study's words is its year.
    ['Unlike Saha (2016), a 2021 meta-analysis of 23 hand-pressure trials never used a mat.', ['saha2016', 'liT2021']],
    // A sample with words between the number and "patients".
    ['A German study of 91 chronic low back pain patients had no control group.', ['saha2016']],
  ] as const)('%s', (text, expected) => {
    expect(refs(text)).toEqual(expected);
  });

  test.each([
    // A byline with a word before the names.
    [
      'The 2023 study by two psychologists, Kisker and Schöne, compared relaxing with and without a mat.',
      ['kisker2023'],
    ],
    ['Researchers led by Christoph Hohmann gave patients a needle pad for two weeks.', ['hohmann2012']],
    // A parenthesis describes the study just named.
    ['The Swedish bed-of-nails pilot (Karlstad, n = 36) is the only one in tension pain.', ['kjellgren2011']],
    // The figures of one survey are one citation.
    ['In the Carrboro questionnaire 98% reported pain relief and 94% reported better sleep.', ['userSurvey1999']],
    // A plural the sentence goes on to name one by one is a summary, not a citation of its own.
    ['Two German studies tested the pad: Hohmann’s 2012 pilots and Saha’s 2016 study.', ['hohmann2012', 'saha2016']],
    // A plural alone still names a study ("a pair of pilot trials" is Hohmann's).
    ['A pair of 2012 pilot trials in Essen gave people a needle pad for two weeks.', ['hohmann2012']],
    // Both authors named single the study out from another study with one of them.
    ['Chen and Wang reviewed finger pressure for several kinds of pain.', ['chenWang2014']],
  ] as const)('%s', (text, expected) => {
    expect(refs(text)).toEqual(expected);
  });

  test('a seller’s own customers are not a survey', () => {
    expect(findCitations('98% of our customers say they sleep better.', FACTS)).toEqual([]);
  });

  test('the figures after a study’s words are its own, up to where the next study’s words start', () => {
    const text =
      'Two trials are cited: Hohmann’s 2012 pilots with 82 patients and a 2016 single-arm study of 91 patients, followed for 14 weeks.';
    const found = findCitations(text, FACTS).map((m) => {
      const { reference } = matchCitation(m, FACTS);
      return [reference, reference ? misquotesOf(text, m, FACTS[reference]!).map((q) => q.field) : []];
    });
    // 91 patients are the second study’s, and 14 weeks of follow-up is not how long the mat was
    // used: neither citation misquotes anything.
    expect(found).toEqual([
      ['hohmann2012', []],
      ['saha2016', []],
    ]);
  });

  test('a number far from the study’s words is not its sample', () => {
    const text =
      'Hohmann’s 2012 pilot trials convinced the founders to make mats, and 900 patients now use them daily.';
    const [m] = findCitations(text, FACTS);
    expect(matchCitation(m!, FACTS).reference).toBe('hohmann2012');
    expect(misquotesOf(text, m!, FACTS.hohmann2012!)).toEqual([]);
    // Close to them, it is: "a trial of 120 patients" is the study's sample, and too large.
    const close = 'Hohmann’s 2012 pilot trials of 120 patients used the pad for two weeks.';
    const [n] = findCitations(close, FACTS);
    expect(misquotesOf(close, n!, FACTS.hohmann2012!).map((q) => q.field)).toEqual(['participants']);
  });

  test('a year a few years off is read as a misquote of the study the other clues name', () => {
    const text = 'A 2015 trial of 82 neck and back pain patients used the pad for two weeks.';
    const [m] = findCitations(text, FACTS);
    const match = matchCitation(m!, FACTS);
    expect(match.reference).toBe('hohmann2012');
    expect(misquotesOf(text, m!, FACTS.hohmann2012!).map((q) => [q.field, q.stated, q.actual])).toEqual([
      ['year', '2015', '2012'],
    ]);
  });

  test('two studies in one sentence stay two', () => {
    const text = 'Olsson and colleagues measured warmth on the back, while Kisker and Schöne asked about mood.';
    expect(refs(text)).toEqual(['olsson2011', 'kisker2023']);
  });

  test('a match carries the reference kind and a confidence', () => {
    const [m] = findCitations('Hohmann and colleagues tested a needle pad in neck pain patients.', FACTS);
    expect(matchCitation(m!, FACTS)).toMatchObject({ reference: 'hohmann2012', kind: 'mat' });
    expect(matchCitation(m!, FACTS).confidence).toBeGreaterThan(0.5);
  });
});

test('eval:citations names a bad line and goes on', async () => {
  const out: string[] = [];
  const err: string[] = [];
  const status = await runEvalCitations(['tests/unit/fixtures/does-not-exist.jsonl'], {
    stdout: (s) => out.push(s),
    stderr: (s) => err.push(s),
  });
  expect(status).toBe(1);
  expect(err.join('')).toMatch(/cannot read tests\/unit\/fixtures\/does-not-exist\.jsonl/);
});

describe('misquotesOf: figures that contradict the study', () => {
  const flags = (text: string) => {
    const [m] = findCitations(text, FACTS);
    const match = matchCitation(m!, FACTS);
    return misquotesOf(text, m!, FACTS[match.reference!]!).map((q) => `${q.field}: ${q.stated}`);
  };
  test.each([
    ['Hohmann and colleagues found that 82 patients improved after 14 weeks on the mat.', ['duration: 14 weeks']],
    ['Hohmann and colleagues found that 82 patients improved after 14 days on the mat.', []],
    // A subgroup is not a misquote; an inflated sample is.
    ['Hohmann and colleagues treated 40 neck pain patients with the pad.', []],
    [
      'Hohmann and colleagues treated more than 800 back pain patients with the pad.',
      ['participants: more than 800 back pain patients'],
    ],
    ['A clinical trial in Carrboro, North Carolina found that mat users had less pain.', ['design: clinical trial']],
  ] as const)('%s', (text, expected) => {
    expect(flags(text)).toEqual(expected);
  });
});
