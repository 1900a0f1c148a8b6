/**
 * The detector's vocabulary, as data: every word the rules (find-claims.ts, sentences.ts,
 * candidates.ts) know lives here, and only here. Phrases are written as space-separated lower-case
 * words; hyphens and slashes in the text are skipped when matching, so "pain-free" matches
 * "pain free". A test (tests/unit/lexicon.test.ts) checks that no list names a phrase twice and
 * that lists whose classes must not overlap share no phrase.
 *
 * The grammar that combines the lists:
 *
 * - Terms (TERMS) name a topic. Each has a kind: `condition` (something relieved: "back pain",
 *   "insomnia"), `benefit` (something improved: "sleep", "circulation") or `neutral` (either:
 *   "mood", "hormones"). A term alone is no claim; a trigger makes it one.
 * - Triggers go before the term (PRE_TRIGGERS, "relieves [your chronic] back pain", with at most
 *   four GAP_WORDS between) or after it (POST_TRIGGERS, "back pain relief", "my sleep improved").
 *   Each has a class, and a term takes a trigger when its kind suits the class:
 *
 *   |           | relief | improve | general |
 *   | --------- | ------ | ------- | ------- |
 *   | condition | yes    | no      | yes     |
 *   | benefit   | no     | yes     | yes     |
 *   | neutral   | yes    | yes     | yes     |
 *
 *   A trigger may also be limited to some topics (`topics`), say that the effect did not come
 *   (`negates`: the claim is negated), or be blocked by the word after it (`blockedBy`).
 * - "for" after a FOR_HEADS word is a trigger before a term of any kind: "great for sciatica", "mat
 *   for back pain" (after one of the FOR_NOUN_HEADS the phrase starts at "for").
 * - Weak terms (`weak`: bare body parts, "muscles", "mind", "skin") accept fewer triggers: never
 *   "for", never an `improve` trigger before a neutral weak term, and no testimonial ("I don't get
 *   … anymore"). Like every term but self-claims, they claim nothing without a trigger, except as
 *   an item of a list whose head has one.
 * - Self-claims (`self`: "natural painkiller", "sleep like a baby") are claims on their own.
 * - Lists: terms joined only by LIST_WORDS and LIST_FILLERS share the trigger of their neighbour
 *   ("improves sleep, circulation and mood"; "back, neck and shoulder pain relief").
 * - Testimonials: a non-weak condition or neutral term after a negation in its clause and before
 *   ANYMORE_WORDS ("I don't get headaches anymore", "haven't had back pain since").
 * - Safety claims are found around SAFETY_ANCHORS by rules of their own (see "Safety claims" below).
 * - Cues set the stance of a claim: NEGATIONS and HEDGES reach their own clause, ATTRIBUTIONS the
 *   rest of the sentence, POST_NEGATIONS deny the claim before them in their segment, OVERSTATEMENTS
 *   mark a claim overstated, and WARNINGS drop every claim from their clause to the end of their
 *   segment. Clauses and segments are cut by the structure words at the end of this file.
 * - QUESTION_WORDS, or QUESTION_AUX followed by one of QUESTION_SUBJECTS, make a sentence a question:
 *   questions claim nothing.
 * - The learned judge (find-claims.ts, model.ts) then adds claims the rules missed and drops doubtful
 *   ones; MAT_WORDS, OTHER_PRODUCT_WORDS and a few RULE_WORDS feed its sentence flags.
 */
import type { TopicId } from '../evidence/ids';

/** Regular English verb forms: relieve → relieve, relieves, relieved, relieving. */
function verb(base: string, extra: string[] = []): string[] {
  const stem = base.endsWith('e') ? base.slice(0, -1) : base;
  const s = /(s|x|z|ch|sh)$/.test(base) ? `${base}es` : `${base}s`;
  const ed = base.endsWith('e') ? `${base}d` : `${base}ed`;
  return [base, s, ed, `${stem}ing`, ...extra];
}

/** A topic term's kind: which trigger classes it takes (see the grammar at the top of this file). */
export type TermKind = 'condition' | 'benefit' | 'neutral';

export interface TermDef {
  words: string[];
  topic: TopicId;
  /**
   * `condition`: something relieved (pain, insomnia); `benefit`: something improved (sleep, circulation);
   * `neutral`: either (mood, hormones). Weak terms are conditions or benefits too, but accept fewer triggers.
   */
  kind: TermKind;
  /** Bare body parts, "muscles", "mind": takes fewer triggers (see the grammar at the top of this file). */
  weak?: boolean;
  /** Makes a claim on its own ("natural painkiller", "sleep like a baby"). */
  self?: boolean;
}

const C = { kind: 'condition' } as const;
const B = { kind: 'benefit' } as const;
const N = { kind: 'neutral' } as const;

