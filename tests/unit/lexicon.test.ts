import { describe, expect, it } from 'vitest';
import * as lexicon from '../../src/detect/lexicon';
import {
  ABBREVIATIONS,
  ANYMORE_WORDS,
  ATTRIBUTIONS,
  BREADCRUMB_MARKS,
  CLAUSE_CONJUNCTIONS,
  COMPLAINT_WORDS,
  FOR_HEADS,
  FOR_NOUN_HEADS,
  HEDGES,
  LIST_FILLERS,
  LIST_WORDS,
  MAT_WORDS,
  NEGATIONS,
  OTHER_PRODUCT_WORDS,
  OVERSTATEMENTS,
  POST_TRIGGERS,
  PRE_TRIGGERS,
  QUESTION_AUX,
  QUESTION_WORDS,
  QUOTE_MARKS,
  REFERENCE_WORDS,
  RULE_WORDS,
  SAFE_FOR,
  SAFE_LINKS,
  SAFETY_ANCHORS,
  SIDE_EFFECT_DENIERS,
  SIDE_EFFECT_GAP,
  STRONG_BOUNDARIES,
  STUDY_TITLE_WORDS,
  TERM_BLOCKERS_FOR,
  TERMS,
  WARNINGS,
  WEAK_BOUNDARIES,
} from '../../src/detect/lexicon';

const phrase = (words: readonly string[]) => words.join(' ');
function duplicates(list: readonly string[]): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const p of list) (seen.has(p) ? twice : seen).add(p);
  return [...twice];
}
const words = (list: readonly unknown[]) =>
  list.map((p) => (Array.isArray(p) ? phrase(p as string[]) : phrase((p as { words: string[] }).words)));

/** Every exported list of single words (or marks): the structure words and the word sets, found by shape. */
const wordLists = Object.entries(lexicon).filter(
  (entry): entry is [string, readonly string[]] =>
    Array.isArray(entry[1]) && entry[1].length > 0 && entry[1].every((w) => typeof w === 'string'),
);

function shared(a: readonly string[], b: readonly string[]): string[] {
  const inB = new Set(b);
  return [...new Set(a)].filter((w) => inB.has(w));
}

describe('the lexicon lists each phrase once, in one class', () => {
  it('no topic term is listed twice (for one topic or two)', () => {
    expect(duplicates(TERMS.map((t) => phrase(t.words)))).toEqual([]);
  });
  it.each([
    ['before-term triggers', PRE_TRIGGERS],
    ['after-term triggers', POST_TRIGGERS],
    ['hedges', HEDGES],
    ['attributions', ATTRIBUTIONS],
    ['negations', NEGATIONS],
    ['overstatements', OVERSTATEMENTS],
    ['warnings', WARNINGS],
  ] as const)('no phrase is listed twice among the %s', (_name, list) => {
    expect(duplicates(words(list as readonly unknown[]))).toEqual([]);
  });
  it('no cue phrase is in two cue classes', () => {
    const classes = [HEDGES, ATTRIBUTIONS, NEGATIONS, OVERSTATEMENTS, WARNINGS].map(
      (l) => new Set(words(l as readonly unknown[])),
    );
    const clashes: string[] = [];
    classes.forEach((a, i) => classes.slice(i + 1).forEach((b) => a.forEach((p) => b.has(p) && clashes.push(p))));
    expect(clashes).toEqual([]);
  });
});

