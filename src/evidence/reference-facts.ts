import { z } from '../shared/zod';
import { TOPIC_IDS } from './ids';
import { lazySchema } from './lazy-schema';

/*
 * The checkable facts of each reference in ./knowledge-base.ts, for recognising citations of research
 * on a page, matching them to a reference and flagging misquoted figures (issue 7).
 *
 * Written from ../../shared/evidence/evidence-notes.md (the research notes) and the knowledge base
 * only. A field the notes do not give is left out, never guessed: a missing field means "nothing to
 * check", so a citation is never flagged on it.
 *
 * Conventions:
 * - `authors`: the distinct surnames in author order, lower-case, with their diacritics (a matcher
 *   should compare after folding accents: pages write both "Mącznik" and "Macznik"). For a regulator
 *   it is the names pages give the body.
 * - `durationDays`: how long the intervention lasted; 1 means a single session. Follow-up is not
 *   duration (Saha 2016 used the mat for 14 days and followed people up to week 14).
 * - `participants`: the total as the knowledge base gives it (randomized, enrolled or recruited).
 *   Other counts the notes give are also correct figures on a page: `otherCounts`.
 * - `trials`: for a review, the trials its result rests on: pooled in a meta-analysis, included in a
 *   narrative review.
 * - `applied`: "finger" covers pressure on points by hand, by a practitioner or oneself. For a
 *   regulator's ruling it is the kind of product ruled on.
 * - `topics`: contracts.md §1 topics the study measured or the notes discuss it under, and at least
 *   every topic whose knowledge-base entry cites it.
 */

/** What a cited source is, as a citation's `kind` reports it (issue 7, item 4; "unknown" is for no match). */
export const CITATION_KINDS = ['mat', 'other-acupressure', 'survey', 'regulator'] as const;

/** A study's design, coarse enough to compare with what a page says ("a randomized trial", "a review"). */
export const STUDY_DESIGNS = [
  'rct',
  'pilot-rct',
  'single-arm',
  'survey',
  'systematic-review',
  'meta-analysis',
  'cohort',
  'ruling',
] as const;

/** What was actually applied to participants. */
export const APPLIED_FORMS = ['mat', 'finger', 'ear', 'wristband', 'needles', 'device'] as const;

/** A list of at least one `item`. */
const nonEmpty = <T extends z.ZodMiniType>(item: T) => z.array(item).check(z.minLength(1));

/**
 * The checkable facts of one reference. Built on first use, like the schemas in ./ids.ts; marked
 * pure so that a bundle that only reads the facts (the engine's cards) leaves zod's parts out.
 */
export const ReferenceFacts = /* @__PURE__ */ lazySchema(() => {
  const lowerText = z.string().check(
    z.trim(),
    z.minLength(1, 'must not be empty'),
    z.refine((s) => s === s.toLowerCase(), 'must be lower-case'),
  );
  const count = z.int().check(z.positive());
  return z.strictObject({
    year: z.int().check(z.minimum(1900), z.maximum(2100)),
    authors: nonEmpty(lowerText),
    kind: z.enum(CITATION_KINDS),
    design: z.optional(z.enum(STUDY_DESIGNS)),
    applied: z.optional(nonEmpty(z.enum(APPLIED_FORMS))),
    participants: z.optional(count),
    /** Other counts the notes give for the study, also correct on a page (subgroups, planned, asked). */
    otherCounts: z.optional(nonEmpty(count)),
    durationDays: z.optional(count),
    trials: z.optional(count),
    country: z.optional(lowerText),
    /** Institutions or towns the notes name for the study, as pages write them. */
    places: z.optional(nonEmpty(lowerText)),
    population: z.optional(nonEmpty(lowerText)),
    topics: z.optional(nonEmpty(z.enum(TOPIC_IDS))),
    journalWords: z.optional(nonEmpty(lowerText)),
    finding: z.optional(z.string().check(z.trim(), z.minLength(1))),
  });
});
export type ReferenceFacts = z.infer<typeof ReferenceFacts>;
export type ReferenceFactsInput = z.input<typeof ReferenceFacts>;

