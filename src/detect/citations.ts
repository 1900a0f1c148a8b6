/**
 * Citations of research in page text (issue 7): where a block refers to a study, and which of the
 * knowledge base's references it means. Pure: text and the references' checkable facts in,
 * mentions out. Not yet wired into the page or `scan`: measured by `npm run eval:citations`
 * against tests/citations/ (dev) and, once, tests/citations-holdout/.
 *
 * A mention is a span that names a specific study: a study word (trial, study, review,
 * researchers …) with at least one specific clue (a year, a sample size, an author, a journal, a
 * country or university), an author of a known reference on its own ("Hohmann and colleagues"),
 * or a survey percentage ("98% of users reported"). "Studies show" alone is not one.
 *
 * Matching scores each reference by the clues the mention (and its sentence) gives: year, authors,
 * journal, country, sample size, duration, design, what was applied, topic words. The best wins
 * when it is clear of the runner-up; otherwise the mention is "not one of the studies we have
 * reviewed" (reference null).
 */
import { escapeRegExp } from './literal';

export type CitationKind = 'mat' | 'other-acupressure' | 'survey' | 'regulator';

/** What the knowledge base says one reference's checkable figures are (see src/evidence/reference-facts.ts). */
export interface CitationFacts {
  year?: number;
  authors?: readonly string[];
  kind: CitationKind;
  design?: string;
  applied?: readonly string[];
  participants?: number;
  /** Other counts also correct on a page (subgroups, planned, asked). */
  otherCounts?: readonly number[];
  durationDays?: number;
  trials?: number;
  country?: string;
  places?: readonly string[];
  population?: readonly string[];
  topics?: readonly string[];
  journalWords?: readonly string[];
}

export interface CitationClues {
  year?: number;
  authors: string[];
  participants?: number;
  durationDays?: number;
  trials?: number;
  percent?: number;
  design?: string;
  applied: string[];
  countries: string[];
  /** Topics the text names (contracts.md §1 ids). */
  topics: string[];
  /** Names followed by "and colleagues" or "et al." that are no known reference's authors. */
  unknownAuthors: number;
  /** Institutions and towns of known references the text names ("chang gung", "otago"). */
  places: string[];
  journal: string[];
}

export interface CitationMention {
  /** Character offsets in the text (the span that names the study). */
  start: number;
  end: number;
  text: string;
  clues: CitationClues;
  /** The clause the clues were read from (offsets in the text). */
  clause: { start: number; end: number };
  /** The words that name the study, without the context around them (what a page mark underlines). */
  core: { start: number; end: number };
}

/** A figure the page states that contradicts the reference (issue 7, item 2). */
export interface Misquote {
  field: 'duration' | 'participants' | 'design' | 'applied' | 'year';
  /** The page's words, and where they are in the text. */
  stated: string;
  start: number;
  /** What the reference says, in the knowledge base's terms. */
  actual: string;
}

export interface CitationMatch {
  reference: string | null;
  /** 0–1; below 0.6 the match is shown as "possibly". */
  confidence: number;
  kind: CitationKind | 'unknown';
}

/** A study word naming several: "studies", "trials", "pilots". */
const PLURAL_STUDY = /(?:studies|trials|pilots|experiments|rcts|papers|analyses)$/i;

const STUDY_WORD =
  /\b(?:(?:randomi[sz]ed|controlled|clinical|pilot|small|large|landmark|recent|german|swedish|norwegian|italian|australian)\s+)*(?:stud(?:y|ies)|trials?|rct|review|meta-analys[ie]s|pilot|researchers?|scientists|survey|questionnaire|paper|experiment|analysis|abstract|pilots)\b/gi;

const COUNTRIES: Record<string, string> = {
  german: 'germany',
  germany: 'germany',
  swedish: 'sweden',
  sweden: 'sweden',
  norwegian: 'norway',
  norway: 'norway',
  italian: 'italy',
  italy: 'italy',
  taiwanese: 'taiwan',
  taiwan: 'taiwan',
  korean: 'korea',
  korea: 'korea',
  iranian: 'iran',
  iran: 'iran',
  chinese: 'china',
  china: 'china',
  'hong kong': 'hong kong',
  australian: 'australia',
  australia: 'australia',
  'new zealand': 'new zealand',
  turkish: 'turkey',
  turkey: 'turkey',
  british: 'united kingdom',
  uk: 'united kingdom',
  american: 'united states',
};

