import { z } from '../shared/zod';
import { lazySchema } from './lazy-schema';

/** Topic ids, exactly as ../shared/contracts.md §1 lists them. A claim is about one topic. */
export const TOPIC_IDS = [
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
export const TopicId = /* @__PURE__ */ lazySchema(() => z.enum(TOPIC_IDS));
export type TopicId = z.infer<typeof TopicId>;

/** Status ids (contracts.md §2), strongest evidence first. */
export const STATUS_IDS = [
  'mixed',
  'preliminary',
  'short-term',
  'very-early',
  'inconclusive',
  'not-for-mats',
  'no-evidence',
] as const;
export const StatusId = /* @__PURE__ */ lazySchema(() => z.enum(STATUS_IDS));
export type StatusId = z.infer<typeof StatusId>;

/** The short label of each status, as the contract fixes it; badges show these. */
export const STATUS_LABELS: Record<StatusId, string> = {
  mixed: 'Some evidence, mixed',
  preliminary: 'Preliminary',
  'short-term': 'Short-term only',
  'very-early': 'Very early',
  inconclusive: 'Inconclusive',
  'not-for-mats': 'Not shown for mats',
  'no-evidence': 'No reliable evidence',
};

/** What each status means (contracts.md §2), for cards and the popup. */
export const STATUS_MEANINGS: Record<StatusId, string> = {
  mixed: 'Small trials of mats point both ways.',
  preliminary: 'Early signals, too little to rely on.',
  'short-term': 'Effects reported only during or right after use.',
  'very-early': 'Pilot-stage or single-session findings.',
  inconclusive: 'Studied, with no clear answer.',
  'not-for-mats':
    'Evidence exists only for other forms of acupressure (finger or point pressure, ear acupressure, acupuncture).',
  'no-evidence': 'Nothing trustworthy found.',
};

/** Stance of a claim (contracts.md §3). */
export const STANCES = ['asserted', 'hedged', 'negated'] as const;
export const Stance = /* @__PURE__ */ lazySchema(() => z.enum(STANCES));
export type Stance = z.infer<typeof Stance>;

/** Kinds of reference (schema.ts checks them; cards group references by them). */
export const REFERENCE_KINDS = ['mat', 'other-acupressure', 'review', 'regulator', 'industry'] as const;

/** Where the evidence on a topic comes from (see EvidenceSource in schema.ts). */
export const EVIDENCE_SOURCES = ['mat-trials', 'other-acupressure', 'none'] as const;

/** What a safety caution rests on (see Caution in schema.ts). */
export const CAUTION_BASES = ['trial-exclusion', 'manufacturer', 'health-site', 'precautionary'] as const;