const T: Array<[TopicId, string[], { kind: TermKind; weak?: boolean; self?: boolean }]> = [
  [
    'back-neck',
    [
      'back pain',
      'back pains',
      'backache',
      'backaches',
      'back ache',
      'back aches',
      'lower back pain',
      'low back pain',
      'upper back pain',
      'neck pain',
      'neck pains',
      'shoulder pain',
      'shoulder pains',
      'sciatica',
      'sciatica pain',
      'sciatic pain',
      'sciatic nerve pain',
      'spinal pain',
      'spine pain',
      'stiff neck',
      'neck stiffness',
      'back stiffness',
      'stiff back',
      'stiff shoulders',
      'shoulder stiffness',
      'slipped disc',
      'herniated disc',
      'lumbago',
      'back problems',
      'back issues',
      'back muscles',
      'neck muscles',
      'shoulder muscles',
      'back and neck pain',
      'neck and back pain',
      'neck and shoulder pain',
      'back and shoulder pain',
      'neck ache',
      'neck aches',
      'sore back',
      'sore neck',
      'sore shoulders',
      'frozen shoulder',
      'bad back',
      'bad backs',
    ],
    C,
  ],
  ['back-neck', ['back', 'neck', 'shoulders', 'shoulder', 'spine', 'lower back', 'upper back'], { ...C, weak: true }],
  ['back-neck', ['sciatica flare ups', 'sciatica flares'], C],
  [
    'pain',
    [
      'pain',
      'pains',
      'ache',
      'aches',
      'aches and pains',
      'chronic pain',
      'joint pain',
      'joint pains',
      'knee pain',
      'hip pain',
      'foot pain',
      'leg pain',
      'nerve pain',
      'menstrual pain',
      'period pain',
      'menstrual cramps',
      'period cramps',
      'arthritis pain',
      'body pain',
      'body aches',
      'painkiller',
      'painkillers',
      'pain killer',
      'pain killers',
      'plantar fasciitis',
      'plantar fascia',
      'heel pain',
      'arch pain',
    ],
    C,
  ],
  ['pain', ['natural painkiller', 'natural pain killer', 'natural pain relief', 'pain free'], { ...C, self: true }],
  [
    'muscle-tension',
    [
      'muscle tension',
      'muscular tension',
      // Tension and tightness in a place are muscle-tension only (labelling.md): "tension in the neck
      // and shoulders" is not back-neck.
      'neck tension',
      'shoulder tension',
      'back tension',
      'tense shoulders',
      'tight shoulders',
      'tension',
      'tensions',
      'tense muscles',
      'tight muscles',
      'tightness',
      'knots',
      'muscle knots',
      'muscle knot',
      'stiff muscles',
      'muscle stiffness',
      'stiffness',
      'muscle pain',
      'muscle pains',
      'muscle aches',
      'muscle ache',
      'muscular pain',
      'muscle cramps',
      'muscle spasms',
      'trigger points',
    ],
    C,
  ],
  ['muscle-tension', ['muscle relaxation'], B],
  // "Everything loosens off": the colloquial loosening of muscles, a relief told on its own; so is
  // "hardly stiff at all now" (labelling.md's resolvers: stiffness with no place named is tension),
  // and shoulders no longer "up around my ears".
  [
    'muscle-tension',
    [
      'loosens off',
      'loosened off',
      'loosening off',
      'hardly stiff',
      'barely stiff',
      'no longer up around my ears',
      'no longer up round my ears',
      "aren't up around my ears",
      "aren't up round my ears",
      'not up around my ears',
      'not up round my ears',
      'used to be up around my ears',
      'used to be up round my ears',
      'came down from around my ears',
      'came down from round my ears',
      'come down from around my ears',
      'come down from round my ears',
      'drop away from my ears',
      'dropped away from my ears',
      'down from my ears',
      'down from your ears',
      'down from their ears',
      'away from my ears',
      'away from your ears',
      'shoulders drop',
      'shoulders dropped',
      'shoulders came down',
    ],
    { ...B, self: true },
  ],
  ['muscle-tension', ['muscles', 'muscle'], { ...C, weak: true }],
  [
    'sleep',
    [
      'poor sleep',
      'bad sleep',
      'insomnia',
      'sleepless nights',
      'sleeplessness',
      'restless nights',
      'sleep problems',
      'sleep issues',
      'sleep disorders',
    ],
    C,
  ],
  [
    'sleep',
    [
      'sleep',
      'sleeping',
      'slept',
      'fall asleep',
      'falling asleep',
      'fell asleep',
      'asleep',
      'sleep quality',
      'quality of sleep',
      "night's sleep",
      'nights sleep',
      'sleep onset',
      'sleep through the night',
      'sleeping through the night',
      'slept through the night',
      'drop off',
      'dropping off',
      'dropped off',
      'drift off',
      'drifting off',
      'drifted off',
      'drifts off',
      'nod off',
      'nodding off',
      'nodded off',
      'nods off',
      'restful nights',
      'restful night',
      'better nights',
      'calmer nights',
      'peaceful nights',
    ],
    B,
  ],
  [
    'sleep',
    [
      'sleep like a baby',
      'slept like a baby',
      'sleeping like a baby',
      'sleep like a log',
      'slept like a log',
      'sleeping like a log',
      'sleep like a rock',
      'slept like a rock',
    ],
    { ...B, self: true },
  ],
  [
    'stress-anxiety',
    [
      'stress',
      'stresses',
      'anxiety',
      'anxieties',
      'depression',
      'nervous tension',
      'mental tension',
      'stress levels',
      'panic attacks',
      'worry',
      'worries',
      'restlessness',
      'burnout',
      'low mood',
      'bad mood',
    ],
    C,
  ],
  ['stress-anxiety', ['anxious', 'less anxious', 'stressed'], C],
  [
    'stress-anxiety',
    [
      'calm',
      'calmer',
      'calmness',
      'relaxation',
      'relax',
      'unwind',
      'unwinding',
      'peace of mind',
      'mental health',
      'well being',
      'wellbeing',
    ],
    B,
  ],
  ['stress-anxiety', ['mood', 'moods', 'nervous system'], N],
  [
    'stress-anxiety',
    [
      'feel relaxed',
      'felt relaxed',
      'feel so relaxed',
      'felt so relaxed',
      'feel more relaxed',
      'feel calm',
      'feel calmer',
      'felt calmer',
      'feel so calm',
      'stress free',
      'calms me down',
      'calmed me down',
      'calms you down',
      'calm you down',
      'calm me down',
      'calming me down',
    ],
    { ...B, self: true },
  ],
  ['stress-anxiety', ['mind', 'nerves'], { ...C, weak: true }],
  [
    'headache',
    [
      'headache',
      'headaches',
      'migraine',
      'migraines',
      'tension headache',
      'tension headaches',
      'head pain',
      'head aches',
    ],
    C,
  ],
  [
    'fibromyalgia',
    [
      'fibromyalgia',
      'fibro',
      'fibro pain',
      'fibromyalgia pain',
      'fibromyalgia symptoms',
      'fibromyalgia flares',
      'fibromyalgia flare ups',
    ],
    C,
  ],
  ['hormones', ['cortisol', 'stress hormones', 'stress hormone', 'cortisol levels'], C],
  [
    'hormones',
    [
      'feel good endorphins',
      'endorphins',
      'endorphin',
      'oxytocin',
      'serotonin',
      'dopamine',
      'feel good hormones',
      'happy hormones',
      'hormones',
      'hormone',
      'hormonal balance',
      'melatonin',
      // "releases the body's own painkillers": endorphins, as labelling.md reads "the body's natural painkillers".
      "body's own painkillers",
      "body's natural painkillers",
    ],
    N,
  ],
  [
    'circulation',
    [
      'circulation',
      'blood circulation',
      'blood flow',
      'blood to flow',
      'blood flowing',
      'oxygenation',
      'oxygen flow',
      'oxygen supply',
      'microcirculation',
      'blood supply',
      'circulatory system',
      'flow of blood',
      'flow of oxygen',
    ],
    B,
  ],
  ['circulation', ['poor circulation', 'cold feet', 'cold hands'], C],
  ['blood-pressure', ['blood pressure', 'hypertension', 'high blood pressure', 'bp'], C],
  ['energy', ['energy', 'energy levels', 'vitality', 'stamina'], B],
  [
    'energy',
    [
      'fatigue',
      'tiredness',
      'exhaustion',
      'lethargy',
      'chronic fatigue',
      'low energy',
      'afternoon slump',
      'energy slump',
      'slump',
    ],
    C,
  ],
  // Feet tired from standing: fatigue (labelling.md), eased ("relieves tired feet") or revived
  // ("revives tired feet"), so either kind of trigger.
  ['energy', ['tired feet', 'tired aching feet'], N],
  [
    'energy',
    [
      'alert',
      'more alert',
      'energised',
      'energized',
      'extra energy',
      // Wakefulness told as a change: "feet feel very awake", "less groggy". ("Wide awake" is as
      // often a sleepless night; "wake up refreshed" is labelled sleep.)
      'very awake',
      'less groggy',
      // A lift at a time of day: "Gives You an Afternoon Lift", "a clean, caffeine-free lift".
      'afternoon lift',
      'morning lift',
      'caffeine free lift',
    ],
    B,
  ],
  [
    'energy',
    [
      'feel energized',
      'feel energised',
      'felt energized',
      'felt energised',
      'feel more energetic',
      'feel so energized',
      'more energetic',
    ],
    { ...B, self: true },
  ],
  [
    'weight',
    [
      'weight loss',
      'lose weight',
      'losing weight',
      'lost weight',
      'weight reduction',
      'burn fat',
      'burns fat',
      'burning fat',
      'fat burning',
      'fat loss',
      'metabolism',
      'metabolic rate',
      'slimming',
      'slim down',
      'calories',
      'weight management',
      'shed pounds',
    ],
    B,
  ],
  ['weight', ['belly fat', 'bmi', 'body fat', 'obesity'], C],
  [
    'weight',
    ['drop a few pounds', 'dropped a few pounds', 'lose a few pounds', 'lost a few pounds'],
    { ...B, self: true },
  ],
  ['digestion', ['digestion', 'digestive system', 'digestive health', 'gut health', 'bowel movements', 'gut'], B],
  [
    'digestion',
    [
      'constipation',
      'bloating',
      'stomach ache',
      'stomach aches',
      'ibs',
      'indigestion',
      'acid reflux',
      'stomach cramps',
      'gas',
      'trapped wind',
    ],
    C,
  ],
  ['skin', ['glowing complexion', 'glowing skin'], { ...B, self: true }],
  ['hormones', ['endorphin rush', 'endorphin boost', 'endorphin high'], { ...N, self: true }],
  ['skin', ['complexion', 'skin health', 'skin tone', 'skin elasticity', 'healthy skin', 'collagen'], B],
  ['skin', ['cellulite', 'wrinkles', 'acne', 'fine lines'], C],
  ['skin', ['skin'], { ...B, weak: true }],
  [
    'sexual-health',
    [
      'libido',
      'sex drive',
      'sexual performance',
      'sexual health',
      'sexual function',
      'erection',
      'erections',
      'sexual desire',
      'sexual stamina',
      'love life',
      'fertility',
    ],
    B,
  ],
  ['sexual-health', ['erectile dysfunction', 'impotence', 'premature ejaculation'], C],
  ['sexual-health', ['erectile function'], B],
  [
    'immunity-detox',
    [
      'immune system',
      'immunity',
      'immune function',
      'immune response',
      'detox',
      'detoxification',
      'lymphatic drainage',
      'lymphatic system',
      'lymph flow',
      'lymphatic flow',
    ],
    B,
  ],
  ['immunity-detox', ['toxins', 'inflammation', 'free radicals'], C],
  [
    'immunity-detox',
    [
      'detox the body',
      'detoxes the body',
      'detoxify the body',
      'detoxify',
      'detoxifies',
      'detoxifying',
      'detoxes',
      'flushes toxins',
      'flush toxins',
      'flush out toxins',
      'flushes out toxins',
    ],
    { ...B, self: true },
  ],
  [
    'recovery',
    [
      'recovery',
      'recover',
      'recovering',
      'muscle recovery',
      'workout recovery',
      'post workout recovery',
      'recovery time',
    ],
    B,
  ],
  [
    'recovery',
    [
      'sore legs',
      'sore calves',
      'sore muscles',
      'muscle soreness',
      'soreness',
      'doms',
      'sports injuries',
      'sports injury',
      'injuries',
      'injury',
    ],
    C,
  ],
  [
    'disease',
    [
      'disease',
      'diseases',
      'illness',
      'illnesses',
      'cancer',
      'cancers',
      'tumor',
      'tumors',
      'tumour',
      'tumours',
      'diabetes',
      'blood sugar',
      'blood sugar levels',
      'arthritis',
      'osteoarthritis',
      'rheumatoid arthritis',
      'rheumatism',
      'covid',
      'covid 19',
      'coronavirus',
      'heart disease',
      'asthma',
      'multiple sclerosis',
      'chronic illness',
      'chronic illnesses',
      'chronic conditions',
      'medical conditions',
      'infections',
      'infection',
    ],
    C,
  ],
  [
    'disease',
    [
      'heals the body',
      'heal the body',
      'heal itself',
      'heals itself',
      'self healing',
      'healing power',
      'healing powers',
    ],
    { ...B, self: true },
  ],
  // Colloquial, heading and testimonial words for an effect ("out like a light", "less wound up",
  // "tight calves", "bounce back"). Weak: the rules alone claim them only with a relief trigger;
  // the learned judge (model.ts) decides the rest from the sentence around them.
  [
    'stress-anxiety',
    [
      'relaxing',
      'relaxed',
      'switch off',
      'switching off',
      'switched off',

      'wound up',
      'snapping',
      'snappy',
      'mellow',
      'chilled out',
      'calming',
      'zen',
      'less stressed',
      'brain went quiet',
      'brain shuts up',
      'happy feeling',
      'frazzled',
      'chill out',
      'chills me out',
      'chilled me out',
      'switches off',
      'switch my brain off',
      'switches my brain off',
      'wind down',
      'winding down',
      'decompress',
      'less wired',
      'chill me out',
      'calms her down',
      'calms him down',
      'mind goes quiet',
      'racing thoughts',
      'grumpy',
      // Mood told by others or in a few words: "my wife says I'm much nicer to be around", "less
      // of a grump", "my head goes quiet on it", "the twenty minutes I'm not spiralling".
      'nicer to be around',
      'a nicer person',
      'less of a grump',
      'cranky',
      'head goes quiet',
      'brain goes quiet',
      'quieter head',
      'spiralling',
      'spiraling',
    ],
    { ...N, weak: true },
  ],
  [
    'sleep',
    [
      'out like a light',
      'out cold',
      'lie in',
      'tossing and turning',
      'deeper rest',
      'rest at night',
      'lie awake',
      'lay awake',
      'sleep s',
      'sleeping through',
      'slept through',
      'dozed off',
      'dozing off',
      'doze off',
      'dead to the world',
    ],
    { ...B, weak: true },
  ],
  [
    'energy',
    [
      'get up and go',
      'more awake',
      'awake',
      'perky',
      'perks me up',
      'wakes me up',
      'wakes you up',
      'switched on',
      'double espresso',
      // "No need for a second coffee" (21 of 21 dev lines with it hold an energy claim).
      'second coffee',
      'buzzing',
      'left in the tank',
      'zombie',
      'tired legs',
      'pep',
      'sluggish',
      'drained',
    ],
    { ...B, weak: true },
  ],
  [
    'muscle-tension',
    ['tight calves', 'tight hamstrings', 'hamstrings', 'calves', 'quads', 'hip flexors', 'knot', 'knotted'],
    { ...C, weak: true },
  ],
  // Loosening is the relief itself ("my shoulders feel looser", "everything loosens off"), as "less
  // sore" is for recovery.
  [
    'muscle-tension',
    [
      'loosen',
      'loosens',
      'loosened',
      'looser',
      'loosening',
      'less tight',
      'not as tight',
      'less knotted',
      'not as knotted',
      // "Calves felt loose afterwards", "my jaw unclenched on its own".
      'felt loose',
      'feel loose',
      'feels loose',
      'unclench',
      'unclenches',
      'unclenched',
    ],
    { ...B, weak: true },
  ],
  [
    'recovery',
    [
      'bounce back',
      'bounced back',
      'less sore',
      'fresher',
      'battered',
      'beat up',
      'wrecked',
      'shin splints',
      'legs feel fresh',
      'legs feel brand new',
      'hardly sore',
      'less battered',
      'like concrete',
      'after long runs',
      'after a long run',
      'after hard sessions',
    ],
    { ...B, weak: true },
  ],
  [
    'circulation',
    [
      'blood moving',
      'fresh blood',
      'blood rushes',
      'blood rushing',
      'blood circulate',
      'blood to the surface',
      'blood go smooth',
      'draws blood',
      'cold toes',
      'toes warm',
      'feet warm up',
      // Hands and feet told as warm (16 of 16 such dev lines on mat pages carry circulation):
      // "Warm feet, yes", "Finally warm toes at work", "my feet are finally warm", "fingers go pink".
      'warm feet',
      'warmer feet',
      'warm toes',
      'warmer toes',
      'warm hands',
      'warmer hands',
      'warm fingers',
      'warmer fingers',
      'feet warm',
      'feet warmer',
      'hands warm',
      'hands warmer',
      'go pink',
    ],
    { ...B, weak: true },
  ],
  ['pain', ['cramps', 'cramp', 'period cramp', 'achiness', 'hurting less', 'ibuprofen'], { ...C, weak: true }],
  // Aches of the feet and joints, told the way owners tell them ("my feet feel far less achy",
  // "sore knees"): other body parts are pain (labelling.md).
  [
    'pain',
    [
      'sore feet',
      'aching feet',
      'achy feet',
      'foot ache',
      'sore heels',
      'sore knees',
      'aching knees',
      'achy knees',
      'sore joints',
      'aching joints',
      'achy joints',
      'stiff joints',
      'joint stiffness',
    ],
    C,
  ],
  ['pain', ['heel', 'heels', 'knees', 'joints', 'arches'], { ...C, weak: true }],
  // Nausea has no topic of its own; labellers file it under digestion (25 dev claims), and most
  // lines that name it (a harm report, "felt nauseous") hold no claim: weak, so the judge decides.
  [
    'digestion',
    [
      'tummy',
      'stomach',
      'bowel function',
      'bowels',
      'nausea',
      'queasiness',
      'morning sickness',
      'travel sickness',
      'motion sickness',
    ],
    { ...C, weak: true },
  ],
  [
    'disease',
    ['diabetics', 'kidney support', 'own healing', 'neuropathy', 'shingles', 'any disease'],
    { ...C, weak: true },
  ],
  [
    'sexual-health',
    ['sexual wellness', 'stamina in the bedroom', 'passion', 'desire', 'sexual ability', 'man power', 'in the bedroom'],
    { ...B, weak: true },
  ],
  ['immunity-detox', ['lymphatic boost', 'lymph', 'toxin'], { ...C, weak: true }],
  [
    'back-neck',
    ['backs', 'stiff backs', 'aching backs', 'cervical spondylosis', 'back s better'],
    { ...C, weak: true },
  ],
  ['hormones', ['feel good chemistry'], { ...N, weak: true }],
  [
    'safety',
    ['side effects', 'side effect', 'low risk', 'harmless', 'safe for', 'totally safe', 'perfectly safe'],
    { ...B, weak: true },
  ],
];