/** Words that tell what a study was about (contracts.md §1 topics). */
const TOPIC_WORDS: Array<[RegExp, string]> = [
  [/\b(?:back|neck|spine|spinal|lumbar|sciatica)\b/i, 'back-neck'],
  [/\b(?:sleep|insomnia|slept)\b/i, 'sleep'],
  [/\b(?:stress|anxiety|anxious|relax\w*|mood|depress\w*)\b/i, 'stress-anxiety'],
  [/\b(?:headaches?|migraines?)\b/i, 'headache'],
  [/\b(?:weight|overweight|obes\w*|bmi)\b/i, 'weight'],
  [/\b(?:fibromyalgia)\b/i, 'fibromyalgia'],
  [/\b(?:blood pressure|hypertension)\b/i, 'blood-pressure'],
  [/\b(?:fatigue|energy|tired\w*)\b/i, 'energy'],
  [/\b(?:cancer|chemotherapy|diabetes)\b/i, 'disease'],
  [/\b(?:menstrual|period pain|dysmenorrh\w*|cramps|labou?r)\b/i, 'pain'],
  [/\b(?:muscle|muscular|tension|soreness)\b/i, 'muscle-tension'],
  [/\b(?:recovery|athletes?|sport\w*|exercise)\b/i, 'recovery'],
];

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fourteen: 14,
};

/** A duration: "14 days", "two-week", "eight weeks". */
const DURATION = /\b(\d+|one|two|three|four|five|six|eight|ten|twelve|fourteen)[-\s](day|week|month)s?\b/gi;

/** How long the intervention lasted, as the text says: the first duration that is not a follow-up ("followed for 14 weeks"). */
function durationIn(text: string): RegExpExecArray | null {
  for (const m of text.matchAll(DURATION)) {
    const before = text.slice(Math.max(0, m.index - 80), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 16);
    // "followed for 14 weeks", "followed 91 patients … for 14 weeks" (no use of the mat between).
    const followed =
      /\bfollow(?:ed|ing)?(?:[- ]?up)?\b(?:(?!\b(?:used?|using|lay|lying|lie|slept|applied|pressed|wore|daily|every)\b)[^.;:])*$/i.test(
        before,
      );
    // "the 14-week follow-up", "a 14-week check-up".
    const checkpoint = /^[\s-]*(?:follow[- ]?up|check[- ]?up|mark)\b/i.test(after);
    if (!followed && !checkpoint) return m;
  }
  return null;
}
/** A sample size: "82 patients", "more than 800 back pain sufferers" (never a year: "2015 taught … women"). */
const SAMPLE =
  /\b(?:more than |over |nearly |almost |about )?(?!(?:19|20)\d\d\b)(\d[\d,]*)(?!\s+(?:days?|weeks?|months?|years?|minutes?|hours?|sessions?)\b)\s+(?:[a-z-]+\s+){0,4}(?:patients|outpatients|inpatients|participants|people|individuals|women|men|adults|children|teenagers|adolescents|students|athletes|runners|volunteers|subjects|users|nurses|employees|workers|residents|sufferers)\b/i;
const COUNTRY_PATTERNS = Object.entries(COUNTRIES).map(
  ([word, country]) => [new RegExp(`\\b${word}\\b`, 'i'), country] as const,
);

const num = (s: string) => NUMBER_WORDS[s.toLowerCase()] ?? Number(s.replace(/,/g, ''));

/** The days a {@link DURATION} match stands for. */
const daysOf = (m: RegExpExecArray) => {
  const unit = m[2]!.toLowerCase();
  return num(m[1]!) * (unit === 'day' ? 1 : unit === 'week' ? 7 : 30);
};

/**
 * The clues in a piece of text (a mention's clause). `focus`: where in it the study's own words
 * start; of several years, the nearest to it is the study's.
 */