describe('the structure words are listed once, each in one class', () => {
  it('finds the word lists it checks', () => {
    const names = wordLists.map(([name]) => name);
    for (const name of ['STRONG_BOUNDARIES', 'WEAK_BOUNDARIES', 'SAFE_FOR', 'ABBREVIATIONS', 'FOR_HEADS', 'GAP_WORDS'])
      expect(names).toContain(name);
  });
  it.each(wordLists)('no word is listed twice in %s', (_name, list) => {
    expect(duplicates(list)).toEqual([]);
  });
  it.each(Object.entries(TERM_BLOCKERS_FOR))('no word blocks the term "%s" twice', (_term, list) => {
    expect(duplicates(list)).toEqual([]);
  });
  it('no word blocks a trigger twice', () => {
    const twice = [...PRE_TRIGGERS, ...POST_TRIGGERS].flatMap((t) =>
      duplicates(t.blockedBy ?? []).map((w) => `${phrase(t.words)}: ${w}`),
    );
    expect(twice).toEqual([]);
  });

  // Pairs a word must not be in both of: the rule tries one list first, so a word in both would
  // silently do only the first's job (or the lists are joined, so it would be listed twice).
  it.each([
    // A strong boundary is tested first: listed as weak as well it would never be weak.
    ['STRONG_BOUNDARIES', 'WEAK_BOUNDARIES', STRONG_BOUNDARIES, WEAK_BOUNDARIES],
    // A conjunction ends a clause only before a subject; as a boundary it would end one always.
    ['STRONG_BOUNDARIES', 'CLAUSE_CONJUNCTIONS', STRONG_BOUNDARIES, CLAUSE_CONJUNCTIONS],
    ['WEAK_BOUNDARIES', 'CLAUSE_CONJUNCTIONS', WEAK_BOUNDARIES, CLAUSE_CONJUNCTIONS],
    // The gap before "side effects" stops at a denier.
    ['SIDE_EFFECT_DENIERS', 'SIDE_EFFECT_GAP', SIDE_EFFECT_DENIERS, SIDE_EFFECT_GAP],
    // Whom "safe" is for ends the phrase; a link continues it.
    ['SAFE_FOR', 'SAFE_LINKS', SAFE_FOR, SAFE_LINKS],
    // Joined into one set: the list between terms.
    ['LIST_WORDS', 'LIST_FILLERS', LIST_WORDS, LIST_FILLERS],
    // A question word is tested first: as an auxiliary too it would not need a subject after it.
    ['QUESTION_WORDS', 'QUESTION_AUX', QUESTION_WORDS, QUESTION_AUX],
    // A reference word ends the analysis before the study-title test.
    ['REFERENCE_WORDS', 'STUDY_TITLE_WORDS', REFERENCE_WORDS, STUDY_TITLE_WORDS],
    // A mat word is tested first: an "other product" word in both would never flag another product.
    ['MAT_WORDS', 'OTHER_PRODUCT_WORDS', MAT_WORDS, OTHER_PRODUCT_WORDS],
    ['QUOTE_MARKS', 'BREADCRUMB_MARKS', QUOTE_MARKS, BREADCRUMB_MARKS],
  ] as const)('no word is in both %s and %s', (_a, _b, a, b) => {
    expect(shared(a, b)).toEqual([]);
  });

  it('"since" is both a weak boundary and a testimonial word, on purpose', () => {
    // The testimonial rule ("haven't had back pain since") does not look at clauses.
    expect(shared(WEAK_BOUNDARIES, ANYMORE_WORDS)).toEqual(['since']);
  });

  // Lists that refine another: a word outside it would never be reached.
  it('every noun head of "for" is a head of "for"', () => {
    expect(FOR_NOUN_HEADS.filter((w) => !FOR_HEADS.includes(w))).toEqual([]);
  });
  it('every complaint word is a single-word term', () => {
    const single = new Set(TERMS.filter((t) => t.words.length === 1).map((t) => t.words[0]));
    expect(COMPLAINT_WORDS.filter((w) => !single.has(w))).toEqual([]);
  });
  it('every term with blockers is a term', () => {
    const terms = new Set(TERMS.map((t) => phrase(t.words)));
    expect(Object.keys(TERM_BLOCKERS_FOR).filter((p) => !terms.has(p))).toEqual([]);
  });
  it('every safety anchor has a rule word', () => {
    const ruleWords = new Set<string>(Object.values(RULE_WORDS));
    expect(SAFETY_ANCHORS.filter((w) => !ruleWords.has(w))).toEqual([]);
  });
  it('each rule word is keyed by itself', () => {
    expect(Object.entries(RULE_WORDS).filter(([key, word]) => key !== word)).toEqual([]);
  });
  it('abbreviations are lower case, letters and inner full stops only', () => {
    expect(ABBREVIATIONS.filter((a) => !/^[a-z]+(?:\.[a-z]+)*$/.test(a))).toEqual([]);
  });
});