/** Every topic term, longest first within each first word. */
export const TERMS: TermDef[] = /* @__PURE__ */ T.flatMap(([topic, list, opts]) =>
  list.map((p) => ({ words: p.split(' '), topic, ...opts })),
);

/**
 * Trigger classes. `relief` works on conditions ("relieves", "soothes"); `improve` on benefits
 * ("boosts", "better"); `general` on both; all three on neutral terms. Weak terms take fewer (see
 * the grammar at the top of this file).
 */
export type TriggerClass = 'relief' | 'improve' | 'general';

export interface TriggerDef {
  words: string[];
  cls: TriggerClass;
  /** Limits a trigger to some topics ("free" in "pain-free", not "toxin-free"). */
  topics?: TopicId[];
  /** Says the effect did not come ("my back pain was exactly the same"): the claim is negated. */
  negates?: boolean;
  /** Words right after the trigger that make it about something else ("headache-free setup"). */
  blockedBy?: string[];
}

const PRE: Array<[TriggerClass, string[]]> = [
  [
    'relief',
    [
      ...verb('relieve'),
      'relief',
      'reliever',
      'takes away',
      'take away',
      'took away',
      'taking away',
      'knocked out',
      'knocks out',
      'knock out',
      'takes the edge off',
      'take the edge off',
      'took the edge off',
      ...verb('quiet'),
      ...verb('quieten'),
      'fewer',
      'sorted out',
      'sorts out',
      'sort out',
      'loosen up',
      'loosens up',
      'loosened up',
      'alternative to',
      'smooth the look of',
      'smooths the look of',
      ...verb('smooth'),
      'easing',
      ...verb('ease'),
      ...verb('alleviate'),
      ...verb('soothe'),
      ...verb('loosen'),
      ...verb('relax'),
      ...verb('heal'),
      ...verb('cure'),
      ...verb('treat'),
      ...verb('banish'),
      ...verb('eliminate'),
      ...verb('fight', ['fought']),
      ...verb('combat'),
      ...verb('beat'),
      ...verb('overcome', ['overcame']),
      ...verb('conquer'),
      ...verb('kill'),
      ...verb('dissolve'),
      ...verb('melt'),
      ...verb('release'),
      ...verb('calm'),
      ...verb('unknot'),
      'get rid of',
      'gets rid of',
      'got rid of',
      'getting rid of',
      'say goodbye to',
      'says goodbye to',
      'said goodbye to',
      'saying goodbye to',
      'goodbye to',
      'bye bye',
      'melt away',
      'melts away',
      'melted away',
      'melting away',
      'no more',
      'no longer',
      'work out',
      'works out',
      'worked out',
      'free from',
      'freedom from',
      'remedy',
      'remedy for',
      'cure for',
      'treatment for',
      'solution for',
      'soothing',
      'relaxing',
    ],
  ],
  [
    'improve',
    [
      ...verb('improve'),
      ...verb('boost'),
      ...verb('enhance'),
      ...verb('increase'),
      ...verb('promote'),
      ...verb('stimulate'),
      ...verb('restore'),
      ...verb('strengthen'),
      ...verb('optimize'),
      ...verb('optimise'),
      ...verb('maximize'),
      ...verb('revitalize'),
      ...verb('revitalise'),
      ...verb('rejuvenate'),
      ...verb('activate'),
      ...verb('accelerate'),
      ...verb('speed', ['sped']),
      'speed up',
      'speeds up',
      'sped up',
      'speeding up',
      ...verb('kickstart'),
      ...verb('energize'),
      ...verb('energise'),
      ...verb('invigorate'),
      ...verb('revive'),
      ...verb('tone'),
      ...verb('tighten'),
      ...verb('firm'),
      ...verb('support'),
      ...verb('aid'),
      ...verb('assist'),
      ...verb('lift'),
      ...verb('trigger'),
      ...verb('burn'),
      ...verb('lose', ['lost']),
      ...verb('flush'),
      ...verb('cleanse'),
      ...verb('purify'),
      ...verb('remove'),
      ...verb('clear'),
      ...verb('drain'),
      'better',
      'deeper',
      'more',
      'healthier',
      'improved',
      'increased',
      'enhanced',
      'boosted',
      'faster',
      'quicker',
      'sounder',
      'restful',
      'more restful',
      'higher',
      'greater',
      'finally',
      'noticeably',
      ...verb('raise'),
      ...verb('double'),
      ...verb('triple'),
      ...verb('encourage'),
      'guaranteed',
      'improvement',
      'improvement in',
      'improvements in',
      'perked up',
      'perks up',
      'perk up',
      'extra',
      'gets the',
      'get the',
    ],
  ],
  [
    'general',
    [
      ...verb('help'),
      'help with',
      'helps with',
      'helped with',
      'helping with',
      ...verb('reduce'),
      ...verb('decrease'),
      ...verb('lower'),
      ...verb('lessen'),
      ...verb('minimize'),
      ...verb('minimise'),
      ...verb('prevent'),
      ...verb('manage'),
      ...verb('tackle'),
      ...verb('target'),
      ...verb('counteract'),
      ...verb('regulate'),
      ...verb('control'),
      ...verb('balance'),
      ...verb('normalize'),
      ...verb('normalise'),
      ...verb('stabilize'),
      ...verb('stabilise'),
      'less',
      'reduced',
      'lower',
      'lowered',
      'decreased',
      'works wonders for',
      'work wonders for',
      'worked wonders for',
      'works wonders on',
      ...verb('fix'),
      ...verb('affect'),
      'difference to',
      'difference for',
      'difference in',
      'change to',
      'change in',
      'bring down',
      'brings down',
      'bring',
      'brings',
      'treatment of',
    ],
  ],
];

/**
 * A writer (or someone they speak of) telling a state that changed: "I'm much calmer in the
 * evenings", "she's less achy on mat days", "I've been more energetic". Before a benefit term of
 * these topics only (an `improve` trigger takes no condition: "I'm stressed" is no claim).
 */
const SELF_STATE_SUBJECTS = [
  "i'm",
  'i am',
  'im',
  "i've been",
  'i have been',
  "she's",
  'she is',
  "she's been",
  "he's",
  'he is',
  "he's been",
];
const SELF_STATE_TOPICS: TopicId[] = ['stress-anxiety', 'muscle-tension', 'energy'];

export const PRE_TRIGGERS: TriggerDef[] = /* @__PURE__ */ [
  ...PRE.flatMap(([cls, list]) =>
    // verb() makes forms that are also listed by hand ("easing"): each phrase once per class.
    [...new Set(list)].map((p): TriggerDef => ({ words: p.split(' '), cls })),
  ),
  ...SELF_STATE_SUBJECTS.map((p): TriggerDef => ({ words: p.split(' '), cls: 'improve', topics: SELF_STATE_TOPICS })),
  // "Wakes up tired feet": an energy claim only ("I wake up with back pain" is no claim).
  ...['wake up', 'wakes up'].map((p): TriggerDef => ({ words: p.split(' '), cls: 'improve', topics: ['energy'] })),
];

