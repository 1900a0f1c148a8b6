import { z } from '../shared/zod-messages';
import { CAUTION_BASES, EVIDENCE_SOURCES, REFERENCE_KINDS, StatusId, TOPIC_IDS, TopicId } from './ids';

/**
 * Schemas for the evidence knowledge base. The data in ./knowledge-base.ts is parsed through
 * `KnowledgeBase` once at load, so a bad edit (a missing field, an unknown status or topic, a broken
 * link) fails loudly in tests and in the build instead of reaching a card.
 */

const text = z.string().check(z.trim(), z.minLength(1, 'must not be empty'));

/** What kind of source a reference is; cards group and label references by it. */
export const ReferenceKind = z.enum(REFERENCE_KINDS);
export type ReferenceKind = z.infer<typeof ReferenceKind>;

/** A DOI without the resolver prefix, e.g. `10.1155/2012/753583`. */
const Doi = z
  .string()
  .check(z.regex(/^10\.\d{4,9}\/\S+$/, 'must look like 10.NNNN/suffix (no https://doi.org/ prefix)'));

/**
 * One source behind a topic. `title` or `journal` may be missing (a regulator ruling has no journal,
 * one review is known only by journal), but never both. Links are plain http(s) with a real host:
 * the extension never fetches them, the user may click them.
 */
export const Reference = z
  .strictObject({
    authors: text,
    year: z.int().check(z.minimum(1900), z.maximum(2100)),
    title: z.optional(text),
    journal: z.optional(text),
    design: text,
    participants: z.optional(z.int().check(z.positive())),
    url: z.optional(z.httpUrl()),
    doi: z.optional(Doi),
    pmid: z.optional(z.string().check(z.regex(/^\d{5,9}$/, 'must be the digits of a PubMed id'))),
    kind: ReferenceKind,
    note: z.optional(text),
  })
  .check(
    z.refine((ref) => ref.title !== undefined || ref.journal !== undefined, {
      message: 'a reference needs a title or a journal',
      path: ['title'],
    }),
  );
export type Reference = z.infer<typeof Reference>;

/**
 * Where the evidence on a topic comes from:
 * - `mat-trials`: at least one trial of mats measured this outcome (whatever it found);
 * - `other-acupressure`: no mat trial measured it; only finger or point pressure, ear acupressure
 *   or acupuncture studies did;
 * - `none`: no study of the outcome itself was found.
 */
export const EvidenceSource = z.enum(EVIDENCE_SOURCES);
export type EvidenceSource = z.infer<typeof EvidenceSource>;

/** Everything a card says about one topic. */
export const TopicEvidence = z
  .strictObject({
    id: TopicId,
    title: text,
    status: StatusId,
    /** One line, shown first on a card. */
    verdict: text,
    /** Two to four plain sentences on what research found. */
    summary: text,
    evidenceSource: EvidenceSource,
    /** What trials of mats themselves found, or that none looked at this. */
    matFindings: text,
    /** What studies of other forms found, and whether sellers pass them off as mat evidence. */
    otherFormsNote: z.optional(text),
    /** What the studies could not show. */
    cannotShow: z.array(text).check(z.minLength(1, 'list at least one thing the studies could not show')),
    references: z.array(Reference),
  })
  .check(
    z.superRefine((topic, ctx) => {
      const hasMatRef = topic.references.some((ref) => ref.kind === 'mat');
      if (topic.evidenceSource === 'mat-trials' && !hasMatRef) {
        ctx.addIssue({
          code: 'custom',
          path: ['references'],
          message: `topic "${topic.id}" says its evidence comes from mat trials but cites no reference of kind "mat"`,
        });
      }
      if (topic.evidenceSource !== 'mat-trials' && hasMatRef) {
        ctx.addIssue({
          code: 'custom',
          path: ['evidenceSource'],
          message: `topic "${topic.id}" cites a mat trial, so its evidenceSource must be "mat-trials"`,
        });
      }
      if (
        topic.evidenceSource === 'other-acupressure' &&
        !topic.references.some((ref) => ref.kind === 'other-acupressure' || ref.kind === 'review')
      ) {
        ctx.addIssue({
          code: 'custom',
          path: ['references'],
          message: `topic "${topic.id}" says its evidence comes from other forms of acupressure but cites none`,
        });
      }
    }),
  );