const ECAM = ['evidence-based complementary and alternative medicine', 'evid based complement alternat med', 'ecam'];
const ASA = ['advertising standards authority', 'asa'];

/** Facts per reference, keyed by the reference's const name in ./knowledge-base.ts. */
export const referenceFacts: Record<string, ReferenceFactsInput> = {
  // Trials of mats.

  // otherCounts: 40 (neck pain) and 42 (low back pain), the two separate pilots.
  hohmann2012: {
    places: ['duisburg', 'essen'],
    year: 2012,
    authors: ['hohmann', 'ullrich', 'lauche'],
    kind: 'mat',
    design: 'pilot-rct',
    applied: ['mat'],
    participants: 82,
    otherCounts: [40, 42],
    durationDays: 14,
    country: 'germany', // University of Duisburg-Essen
    population: ['chronic neck pain', 'chronic low back pain'],
    topics: ['back-neck', 'pain'],
    journalWords: ECAM,
    finding:
      'In two small pilot trials, pain fell more with 14 days of daily mat use than on a waiting list; neck disability improved but back disability did not.',
  },

  // otherCounts: 166 planned in the registry entry; 8 of 91 stopped because of pain. Follow-up at week 14.
  saha2016: {
    year: 2016,
    authors: ['saha'],
    kind: 'mat',
    design: 'single-arm',
    applied: ['mat'],
    participants: 91,
    otherCounts: [166, 8],
    durationDays: 14,
    population: ['chronic low back pain'],
    topics: ['back-neck', 'energy', 'safety'],
    journalWords: ['european journal of integrative medicine', 'eur j integr med'],
    finding:
      'Without a control group, pain intensity did not change significantly at week 2 or week 14, though it eased right after each session; nearly 10% had adverse reactions.',
  },

  // No durationDays: the notes give 60 minutes of mat use a day and 6 months of home exercise, but
  // not how long the mat was used.
  frizziero2021: {
    year: 2021,
    authors: ['frizziero', 'finotti', 'la scala', 'morone', 'piran', 'masiero'],
    kind: 'mat',
    design: 'rct',
    applied: ['mat'],
    participants: 44,
    population: ['chronic low back pain'],
    topics: ['back-neck'],
    journalWords: ['applied sciences', 'appl sci'],
    finding:
      'Everyone did exercise therapy and both groups improved; VAS pain improved significantly only in the group that also used a mat.',
  },

  // otherCounts: 35 analysed (press release).
  kjellgren2011: {
    year: 2011,
    authors: ['kjellgren', 'erdefelt', 'werngren', 'norlander'],
    kind: 'mat',
    design: 'pilot-rct',
    applied: ['mat'],
    participants: 36,
    otherCounts: [35],
    durationDays: 21,
    population: ['muscle-tension pain', 'back pain', 'neck pain'],
    topics: ['muscle-tension', 'back-neck', 'pain', 'sleep', 'stress-anxiety', 'energy', 'safety'],
    journalWords: ['alternative medicine studies'],
    finding:
      'Only worst pain intensity fell with the mat; usual pain, anxiety, depression, stress, energy and sleep quality did not change.',
  },

  // No design: an exploratory crossover study (four conditions in random order), which none of the
  // design ids describes.
  olsson2011: {
    year: 2011,
    authors: ['olsson', 'von schéele'],
    kind: 'mat',
    applied: ['mat'],
    participants: 32,
    durationDays: 1,
    population: ['healthy adults'],
    topics: ['stress-anxiety', 'hormones', 'circulation', 'blood-pressure', 'safety'],
    journalWords: ['journal of alternative and complementary medicine', 'j altern complement med', 'jacm'],
    finding:
      'Relaxation rose in every condition, with or without the mat; on the mat blood pressure was higher and heart rate lower, and saliva cortisol did not differ.',
  },

  // No design (the notes do not say it was randomized) and no participants (about 100 is unverified).
  kisker2023: {
    year: 2023,
    authors: ['kisker', 'schöne'],
    kind: 'mat',
    applied: ['mat'],
    durationDays: 21,
    population: ['healthy students'],
    topics: ['stress-anxiety', 'sleep', 'muscle-tension', 'hormones', 'blood-pressure'],
    journalWords: ['applied psychology: health and well-being', 'applied psychology health and well-being'],
    finding:
      'Stress, well-being and sleep improved as much after three weeks of relaxing without a mat as on one, and blood pressure and heart rate did not change.',
  },

  // Other forms of acupressure, and reviews of them.

  chenWang2014: {
    year: 2014,
    authors: ['chen', 'wang'],
    kind: 'other-acupressure',
    design: 'systematic-review',
    applied: ['finger'],
    trials: 15,
    population: ['dysmenorrhoea', 'labour pain', 'low back pain', 'chronic headache', 'trauma pain'],
    topics: ['pain', 'back-neck', 'headache'],
    journalWords: ['pain management nursing', 'pain manag nurs'],
    finding:
      'Concluded that finger or hand acupressure helps relieve several kinds of pain, though the included trials varied in quality.',
  },

  // No applied (point acupressure, method not given), trials or population in the notes.
  leeFrazier2011: {
    year: 2011,
    authors: ['lee', 'frazier'],
    kind: 'other-acupressure',
    design: 'systematic-review',
    topics: ['pain', 'energy', 'sleep'],
    journalWords: ['journal of pain and symptom management', 'j pain symptom manage'],
    finding: 'Reviewed point acupressure for nausea, pain, breathlessness, fatigue and sleep.',
  },

  // No finding: the notes did not extract its results.
  liT2021: {
    year: 2021,
    authors: ['li'],
    kind: 'other-acupressure',
    design: 'meta-analysis',
    applied: ['finger'],
    trials: 23,
    population: ['low back pain'],
    topics: ['back-neck', 'pain'],
    journalWords: ECAM,
  },

  armour2019: {
    year: 2019,
    authors: ['armour', 'smith', 'steel', 'macmillan'],
    kind: 'other-acupressure',
    design: 'meta-analysis',
    applied: ['finger'],
    participants: 2302,
    trials: 23,
    population: ['primary dysmenorrhea', 'menstrual pain'],
    topics: ['pain'],
    journalWords: ['bmc complementary and alternative medicine', 'bmc complement altern med'],
    finding:
      'Self-acupressure eased period pain moderately compared with no treatment but less than painkillers; risk of bias was often unclear.',
  },

  // otherCounts: 37, 36 and 32 reported in the three groups.
  abedian2015: {
    year: 2015,
    authors: ['abedian', 'eskandari', 'abdi', 'ebrahimzadeh'],
    kind: 'other-acupressure',
    design: 'rct',
    applied: ['finger'],
    participants: 120,
    otherCounts: [37, 36, 32],
    durationDays: 28,
    country: 'iran',
    population: ['menopausal women'],
    topics: ['sleep'],
    journalWords: ['iranian journal of medical sciences', 'iran j med sci'],
    finding:
      'Four weeks of self-acupressure at chosen points gave better sleep-quality scores than sham or no treatment.',
  },

  cavusogluGun2024: {
    year: 2024,
    authors: ['çavuşoğlu', 'gün'],
    kind: 'other-acupressure',
    design: 'rct',
    applied: ['finger'],
    participants: 64,
    durationDays: 28,
    population: ['nurses'],
    topics: ['sleep', 'energy'],
    journalWords: ['holistic nursing practice', 'holist nurs pract'],
    finding: 'Four weeks of finger self-acupressure improved sleep quality and fatigue compared with sham.',
  },

  // Also correct: 39 studies screened, 7 reviewed (the notes warn that "39 studies" is often misquoted).
  au2015: {
    year: 2015,
    authors: ['au', 'tsang', 'ling', 'leung', 'ip', 'cheung'],
    kind: 'other-acupressure',
    design: 'meta-analysis',
    applied: ['finger'],
    trials: 5,
    population: ['pre-procedure anxiety'],
    topics: ['stress-anxiety'],
    journalWords: ['acupuncture in medicine', 'acupunct med'],
    finding:
      'Pooled trials of finger pressure on points before medical procedures found less anxiety than sham, with high heterogeneity and conflicting physiological results.',
  },

  // No applied: the notes do not say how the pressure was given.
  mcfadden2012: {
    year: 2012,
    authors: ['mcfadden', 'healy', 'hoversten', 'ito', 'hernández'],
    kind: 'other-acupressure',
    design: 'rct',
    participants: 109,
    durationDays: 1,
    population: ['college students'],
    topics: ['stress-anxiety'],
    journalWords: ['complementary therapies in medicine', 'complement ther med'],
    finding:
      'A single session of real acupressure, placebo acupressure or a relaxation CD reduced stress alike, with no difference between them.',
  },

  peng2024: {
    year: 2024,
    authors: ['peng'],
    kind: 'other-acupressure',
    design: 'meta-analysis',
    applied: ['finger'],
    population: ['anxiety related to covid-19'],
    topics: ['stress-anxiety', 'disease'],
    journalWords: ['frontiers in medicine', 'front med'],
    finding:
      'Pooled trials of manual acupressure for anxiety related to COVID-19; it says nothing about COVID-19 itself.',
  },

  // No durationDays: "one month" in the notes, not a number of days.
  hsiehLL2010: {
    year: 2010,
    authors: ['hsieh', 'liou', 'lee', 'chen', 'yen'],
    kind: 'other-acupressure',
    design: 'rct',
    applied: ['finger'],
    participants: 28,
    population: ['chronic headache'],
    topics: ['headache'],
    journalWords: ['american journal of chinese medicine', 'am j chin med'],
    finding:
      'Headache pain was lower after a month of practitioner acupressure than with a muscle-relaxant drug, at 1 and 6 months.',
  },

  // No design: a controlled, apparently non-randomized study. otherCounts: 24 pressed, 6 controls.
  liX2007: {
    year: 2007,
    authors: ['li', 'hirokawa', 'inoue', 'sugano', 'qian', 'iwai'],
    kind: 'other-acupressure',
    applied: ['finger'],
    participants: 30,
    otherCounts: [24, 6],
    durationDays: 1,
    population: ['peripheral arterial occlusive disease'],
    topics: ['circulation'],
    journalWords: ['surgery today', 'surg today'],
    finding: 'Skin oxygen in the leg rose while the points were pressed; only immediate effects were measured.',
  },

  linGH2016: {
    year: 2016,
    authors: ['lin', 'chang', 'chen', 'tsai', 'hu'],
    kind: 'other-acupressure',
    design: 'rct',
    applied: ['finger'],
    participants: 80,
    durationDays: 1,
    country: 'taiwan',
    population: ['hypertension'],
    topics: ['blood-pressure'],
    journalWords: ECAM,
    finding:
      'One session of pressure on the LR3 point lowered blood pressure more than a sham point for up to 30 minutes; the long-term effect is unknown.',
  },

  // No design (quasi-experimental, not randomized) and no participants (not captured in the notes).
  lan2015: {
    places: ['chang gung'],
    year: 2015,
    authors: ['lan', 'lin', 'chen', 'wang'],
    kind: 'other-acupressure',
    applied: ['finger'],
    country: 'taiwan', // Chang Gung
    population: ['hepatocellular carcinoma', 'liver cancer'],
    topics: ['energy', 'stress-anxiety', 'disease'],
    journalWords: ECAM,
    finding: 'Patients given acupressure had less fatigue than those without; depression did not differ.',
  },

  // Also correct: 18 trials reviewed.
  yeh2017: {
    year: 2017,
    authors: ['yeh', 'chen', 'pai'],
    kind: 'other-acupressure',
    design: 'meta-analysis',
    applied: ['ear'],
    trials: 13,
    population: ['overweight and obese adults'],
    topics: ['weight'],
    journalWords: ECAM,
    finding:
      'Ear-point stimulation was linked to about 1.2 kg less body weight on average, with results varying widely between trials.',
  },

  // No durationDays: the notes give analysis at 8 weeks, not how long treatment lasted. otherCounts:
  // 58 analysed.
  yeo2014: {
    year: 2014,
    authors: ['yeo', 'kim', 'lim'],
    kind: 'other-acupressure',
    design: 'rct',
    applied: ['ear', 'needles'],
    participants: 91,
    otherCounts: [58],
    population: ['overweight people'],
    topics: ['weight'],
    journalWords: ['acupuncture in medicine', 'acupunct med'],
  },

  // No journalWords: the journal is called "Health", which pages' text cannot tell apart. Also
  // correct: 57 completed.
  hsiehCH2013: {
    year: 2013,
    authors: ['hsieh', 'chuang', 'chen', 'wang'],
    kind: 'other-acupressure',
    design: 'rct',
    applied: ['ear'],
    participants: 68,
    durationDays: 28,
    population: ['adolescents'],
    topics: ['weight'],
    finding: 'Four weeks of ear acupressure with seeds lowered BMI by about 0.8.',
  },

  // No design (the notes say "7 RCTs", not whether they were pooled) and no population.
  zhang2023: {
    year: 2023,
    authors: ['zhang'],
    kind: 'other-acupressure',
    applied: ['needles'],
    trials: 7,
    topics: ['sexual-health'],
    journalWords: ['sexual medicine', 'sex med'],
    finding: 'The evidence for acupuncture in sexual dysfunction was of low quality.',
  },

  abbott2015: {
    year: 2015,
    authors: ['abbott', 'ayres', 'hui'],
    kind: 'other-acupressure',
    design: 'rct',
    applied: ['finger'],
    participants: 100,
    durationDays: 28,
    population: ['functional constipation'],
    topics: ['digestion'],
    journalWords: ['journal of general internal medicine', 'j gen intern med', 'jgim'],
    finding:
      'Training in perineal self-acupressure on top of standard advice improved bowel function and quality of life over advice alone; it was not blinded.',
  },

  // No design: non-randomized.
  wangPM2019: {
    year: 2019,
    authors: ['wang'],
    kind: 'other-acupressure',
    applied: ['finger'],
    participants: 30,
    durationDays: 3,
    population: ['advanced cancer', 'hospice patients'],
    topics: ['digestion', 'disease'],
    journalWords: ['supportive care in cancer', 'support care cancer'],
  },

  macznik2017: {
    places: ['otago'],
    year: 2017,
    authors: ['mącznik', 'schneiders', 'athens', 'sullivan'],
    kind: 'other-acupressure',
    design: 'rct',
    applied: ['finger'],
    participants: 79,
    durationDays: 1,
    country: 'new zealand', // University of Otago, Dunedin
    population: ['athletes', 'acute sports injuries'],
    topics: ['recovery', 'stress-anxiety'],
    journalWords: ['clinical journal of sport medicine', 'clin j sport med'],
    finding:
      'Three minutes of pressure at LI4 lowered pain slightly more than sham or no treatment, measured straight afterwards only; anxiety did not change.',
  },

  // Regulators and industry material.

  asaUkDirectShop2017: {
    year: 2017,
    authors: ASA,
    kind: 'regulator',
    design: 'ruling',
    country: 'united kingdom',
    topics: ['skin', 'circulation', 'sexual-health'],
    finding:
      'Found lists of skin, wrinkle, circulation and sexual-function benefits for copper insoles unsubstantiated.',
  },

  asaMannion2017: {
    year: 2017,
    authors: ASA,
    kind: 'regulator',
    design: 'ruling',
    applied: ['needles'],
    country: 'united kingdom',
    topics: ['disease', 'headache', 'back-neck'],
    finding:
      'Accepted only narrow, short-term claims for acupuncture, such as tension headache, migraine and chronic low back or neck pain.',
  },

  asaSeaBand2013: {
    year: 2013,
    authors: ASA,
    kind: 'regulator',
    design: 'ruling',
    applied: ['wristband'],
    country: 'united kingdom',
    topics: ['disease'],
    finding: 'Upheld a complaint about claims for acupressure wristbands.',
  },

  // No applied: whether the "Instalife acupressure pad" is a spike mat is not in the notes.
  asaChums2016: {
    year: 2016,
    authors: ASA,
    kind: 'regulator',
    design: 'ruling',
    country: 'united kingdom',
    topics: ['pain'],
    finding: 'Looked into pain claims for an acupressure pad and upheld one of two issues; which one is not recorded.',
  },

  // otherCounts: about 200 asked. Surveyed in 1995–97, reported in 1999.
  userSurvey1999: {
    places: ['carrboro', 'north carolina'],
    year: 1999,
    authors: ['zilberter', 'roman'],
    kind: 'survey',
    design: 'survey',
    applied: ['mat'],
    participants: 126,
    otherCounts: [200],
    country: 'united states', // Carrboro, North Carolina
    population: ['mat users'],
    topics: ['pain', 'stress-anxiety', 'sleep', 'energy'],
    finding:
      'Self-selected mat users answering a questionnaire with no control group reported pain relief (98%), relaxation (96%), better sleep (94%) and more energy (81%).',
  },
};