/** Words after a term that make it a claim: "back pain relief", "my sciatica is gone", "sleep better". */
export const POST_TRIGGERS: TriggerDef[] = [
  .../* @__PURE__ */ [
    'relief',
    'reliever',
    'relievers',
    'reduction',
    'gone',
    'disappeared',
    'disappears',
    'vanished',
    'vanishes',
    'went away',
    'gone away',
    'goes away',
    'go away',
    'faded',
    'fades',
    'eased',
    'eases',
    'subsided',
    'melted away',
    'melts away',
    'melt away',
    'thing of the past',
    'relieved',
    'reduced',
    'lessened',
    'decreased',
    'healed',
    'remedy',
    'remedies',
    'treatment',
    'therapy',
    'management',
    'solution',
    'dropped',
    'is lower',
    'lowered',
    'cured',
    'fixed',
    'drains away',
    'drain away',
    'drained away',
    'rare',
    'rarer',
    'less frequent',
    'fewer',
    'looser',
    'less stiff',
    'less tense',
    'eased off',
    'lifted',
    'less often',
    'less frequently',
    'calmed',
    'calmed down',
    'calmed right down',
    'settled',
    'settled down',
    'loosened',
    'loosened up',
    'way less',
    'much less',
    'basically gone',
    'more manageable',
    'manageable',
    'more bearable',
    'bearable',
    'eases off',
    'much shorter',
    'shorter',
    'move along',
    'moving',
  ].map((p): TriggerDef => ({ words: p.split(' '), cls: 'relief' })),
  .../* @__PURE__ */ [
    'boost',
    'booster',
    'boosted',
    'support',
    'aid',
    'aids',
    'faster',
    'deeper',
    'quicker',
    'increased',
    'enhanced',
    'brighter',
    'clearer',
    'smoother',
    'firmer',
    'glow',
    'glows',
    'glowing',
  ].map((p): TriggerDef => ({ words: p.split(' '), cls: 'improve' })),
  {
    words: ['free'],
    cls: 'relief',
    topics: ['pain', 'back-neck', 'headache', 'muscle-tension'],
    // "Headache-free setup" is about the product, not the user.
    blockedBy: [
      'setup',
      'set',
      'assembly',
      'installation',
      'install',
      'delivery',
      'shipping',
      'returns',
      'return',
      'checkout',
      'exchange',
      'cleaning',
      'storage',
      'shopping',
    ],
  },
  // "My back pain went down", "is down to a dull ache": relief, but not a pain that runs down
  // somewhere ("a shooting pain down my left leg", "goes down the back of my thigh").
  .../* @__PURE__ */ [
    'went down',
    'came down',
    'come down',
    'comes down',
    'gone down',
    'go down',
    'goes down',
    'down',
  ].map((p): TriggerDef => ({
    words: p.split(' '),
    cls: 'relief',
    blockedBy: ['my', 'your', 'his', 'her', 'their', 'the', 'one', 'both', 'left', 'right', 'into', 'through', 'along'],
  })),
  {
    // "Twenty minutes on it and the ache always goes": a pain that goes is gone, unless it goes
    // somewhere ("goes down my leg", "goes into my hip") or becomes something ("goes numb").
    words: ['goes'],
    cls: 'relief',
    topics: ['pain', 'back-neck', 'headache', 'muscle-tension', 'fibromyalgia'],
    blockedBy: [
      'down',
      'up',
      'into',
      'in',
      'through',
      'to',
      'from',
      'right',
      'straight',
      'round',
      'around',
      'along',
      'across',
      'out',
      'off',
      'back',
      'beyond',
      'all',
      'numb',
      'dead',
      'stiff',
      'weak',
    ],
  },
  .../* @__PURE__ */ ['more regular', 'regular again'].map((p): TriggerDef => ({
    words: p.split(' '),
    cls: 'improve',
  })),
  // Either way round: "my sleep has improved", "my back is much better", "it really helps".
  .../* @__PURE__ */ [
    'much better',
    'so much better',
    'far better',
    'better',
    'improved',
    'improves',
    'improvement',
    'helps',
    'helped',
    'works',
    'worked',
  ].map((p): TriggerDef => ({ words: p.split(' '), cls: 'general' })),
  // Reports that nothing changed: a claim, denied.
  .../* @__PURE__ */ [
    'exactly the same',
    'the same',
    'unchanged',
    'no better',
    'no different',
    'just as bad',
    'still there',
    'still here',
    'worse',
  ].map((p): TriggerDef => ({ words: p.split(' '), cls: 'general', negates: true })),
];

/** The word before "for" that makes "for" a trigger: "great for back pain", "mat for sciatica relief". */
export const FOR_HEADS: readonly string[] = [
  // Denials that name what they deny ("useless for migraines"): NEGATIONS makes them negated.
  'useless',
  'worthless',
  'pointless',
  'meh',
  'good',
  'great',
  'perfect',
  'ideal',
  'best',
  'effective',
  'excellent',
  'amazing',
  'fantastic',
  'wonderful',
  'wonders',
  'beneficial',
  'designed',
  'made',
  'helpful',
  'useful',
  'works',
  'worked',
  'work',
  'mat',
  'mats',
  'set',
  'pad',
  'pads',
  'pillow',
  'product',
  'tool',
  'recommended',
  'brilliant',
  'awesome',
  'incredible',
  'fab',
  'superb',
  'godsend',
  'lifesaver',
  'answer',
  'miracle',
  'nothing',
  'thing',
  'anything',
  'much',
];

/** Words that may stand between a trigger and its term ("relieves your chronic lower back pain"). */
export const GAP_WORDS: readonly string[] = [
  'a',
  'an',
  'the',
  'your',
  'my',
  'his',
  'her',
  'their',
  'our',
  'its',
  'you',
  'me',
  'us',
  'them',
  'him',
  'it',
  'of',
  'from',
  'with',
  'to',
  'and',
  '&',
  'in',
  'on',
  'for',
  'this',
  'that',
  'these',
  'those',
  'chronic',
  'severe',
  'upper',
  'mid',
  'daily',
  'everyday',
  'natural',
  'naturally',
  'deep',
  'deeply',
  'overall',
  'general',
  'symptoms',
  'symptom',
  'feelings',
  'feeling',
  'sense',
  'levels',
  'level',
  'quality',
  'so',
  'much',
  'lot',
  'lots',
  'really',
  'truly',
  'greatly',
  'significantly',
  'noticeably',
  'dramatically',
  'quickly',
  'fast',
  'effectively',
  'gently',
  'all',
  'any',
  'persistent',
  'nagging',
  'annoying',
  'stubborn',
  'painful',
  'body',
  "body's",
  'bodys',
  'whole',
  'entire',
  'healthy',
  'healthier',
  'better',
  'more',
  'less',
  'mild',
  'minor',
  'acute',
  'constant',
  'occasional',
  'bad',
  'terrible',
  'awful',
  'horrible',
  'sore',
  'tired',
  'aching',
  'achy',
  'tense',
  'tight',
  'stiff',
  'is',
  'are',
  'was',
  'were',
  'has',
  'have',
  'had',
  'been',
  'be',
  'being',
  'now',
  'always',
  'usually',
  'soon',
  'finally',
  'completely',
  'totally',
  'almost',
  'nearly',
  'entirely',
  'virtually',
  'just',
  'also',
  'even',
  'way',
  'far',
  'very',
  'quite',
  'pretty',
  'feels',
  'feel',
  'felt',
  'got',
  'get',
  'gets',
  'getting',
  'people',
  'sufferers',
  'who',
  'suffer',
  'suffering',
  'suffers',
  'mental',
  'physical',
  'emotional',
  'nighttime',
  'night',
  'time',
  'long',
  'term',
  'related',
  'induced',
  'due',
  'caused',
  'by',
  'restful',
  'restorative',
  'nightly',
  'day',
  'honestly',
  'actually',
  'genuinely',
  'definitely',
  'become',
  'became',
  'becomes',
  'gotten',
  'grown',
  'come',
  'comes',
  'came',
  'right',
  'exactly',
  'type',
  '1',
  '2',
  'busy',
  'racing',
  'overactive',
  'flood',
  'rush',
  'surge',
  'instant',
  'quick',
  'rapid',
  'lasting',
  'real',
  'total',
  'complete',
  'effective',
  'powerful',
  'soothing',
  'calves',
  'legs',
  'feet',
  'hips',
  'arms',
  'thighs',
  'looks',
  'look',
  'readings',
  'flare',
  'flares',
  'basically',
  'some',
  'conditions',
  'like',
  'such',
  'things',
  'overworked',
  'throbbing',
];

/** Separators that chain a list of terms under one trigger: "improves sleep, circulation and mood". */
export const LIST_WORDS: readonly string[] = [
  'and',
  'or',
  'plus',
  '&',
  ',',
  '/',
  'as',
  'well',
  'even',
  'also',
  'nor',
  'my',
  'our',
  'his',
  'her',
  'healthy',
  'healthier',
];

/** Hedges limited to their clause: "may help", "could ease". */
export const HEDGES = /* @__PURE__ */ [
  'may',
  'might',
  'could',
  'possibly',
  'potentially',
  'perhaps',
  'maybe',
  'thought to',
  'believed to',
  'said to',
  'supposed to',
  'supposedly',
  'allegedly',
  'purportedly',
  'apparently',
  'seems to',
  'seem to',
  'seemed to',
  'appears to',
  'appear to',
  'appeared to',
  'suggest',
  'suggests',
  'suggested',
  'suggesting',
  'anecdotal',
  'anecdotally',
  'in theory',
  'theoretically',
  'if',
  'whether',
  'hope',
  'hopes',
  'hopefully',
  'hoping',
  'likely',
  'probably',
  'would',
  'wish',
  'wishing',
  'promising to',
  'intended to',
  'aims to',
  'aim to',
  'meant to',
  'tends to',
  'tend to',
  'some evidence',
  'limited evidence',
  'weak evidence',
  'early evidence',
  'might help',
].map((p) => p.split(' '));