export type TopicEvidence = z.infer<typeof TopicEvidence>;

/** A general limitation of the research, applying across topics. */
export const Limitation = z.strictObject({ title: text, detail: text });
export type Limitation = z.infer<typeof Limitation>;

/** A piece of weak or misleading "evidence" that sellers often cite. */
export const SellerEvidenceWarning = z.strictObject({ title: text, detail: text });
export type SellerEvidenceWarning = z.infer<typeof SellerEvidenceWarning>;

/**
 * Where a caution comes from: a trial's exclusion criteria, makers' leaflets, health-site guidance,
 * or reasoning from those with no direct source (`precautionary`).
 */
export const CautionBasis = z.enum(CAUTION_BASES);
export type CautionBasis = z.infer<typeof CautionBasis>;

/** A group of people for whom mats carry a caution, why, and where the caution comes from. */
export const Caution = z.strictObject({
  group: text,
  why: text,
  basis: CautionBasis,
  /** The named source(s) of the caution, e.g. a registry entry or a maker's list. */
  source: text,
});
export type Caution = z.infer<typeof Caution>;

/** What is known, and not known, about the safety of mats. */
export const Safety = z.strictObject({
  avoidOrAsk: z.array(Caution).check(z.minLength(1)),
  /** Side effects seen in mat studies, with their numbers. */
  sideEffects: z.array(text).check(z.minLength(1)),
  /** That the cautions are mostly precautionary and safety in excluded groups is unstudied. */
  note: text,
});
export type Safety = z.infer<typeof Safety>;

const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;

/** The whole knowledge base: one entry per topic id, plus the cross-topic material. */
export const KnowledgeBase = z
  .strictObject({
    version: z.string().check(z.regex(SEMVER, 'must be a semantic version such as 1.0.0')),
    /** When the evidence was last reviewed, as YYYY-MM-DD. */
    date: z.iso.date(),
    topics: z.array(TopicEvidence),
    limitations: z.array(Limitation).check(z.minLength(1)),
    safety: Safety,
    sellerEvidenceWarnings: z.array(SellerEvidenceWarning).check(z.minLength(1)),
  })
  .check(
    z.superRefine((kb, ctx) => {
      const seen = new Map<string, number>();
      kb.topics.forEach((topic, index) => {
        const first = seen.get(topic.id);
        if (first !== undefined) {
          ctx.addIssue({
            code: 'custom',
            path: ['topics', index, 'id'],
            message: `topic "${topic.id}" appears twice (also at topics[${first}])`,
          });
        } else {
          seen.set(topic.id, index);
        }
      });
      for (const id of TOPIC_IDS) {
        if (!seen.has(id)) {
          ctx.addIssue({ code: 'custom', path: ['topics'], message: `topic "${id}" is missing` });
        }
      }
      const reviewYear = Number(kb.date.slice(0, 4));
      kb.topics.forEach((topic, t) => {
        topic.references.forEach((ref, r) => {
          if (ref.year > reviewYear) {
            ctx.addIssue({
              code: 'custom',
              path: ['topics', t, 'references', r, 'year'],
              message: `reference year ${ref.year} is after the knowledge base date ${kb.date}`,
            });
          }
        });
      });
    }),
  );
export type KnowledgeBase = z.infer<typeof KnowledgeBase>;
/** The knowledge base as written in source, before parsing. */
export type KnowledgeBaseInput = z.input<typeof KnowledgeBase>;

/**
 * Parses raw knowledge-base data. Throws an Error whose message lists every problem with its path
 * (e.g. `topics[3].status`), so a bad edit is easy to find.
 */
export function parseKnowledgeBase(data: unknown): KnowledgeBase {
  const result = KnowledgeBase.safeParse(data);
  if (!result.success) {
    throw new Error(`Invalid evidence knowledge base:\n${z.prettifyError(result.error)}`);
  }
  return result.data;
}
