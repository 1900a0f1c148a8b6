/**
 * What Pointwise says about a study a page cites (issue 7): the reference's short name, what kind
 * of study it was, what was applied, and a misquoted figure as one plain, neutral sentence. Pure
 * data in, words out; shared by the overlay's cards, the popup and `scan --json`.
 */
import type { TopicId } from './ids';
import { referencesById } from './knowledge-base';
import { referenceFacts, type ReferenceFactsInput } from './reference-facts';
import type { Reference } from './schema';

/** What a cited source is, as `scan --json` reports it (contracts.md §4, README). */
export type CitedKind = 'mat' | 'other-acupressure' | 'survey' | 'unknown';

/** A figure the page states that the reference contradicts. */
export interface CitedMisquote {
  field: 'duration' | 'participants' | 'design' | 'applied' | 'year';
  /** The page's words. */
  stated: string;
  /** What the reference says, in the knowledge base's terms (a design id, applied forms, a number). */
  actual: string;
}

/** Below this confidence a match is shown as "possibly". */
export const POSSIBLE_BELOW = 0.6;

/** The knowledge-base reference with this id, or null. */
export function referenceOf(id: string | null): Reference | null {
  if (id === null || !Object.hasOwn(referencesById, id)) return null;
  return referencesById[id] ?? null;
}

/** The checkable facts of the reference with this id, or null. */
export function factsOf(id: string | null): ReferenceFactsInput | null {
  if (id === null || !Object.hasOwn(referenceFacts, id)) return null;
  return referenceFacts[id] ?? null;
}

/**
 * The authors as a citation names them: "Saha", "Chen & Wang", "Hohmann et al.", "Zilberter and
 * Roman", "UK Advertising Standards Authority".
 */
export function authorsShort(authors: string): string {
  if (!authors.includes(',')) return authors.trim();
  const parts = authors
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '' && p !== 'et al.');
  const surname = (p: string) =>
    p
      .split(/\s+/)
      .filter((w, i) => i === 0 || !/^\p{Lu}{1,3}$/u.test(w))
      .join(' ');
  const names = parts.map(surname);
  if (names.length === 1) return authors.includes('et al') ? `${names[0]} et al.` : names[0]!;
  if (names.length === 2 && !authors.includes('et al')) return `${names[0]} & ${names[1]}`;
  return `${names[0]} et al.`;
}

/** "Hohmann et al., 2012": how a card and the popup name a reference. */
export function referenceLabel(id: string): string {
  const ref = referenceOf(id);
  if (!ref) return 'Unknown study';
  return `${authorsShort(ref.authors)}, ${ref.year}`;
}

/** What kind of study a design id is, as a noun phrase ("a randomized trial"). */
const DESIGN_PHRASES: Record<string, string> = {
  rct: 'a randomized trial',
  'pilot-rct': 'a small randomized pilot trial',
  'single-arm': 'a study with no control group',
  survey: 'a questionnaire survey with no control group',
  'systematic-review': 'a systematic review',
  'meta-analysis': 'a meta-analysis',
  cohort: 'an observational study',
  ruling: 'an advertising ruling',
};

/** What was applied, in words ("pressure by hand on chosen points"). */
const APPLIED_PHRASES: Record<string, string> = {
  mat: 'an acupressure mat',
  finger: 'pressure by hand on chosen points',
  ear: 'pressure on ear points',
  wristband: 'an acupressure wristband',
  needles: 'needles',
  device: 'a pressure device',
};

export function designPhrase(design: string): string {
  return DESIGN_PHRASES[design] ?? design;
}