export function cluesIn(text: string, index: CitationIndex, focus = 0): CitationClues {
  const clues: CitationClues = {
    authors: [],
    applied: [],
    countries: [],
    topics: [],
    unknownAuthors: 0,
    places: [],
    journal: [],
  };
  for (const [re, topic] of TOPIC_WORDS) if (re.test(text) && !clues.topics.includes(topic)) clues.topics.push(topic);
  for (const m of text.matchAll(
    /\b([A-Z][a-z\u00C0-\u017F]+)(?:'s)?\s+(?:and colleagues|and co-?workers|et al\b|and (?:her|his) team)/g,
  )) {
    if (!index.authors.has(fold(m[1]!))) clues.unknownAuthors += 1;
  }
  // The year nearest the study's words: "Lee and Frazier (2011) or a 2021 meta-analysis".
  let nearest = Infinity;
  for (const m of text.matchAll(/\b(19[89]\d|20[0-3]\d)\b/g)) {
    const distance = Math.abs(m.index - focus);
    if (distance < nearest) {
      nearest = distance;
      clues.year = Number(m[1]);
    }
  }
  const n = /\bn\s*=\s*(\d[\d,]*)/i.exec(text) ?? SAMPLE.exec(text);
  if (n) clues.participants = num(n[1]!);
  const duration = durationIn(text);
  if (duration) clues.durationDays = daysOf(duration);
  const trials =
    /\b(\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:[\w-]+\s+){0,2}(?:trials|studies|rcts)\b/i.exec(
      text,
    );
  if (trials) clues.trials = num(trials[1]!);
  const percent = /\b(\d{2,3})\s?%/.exec(text);
  if (percent) clues.percent = Number(percent[1]);
  if (/meta-analys/i.test(text)) clues.design = 'meta-analysis';
  else if (/systematic review|\breview\b/i.test(text)) clues.design = 'systematic-review';
  else if (/\bsurvey|questionnaire|\bpoll\b/i.test(text)) clues.design = 'survey';
  else if (/single-arm|uncontrolled|no control group/i.test(text)) clues.design = 'single-arm';
  else if (/pilot/i.test(text)) clues.design = 'pilot-rct';
  else if (/randomi[sz]ed|\brct\b|controlled trial|clinical trial/i.test(text)) clues.design = 'rct';
  if (/\bmats?\b|spike|bed of nails|needle (?:stimulation )?pad|nail/i.test(text)) clues.applied.push('mat');
  if (/\bear\b|auricular|seeds?\b/i.test(text)) clues.applied.push('ear');
  if (/finger|self-acupressure|self-administered|point pressure|pressing|acupoints?/i.test(text))
    clues.applied.push('finger');
  if (/wrist ?band|sea-band/i.test(text)) clues.applied.push('wristband');
  if (/acupuncture|needles\b/i.test(text)) clues.applied.push('needles');
  for (const [pattern, country] of COUNTRY_PATTERNS)
    if (pattern.test(text) && !clues.countries.includes(country)) clues.countries.push(country);
  // Places first: "Chang Gung" is a hospital, not an author called Chang.
  let unplaced = fold(text);
  for (const place of index.places) {
    if (!unplaced.includes(place)) continue;
    clues.places.push(place);
    unplaced = unplaced.split(place).join(' '.repeat(place.length));
  }
  for (const m of unplaced.matchAll(index.journals)) if (!clues.journal.includes(m[0])) clues.journal.push(m[0]);
  for (const word of unplaced.match(/\b[a-z][a-z'-]+\b/g) ?? []) {
    const surname = word.replace(/'s$/, '');
    if (index.authors.has(surname) && !clues.authors.includes(surname)) clues.authors.push(surname);
  }
  return clues;
}

/** Lower case without accents ("Mącznik" and "Macznik" are one name). */
export const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/ł/g, 'l').toLowerCase();

/** What recognition needs to know of the references: their authors' surnames and their places. */
export interface CitationIndex {
  /** Lower-case, accent-free surnames. */
  authors: ReadonlySet<string>;
  /** Institutions and towns ("chang gung"), which are never read as authors. */
  places: readonly string[];
  /** How many references each journal word belongs to (a journal of one study's own names it). */
  journalCount: ReadonlyMap<string, number>;
  /** Any of the journal words, as whole words (global). */
  journals: RegExp;
  /**
   * Any of the authors' names as a word of a folded text (possibly with "'s"): a quick test that
   * lets a sentence naming none of them skip the word-by-word search for authors.
   */
  authorHint: RegExp;
}

const indexes = new WeakMap<object, CitationIndex>();

/** The index of a set of references, built once per set. */
export function citationIndexOf(facts: Readonly<Record<string, CitationFacts>>): CitationIndex {
  const known = indexes.get(facts);
  if (known) return known;
  const authors = new Set<string>();
  const journalCount = new Map<string, number>();
  for (const f of Object.values(facts)) {
    for (const a of f.authors ?? []) authors.add(fold(a));
    for (const w of new Set(f.journalWords ?? [])) journalCount.set(w, (journalCount.get(w) ?? 0) + 1);
  }
  const places = [...new Set(Object.values(facts).flatMap((f) => f.places ?? []))];
  const journalWords = [...journalCount.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const journals = new RegExp(`\\b(?:${journalWords.join('|') || '(?!)'})\\b`, 'g');
  const authorHint = new RegExp(
    `(?<![A-Za-z0-9_])(?:${[...authors].map(escapeRegExp).join('|') || '(?!)'})(?:'s)?(?![A-Za-z0-9_])`,
  );
  const index = { authors, places, journalCount, journals, authorHint };
  indexes.set(facts, index);
  return index;
}

/** A sentence's end; not the stop of "et al.", "e.g.", "Dr." and the like. */
const SENTENCE_END = /(?<!\bet al|\be\.g|\bi\.e|\bvs|\bDr|\bMr|\bMrs|\bMs|\bProf|\bno)[.!?](?=\s|$)/gi;

/** The spans in `text` that name a specific study. */
export function findCitations(text: string, facts: Readonly<Record<string, CitationFacts>>): CitationMention[] {
  const index = citationIndexOf(facts);
  const authors = index.authors;
  const out: CitationMention[] = [];
  const taken = (start: number, end: number) => out.some((m) => start < m.end && m.start < end);
  const bounds: Array<[number, number]> = [];
  let from = 0;
  for (const m of text.matchAll(SENTENCE_END)) {
    bounds.push([from, m.index + 1]);
    from = m.index + 1;
  }
  if (from < text.length) bounds.push([from, text.length]);
  const folded = fold(text);
  for (const [s, e] of bounds) {
    const sentence = text.slice(s, e);
    const foldedSentence = folded.slice(s, e);
    // A sentence with no study word, no author's name and no percentage has no candidate: most
    // sentences of a page, skipped here without the searches below.
    const mayCite = sentence.search(STUDY_WORD) >= 0 || index.authorHint.test(foldedSentence) || sentence.includes('%');
    if (!mayCite) continue;
    // Candidates: study words, authors of known references, survey percentages. Each takes its
    // clues from its own clause (up to the next candidate), so two studies in one sentence stay two.
    const candidates: Array<{ at: number; length: number; author: boolean; survey: boolean; one?: boolean }> = [];
    // "Alternative Medicine Studies" is a journal's name, not a study.
    const journalSpans = [...folded.slice(s, e).matchAll(index.journals)].map((m) => [m.index, m.index + m[0].length]);
    for (const m of sentence.matchAll(STUDY_WORD)) {
      if (journalSpans.some(([a, b]) => m.index >= a! && m.index < b!)) continue;
      candidates.push({
        at: m.index,
        length: m[0].length,
        author: false,
        survey: false,
        one: !PLURAL_STUDY.test(m[0]),
      });
    }
    // "Chang Gung" is a hospital, not an author called Chang: words of a known place are no authors.
    const placeSpans: Array<[number, number]> = [];
    for (const place of index.places)
      for (let at = foldedSentence.indexOf(place); at >= 0; at = foldedSentence.indexOf(place, at + 1))
        placeSpans.push([at, at + place.length]);
    for (const m of foldedSentence.matchAll(/\b[a-z][a-z'-]+\b/g)) {
      const word = m[0].replace(/'s$/, '');
      if (!authors.has(word) || placeSpans.some(([a, b]) => m.index >= a && m.index < b)) continue;
      candidates.push({ at: m.index, length: m[0].length, author: true, survey: false });
    }
    for (const m of sentence.matchAll(
      /\b\d{2,3}\s?%\s+(?:of\s+(?!our\b)(?:users|customers|participants|people|respondents|buyers|owners)|reported)\b/gi,
    ))
      candidates.push({ at: m.index, length: m[0].length, author: false, survey: true });
    candidates.sort((x, y) => x.at - y.at);
    // Neighbouring candidates (an author and "study", "researchers at … university") are one mention.
    // `tail`: whether the group's last word is an author's name (so "… and Schöne" adds a co-author).
    const groups: Array<{ at: number; end: number; author: boolean; survey: boolean; one: boolean; tail: boolean }> =
      [];
    for (const c of candidates) {
      const last = groups[groups.length - 1];
      const between = last ? sentence.slice(last.end, c.at) : '';
      const coauthors = !!last && last.tail && c.author && c.at - last.end < 25;
      // Words of one study close together ("researchers … university", "trial … published") are
      // one mention; a list ("X and the Y", "A or a B") is several.
      const joined = between.replace(/\band (?:colleagues|co-?authors|co-?workers|(?:her|his|their) team)\b/gi, '');
      // A parenthesis after a study's words describes it: "the 2011 pilot (n = 36, Karlstad)".
      const sameStudy =
        !!last &&
        c.at - last.end < 60 &&
        !c.author &&
        !/\b(?:and|or|while|whereas|but)\b|;|,\s*(?:a|an|the)\b/i.test(joined);
      // "the 2023 study by (psychologists) Kisker and Schöne": the authors of the study just named.
      // "a 2019 meta-analysis (Armour et al.)": the authors in brackets after the study's words.
      const byline =
        !!last &&
        c.author &&
        c.at - last.end < 40 &&
        /\b(?:by|from)(?:\s+[\p{L}'-]+){0,2},?\s*$|^[^()]{0,24}\(\s*$/iu.test(between);
      // "98% reported pain relief and 94% better sleep": the figures of one survey.
      const sameSurvey = !!last && last.survey && c.survey && c.at - last.end < 120;
      if (last && (coauthors || sameStudy || byline || sameSurvey)) {
        last.end = Math.max(last.end, c.at + c.length);
        last.author ||= c.author;
        last.survey ||= c.survey;
        last.one ||= !!c.one;
        last.tail = c.author;
      } else
        groups.push({
          at: c.at,
          end: c.at + c.length,
          author: c.author,
          survey: c.survey,
          one: !!c.one,
          tail: c.author,
        });
    }
    // Where each study's words start ("a 2015 …"): the words before belong to the study before it,
    // and the figures after a study's words are its own, up to where the next study's words start.
    const leads = groups.map((g, i) => leadStart(sentence, i === 0 ? 0 : groups[i - 1]!.end, g.at));
    groups.forEach((g, i) => {
      const clauseStart = i === 0 ? 0 : leads[i]!;
      const clauseEnd = i + 1 < groups.length ? leads[i + 1]! : sentence.length;
      const clause = sentence.slice(clauseStart, clauseEnd);
      const clues = cluesIn(clause, index, g.at - clauseStart);
      if (g.survey && !clues.design) clues.design = 'survey';
      const specific =
        g.author ||
        g.survey ||
        clues.year !== undefined ||
        clues.participants !== undefined ||
        clues.countries.length > 0 ||
        clues.places.length > 0 ||
        // "a review of 15 studies" names one; "two trials" alone does not.
        (clues.trials !== undefined && (clues.design === 'meta-analysis' || clues.design === 'systematic-review')) ||
        clues.journal.length > 0 ||
        /\b(?:journal|university|universit[aä]t|institute|hospital|et al\b|colleagues)/i.test(clause);
      // "Two German studies have tested it: Hohmann's … and Saha's …": a plural that the sentence
      // goes on to name one by one is a summary of those citations, not one of its own.
      const several =
        !g.one &&
        !g.author &&
        !g.survey &&
        clues.places.length === 0 &&
        groups.slice(i + 1).some((n) => n.one || n.author);
      // "my own experiment, n = 1": a writer's own test. "92% of customers in our feedback form":
      // a seller's own figures. Neither is research the page cites.
      const own =
        /\bmy own\b|\bn\s*=\s*1\b/i.test(clause) || (g.survey && !g.one && !g.author && /\bour\b/i.test(clause));
      // "scientific studies have shown …, clinically tested since 2012": an appeal to studies in
      // general. A plural names research only with who or where did it, or a count of what it
      // reviewed ("a pair of pilot trials in Essen", "15 studies" in a review).
      const appeal =
        !g.one &&
        !g.author &&
        !g.survey &&
        clues.places.length === 0 &&
        clues.journal.length === 0 &&
        clues.participants === undefined &&
        /\b(?:scientific|clinical|many|several|numerous|some|countless|studies\s+(?:show|have|prove|suggest))\b/i.test(
          clause,
        );
      if (!specific || several || own || appeal) return;
      const start = Math.max(s + Math.max(clauseStart, g.at - 12), out[out.length - 1]?.end ?? 0);
      const end = s + Math.min(clauseEnd, g.end + 40);
      if (!taken(start, end))
        out.push({
          start,
          end,
          text: text.slice(start, end),
          clues,
          clause: { start: s + clauseStart, end: s + clauseEnd },
          core: coreOf(text, Math.max(s + leads[i]!, out[out.length - 1]?.end ?? 0), s + g.at, s + g.end, end),
        });
    });
  }
  return out;
}

/** Which reference a mention means, by its clues. */
export function matchCitation(
  mention: CitationMention,
  facts: Readonly<Record<string, CitationFacts>>,
  /** Receives every reference's score (NaN: not enough clues), for explaining a match. */
  explain?: (id: string, score: number) => void,
): CitationMatch {
  const c = mention.clues;
  const { journalCount } = citationIndexOf(facts);
  const scored: Array<{ id: string; score: number }> = [];
  for (const [id, f] of Object.entries(facts)) {
    if (f.kind === 'regulator') continue;
    let score = 0;
    let against = 0;
    // A match needs one clue that singles a study out (author, place, sample size, a journal of its
    // own, a trial count) or two of the weaker ones: "a 2019 paper" alone names nothing.
    let strong = false;
    let weak = 0;
    if (c.authors.length > 0) {
      // Each further author named counts: "Chen and Wang" is not "Chen" of another study.
      const named = c.authors.filter((a) => f.authors?.some((b) => fold(b) === a)).length;
      if (named > 0) {
        // Pages name a study by its first author.
        const first = f.authors?.[0] !== undefined && c.authors[0] === fold(f.authors[0]);
        score += 4 + 1.5 * (named - 1) + (first ? 1 : 0);
        strong = true;
      } else against += 2;
    }
    let yearOff = false;
    if (c.year !== undefined && f.year !== undefined) {
      if (c.year === f.year) {
        score += 2;
        weak += 1;
      } else if (Math.abs(c.year - f.year) <= 2) score += 0.5;
      else yearOff = true;
    }
    if (c.unknownAuthors > 0 && !c.authors.some((a) => f.authors?.some((b) => fold(b) === a))) against += 3;
    if (c.topics.length > 0 && f.topics && f.topics.length > 0) {
      // Helps choose between studies, but names none by itself.
      if (c.topics.some((t) => f.topics!.includes(t))) score += 1;
      else against += 1;
    }
    if (c.participants !== undefined && f.participants !== undefined) {
      if (c.participants === f.participants) {
        score += 2.5;
        strong = true;
      }
    }
    if (c.trials !== undefined && f.trials !== undefined && c.trials === f.trials) {
      score += 2;
      strong = true;
    }
    if (c.durationDays !== undefined && f.durationDays !== undefined && c.durationDays === f.durationDays) score += 1;
    const lowerClause = mention.text.toLowerCase();
    if (f.places?.some((p) => lowerClause.includes(p))) {
      score += 3.5;
      strong = true;
    }
    if (c.countries.length > 0 && f.country) {
      if (c.countries.includes(f.country)) {
        score += 1.5;
        weak += 1;
      } else against += 2;
    }
    if (c.design && f.design) {
      const reviewish = (d: string) => d === 'meta-analysis' || d === 'systematic-review';
      if (c.design === f.design) {
        score += 1;
        weak += 1;
      } else if (reviewish(c.design) !== reviewish(f.design)) against += 1;
    }
    if (c.design === 'survey' && f.kind === 'survey') {
      score += 2;
      strong = true;
    }
    if (c.percent !== undefined && f.kind === 'survey') score += 1;
    for (const a of c.applied) if (f.applied?.includes(a)) score += 0.75;
    const lower = mention.text.toLowerCase();
    const journal = f.journalWords?.find((w) => c.journal.includes(w) || lower.includes(w));
    // A journal only one reference appeared in names it; a shared one (ECAM) only helps.
    if (journal && (journalCount.get(journal) ?? 0) === 1) {
      score += 3;
      strong = true;
    } else if (journal) {
      score += 1;
      weak += 1;
    }
    if (f.population?.some((p) => p.split(/\s+/).some((w) => w.length > 4 && lower.includes(w)))) score += 0.5;
    // A year a few years off is a common misquote of a study the other clues single out.
    if (yearOff) against += strong && Math.abs(c.year! - f.year!) <= 5 ? 0.5 : 2;
    explain?.(id, strong || weak >= 2 ? score - against : Number.NaN);
    if (!strong && weak < 2) continue;
    scored.push({ id, score: score - against });
  }
  scored.sort((a, b) => b.score - a.score);
  const best = scored[0];
  const second = scored[1];
  if (!best || best.score < 2.5) return { reference: null, confidence: 0, kind: 'unknown' };
  const margin = best.score - (second?.score ?? 0);
  if (margin < 0.75) return { reference: null, confidence: 0.3, kind: 'unknown' };
  const confidence = Math.min(1, 0.4 + margin / 5 + best.score / 20);
  return { reference: best.id, confidence, kind: facts[best.id]!.kind };
}

const DAYS = (n: number) => (n % 7 === 0 && n >= 21 ? `${n / 7} weeks` : n === 1 ? 'one session' : `${n} days`);

/** Where the words naming the study at `at` start, not before `min`. */
function leadStart(sentence: string, min: number, at: number): number {
  const from = Math.max(min, at - 48);
  const lead = LEAD_IN.exec(sentence.slice(from, at));
  return lead ? from + lead.index : at;
}

/** Words before a study word that belong to its name: "a 2012 German", "the landmark Swedish". */
const LEAD_IN =
  /(?:\b(?:[Aa]|[Aa]n|[Tt]he|[Oo]ne|[Tt]his|[Tt]hat|[Tt]heir|[Ww]hose|[Ii]ts|[Hh]is|[Hh]er)\s+(?:(?!(?:says?|said|is|are|was|were|found|shows?|cites?|quotes?|points?|lists?|claims?|also|to|in|on|at|of|by|for)\s)[\p{L}\d'’-]+\s+){0,4}|(?:(?:\d{4}|\p{Lu}[\p{L}'’-]*|new|recent|small|large|landmark|published)\s+){0,3})$/u;
/** Where the name of a study ends: a clause break after its words. */
const TRAIL_OFF =
  /[,;:.!?()]|\s(?:which|who|where|that|in which|and found|found|showed|shows|reported|concluded|suggests?|also|has|have|had|was|were|is|are|did|does|proved|proves|demonstrated|followed|tested|used|gave|looked|measured|asked|enrolled|involved|compared|recruited|ran|lasted|say|says|said)\b/;

/**
 * The words that name a study: from its lead-in ("a 2012 German") through its last clue word
 * ("… by Hohmann and colleagues"), up to the first clause break, within [min, max].
 */
function coreOf(text: string, min: number, at: number, end: number, max: number): { start: number; end: number } {
  const before = text.slice(min, at);
  const lead = LEAD_IN.exec(before);
  const start = lead ? min + lead.index : at;
  const after = text.slice(end, max);
  const stop = TRAIL_OFF.exec(after);
  // "… by Hohmann and colleagues": a short tail without a break belongs to the name.
  const tail = stop ? stop.index : after.length;
  const coreEnd = tail <= 24 ? end + tail : end;
  return { start: Math.max(min, start), end: Math.max(coreEnd, start + 1) };
}

/**
 * The figures a matched citation states that contradict its reference: a duration, a sample larger
 * than the study's (a smaller one is usually a subgroup: "40 of the 82"), a year, a design the
 * study did not have (a trial for a survey, randomised or controlled for a single-arm study, blinded
 * or placebo-controlled for an open one), or a mat for a study of finger, ear or needle
 * acupressure. Only what the facts hold is checked; nothing is guessed.
 */
export function misquotesOf(text: string, mention: CitationMention, facts: CitationFacts): Misquote[] {
  const out: Misquote[] = [];
  const clause = text.slice(mention.clause.start, mention.clause.end);
  const at = (m: RegExpExecArray) => mention.clause.start + m.index;
  const duration = durationIn(clause);
  // A page that also gives the study's own figure is quoting the other one to correct it ("the
  // '14 weeks' some shops quote … used the mat for only 14 days").
  const alsoRight = (re: RegExp, right: (m: RegExpExecArray) => boolean) => {
    for (const m of clause.matchAll(re)) if (right(m)) return true;
    return false;
  };
  if (
    duration &&
    facts.durationDays !== undefined &&
    daysOf(duration) !== facts.durationDays &&
    !alsoRight(DURATION, (m) => daysOf(m) === facts.durationDays)
  )
    out.push({ field: 'duration', stated: duration[0], start: at(duration), actual: DAYS(facts.durationDays) });
  const sample = SAMPLE.exec(clause);
  // A sample is the study's own only when it is part of its words or follows them closely, in the
  // same clause ("a trial of 120 patients", "… pilots, with 120 patients"); a number further on
  // ("… and 200 customers since") says nothing about the study.
  const sampleAt = sample ? at(sample) : -1;
  const attached =
    sample !== null &&
    (sampleAt < mention.core.end ||
      (sampleAt - mention.core.end <= 40 &&
        !/[.;:!?]|\b(?:but|while|whereas)\b/i.test(text.slice(mention.core.end, sampleAt))));
  const stated = sample ? num(sample[1]!) : 0;
  // "126 of roughly 200 mat users": the larger number is who was asked, not who took part.
  const denominator =
    sample !== null &&
    /\b\d[\d,]*\s+of\s+(?:the\s+)?(?:roughly|about|around|some|nearly|almost|approximately)?\s*$/i.test(
      text.slice(Math.max(0, sampleAt - 24), sampleAt),
    );
  // A count the notes give for who was asked or planned is right where the page says so.
  const near = sample ? text.slice(Math.max(0, sampleAt - 30), sampleAt + sample[0].length + 30) : '';
  const askedOrPlanned =
    facts.otherCounts?.includes(stated) === true &&
    /\b(?:asked|sent|invited|planned|registered|contacted|approached|targeted)\b/i.test(near);
  if (
    sample &&
    attached &&
    !denominator &&
    !askedOrPlanned &&
    facts.participants !== undefined &&
    stated > facts.participants &&
    !alsoRight(/\b(\d[\d,]*)\b/g, (m) => num(m[1]!) === facts.participants)
  )
    out.push({ field: 'participants', stated: sample[0], start: at(sample), actual: String(facts.participants) });
  const year = /\b(19[89]\d|20[0-3]\d)\b/.exec(mention.text);
  if (
    year &&
    facts.year !== undefined &&
    Number(year[1]) !== facts.year &&
    Math.abs(Number(year[1]) - facts.year) <= 5 &&
    !alsoRight(/\b(19[89]\d|20[0-3]\d)\b/g, (m) => Number(m[1]) === facts.year)
  )
    out.push({ field: 'year', stated: year[1]!, start: mention.start + year.index, actual: String(facts.year) });
  const design =
    facts.design === 'survey'
      ? /\b(?:clinical|controlled|randomi[sz]ed)\s+(?:\w+\s+)?(?:trial|study)\b/i.exec(clause)
      : facts.design === 'single-arm'
        ? /\b(?:randomi[sz]ed|placebo-controlled|controlled)\b(?:\s+controlled)?(?:\s+trial)?/i.exec(clause)
        : facts.design === 'pilot-rct' || facts.design === 'rct'
          ? /\b(?:double-blind(?:ed)?|placebo-controlled)\b(?:,?\s+placebo-controlled)?(?:\s+trial)?/i.exec(clause)
          : null;
  if (design) out.push({ field: 'design', stated: design[0], start: at(design), actual: facts.design! });
  const matStudy =
    /\b(?:used|using|tested|on|with|of)\s+(?:an?\s+)?(?:acupressure\s+|spike\s+|spiked\s+)?mats?\b|\bmat\s+(?:study|trial)\b/i.exec(
      clause,
    );
  // "nobody used a mat", "not on a mat": the page says what the study did not do.
  const denied =
    matStudy !== null &&
    /\b(?:no(?:body| one)?|not|never|without|neither|nor|didn't|did not)\s+(?:\w+\s+){0,2}$/i.test(
      clause.slice(Math.max(0, matStudy.index - 30), matStudy.index),
    );
  if (matStudy && !denied && facts.applied && !facts.applied.includes('mat'))
    out.push({ field: 'applied', stated: matStudy[0], start: at(matStudy), actual: facts.applied.join(', ') });
  return out;
}
