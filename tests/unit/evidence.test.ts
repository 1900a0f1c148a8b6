/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-return, @typescript-eslint/no-unsafe-call -- the corruption table mutates untyped copies of the knowledge base on purpose */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  CAUTION_BASES,
  STATUS_IDS,
  STATUS_LABELS,
  STATUS_MEANINGS,
  TOPIC_IDS,
  knowledgeBase,
  statusOf,
  topicEvidence,
  type Reference,
  type StatusId,
  type TopicId,
} from '../../src/evidence';
import { knowledgeBaseData } from '../../src/evidence/knowledge-base';
import { parseKnowledgeBase } from '../../src/evidence/schema';

// Copied by hand from contracts.md §1, so a drift in ids.ts shows up here too.
const CONTRACT_TOPICS = [
  'pain',
  'back-neck',
  'muscle-tension',
  'sleep',
  'stress-anxiety',
  'headache',
  'fibromyalgia',
  'hormones',
  'circulation',
  'blood-pressure',
  'energy',
  'weight',
  'digestion',
  'skin',
  'sexual-health',
  'immunity-detox',
  'recovery',
  'disease',
  'safety',
] as const;

// contracts.md §2: the seed article's table fixes these five.
const SEED_TABLE_STATUSES: ReadonlyArray<[TopicId, StatusId]> = [
  ['back-neck', 'mixed'],
  ['sleep', 'preliminary'],
  ['stress-anxiety', 'short-term'],
  ['headache', 'very-early'],
  ['fibromyalgia', 'inconclusive'],
];

// The remaining fourteen, from the evidence notes' summary table.
const NOTES_TABLE_STATUSES: ReadonlyArray<[TopicId, StatusId]> = [
  ['pain', 'preliminary'],
  ['muscle-tension', 'preliminary'],
  ['hormones', 'no-evidence'],
  ['circulation', 'very-early'],
  ['blood-pressure', 'not-for-mats'],
  ['energy', 'not-for-mats'],
  ['weight', 'not-for-mats'],
  ['digestion', 'not-for-mats'],
  ['skin', 'no-evidence'],
  ['sexual-health', 'no-evidence'],
  ['immunity-detox', 'no-evidence'],
  ['recovery', 'not-for-mats'],
  ['disease', 'no-evidence'],
  ['safety', 'no-evidence'],
];

const NO_MAT_TRIAL = 'No trial of mats has looked at this.';

const allReferences: Array<{ topic: TopicId; ref: Reference; label: string }> = knowledgeBase.topics.flatMap((topic) =>
  topic.references.map((ref) => ({ topic: topic.id, ref, label: `${topic.id}: ${ref.authors} ${ref.year}` })),
);

function findReference(authorsStart: string, year: number): Reference {
  const found = allReferences.find(({ ref }) => ref.authors.startsWith(authorsStart) && ref.year === year);
  if (!found) throw new Error(`no reference by ${authorsStart} ${year}`);
  return found.ref;
}

/** A deep copy that does not share objects, unlike structuredClone (references are reused across topics). */
function freshCopy(): any {
  return JSON.parse(JSON.stringify(knowledgeBaseData));
}