/** Attributions, whose reach is the rest of the sentence: "some users report that, after a week, …". */
export const ATTRIBUTIONS = /* @__PURE__ */ [
  // What a box or leaflet lists: "The box lists, in capital letters: IMPROVES CIRCULATION, …".
  'box lists',
  'packaging lists',
  'leaflet lists',
  'insert lists',
  'label lists',
  // What others notice or describe: "most people notice a warm, heavy calm", "users describe …".
  'people notice',
  'people describe',
  'users notice',
  'users describe',
  'customers notice',
  'customers describe',
  'promise',
  'promises',
  'promised',
  'claim',
  'claims',
  'claimed',
  'claiming',
  'report',
  'reports',
  'reported',
  'reportedly',
  'according to',
  'say',
  'says',
  'said',
  'believe',
  'believes',
  'proponents',
  'advocates',
  'manufacturers',
  'sellers',
  'marketers',
  'advertised',
  'marketed',
  'touted',
  'is said',
  'are said',
  'fans',
  'enthusiasts',
  'supporters',
  'practitioners',
  'tell us',
  'tells us',
  'told us',
  'tell me',
  'told me',
  'swear by',
  'swears by',
  'swore by',
  'rave',
  'raves',
  // Others' experience, reported: "customers find it …", "most people find …", "buyers keep telling us".
  // Sellers' and advertisers' words, reported: "tells customers its mat …", "adverts describing the mats as …".
  'tells customers',
  'tell customers',
  'told customers',
  'tells shoppers',
  'tell shoppers',
  'told shoppers',
  'tells buyers',
  'adverts',
  'advert',
  'advertisements',
  'customers find',
  'customers like',
  'users find',
  'people find',
  'buyers find',
  'reviewers find',
  'telling us',
].map((p) => p.split(' '));

/** Negation and doubt cues; their reach is their own clause. Words ending in "n't" count too. */
export const NEGATIONS = /* @__PURE__ */ [
  'not',
  'no',
  'never',
  'nothing',
  'none',
  'neither',
  'nor',
  'cannot',
  'dont',
  'doesnt',
  'didnt',
  'isnt',
  'wont',
  'cant',
  'little evidence',
  'scant',
  'insufficient',
  'lack',
  'lacks',
  'lacking',
  'unproven',
  'fail',
  'fails',
  'failed',
  'failing',
  'myth',
  'myths',
  'unlikely',
  'doubt',
  'doubts',
  'doubtful',
  'debunked',
  'hardly',
  'zero',
  'nope',
  'unsupported',
  'unsubstantiated',
  'disproven',
  'refuted',
  'useless',
  'worthless',
  'pointless',
  'meh',
  // A past hope or wish ("I hoped it would help") tells of an effect that did not come.
  'hoped',
  'had hoped',
  'wished',
].map((p) => p.split(' '));

/**
 * Sequences that begin with a negation word but do not negate ("not only", "never felt better").
 * Matched from the negation word on.
 */
export const NEGATION_EXCEPTIONS = /* @__PURE__ */ [
  'not only',
  'not just',
  'no doubt',
  'no wonder',
  'no more',
  'no longer',
  'no need',
  'not a single day without',
  "can't recommend",
  'cannot recommend',
  "can't say enough",
  "couldn't be happier",
  "couldn't be more",
  "can't believe",
  'cannot believe',
  "couldn't believe",
  'never felt better',
  'never slept better',
  'never slept so',
  'never felt so',
  'never been better',
  "don't know how",
  "didn't expect",
  'did not expect',
  'never expected',
  'never thought',
  "can't live without",
  "couldn't live without",
  "won't go back",
  'nothing but',
  'nothing short of',
  'no side effects',
  'no known side effects',
  'no negative side effects',
  'no harmful side effects',
  'no risk',
  'no risks',
  "wouldn't be without",
  "can't do without",
  'not to mention',
  "don't have to",
  "won't regret",
  "didn't think",
  'did not think',
  'not bad',
].map((p) => p.split(' '));

/**
 * Certainty language (contracts.md §2, labelling.md "Overstated"): makes a non-negated claim
 * overstated. Only proof, cure, guarantee, immediacy and endorsement words: labellers leave
 * "completely safe" (0 of 17 dev lines with no other cue), "magic" (0 of 23) and "permanently" or
 * "forever" (0 of 5) unmarked, as the guide's list does.
 */
export const OVERSTATEMENTS = /* @__PURE__ */ [
  'proven',
  'prove',
  'proves',
  'clinically',
  'scientifically',
  'medically',
  'guaranteed',
  'guarantee',
  'guarantees',
  '100%',
  'cure',
  'cures',
  'cured',
  'curing',
  'miracle',
  'miracles',
  'miraculous',
  'instant',
  'instantly',
  'immediate',
  'immediately',
  'doctor recommended',
  'doctors recommend',
  'recommended by doctors',
  'recommended by physicians',
  'recommended by chiropractors',
  'physician recommended',
  'chiropractor recommended',
  'studies show',
  'research shows',
  'science shows',
  'studies prove',
  'research proves',
  'research showing',
  'studies showing',
  'study showing',
  'science backed',
  'evidence based',
  'fda approved',
  'fda cleared',
  'works every time',
  'always works',
  'never fails',
  // labelling.md's proof language: "proved", "has been shown", "was shown", "showed that".
  'proved',
  'was shown',
  'were shown',
  'been shown',
  'has shown',
  'have shown',
  'shown to',
  'showed that',
  'always',
  'physio recommended',
  'physiotherapist recommended',
  'recommended by physiotherapists',
  'recommended by physios',
  'expert recommended',
  'recommended by experts',
  'doctor recommend',
].map((p) => p.split(' '));

/** Certainty words that are about something else: "money-back guarantee", "100% cotton". */
export const OVERSTATEMENT_EXCEPTIONS = /* @__PURE__ */ [
  'was shown how',
  'were shown how',
  'been shown how',
  'money back guarantee',
  'money back guaranteed',
  'satisfaction guarantee',
  'satisfaction guaranteed',
  'lifetime guarantee',
  'year guarantee',
  'quality guarantee',
  'price guarantee',
  'guarantee of satisfaction',
  '100% cotton',
  '100% linen',
  '100% natural',
  '100% organic',
  '100% polyester',
  '100% satisfaction',
  '100% money',
  '100% refund',
  '100% recyclable',
  '100% plant',
  '100% eco',
  '100% vegan',
  '100% biodegradable',
  '100% brand',
  '100% new',
  '100% original',
  '100% handmade',
  '100% pure cotton',
].map((p) => p.split(' '));

/** Denials that point back at what came before them ("none of which", "not one of them"). */
const LIST_DENIALS: readonly string[] = [
  'none of which',
  'neither of which',
  'none of them',
  'none of these',
  'none of those',
  'none of that',
  'none of this',
  'none of it',
  'not one of them',
  'not one of these',
  'not one of those',
];

/**
 * Denials of everything said before, by "any of those": "I don't think a single trial has shown
 * any of those for the mat itself".
 */
const ANY_OF_DENIALS: readonly string[] = [
  'shown any of those',
  'shown any of these',
  'shown any of that',
  'shown any of this',
  'proven any of those',
  'proven any of these',
  'proved any of those',
  'proved any of these',
  'backed any of those',
  'backs up any of',
  'supports any of',
];

/**
 * Denials that follow the claim they deny: "claims that mats flush out toxins are not supported by
 * any study", "…, which has not been shown in trials".
 */
export const POST_NEGATIONS = /* @__PURE__ */ [
  'not supported',
  'unsupported',
  'unproven',
  'not backed',
  'a myth',
  'unfounded',
  'not true',
  'false',
  'not been shown',
  'not been proven',
  'not been demonstrated',
  'not been tested',
  'lack evidence',
  'lacks evidence',
  'not borne out',
  'no scientific basis',
  'without evidence',
  'not substantiated',
  'unsubstantiated',
  'not been studied',
  "hasn't been shown",
  "haven't been shown",
  'no good evidence',
  'never been tested',
  'never been shown',
  'never been studied',
  'never been proven',
  'nothing to support',
  // The effect told as not there after it: "my neck feels exactly the same as before", "the
  // readings haven't budged", "my sleep hasn't changed at all".
  'exactly the same',
  'the same as before',
  "haven't budged",
  "hasn't budged",
  "didn't budge",
  "hasn't changed",
  "haven't changed",
  "didn't change",
  'did not change',
  // "…, which nobody has actually measured": a claim left untested.
  'nobody has measured',
  'nobody has actually measured',
  'no one has measured',
  'no one has actually measured',
  'nobody has actually tested',
  'no one has actually tested',
  // A list of promises, then its denial: "melt fat and boost immunity, none of which any trial has shown".
  ...LIST_DENIALS,
].map((p) => p.split(' '));

/**
 * A sentence holding one of these denies the claims of the sentence before it in the same block:
 * "Listings promise detox and glowing skin. I've seen zero evidence for any of that."
 */
export const NEXT_SENTENCE_DENIALS: readonly string[] = [
  ...LIST_DENIALS,
  ...ANY_OF_DENIALS,
  'evidence for any of',
  // "Some sites claim it boosts libido. There's no research to support this."
  'no research to support this',
  'no research to support that',
  'no research to support it',
  'no evidence to support this',
  'no evidence to support that',
  'no evidence for this',
  'no evidence for that',
  'does not show this',
  "doesn't show this",
  'nobody has tested',
  'no one has tested',
  "hasn't tested that",
  "hasn't tested this",
  'has not tested that',
  'no study has ever',
  // "They promise deeper sleep and a flatter stomach. The science is a good deal more modest."
  'science is a good deal more modest',
  'science is far more modest',
  'science is much more modest',
  'science is more modest',
  'evidence is far more modest',
  'evidence is much more modest',
  'evidence is more modest',
  // "The firm says its mat eases migraines and lowers blood pressure. Researchers are not convinced."
  // (One person "is not convinced it was the mat": a doubt about the cause, hedged elsewhere.)
  'are not convinced',
  "aren't convinced",
  'remain unconvinced',
  'neither holds up',
  'none of it holds up',
  // A seller declining its own customers' reports: "Others find it makes them sleepy! We can't promise either."
  "we can't promise either",
  'we cannot promise either',
  "we can't promise that",
  'we cannot promise that',
];

/**
 * A short sentence after claims that gives the research's verdict on them ("Sellers say it sorts out
 * your back and your sleep. The research is a good deal quieter."): an EVIDENCE_SUBJECTS word, then
 * within a few words an EVIDENCE_VERDICTS word, or a negation and one of EVIDENCE_SUPPORT_VERBS
 * ("the studies don't back this up"). It doubts them all: negated, as NEXT_SENTENCE_DENIALS.
 */