/**
 * Citations pages make of studies that are not among the references: fabricated or merged ones,
 * manufacturer data, and studies the notes mention but the knowledge base does not hold. Each is
 * recognised like a reference, by its clues, and then shown as "not one of the studies we have
 * reviewed" with what the notes say about it, never as a match (so no figure is checked against
 * it). From ../../shared/evidence/evidence-notes.md only: §3 items 4 and 6, §2. The fields are a
 * reference's (year and authors optional), plus the note; `kind` only says how the matcher weighs
 * the applied form and design, and is never shown.
 */
export const UnreviewedCitation = /* @__PURE__ */ lazySchema(() =>
  z.extend(
    z.partial(z.omit(ReferenceFacts, { otherCounts: true, journalWords: true, finding: true }), {
      year: true,
      authors: true,
    }),
    {
      /** What the notes say about it, shown in its card. */
      note: z.string().check(z.trim(), z.minLength(1)),
    },
  ),
);
export type UnreviewedCitationInput = z.input<typeof UnreviewedCitation>;

const BLENDED =
  'The evidence notes found no such study: this citation appears to blend Kjellgren 2011, Hohmann 2012 and the 1999 user survey.';

export const unreviewedCitations: Record<string, UnreviewedCitationInput> = {
  // §3.4: "Swedish RCT (Kjerryd et al.) 2012, n=82, 98% pain relief".
  kjerryd2012: {
    year: 2012,
    authors: ['kjerryd'],
    kind: 'mat',
    design: 'rct',
    participants: 82,
    country: 'sweden',
    note: BLENDED,
  },
  // §3.4: "German RCT 2018, n=100".
  germanRct2018: {
    year: 2018,
    kind: 'mat',
    design: 'rct',
    participants: 100,
    country: 'germany',
    note: BLENDED,
  },
  // §2: the ShaktiMat × KENKOU app study, 6 weeks, 120 participants, three groups.
  kenkouApp: {
    kind: 'mat',
    applied: ['mat'],
    participants: 120,
    durationDays: 42,
    places: ['kenkou'],
    topics: ['stress-anxiety'],
    note: 'A manufacturer-run app study (ShaktiMat with the KENKOU app) described on the manufacturer’s blog; the evidence notes found no peer-reviewed publication of it.',
  },
  // §2: a 2024 Iranian meta-analysis of acupressure for menopausal sleep.
  iranMenopause2024: {
    year: 2024,
    kind: 'other-acupressure',
    design: 'meta-analysis',
    applied: ['finger'],
    participants: 499,
    trials: 8,
    country: 'iran',
    population: ['menopausal women'],
    topics: ['sleep', 'hormones'],
    note: 'A 2024 Iranian meta-analysis of acupressure by hand (not mats) for sleep in menopause: 8 trials, 499 women, a benefit with very high heterogeneity between trials.',
  },
  // §3.6: a conference abstract on a metal-needle applicator (80 medical students, heart rate variability).
  redoxRug: {
    kind: 'other-acupressure',
    applied: ['device'],
    participants: 80,
    places: ['redox'],
    population: ['medical students'],
    note: 'A conference abstract from the maker of another device (a metal-needle applicator), hosted on a seller’s site; not peer-reviewed.',
  },
};