function sentences(text: string): string[] {
  // Split after . ! ? followed by a space and a capital letter; abbreviations like "e.g." stay whole.
  return text.split(/(?<=[.!?])\s+(?=[A-Z"])/).filter((s) => s.trim().length > 0);
}

describe('topics', () => {
  it('has one entry per contract topic, and nothing else', () => {
    expect(knowledgeBase.topics).toHaveLength(CONTRACT_TOPICS.length);
    expect([...TOPIC_IDS]).toEqual([...CONTRACT_TOPICS]);
  });

  it.each(CONTRACT_TOPICS)('%s appears exactly once', (id) => {
    expect(knowledgeBase.topics.filter((topic) => topic.id === id)).toHaveLength(1);
    expect(topicEvidence(id).id).toBe(id);
  });

  it.each(knowledgeBase.topics.map((t) => [t.id, t.status] as const))('%s has a valid status (%s)', (_id, status) => {
    expect(STATUS_IDS).toContain(status);
    expect(STATUS_LABELS[status]).toBeTruthy();
    expect(STATUS_MEANINGS[status]).toBeTruthy();
  });

  it.each(SEED_TABLE_STATUSES)('%s keeps the contract status %s', (id, status) => {
    expect(statusOf(id)).toBe(status);
  });

  it.each(NOTES_TABLE_STATUSES)('%s has the status %s from the notes table', (id, status) => {
    expect(statusOf(id)).toBe(status);
  });

  it('covers every topic with the two status tables', () => {
    const pinned = [...SEED_TABLE_STATUSES, ...NOTES_TABLE_STATUSES].map(([id]) => id).sort();
    expect(pinned).toEqual([...CONTRACT_TOPICS].sort());
  });

  it('throws on a topic id outside the contract', () => {
    expect(() => topicEvidence('crystals' as TopicId)).toThrow(/Unknown topic id: "crystals"/);
  });

  it.each(knowledgeBase.topics.map((t) => [t.id, t] as const))(
    '%s has a title, a one-line verdict and a 2–4 sentence summary',
    (_id, topic) => {
      expect(topic.title.length).toBeLessThanOrEqual(60);
      expect(topic.verdict).not.toMatch(/\n/);
      expect(topic.verdict.length).toBeLessThanOrEqual(200);
      const count = sentences(topic.summary).length;
      expect(count).toBeGreaterThanOrEqual(2);
      expect(count).toBeLessThanOrEqual(4);
      expect(topic.cannotShow.length).toBeGreaterThan(0);
    },
  );

  it.each(knowledgeBase.topics.map((t) => [t.id, t] as const))(
    '%s says plainly what mat trials found',
    (_id, topic) => {
      if (topic.evidenceSource === 'mat-trials') {
        expect(topic.matFindings).not.toBe(NO_MAT_TRIAL);
        expect(topic.references.some((ref) => ref.kind === 'mat')).toBe(true);
      } else {
        expect(topic.matFindings).toBe(NO_MAT_TRIAL);
        expect(topic.references.some((ref) => ref.kind === 'mat')).toBe(false);
      }
    },
  );

  it.each(knowledgeBase.topics.filter((t) => t.status === 'not-for-mats').map((t) => [t.id, t] as const))(
    '%s (not shown for mats) explains and cites the other forms of acupressure',
    (_id, topic) => {
      expect(topic.otherFormsNote).toBeTruthy();
      expect(topic.references.some((ref) => ref.kind === 'other-acupressure' || ref.kind === 'review')).toBe(true);
    },
  );

  it.each(
    knowledgeBase.topics
      .filter((t) => t.status !== 'no-evidence' && t.evidenceSource !== 'none')
      .map((t) => [t.id, t] as const),
  )('%s is traceable to at least one study', (_id, topic) => {
    expect(
      topic.references.filter((ref) => ref.kind !== 'regulator' && ref.kind !== 'industry').length,
    ).toBeGreaterThan(0);
  });

  // Where the contract status is kinder than the notes' proposal, the text must still say what mat trials found.
  it.each<[TopicId, RegExp]>([
    ['sleep', /no better than the comparison group/],
    ['stress-anxiety', /no more than resting without one/],
    ['headache', /No mat study of headache exists/],
    ['fibromyalgia', /No study of mats/],
    ['safety', /contradicted/],
  ])('%s states the mat evidence honestly in its verdict', (id, pattern) => {
    expect(topicEvidence(id).verdict).toMatch(pattern);
  });

  it('says the sleep benefit came from point self-acupressure, not mats', () => {
    const sleep = topicEvidence('sleep');
    expect(sleep.otherFormsNote).toMatch(/pressing points by hand/);
    expect(sleep.references.filter((ref) => ref.kind === 'mat').map((ref) => ref.authors)).toEqual([
      expect.stringMatching(/^Kjellgren/),
      expect.stringMatching(/^Kisker/),
    ]);
  });

  it('reports the safety topic numbers from the largest mat study', () => {
    const safety = topicEvidence('safety');
    expect(safety.summary).toMatch(/8 of 91/);
    expect(safety.summary).toMatch(/10%/);
  });

  it('gives no medical advice', () => {
    const texts = knowledgeBase.topics.flatMap((t) => [
      t.verdict,
      t.summary,
      t.matFindings,
      t.otherFormsNote ?? '',
      ...t.cannotShow,
    ]);
    for (const text of texts) {
      expect(text).not.toMatch(/\byou\b|\byour\b|\bshould\b|\bmust\b/i);
    }
  });
});

describe('references', () => {
  it('exist', () => {
    expect(allReferences.length).toBeGreaterThan(20);
  });

  it.each(allReferences.map((r) => [r.label, r.ref] as const))('%s is complete and well-formed', (_label, ref) => {
    expect(ref.authors.trim()).not.toBe('');
    expect(Number.isInteger(ref.year)).toBe(true);
    expect(ref.year).toBeGreaterThanOrEqual(1990);
    expect(ref.year).toBeLessThanOrEqual(2026);
    expect(Boolean(ref.title) || Boolean(ref.journal)).toBe(true);
    expect(ref.design.trim()).not.toBe('');
    if (ref.participants !== undefined) {
      expect(Number.isInteger(ref.participants)).toBe(true);
      expect(ref.participants).toBeGreaterThan(0);
    }
    if (ref.url !== undefined) {
      const url = new URL(ref.url);
      expect(['https:', 'http:']).toContain(url.protocol);
      expect(url.hostname).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i);
      expect(ref.url).not.toMatch(/\s/);
    }
    if (ref.doi !== undefined) {
      expect(ref.doi).toMatch(/^10\.\d{4,9}\/\S+$/);
    }
  });

  it('gives every reference a link, DOI or PubMed id, except the two the notes give none for', () => {
    const unlocated = allReferences
      .filter(({ ref }) => ref.url === undefined && ref.doi === undefined && ref.pmid === undefined)
      .map(({ ref }) => `${ref.authors} ${ref.year}`);
    expect([...new Set(unlocated)].sort()).toEqual(['Li T, et al. 2021', 'Zhang H, et al. 2023']);
  });

  // Participant counts the notes give, by first author and year.
  it.each<[string, number, number]>([
    ['Hohmann', 2012, 82],
    ['Saha', 2016, 91],
    ['Frizziero', 2021, 44],
    ['Kjellgren', 2011, 36],
    ['Olsson', 2011, 32],
    ['Abedian', 2015, 120],
    ['Çavuşoğlu', 2024, 64],
    ['McFadden', 2012, 109],
    ['Hsieh LL', 2010, 28],
    ['Li X', 2007, 30],
    ['Lin GH', 2016, 80],
    ['Yeo', 2014, 91],
    ['Hsieh CH', 2013, 68],
    ['Abbott', 2015, 100],
    ['Wang PM', 2019, 30],
    ['Mącznik', 2017, 79],
    ['Armour', 2019, 2302],
  ])('%s %i lists %i participants', (author, year, n) => {
    expect(findReference(author, year).participants).toBe(n);
  });

  // DOIs and links the notes give.
  it.each<[string, number, string | undefined, string | undefined]>([
    ['Hohmann', 2012, '10.1155/2012/753583', 'https://www.ncbi.nlm.nih.gov/pmc/articles/PMC3446809/'],
    ['Saha', 2016, undefined, 'https://opus.lib.uts.edu.au/handle/10453/49955'],
    ['Frizziero', 2021, '10.3390/app11115211', 'https://doi.org/10.3390/app11115211'],
    ['Kjellgren', 2011, '10.4081/ams.2011.e5', 'https://pagepress.org/journals/ams/article/view/2344'],
    ['Olsson', 2011, '10.1089/acm.2010.0135', 'https://pubmed.ncbi.nlm.nih.gov/21208128/'],
    ['Chen YW', 2014, '10.1016/j.pmn.2012.12.005', undefined],
    ['Au', 2015, '10.1136/acupmed-2014-010720', 'https://aim.bmj.com/content/33/5/353.short'],
    ['Lin GH', 2016, '10.1155/2016/1549658', undefined],
    ['Abbott', 2015, '10.1007/s11606-014-3084-6', 'https://pmc.ncbi.nlm.nih.gov/articles/PMC4371012'],
    ['Mącznik', 2017, '10.1097/JSM.0000000000000378', undefined],
  ])('%s %i carries its DOI and link', (author, year, doi, url) => {
    const ref = findReference(author, year);
    expect(ref.doi).toBe(doi);
    expect(ref.url).toBe(url);
  });

  it('counts only the six mat studies as mat references', () => {
    const matAuthors = new Set(
      allReferences
        .filter(({ ref }) => ref.kind === 'mat')
        .map(({ ref }) => `${ref.authors.split(/[ ,]/)[0]} ${ref.year}`),
    );
    expect([...matAuthors].sort()).toEqual(
      ['Frizziero 2021', 'Hohmann 2012', 'Kisker 2023', 'Kjellgren 2011', 'Olsson 2011', 'Saha 2016'].sort(),
    );
  });

  it.each<[string, number]>([
    ['Kisker', 2023],
    ['Li T', 2021],
    ['Lan SC', 2015],
    ['UK Advertising Standards Authority', 2016],
  ])('%s %i is marked as not independently verified where the notes say so', (author, year) => {
    expect(findReference(author, year).note).toMatch(/not independently verified/i);
  });

  it('leaves out the sources the notes could not confirm', () => {
    for (const { ref } of allReferences) {
      expect(`${ref.journal ?? ''} ${ref.title ?? ''}`).not.toMatch(/Pharm(aceutical)? Res/i);
      // The unconfirmed 2010 Hsieh paper on ear acupressure; the 2010 Hsieh headache trial is confirmed.
      const isHsieh2010Ear =
        ref.authors.startsWith('Hsieh') &&
        ref.year === 2010 &&
        /ear|auricular|weight/i.test(`${ref.title} ${ref.design}`);
      expect(isHsieh2010Ear).toBe(false);
    }
  });
});

describe('schema', () => {
  it('accepts the knowledge base as written (the control for the cases below)', () => {
    expect(() => parseKnowledgeBase(freshCopy())).not.toThrow();
  });

  it.each<[string, (kb: any) => void, RegExp]>([
    ['a missing verdict', (kb) => delete kb.topics[1].verdict, /topics\[1\]\.verdict/],
    ['an empty summary', (kb) => (kb.topics[2].summary = '  '), /must not be empty[\s\S]*topics\[2\]\.summary/],
    ['an unknown status', (kb) => (kb.topics[3].status = 'proven'), /Invalid option[\s\S]*topics\[3\]\.status/],
    ['an unknown topic', (kb) => (kb.topics[0].id = 'crystals'), /Invalid option[\s\S]*topics\[0\]\.id/],
    ['a duplicated topic', (kb) => (kb.topics[1].id = kb.topics[0].id), /topic "pain" appears twice/],
    ['a missing topic', (kb) => kb.topics.pop(), /topic "safety" is missing/],
    [
      'a reference without authors',
      (kb) => delete kb.topics[1].references[0].authors,
      /topics\[1\]\.references\[0\]\.authors/,
    ],
    [
      'a reference with neither title nor journal',
      (kb) => {
        delete kb.topics[1].references[0].title;
        delete kb.topics[1].references[0].journal;
      },
      /a reference needs a title or a journal/,
    ],
    [
      'a non-http link',
      (kb) => (kb.topics[1].references[0].url = 'ftp://example.org/paper'),
      /Invalid URL[\s\S]*topics\[1\]\.references\[0\]\.url/,
    ],
    ['a malformed link', (kb) => (kb.topics[1].references[0].url = 'https//example.org'), /Invalid URL/],
    [
      'a DOI with its resolver prefix',
      (kb) => (kb.topics[1].references[0].doi = 'https://doi.org/10.1155/2012/753583'),
      /must look like 10\.NNNN/,
    ],
    [
      'an unknown reference kind',
      (kb) => (kb.topics[1].references[0].kind = 'blog'),
      /topics\[1\]\.references\[0\]\.kind/,
    ],
    ['a fractional participant count', (kb) => (kb.topics[1].references[0].participants = 40.5), /participants/],
    [
      'a reference from after the review date',
      (kb) => (kb.topics[1].references[0].year = 2030),
      /after the knowledge base date/,
    ],
    [
      'a mat-trials topic citing no mat study',
      (kb) => (kb.topics[1].references = []),
      /cites no reference of kind "mat"/,
    ],
    ['an unknown field', (kb) => (kb.topics[0].verdictt = 'typo'), /verdictt/],
    ['an empty cannotShow list', (kb) => (kb.topics[0].cannotShow = []), /could not show/],
    ['a bad version', (kb) => (kb.version = '1.0'), /semantic version/],
    ['an impossible date', (kb) => (kb.date = '2026-02-30'), /date/],
    ['an unknown caution basis', (kb) => (kb.safety.avoidOrAsk[0].basis = 'rumour'), /safety\.avoidOrAsk\[0\]\.basis/],
    ['no limitations', (kb) => (kb.limitations = []), /limitations/],
  ])('rejects %s with an error naming the problem', (_name, corrupt, message) => {
    const kb = freshCopy();
    corrupt(kb);
    expect(() => parseKnowledgeBase(kb)).toThrow(/^Invalid evidence knowledge base/);
    expect(() => parseKnowledgeBase(kb)).toThrow(message);
  });

  it('hands out a frozen knowledge base', () => {
    expect(Object.isFrozen(knowledgeBase)).toBe(true);
    expect(Object.isFrozen(topicEvidence('sleep').references[0])).toBe(true);
  });
});

describe('safety, limitations and seller evidence', () => {
  it('lists groups to avoid or ask, each with a reason and a known basis', () => {
    expect(knowledgeBase.safety.avoidOrAsk.length).toBeGreaterThan(0);
    for (const caution of knowledgeBase.safety.avoidOrAsk) {
      expect(caution.group.trim()).not.toBe('');
      expect(caution.why.trim()).not.toBe('');
      expect(CAUTION_BASES).toContain(caution.basis);
    }
  });

  it.each<[RegExp, string]>([
    [/Pregnan/, 'trial-exclusion'],
    [/Bleeding/, 'trial-exclusion'],
    [/neuropathy/, 'precautionary'],
    [/Epilepsy/, 'manufacturer'],
    [/diabetes/, 'health-site'],
  ])('has a caution matching %s with basis %s', (group, basis) => {
    const caution = knowledgeBase.safety.avoidOrAsk.find((c) => group.test(c.group));
    expect(caution?.basis).toBe(basis);
  });

  it('gives side effects with the trial numbers', () => {
    const all = knowledgeBase.safety.sideEffects.join(' ');
    expect(all).toMatch(/About 9%.*8 of 91.*Saha 2016/);
    expect(all).toMatch(/30 seconds/);
  });

  it('says the cautions are mostly precautionary and safety in excluded groups is unstudied', () => {
    expect(knowledgeBase.safety.note).toMatch(/not from studies of harm/);
    expect(knowledgeBase.safety.note).toMatch(/not been studied/);
  });

  it('lists the general research limitations, each with a title and detail', () => {
    expect(knowledgeBase.limitations).toHaveLength(10);
    const titles = knowledgeBase.limitations.map((l) => l.title);
    expect(new Set(titles).size).toBe(titles.length);
    for (const limitation of knowledgeBase.limitations) {
      expect(limitation.detail.trim()).not.toBe('');
    }
  });

  it('lists weak seller evidence, including the 14-days-not-weeks error', () => {
    expect(knowledgeBase.sellerEvidenceWarnings.length).toBeGreaterThanOrEqual(6);
    expect(knowledgeBase.sellerEvidenceWarnings.some((w) => /14 days/.test(w.detail) && /14 weeks/.test(w.title))).toBe(
      true,
    );
  });
});

describe('metadata and purity', () => {
  it('has version 1.0.0 and a real date', () => {
    expect(knowledgeBase.version).toBe('1.0.0');
    expect(knowledgeBase.date).toBe('2026-11-21');
    expect(new Date(`${knowledgeBase.date}T00:00:00Z`).toISOString().slice(0, 10)).toBe(knowledgeBase.date);
  });

  const dir = new URL('../../src/evidence/', import.meta.url);
  it.each(readdirSync(dir).filter((f) => f.endsWith('.ts')))('%s touches no DOM or browser API', (file) => {
    const source = readFileSync(fileURLToPath(new URL(file, dir)), 'utf8');
    expect(source).not.toMatch(/\b(document|window|browser|chrome|localStorage|fetch)\s*[.(]/);
    expect(source).not.toMatch(/from ['"](wxt|webextension-polyfill)/);
  });
});

describe('the shipped knowledge base', () => {
  it('is exactly what the schema accepts (the extension ships it unparsed; tests and the build check it)', () => {
    expect(parseKnowledgeBase(knowledgeBaseData)).toEqual(knowledgeBase);
  });
});