export const EVIDENCE_SUBJECTS: readonly string[] = [
  'research',
  'evidence',
  'science',
  'studies',
  'study',
  'data',
  'trials',
  'trial',
  'literature',
];

export const EVIDENCE_VERDICTS: readonly string[] = [
  'quieter',
  'thin',
  'thinner',
  'patchy',
  'scant',
  'scanty',
  'sparse',
  'weak',
  'weaker',
  'modest',
  'lacking',
  'silent',
  'shaky',
  'flimsy',
  'unconvincing',
  'inconclusive',
  'nonexistent',
  'non existent',
  'nowhere near',
  'a different story',
  'less rosy',
  'less impressive',
  'less convincing',
  'far less clear',
  'much less clear',
  'less clear',
];

export const EVIDENCE_SUPPORT_VERBS: readonly string[] = [
  'back',
  'backs',
  'support',
  'supports',
  'show',
  'shows',
  'bear',
  'bears',
  'agree',
  'agrees',
];

/**
 * Speech verbs that hand the quotation just before them to a speaker ('"…," says Marcus', '"…," one
 * reviewer wrote'), beside the ATTRIBUTIONS ("says", "said", "told us" …), which do the same after
 * a quotation: its claims are someone else's words, hedged as labelling.md hedges "he says".
 */
export const QUOTE_SPEECH_VERBS: readonly string[] = [
  'writes',
  'wrote',
  'adds',
  'added',
  'explains',
  'explained',
  'recalls',
  'recalled',
  'admits',
  'admitted',
  'insists',
  'insisted',
];

/**
 * A list's lead-in (a block ending with a colon) that hands the items under it to others: what they
 * promise is theirs, so hedged (labelling.md: "sellers promise", "manufacturers claim"). "Mats are
 * said to:", "Taken together, the mat apparently:", "We collected the promises from six boxes:".
 * Whole words or phrases anywhere in the lead-in's last sentence (lead-in.ts).
 */
export const LEAD_IN_ATTRIBUTIONS: readonly string[] = [
  'said to',
  'claimed to',
  'supposed to',
  'promised to',
  'apparently',
  'supposedly',
  'allegedly',
  'reportedly',
  'promise',
  'promises',
  'promised',
  'claims',
  'advertised',
  'marketed',
  'adverts',
  'ads',
  'listings',
  'sellers',
  'the box',
  'the packaging',
  'the insert',
  'according to',
];

/**
 * A lead-in that denies what its items say ("A spike mat will not:", "What it can't do:"): the
 * items are negated, as labelling.md negates a list of promises the line rejects. Only among the
 * last words before the colon (LEAD_IN_DENIAL_WORDS of them), so that "Do not use a mat if you:"
 * (a warning) is not one.
 */
export const LEAD_IN_DENIALS: readonly string[] = [
  'will not',
  "won't",
  'cannot',
  "can't",
  'does not',
  "doesn't",
  'do not',
  "don't",
  'is not',
  "isn't",
  'not',
];

/**
 * Labels that open a block and hand what follows to others ("On the box: …", "Claim: …" in a
 * consumer test's claims-and-verdicts list): the block's claims are hedged, as a lead-in's items
 * are. Matched at the block's start, before a colon (lead-in.ts).
 */
export const LABEL_ATTRIBUTIONS: readonly string[] = [
  'on the box',
  'on the packaging',
  'on the label',
  'the box says',
  'the listing says',
  'claim',
  'claims',
  'the claim',
  'their claim',
  'the promise',
  'promised',
  'the pitch',
  'the sales pitch',
  'marketing claim',
  'advertised',
  'the ad',
  'the advert',
];

/** Labels that open a block and deny what follows ("Myth: …"). */
export const LABEL_DENIALS: readonly string[] = ['myth', 'the myth'];

/** How many words before a lead-in's colon a denial may stand. */
export const LEAD_IN_DENIAL_WORDS = 3;

/**
 * A writer doubting that the mat caused what they tell, anywhere from the claim's sentence to the
 * end of its block: the claim is hedged ("could be placebo", "not sure if it's the mat").
 */
export const CAUSE_DOUBTS: readonly string[] = [
  'be placebo',
  'be the placebo',
  'placebo effect',
  'just placebo',
  'probably placebo',
  'maybe placebo',
  'could be coincidence',
  'might be coincidence',
  'may be coincidence',
  'could be a coincidence',
  'might be a coincidence',
  'who knows',
  "not sure if it's",
  'not sure if it is',
  "not sure it's",
  'not sure whether',
  'hard to say',
  'hard to tell',
  "can't tell if",
  "can't say for sure",
  'too early to tell',
  'too early to say',
  'might just be',
  'could just be',
  'might be because',
  'could be because',
  'may be because',
  'might have been the',
  'could have been the',
  'no idea if',
  'no idea whether',
  "jury's still out",
  'jury is still out',
  // A verdict left to the reader: "Take that as you will.", "Take it with a pinch of salt."
  'take that as you will',
  'take it as you will',
  'take that with a pinch of salt',
  'take it with a pinch of salt',
];

/**
 * What a survey's share of users did, in a line that opens with the share ("81% noticed less
 * tension", "9 in 10 felt calmer", "87% of users found they slept better"): others' experience,
 * reported, so hedged like "some users report" (labelling.md). The verbs that follow the share.
 */
export const SURVEY_VERBS: readonly string[] = [
  'noticed',
  'notice',
  'felt',
  'feel',
  'found',
  'find',
  'agreed',
  'agree',
  'rated',
  'saw',
  'experienced',
  'described',
  'fell',
  'slept',
  'woke',
];

/**
 * A writer weighing the mat against another cause ("Whether that's the mat or just lying still
 * for twenty minutes, I couldn't tell you", "Could be the mat, could be the rest days"): a doubt
 * like CAUSE_DOUBTS, which also reaches the sentence before it however long it is, since it names
 * the mat as the cause in question.
 */
export const CAUSE_WEIGHINGS: readonly string[] = [
  "whether that's the mat",
  'whether that is the mat',
  "whether it's the mat",
  'whether it is the mat',
  'whether it was the mat',
  "whether that's the spikes",
  "whether it's the spikes",
  'could be the mat',
  'might be the mat',
  'may be the mat',
  'could be the spikes',
  'might be the spikes',
  'the mat or just',
  'the spikes or just',
  'the spikes or the',
  "couldn't tell you",
  'could not tell you',
  'cannot separate',
  "can't separate",
];

/**
 * A study result that its own sentence calls small, early or slight is hedged (labelling.md: "a
 * small pilot found slightly less pain"). The sentence must name a study (STUDY_NOUNS) and size it
 * (STUDY_SIZE_HEDGES); "slightly" in a testimonial without a study stays the writer's assertion.
 */
export const STUDY_NOUNS: readonly string[] = [
  'study',
  'studies',
  'trial',
  'trials',
  'pilot',
  'pilots',
  'researchers',
  'research',
  'experiment',
  'participants',
  'volunteers',
];

/** See STUDY_NOUNS. */
export const STUDY_SIZE_HEDGES: readonly string[] = [
  'small study',
  'small studies',
  'small trial',
  'small trials',
  'small pilot',
  'small pilots',
  'tiny study',
  'tiny trial',
  'tiny pilot',
  'pilot study',
  'pilot studies',
  'pilot trial',
  'pilot trials',
  'preliminary',
  'slightly',
  'somewhat',
  'modest',
  'modestly',
  'marginal',
  'marginally',
  'a little evidence',
  'a little more',
  'a little less',
  'a little lower',
];

/**
 * After a promise someone else makes ("the listing says …", "the insert promises …"), a later
 * sentence of the block holding one of these tells that it did not come true: "Still get
 * migraines", "exactly the same as before", "not one of those", "sure it does".
 */
export const OUTCOME_DENIALS: readonly string[] = [
  ...LIST_DENIALS,
  ...ANY_OF_DENIALS,
  // What the writer found it does instead, or a dry dismissal of the list: "The only thing I can
  // confirm it does is leave a polka-dot pattern", "Quite a list for something that folds up like a
  // beach towel", "My thighs would like a word".
  'only thing i can confirm',
  'the only thing it does',
  'the only thing it did',
  'all it does is',
  'all it did was',
  'quite a list for',
  'would like a word',
  'not one of',
  'exactly the same',
  'same as before',
  'no change',
  'no difference',
  'not noticed any',
  "haven't noticed",
  'did nothing',
  'does nothing',
  'do nothing',
  "it doesn't",
  "it didn't",
  "didn't work",
  "doesn't work",
  'never arrived',
  'never came',
  'sure it does',
  'oh sure',
  'yeah right',
  'still get',
  'still have',
  'still getting',
  'still waiting',
  'disagrees',
  'nonsense',
  'marketing, not science',
  'not accurate',
  'i lost zero',
  "i've lost zero",
];

/** Warnings and disclaimers: claims from the cue's clause to the sentence end are not claims. */
export const WARNINGS = /* @__PURE__ */ [
  'consult',
  'consulting',
  'talk to your doctor',
  'ask your doctor',
  'speak to your doctor',
  // A GP, a pharmacist, a midwife: the same advice, in British pages' words.
  'talk to your gp',
  'speak to your gp',
  'ask your gp',
  'see your gp',
  'talk to a doctor',
  'speak to a doctor',
  'talk to your pharmacist',
  'ask your pharmacist',
  'speak to your pharmacist',
  'talk to your midwife',
  'ask your midwife',
  'check with your',
  'avoid',
  'do not use',
  "don't use",
  'should not',
  "shouldn't",
  'must not',
  'not suitable',
  'unsuitable',
  'not recommended',
  'caution',
  'warning',
  'stop using',
  'seek medical',
  'contraindicated',
  'not intended',
  'not a substitute',
  'not a replacement',
  'not medical advice',
  'diagnose',
  'keep out of reach',
].map((p) => p.split(' '));