/** "pressure by hand on chosen points and pressure on ear points". */
export function appliedPhrase(applied: readonly string[]): string {
  const words = applied.map((a) => APPLIED_PHRASES[a] ?? a);
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** How a sentence names the study: "The 2012 study by Hohmann et al.". */
function studyPhrase(id: string): string {
  const ref = referenceOf(id);
  const facts = factsOf(id);
  if (!ref) return 'The study';
  const design = facts?.design;
  const noun =
    design === 'survey'
      ? 'survey'
      : design === 'systematic-review' || design === 'meta-analysis'
        ? 'review'
        : design === 'ruling'
          ? 'ruling'
          : 'study';
  return `The ${ref.year} ${noun} by ${authorsShort(ref.authors)}`;
}

/**
 * The misquote as one neutral sentence: "The 2012 study by Hohmann et al. lasted 14 days, not 14
 * weeks."
 */
export function misquoteNote(id: string, m: CitedMisquote): string {
  const study = studyPhrase(id);
  const stated = m.stated.trim();
  switch (m.field) {
    case 'duration':
      return `${study} lasted ${m.actual}, not ${stated}.`;
    case 'participants':
      return `${study} had ${m.actual} participants, not ${stated}.`;
    case 'year':
      return `${study.replace(/^The \d{4} /, 'The ')} was published in ${m.actual}, not ${stated}.`;
    case 'design':
      return `${study} was ${designPhrase(m.actual)}, not “${stated}”.`;
    case 'applied':
      return `${study} tested ${appliedPhrase(m.actual.split(/,\s*/))}, not a mat.`;
  }
}

/** One line on what the kind of study means for a claim about mats. */
export function kindNote(kind: CitedKind, applied?: readonly string[]): string {
  switch (kind) {
    case 'mat':
      return 'A study of acupressure mats themselves.';
    case 'other-acupressure':
      return applied && applied.length > 0
        ? `Not a study of mats: it tested ${appliedPhrase(applied)}. Its result does not show what a mat does.`
        : 'Not a study of mats: it looked at other kinds of acupressure. Its result does not show what a mat does.';
    case 'survey':
      return 'A questionnaire of mat users with no control group: it records what users said, not what the mat did.';
    case 'unknown':
      return 'Not one of the studies we have reviewed, so Pointwise cannot say what it found.';
  }
}

/**
 * Whether the study looked at what a claim beside it is about: true, false, or null when the
 * knowledge base does not say which topics the study covered.
 */
export function studiedTopic(id: string | null, topic: TopicId): boolean | null {
  const topics = factsOf(id)?.topics;
  if (!topics) return null;
  return topics.includes(topic);
}

/** What the popup says a page cites: "1 of mats, 3 of other kinds of acupressure, 1 not identified". */
export interface CitedCounts {
  /** Distinct studies (a study cited twice counts once; each unidentified mention counts). */
  total: number;
  mat: number;
  other: number;
  survey: number;
  unknown: number;
}

/** Each study once (its first citation); every unidentified citation on its own. */
export function distinctCited<T extends { reference: string | null }>(items: readonly T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    if (item.reference === null) return true;
    if (seen.has(item.reference)) return false;
    seen.add(item.reference);
    return true;
  });
}

export function countCited(items: ReadonlyArray<{ reference: string | null; kind: CitedKind }>): CitedCounts {
  const counts: CitedCounts = { total: 0, mat: 0, other: 0, survey: 0, unknown: 0 };
  for (const item of distinctCited(items)) {
    counts.total += 1;
    if (item.reference === null || item.kind === 'unknown') counts.unknown += 1;
    else if (item.kind === 'mat') counts.mat += 1;
    else if (item.kind === 'survey') counts.survey += 1;
    else counts.other += 1;
  }
  return counts;
}

/** "Cites 5 studies: 1 of mats, 3 of other kinds of acupressure, 1 not identified." */
export function citedSummary(c: CitedCounts): string {
  if (c.total === 0) return 'Cites no study we could recognise.';
  const parts: string[] = [];
  if (c.mat > 0) parts.push(`${c.mat} of mats`);
  if (c.other > 0) parts.push(`${c.other} of other kinds of acupressure`);
  if (c.survey > 0) parts.push(c.survey === 1 ? '1 user survey' : `${c.survey} user surveys`);
  if (c.unknown > 0) parts.push(`${c.unknown} not identified`);
  return `Cites ${c.total === 1 ? '1 study' : `${c.total} studies`}: ${parts.join(', ')}.`;
}
