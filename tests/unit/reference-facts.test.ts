import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { knowledgeBase, type Reference } from '../../src/evidence';
import {
  ReferenceFacts,
  referenceFacts,
  UnreviewedCitation,
  unreviewedCitations,
} from '../../src/evidence/reference-facts';

const KB_FILE = fileURLToPath(new URL('../../src/evidence/knowledge-base.ts', import.meta.url));
const source = readFileSync(KB_FILE, 'utf8');

/** The reference const names in knowledge-base.ts, in order. */
const definedIds = [...source.matchAll(/^const (\w+): Reference/gm)].map((m) => m[1] ?? '');

/** The text of one `const <id>: Reference = {...};` block. */
function blockOf(id: string): string {
  const start = source.indexOf(`const ${id}: Reference = {`);
  const end = source.indexOf('\n};', start);
  return source.slice(start, end);
}

/** A string field of a block, single- or double-quoted, possibly on the next line. */
function field(block: string, name: string): string | undefined {
  const match = new RegExp(`^  ${name}:\\s*(['"])(.*?)\\1,`, 'ms').exec(block);
  return match?.[2];
}

const allReferences: Reference[] = [...new Set(knowledgeBase.topics.flatMap((topic) => topic.references))];
const identity = (ref: { authors?: string; year?: number; title?: string; journal?: string }) =>
  [ref.authors, ref.year, ref.title ?? '', ref.journal ?? ''].join('|');

/** Each const name with the parsed knowledge-base reference it defines, found by its text. */
const referenceById = new Map<string, Reference>(
  definedIds.map((id) => {
    const block = blockOf(id);
    const key = identity({
      authors: field(block, 'authors'),
      year: Number(/^ {2}year: (\d+),/m.exec(block)?.[1]),
      title: field(block, 'title'),
      journal: field(block, 'journal'),
    });
    const matches = allReferences.filter((ref) => identity(ref) === key);
    if (matches.length !== 1 || matches[0] === undefined) {
      throw new Error(`reference ${id} matches ${matches.length} references in the knowledge base`);
    }
    return [id, matches[0]];
  }),
);

/** The topics whose knowledge-base entry cites each reference. */
const topicsCiting = new Map<Reference, string[]>();
for (const topic of knowledgeBase.topics) {
  for (const ref of topic.references) topicsCiting.set(ref, [...(topicsCiting.get(ref) ?? []), topic.id]);
}

/** Distinct lower-case surnames of a knowledge-base author string, e.g. "Olsson E, von Schéele B". */
function surnames(authors: string): string[] {
  const names = authors
    .split(/, | and /)
    .map((part) => part.replace(/\.$/, '').trim())
    .filter((part) => part !== 'et al')
    .map((part) => part.replace(/ [A-Z]{1,3}$/, '').toLowerCase());
  return [...new Set(names)];
}

const KIND_OF: Record<Reference['kind'], string> = {
  mat: 'mat',
  'other-acupressure': 'other-acupressure',
  review: 'other-acupressure',
  industry: 'survey',
  regulator: 'regulator',
};

const entries = Object.entries(referenceFacts);

describe('referenceFacts', () => {
  it('finds the references in knowledge-base.ts', () => {
    expect(definedIds.length).toBeGreaterThanOrEqual(31);
    expect(new Set(definedIds).size).toBe(definedIds.length);
    expect(referenceById.size).toBe(definedIds.length);
  });

  it('has an entry for every reference defined in knowledge-base.ts, and no other', () => {
    expect(Object.keys(referenceFacts).sort()).toEqual([...definedIds].sort());
  });

  it.each(entries)('%s parses through the schema', (_id, facts) => {
    expect(ReferenceFacts.safeParse(facts).success).toBe(true);
  });

  it('rejects upper-case words, unknown fields and unknown topics', () => {
    const good = { year: 2012, authors: ['hohmann'], kind: 'mat' };
    expect(ReferenceFacts.safeParse(good).success).toBe(true);
    expect(ReferenceFacts.safeParse({ ...good, authors: ['Hohmann'] }).success).toBe(false);
    expect(ReferenceFacts.safeParse({ ...good, weeks: 2 }).success).toBe(false);
    expect(ReferenceFacts.safeParse({ ...good, topics: ['wellness'] }).success).toBe(false);
    expect(ReferenceFacts.safeParse({ ...good, kind: 'review' }).success).toBe(false);
  });

  it.each(entries)('%s matches the knowledge base year, participants and kind', (id, facts) => {
    const ref = referenceById.get(id);
    expect(ref).toBeDefined();
    expect(facts.year).toBe(ref?.year);
    if (facts.participants !== undefined && ref?.participants !== undefined) {
      expect(facts.participants).toBe(ref.participants);
    }
    expect(facts.kind).toBe(ref && KIND_OF[ref.kind]);
  });

  it.each(entries)('%s names the knowledge base authors and journal', (id, facts) => {
    const ref = referenceById.get(id);
    if (ref === undefined) throw new Error(`no reference ${id}`);
    if (ref.kind !== 'regulator') expect(facts.authors).toEqual(surnames(ref.authors));
    if (facts.journalWords !== undefined) expect(facts.journalWords).toContain(ref.journal?.toLowerCase());
  });

  it.each(entries)('%s covers every topic that cites it', (id, facts) => {
    const ref = referenceById.get(id);
    if (ref === undefined) throw new Error(`no reference ${id}`);
    for (const topic of topicsCiting.get(ref) ?? []) expect(facts.topics).toContain(topic);
  });

  it('records the figures that pages misquote most', () => {
    expect(referenceFacts.hohmann2012).toMatchObject({ durationDays: 14, participants: 82, applied: ['mat'] });
    expect(referenceFacts.saha2016).toMatchObject({ durationDays: 14, design: 'single-arm' });
    expect(referenceFacts.au2015).toMatchObject({ trials: 5, applied: ['finger'] });
    expect(referenceFacts.chenWang2014?.applied).not.toContain('mat');
  });
});

describe('unreviewed citations', () => {
  it.each(Object.entries(unreviewedCitations))('%s parses and says what the notes say', (id, facts) => {
    expect(UnreviewedCitation.safeParse(facts).success).toBe(true);
    expect(Object.hasOwn(referenceFacts, id), 'an id of its own, not a reference').toBe(false);
  });

  it('refuses an entry without a note, or with a field the schema does not know', () => {
    expect(UnreviewedCitation.safeParse({ kind: 'mat', year: 2012 }).success).toBe(false);
    expect(UnreviewedCitation.safeParse({ kind: 'mat', note: 'x', weeks: 2 }).success).toBe(false);
  });
});