/** Auxiliaries that open a yes/no question when a subject follows: "Can a mat help…". */
export const QUESTION_AUX: readonly string[] = [
  'can',
  'could',
  'does',
  'do',
  'did',
  'will',
  'would',
  'is',
  'are',
  'should',
  'has',
  'have',
  'was',
  'were',
  'may',
];
export const QUESTION_SUBJECTS: readonly string[] = [
  'a',
  'an',
  'the',
  'this',
  'these',
  'those',
  'it',
  'you',
  'i',
  'we',
  'they',
  'acupressure',
  'mats',
  'mat',
  'spike',
  'spiky',
  'lying',
  'using',
  'your',
  'my',
  'there',
  'he',
  'she',
  'shakti',
  'that',
  'such',
  'bed',
  'regular',
];
export const QUESTION_WORDS: readonly string[] = ['how', 'why', 'what', 'which', 'who', 'whom', 'whose'];

/**
 * Nouns that bare body parts right before them give a place: "back & neck tension", "shoulder
 * tightness". Those body parts are then where the tension is, not back claims of their own
 * (labelling.md: "tension in the neck and shoulders" is `muscle-tension` only).
 */
export const PLACED_TENSIONS: readonly string[] = ['tension', 'tensions', 'tightness'];

/** What "drop off" delivers when it is not sleep: a determiner or pronoun right after it. */
const DELIVERED: readonly string[] = [
  'the',
  'a',
  'an',
  'my',
  'our',
  'your',
  'his',
  'her',
  'their',
  'some',
  'it',
  'them',
];

/** Words right after a term that make it something else: "sleep mode", "blood pressure cuff", "skin-friendly". */
export const TERM_BLOCKERS_FOR: Readonly<Record<string, readonly string[]>> = {
  // "Worry-free guarantee", "worry-free support": a seller's promise, not calm (5 of 5 dev lines).
  worry: ['free'],
  // "Dropped off the kids", "drop off a parcel": something delivered, not sleep.
  'drop off': DELIVERED,
  'dropping off': DELIVERED,
  'dropped off': DELIVERED,
  // "Loosen the straps", "loosen it before rolling": a thing loosened, not muscles.
  loosen: ['the', 'it', 'them', 'your', 'straps', 'strap', 'screws', 'cover'],
  loosens: ['the', 'it', 'them', 'straps', 'strap', 'screws', 'cover'],
  loosened: ['the', 'it', 'them', 'straps', 'strap', 'screws', 'cover'],
  sleep: [
    'mode',
    'timer',
    'mask',
    'masks',
    'setting',
    'settings',
    'button',
    'bag',
    'number',
    'position',
    'positions',
    'study',
    'studies',
    'trial',
    'trials',
    'pattern',
    'patterns',
    'hygiene',
    'doctor',
    'specialist',
    'clinic',
    'clinics',
  ],
  'blood pressure': ['cuff', 'monitor', 'monitors', 'meter', 'gauge', 'study', 'studies', 'trial', 'trials'],
  // "relax my muscles": relax is the verb there, its object the topic.
  relax: ['my', 'your', 'the', 'tight', 'tense', 'sore', 'muscles', 'body', 'back', 'neck', 'shoulders'],
  'stress free': [
    'returns',
    'return',
    'setup',
    'assembly',
    'installation',
    'delivery',
    'shipping',
    'shopping',
    'checkout',
    'exchange',
    'cleaning',
    'storage',
  ],
  skin: ['friendly', 'type', 'types', 'contact', 'irritation', 'reactions', 'reaction', 'marks', 'sensitive'],
  pain: ['threshold', 'thresholds', 'tolerance', 'scale', 'scores', 'score'],
  // "Brings awareness to the back body", "brings the body back into balance", "back home again":
  // yoga's "back body" and the adverb, not a back.
  back: ['body', 'into', 'again', 'home', 'forth'],
};

// ---------------------------------------------------------------------------------------------
// Structure words: the words (and marks) that cut a sentence into clauses and segments, and that
// the safety, idiom, citation and sentence rules look for. Each list says what its rule does with it.

/** Strong boundaries end a segment (and a clause): warnings and post-negations reach to the segment's end. */
export const STRONG_BOUNDARIES: readonly string[] = [
  // words
  'but',
  'however',
  'although',
  'though',
  'whereas',
  'yet',
  'except',
  'unlike',
  'instead',
  // punctuation (a hyphen between spaces, a dash, is one too: find-claims.ts checks its spacing)
  ';',
  ':',
  '(',
  ')',
  '[',
  ']',
  '\u2014',
  '\u2013',
  '!',
  '?',
  '.',
  '"',
  '\u201c',
  '\u201d',
  '|',
  '\u2026',
];

/** Weak boundaries end a clause, the reach of negations and hedges. */
export const WEAK_BOUNDARIES: readonly string[] = [',', 'while', 'whilst', 'because', 'since', 'unless', 'until'];

/** "and", "or", "so" end a clause when one of SUBJECTS_AFTER_CONJUNCTION follows ("… and I sleep better"). */
export const CLAUSE_CONJUNCTIONS: readonly string[] = ['and', 'or', 'so'];

/** Words that start a new clause's subject right after one of CLAUSE_CONJUNCTIONS. */
export const SUBJECTS_AFTER_CONJUNCTION: readonly string[] = [
  'i',
  'it',
  'you',
  'we',
  'they',
  'he',
  'she',
  'this',
  'that',
  'my',
  'the',
  'your',
  'our',
  'there',
  'his',
  'her',
];

/**
 * Words after a negated condition that make it a testimonial: "I don't get headaches anymore",
 * "haven't had back pain since" ("any more", two words, counts too). "since" is also a weak
 * boundary: the testimonial rule does not look at clauses.
 */
export const ANYMORE_WORDS: readonly string[] = ['anymore', 'since'];

/** Extra words that may stand between the items of a list, besides LIST_WORDS: "and even better". */
export const LIST_FILLERS: readonly string[] = ['your', 'the', 'better', 'overall', 'general', 'improved'];

/** FOR_HEADS that are nouns: "mat for sciatica" claims from "for" on, and not in a study's title. */
export const FOR_NOUN_HEADS: readonly string[] = ['mat', 'mats', 'set', 'pad', 'pads', 'pillow', 'product', 'tool'];

/**
 * Single-word terms for a complaint. Right after a condition one belongs to it ("sciatica pain");
 * a body part can follow one ("pain in my lower back", "stiffness in your neck": back-neck claims);
 * and "a pain in the neck", "no pain, no gain" are idioms, no claims.
 */
export const COMPLAINT_WORDS: readonly string[] = [
  'pain',
  'pains',
  'ache',
  'aches',
  'stiffness',
  'tension',
  'tightness',
];

/** Determiners between a complaint's "of" and the condition it names: "the aches of [the] fibromyalgia". */
export const OF_DETERMINERS: readonly string[] = ['the', 'your', 'my', 'chronic'];

/** Determiners between a complaint's "in" and the body part: "pain in my back", "pain in the neck". */
export const BODY_DETERMINERS: readonly string[] = ['my', 'your', 'the', 'his', 'her', 'their', 'our'];

/**
 * Words that come before the body part in "pain in my left knee", "aches in both lower legs": the
 * place a complaint is in is its words up to the part, so that what follows the place can make it a
 * claim ("the pain in my knees is gone").
 */
export const PLACE_MODIFIERS: readonly string[] = ['left', 'right', 'both', 'upper', 'lower', 'inner', 'outer'];

/** "a [real] pain in the neck" is an idiom: the parts after "in the" … */
export const IDIOM_PARTS: readonly string[] = ['neck', 'butt', 'ass', 'backside', 'bum', 'rear'];

/** … and the words right before the complaint that make it one. */
export const IDIOM_BEFORE: readonly string[] = ['a', 'real', 'such', 'total', 'bit', 'royal'];

/** A reference-list entry: authors "et al." (al only after et), a DOI or a PubMed id. The sentence claims nothing. */
export const REFERENCE_WORDS: readonly string[] = ['al', 'doi', 'pmid'];

/**
 * The title of a study: "A pilot study of …", "Effects of … on …" (these words, then "of"). In such
 * a sentence "for" after one of FOR_NOUN_HEADS is no trigger, and the learned judge adds no claim.
 */
export const STUDY_TITLE_WORDS: readonly string[] = [
  'study',
  'studies',
  'trial',
  'trials',
  'review',
  'effect',
  'effects',
  'efficacy',
  'effectiveness',
];

// Safety claims: "no side effects", "completely safe", "safe for everyone", "harmless", "risk-free".

/** Words that anchor a safety claim; each has its rule in find-claims.ts (see RULE_WORDS). */
export const SAFETY_ANCHORS: readonly string[] = [
  'side',
  'safe',
  'harmless',
  'harm',
  'risk',
  'risks',
  'suitable',
  'contraindications',
];

/** The term every safety claim stands under. */
export const SAFETY_TERM: TermDef = { words: ['safe'], topic: 'safety', kind: 'benefit', self: true };

/** Words right before "safe" that make it a claim: "completely safe". */
export const SAFE_INTENSIFIERS: readonly string[] = [
  'completely',
  'totally',
  'perfectly',
  '100%',
  'entirely',
  'absolutely',
  'fully',
  'super',
  'extremely',
  'inherently',
  'always',
  'utterly',
  'very',
];

/** Whom a thing is safe or suitable for, which makes "safe" a claim: "safe for everyone" (not "suitable for pregnant …"). */
export const SAFE_FOR: readonly string[] = [
  'everyone',
  'everybody',
  'anyone',
  'anybody',
  'all',
  'family',
  'kids',
  'children',
  'child',
  'pregnant',
  'pregnancy',
  'seniors',
  'elderly',
  'babies',
  'infants',
  'ages',
  'most',
];

/** Words right after "safe and" that make it a claim: "safe and effective". */
export const SAFE_AND: readonly string[] = ['effective', 'natural', 'gentle', 'non', 'drug', 'noninvasive', 'painless'];

/** Words between "safe" and whom it is safe for (at most three): "safe to use for the whole family". */
export const SAFE_LINKS: readonly string[] = [
  'to',
  'use',
  'for',
  'during',
  'by',
  'the',
  'whole',
  'of',
  'in',
  'on',
  'and',
];

/** Words before "side effects" that deny them: "no side effects", "free of side effects". */
export const SIDE_EFFECT_DENIERS: readonly string[] = ['no', 'zero', 'without', 'free', 'none', 'few'];

/** Words that may stand (at most three) between a denier and "side effects": "no known harmful side effects". */
export const SIDE_EFFECT_GAP: readonly string[] = [
  'known',
  'harmful',
  'negative',
  'adverse',
  'any',
  'serious',
  'unwanted',
  'nasty',
  'bad',
  'of',
  'unpleasant',
  'dangerous',
];

/** Words before "risk(s)" that deny it: "no risk", "without risks". */
export const RISK_DENIERS: readonly string[] = ['no', 'zero', 'without', 'low', 'little', 'minimal', 'negligible'];

/** Words after "the risk is" that make it small: "the risk is low". */
export const RISK_SMALL: readonly string[] = ['low', 'minimal', 'small', 'negligible', 'tiny', 'slight'];

/** Words before "harm" (at most four back) that deny it: "little harm", "unlikely to cause serious harm". */
export const HARM_DENIERS: readonly string[] = ['no', 'little', 'minimal', 'unlikely'];

/** Words after "risk(-free)" that make it about buying, not health: "risk-free trial", "no risk purchase". */
export const RISK_MONEY: readonly string[] = [
  'trial',
  'return',
  'returns',
  'purchase',
  'refund',
  'refunds',
  'shopping',
  'guarantee',
  'money',
  'buy',
  'order',
  'ordering',
  'exchange',
];

/**
 * Single words that a rule names one at a time (find-claims.ts interns each once, as W_*), keyed
 * by the word itself. Punctuation marks the rules name (- ? : . )) are syntax and stay there.
 */
export const RULE_WORDS = {
  /** "great for sciatica" after a FOR_HEADS word; "suitable for everyone"; "results for …" (a search page). */
  for: 'for',
  /** The hedge "may", unless capitalised mid-sentence (the month). */
  may: 'may',
  /** "pain of sciatica", "a pilot study of …". */
  of: 'of',
  /** "pain in my lower back", "a pain in the neck". */
  in: 'in',
  /** "a pain in the neck". */
  the: 'the',
  /** "no pain, no gain" is an idiom. */
  gain: 'gain',
  /** "any more", the two-word "anymore". */
  any: 'any',
  more: 'more',
  /** "safe and effective". */
  and: 'and',
  /** "no contraindications". */
  no: 'no',
  /** "side effect free", "risk-free". */
  free: 'free',
  /** The safety anchors (SAFETY_ANCHORS), each with its rule: "no side effects", "side effect free". */
  side: 'side',
  effect: 'effect',
  effects: 'effects',
  /** "completely safe", "safe for everyone", "safe and effective". */
  safe: 'safe',
  /** A safety claim on its own. */
  harmless: 'harmless',
  /** "no risk", "risk-free" (not "risk-free trial"), "the risk is low". */
  risk: 'risk',
  is: 'is',
  /** "little harm", "unlikely to harm you". */
  harm: 'harm',
  /** "a few side effects" has some. */
  a: 'a',
  few: 'few',
  /** "Has a positive effect on …" without a question mark is a heading, not a question. */
  an: 'an',
  has: 'has',
  have: 'have',
  risks: 'risks',
  /** "suitable for everyone". */
  suitable: 'suitable',
  /** "no contraindications". */
  contraindications: 'contraindications',
  /** "suitable for pregnant women" is not taken for a safety claim (unlike "safe for pregnant women"). */
  pregnant: 'pregnant',
  pregnancy: 'pregnancy',
  /** "et al." marks a reference entry. */
  et: 'et',
  al: 'al',
  /** For the learned judge's flags: "Re: …" (a forum reply), "results for …" (a search page), "4.5 stars" (a rating). */
  re: 're',
  results: 'results',
  stars: 'stars',
} as const;

// The learned judge's sentence flags.

/** Words naming an acupressure mat: the sentence is about one. */
export const MAT_WORDS: readonly string[] = [
  'acupressure',
  'spike',
  'spikes',
  'spiky',
  'mat',
  'mats',
  'nails',
  'shakti',
  'pranamat',
  'nayoya',
  'spoonk',
  'rosette',
  'rosettes',
];

/**
 * Other products that share pages (and promises) with mats: the sentence may be about them instead.
 * A sentence with one of these and none of MAT_WORDS (a "mat" right after one of these, as in "yoga
 * mat", does not count) makes no claim: it is about that product (find-claims.ts, aboutOtherProduct).
 */
export const OTHER_PRODUCT_WORDS: readonly string[] = [
  'yoga',
  'gun',
  'guns',
  'roller',
  'rollers',
  'rolling',
  'stretcher',
  'stretchers',
  'massager',
  'massagers',
  'cushion',
  'cushions',
  'slippers',
  'wristband',
  'wristbands',
  'ring',
  'rings',
  'insoles',
  'app',
  'apps',
  'block',
  'blocks',
  'cane',
  'canes',
  'percussion',
  'balls',
  // Other remedies sold beside mats in search results ("Orthopaedic Pillow for Neck Pain", "TENS &
  // EMS Unit, Muscle Stimulator", "Microwavable Wheat Bag"); "pillow" alone stays out, since mats
  // come with one.
  'orthopaedic',
  'orthopedic',
  'microwavable',
  'wheat',
  'kinesiology',
  'ems',
  'stimulator',
  // Other parts of a routine a blog weighs beside the mat ("Chamomile has been used for sleep for
  // centuries", "Lavender is supposed to reduce anxiety"), and other sleep and relaxation gadgets.
  'chamomile',
  'magnesium',
  'lavender',
  'melatonin',
  'valerian',
  'cbd',
  'blanket',
  'blankets',
  'bracelet',
  'bracelets',
];

/** First-person words: a quotation that holds one is a testimonial, not a slogan (find-claims.ts, quotedSlogan). */
export const FIRST_PERSON_WORDS: readonly string[] = ['i', 'my', 'me', 'mine', 'myself', "i'm", "i've", "i'd"];

/**
 * Speakers right after a closing quotation mark that make the quotation the writer's own words
 * ('"It relieves my back pain," I told the doctor'): no one else's voice.
 */
export const SELF_SPEAKERS: readonly string[] = ['i', 'we'];

/** Quotation marks: the sentence quotes someone. */
export const QUOTE_MARKS: readonly string[] = ['"', '\u201c', '\u201d'];

/** Breadcrumb separators (» ›): page furniture, not prose. */
export const BREADCRUMB_MARKS: readonly string[] = ['\u00bb', '\u203a'];

/**
 * What separates a product's name from the list of what it is for in a title ("Spike Mat PRO –
 * Recovery, Circulation & Sleep", "… Mat | Back Pain Relief"): dashes (a hyphen only with spaces
 * round it), a bar, a colon (find-claims.ts, titleListStart).
 */
export const TITLE_SEPARATORS: readonly string[] = ['\u2013', '\u2014', '|', ':', '-'];

// Evidence tables (find-claims.ts, evidenceRowStances).

/**
 * A table row (a block of three or more cells joined by " | ") with one of these after its first
 * cell is a row of an evidence table: "Sleep | two mat trials | no benefit over controls". Such a
 * row reports what research found about its first cell, never asserts it.
 */
export const EVIDENCE_ROW_WORDS: readonly string[] = [
  'study',
  'studies',
  'studied',
  'trial',
  'trials',
  'evidence',
  'pilot',
  'pilots',
  'research',
  'data',
  'tested',
  'measured',
  'report',
  'reports',
  'review',
  'reviews',
  'rct',
  'randomised',
  'randomized',
  'control',
  'controls',
  'low',
  'none',
  'preliminary',
  'early',
  'weak',
  'mixed',
  'inconclusive',
  'signal',
  'signals',
  'untrue',
  'maybe',
];

/**
 * A study result that came in the comparison group too ("people felt calmer in both groups", "both
 * groups said they slept better", "… but so did the group resting without spikes"): no effect of the mat, negated as labelling.md negates "improved no
 * more than the controls".
 */
export const BOTH_GROUPS: readonly string[] = [
  'both groups',
  'both arms',
  'both of the groups',
  'in either group',
  'so did the group',
  'so did the control group',
  'so did the comparison group',
  'as did the control group',
  'as did the comparison group',
];

/** In an evidence table's row, these deny its first cell (negated); without them the row is hedged. */
export const EVIDENCE_ROW_DENIALS: readonly string[] = [
  'no evidence',
  'not shown',
  'none',
  'no reliable',
  'not supported',
  'no effect',
  'no difference',
  'no clear difference',
  'no benefit',
  'no extra',
  'inconclusive',
  'not studied',
  'nothing found',
  'untrue',
  'no mat',
  'never measured',
  'not lowered',
  'no significant',
  'no better',
  'no more than',
  'no published',
  'no studies',
  'no plausible',
  'not improved',
  'no change',
  'no measurable',
  'not mats',
  "can't assume",
  'cannot assume',
  'only user surveys',
  'seller surveys',
  'no trials',
  'no mat trials',
  'no different',
  'about the same',
  'mostly negative',
  'not tested',
  'untested',
  'not been tested',
  "haven't been tested",
  "hasn't been tested",
  'unsupported',
  'unproven',
  'both groups',
  'about equally',
];

/**
 * A row of an evidence table whose first cell names another kind of acupressure ("Sleep (ear and
 * finger acupressure) | …") reports on that, not on mats: its first cell makes no claim.
 */
export const EVIDENCE_ROW_OTHER_METHODS: readonly string[] = [
  'finger',
  'fingers',
  'ear',
  'ears',
  'hand',
  'hands',
  'wrist',
  'self acupressure',
  'self-acupressure',
  'acupuncture',
  'acupoint',
  'acupoints',
  'points',
];

/** Most cells of an evidence table's row (more is a menu or a breadcrumb trail: "Home | Sleep | Reviews | …"). */
export const EVIDENCE_ROW_MAX_CELLS = 5;

// Sentences (sentences.ts).

/** Abbreviations, matched in any case, whose full stop does not end a sentence: "e.g.", "Dr.", "approx.". */
export const ABBREVIATIONS: readonly string[] = [
  'e.g',
  'i.e',
  'eg',
  'ie',
  'dr',
  'mr',
  'mrs',
  'ms',
  'vs',
  'etc',
  'approx',
  'no',
  'st',
  'fig',
  'inc',
  'ltd',
  'co',
  'jr',
  'sr',
  'prof',
  'vol',
  'ca',
  'cf',
  'al',
  'min',
  'mins',
  'max',
  'incl',
  'dept',
  'est',
  'oz',
  'lb',
  'lbs',
  'cm',
  'mm',
  'in',
  'ft',
  'kg',
  'g',
  'u.s',
  'u.k',
  'a.m',
  'p.m',
];
