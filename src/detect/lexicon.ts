/**
 * The detector's vocabulary, as data: topic terms, the words that turn a term into a claim
 * (triggers), and the cues for hedges, negations, overstatement, questions and warnings.
 * Phrases are written as space-separated lower-case words; hyphens and slashes in the text are
 * skipped when matching, so "pain-free" matches "pain free".
 */
import type { TopicId } from '../evidence/ids';

/** Regular English verb forms: relieve → relieve, relieves, relieved, relieving. */
function verb(base: string, extra: string[] = []): string[] {
  const stem = base.endsWith('e') ? base.slice(0, -1) : base;
  const s = /(s|x|z|ch|sh)$/.test(base) ? `${base}es` : `${base}s`;
  const ed = base.endsWith('e') ? `${base}d` : `${base}ed`;
  return [base, s, ed, `${stem}ing`, ...extra];
}

/**
 * A topic term. `weak` terms (bare body parts, "muscles", "mind") only make a claim with a
 * relief-type trigger ("soothes your neck"), never on their own or with "support"/"for".
 */
export type TermKind = 'condition' | 'benefit' | 'neutral';

export interface TermDef {
  words: string[];
  topic: TopicId;
  /**
   * `condition`: something relieved (pain, insomnia); `benefit`: something improved (sleep, circulation);
   * `neutral`: either (mood, hormones). Weak terms are conditions or benefits too, but accept fewer triggers.
   */
  kind: TermKind;
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
      'back pain', 'back pains', 'backache', 'backaches', 'back ache', 'back aches', 'lower back pain',
      'low back pain', 'upper back pain', 'neck pain', 'neck pains', 'shoulder pain', 'shoulder pains',
      'sciatica', 'sciatica pain', 'sciatic pain', 'sciatic nerve pain', 'spinal pain', 'spine pain', 'stiff neck', 'neck stiffness',
      'back stiffness', 'stiff back', 'stiff shoulders', 'shoulder stiffness', 'slipped disc', 'herniated disc',
      'lumbago', 'back problems', 'back issues', 'neck tension', 'shoulder tension', 'back tension', 'back muscles',
      'neck muscles', 'shoulder muscles', 'back and neck pain', 'neck and back pain', 'neck and shoulder pain',
      'back and shoulder pain', 'neck ache', 'neck aches', 'sore back', 'sore neck', 'sore shoulders',
      'tense shoulders', 'frozen shoulder', 'tight shoulders', 'bad back', 'bad backs',
    ],
    C,
  ],
  ['back-neck', ['back', 'neck', 'shoulders', 'shoulder', 'spine', 'lower back', 'upper back'], { ...C, weak: true }],
  ['back-neck', ['sciatica flare ups', 'sciatica flares'], C],
  [
    'pain',
    [
      'pain', 'pains', 'ache', 'aches', 'aches and pains', 'chronic pain', 'joint pain', 'joint pains', 'knee pain',
      'hip pain', 'foot pain', 'leg pain', 'nerve pain', 'menstrual pain', 'period pain', 'menstrual cramps',
      'period cramps', 'arthritis pain', 'body pain', 'body aches', 'painkiller', 'painkillers', 'pain killer',
      'pain killers', 'plantar fasciitis',
    ],
    C,
  ],
  ['pain', ['natural painkiller', 'natural pain killer', 'natural pain relief', 'pain free'], { ...C, self: true }],
  [
    'muscle-tension',
    [
      'muscle tension', 'muscular tension', 'tension', 'tensions', 'tense muscles', 'tight muscles', 'tightness',
      'knots', 'muscle knots', 'stiff muscles', 'muscle stiffness', 'stiffness', 'muscle pain', 'muscle pains',
      'muscle aches', 'muscle ache', 'muscular pain', 'muscle cramps', 'muscle spasms', 'trigger points',
    ],
    C,
  ],
  ['muscle-tension', ['muscle relaxation'], B],
  ['muscle-tension', ['muscles', 'muscle'], { ...C, weak: true }],
  ['sleep', ['poor sleep', 'bad sleep', 'insomnia', 'sleepless nights', 'sleeplessness', 'restless nights', 'sleep problems', 'sleep issues', 'sleep disorders'], C],
  [
    'sleep',
    [
      'sleep', 'sleeping', 'slept', 'fall asleep', 'falling asleep', 'fell asleep', 'asleep', 'sleep quality',
      'quality of sleep', "night's sleep", 'nights sleep', 'sleep onset', 'sleep through the night',
      'sleeping through the night', 'slept through the night', 'drop off', 'dropping off', 'drift off',
      'drifting off', 'nod off', 'nodding off',
    ],
    B,
  ],
  [
    'sleep',
    [
      'sleep like a baby', 'slept like a baby', 'sleeping like a baby', 'sleep like a log', 'slept like a log',
      'sleeping like a log', 'sleep like a rock', 'slept like a rock',
    ],
    { ...B, self: true },
  ],
  [
    'stress-anxiety',
    [
      'stress', 'stresses', 'anxiety', 'anxieties', 'depression', 'nervous tension', 'mental tension', 'stress levels',
      'panic attacks', 'worry', 'worries', 'restlessness', 'burnout', 'low mood', 'bad mood',
    ],
    C,
  ],
  ['stress-anxiety', ['anxious', 'less anxious', 'stressed'], C],
  ['stress-anxiety', ['calm', 'calmer', 'calmness', 'relaxation', 'relax', 'unwind', 'unwinding', 'peace of mind', 'mental health', 'well being', 'wellbeing'], B],
  ['stress-anxiety', ['mood', 'moods', 'nervous system'], N],
  [
    'stress-anxiety',
    [
      'feel relaxed', 'felt relaxed', 'feel so relaxed', 'felt so relaxed', 'feel more relaxed', 'feel calm',
      'feel calmer', 'felt calmer', 'feel so calm', 'stress free', 'calms me down', 'calmed me down', 'calms you down',
      'calm you down', 'calm me down', 'calming me down',
    ],
    { ...B, self: true },
  ],
  ['stress-anxiety', ['mind', 'nerves'], { ...C, weak: true }],
  ['headache', ['headache', 'headaches', 'migraine', 'migraines', 'tension headache', 'tension headaches', 'head pain', 'head aches'], C],
  ['fibromyalgia', ['fibromyalgia', 'fibro', 'fibro pain', 'fibromyalgia pain', 'fibromyalgia symptoms', 'fibromyalgia flares', 'fibromyalgia flare ups'], C],
  ['hormones', ['cortisol', 'stress hormones', 'stress hormone', 'cortisol levels'], C],
  [
    'hormones',
    ['feel good endorphins', 'endorphins', 'endorphin', 'oxytocin', 'serotonin', 'dopamine', 'feel good hormones', 'happy hormones', 'hormones', 'hormone', 'hormonal balance', 'melatonin'],
    N,
  ],
  [
    'circulation',
    [
      'circulation', 'blood circulation', 'blood flow', 'blood to flow', 'blood flowing', 'oxygenation', 'oxygen flow', 'oxygen supply',
      'microcirculation', 'blood supply', 'circulatory system', 'flow of blood', 'flow of oxygen',
    ],
    B,
  ],
  ['circulation', ['poor circulation', 'cold feet', 'cold hands'], C],
  ['blood-pressure', ['blood pressure', 'hypertension', 'high blood pressure', 'bp'], C],
  ['energy', ['energy', 'energy levels', 'vitality', 'stamina'], B],
  ['energy', ['fatigue', 'tiredness', 'exhaustion', 'lethargy', 'chronic fatigue', 'low energy', 'afternoon slump', 'energy slump', 'slump'], C],
  ['energy', ['alert', 'more alert', 'energised', 'energized', 'extra energy'], B],
  ['energy', ['feel energized', 'feel energised', 'felt energized', 'felt energised', 'feel more energetic', 'feel so energized', 'more energetic'], { ...B, self: true }],
  [
    'weight',
    [
      'weight loss', 'lose weight', 'losing weight', 'lost weight', 'weight reduction', 'burn fat', 'burns fat',
      'burning fat', 'fat burning', 'fat loss', 'metabolism', 'metabolic rate', 'slimming', 'slim down',
      'calories', 'weight management', 'shed pounds',
    ],
    B,
  ],
  ['weight', ['belly fat', 'bmi', 'body fat', 'obesity'], C],
  ['weight', ['drop a few pounds', 'dropped a few pounds', 'lose a few pounds', 'lost a few pounds'], { ...B, self: true }],
  ['digestion', ['digestion', 'digestive system', 'digestive health', 'gut health', 'bowel movements', 'gut'], B],
  ['digestion', ['constipation', 'bloating', 'stomach ache', 'stomach aches', 'ibs', 'indigestion', 'acid reflux', 'stomach cramps', 'gas', 'trapped wind'], C],
  ['skin', ['glowing complexion', 'glowing skin'], { ...B, self: true }],
  ['hormones', ['endorphin rush', 'endorphin boost', 'endorphin high'], { ...N, self: true }],
  ['skin', ['complexion', 'skin health', 'skin tone', 'skin elasticity', 'healthy skin', 'collagen'], B],
  ['skin', ['cellulite', 'wrinkles', 'acne', 'fine lines'], C],
  ['skin', ['skin'], { ...B, weak: true }],
  [
    'sexual-health',
    ['libido', 'sex drive', 'sexual performance', 'sexual health', 'sexual function', 'erection', 'erections', 'sexual desire', 'sexual stamina', 'love life', 'fertility'],
    B,
  ],
  ['sexual-health', ['erectile dysfunction', 'impotence', 'premature ejaculation'], C],
  ['sexual-health', ['erectile function'], B],
  [
    'immunity-detox',
    ['immune system', 'immunity', 'immune function', 'immune response', 'detox', 'detoxification', 'lymphatic drainage', 'lymphatic system', 'lymph flow', 'lymphatic flow'],
    B,
  ],
  ['immunity-detox', ['toxins', 'inflammation', 'free radicals'], C],
  ['immunity-detox', ['detox the body', 'detoxes the body', 'detoxify the body', 'detoxify', 'detoxifies', 'detoxifying', 'detoxes', 'flushes toxins', 'flush toxins', 'flush out toxins', 'flushes out toxins'], { ...B, self: true }],
  ['recovery', ['recovery', 'recover', 'recovering', 'muscle recovery', 'workout recovery', 'post workout recovery', 'recovery time'], B],
  ['recovery', ['sore legs', 'sore calves', 'sore muscles', 'muscle soreness', 'soreness', 'doms', 'sports injuries', 'sports injury', 'injuries', 'injury'], C],
  [
    'disease',
    [
      'disease', 'diseases', 'illness', 'illnesses', 'cancer', 'cancers', 'tumor', 'tumors', 'tumour', 'tumours',
      'diabetes', 'arthritis', 'osteoarthritis', 'rheumatoid arthritis', 'rheumatism', 'covid', 'covid 19',
      'coronavirus', 'heart disease', 'asthma', 'multiple sclerosis', 'chronic illness', 'chronic illnesses',
      'chronic conditions', 'medical conditions', 'infections', 'infection',
    ],
    C,
  ],
  ['disease', ['heals the body', 'heal the body', 'heal itself', 'heals itself', 'self healing', 'healing power', 'healing powers'], { ...B, self: true }],
];

/** Every topic term, longest first within each first word. */
export const TERMS: TermDef[] = T.flatMap(([topic, list, opts]) =>
  list.map((p) => ({ words: p.split(' '), topic, ...opts })),
);

/**
 * Trigger classes. `relief` works on conditions and weak body parts ("relieves", "soothes");
 * `improve` works on benefits ("boosts", "better"); `general` on both but not on weak terms.
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
      ...verb('relieve'), 'relief', 'reliever', 'takes away', 'take away', 'took away', 'taking away',
      'knocked out', 'knocks out', 'knock out', 'takes the edge off', 'take the edge off', 'took the edge off',
      ...verb('quiet'), ...verb('quieten'), 'fewer', 'sorted out', 'sorts out', 'sort out', 'loosen up', 'loosens up',
      'loosened up', 'alternative to', 'smooth the look of', 'smooths the look of', ...verb('smooth'), 'easing', ...verb('ease'), ...verb('alleviate'), ...verb('soothe'),
      ...verb('loosen'), ...verb('relax'), ...verb('heal'), ...verb('cure'), ...verb('treat'),
      ...verb('banish'), ...verb('eliminate'), ...verb('fight', ['fought']), ...verb('combat'), ...verb('beat'),
      ...verb('overcome', ['overcame']), ...verb('conquer'), ...verb('kill'), ...verb('dissolve'), ...verb('melt'),
      ...verb('release'), ...verb('calm'), ...verb('unknot'), 'get rid of', 'gets rid of', 'got rid of',
      'getting rid of', 'say goodbye to', 'says goodbye to', 'said goodbye to', 'saying goodbye to', 'goodbye to',
      'bye bye', 'melt away', 'melts away', 'melted away', 'melting away', 'no more', 'no longer', 'work out', 'works out', 'worked out', 'free from', 'freedom from',
      'remedy', 'remedy for', 'cure for', 'treatment for', 'solution for', 'soothing', 'relaxing',
    ],
  ],
  [
    'improve',
    [
      ...verb('improve'), ...verb('boost'), ...verb('enhance'), ...verb('increase'), ...verb('promote'),
      ...verb('stimulate'), ...verb('restore'), ...verb('strengthen'), ...verb('optimize'), ...verb('optimise'), ...verb('maximize'),
      ...verb('revitalize'), ...verb('revitalise'), ...verb('rejuvenate'), ...verb('activate'), ...verb('accelerate'),
      ...verb('speed', ['sped']), 'speed up', 'speeds up', 'sped up', 'speeding up', ...verb('kickstart'),
      ...verb('energize'), ...verb('energise'), ...verb('invigorate'), ...verb('revive'), ...verb('tone'),
      ...verb('tighten'), ...verb('firm'), ...verb('support'), ...verb('aid'), ...verb('assist'), ...verb('lift'),
      ...verb('trigger'), ...verb('burn'), ...verb('lose', ['lost']), ...verb('flush'), ...verb('cleanse'),
      ...verb('purify'), ...verb('remove'), ...verb('clear'), ...verb('drain'), 'better', 'deeper', 'more',
      'healthier', 'improved', 'increased', 'enhanced', 'boosted', 'faster', 'quicker', 'sounder', 'restful',
      'more restful', 'higher', 'greater', 'finally', 'noticeably', ...verb('raise'), ...verb('double'),
      ...verb('triple'), ...verb('encourage'), 'guaranteed', 'improvement', 'improvement in', 'improvements in',
      'perked up', 'perks up', 'perk up', 'extra', 'gets the', 'get the',
    ],
  ],
  [
    'general',
    [
      ...verb('help'), 'help with', 'helps with', 'helped with', 'helping with', ...verb('reduce'),
      ...verb('decrease'), ...verb('lower'), ...verb('lessen'), ...verb('minimize'), ...verb('minimise'),
      ...verb('prevent'), ...verb('manage'), ...verb('tackle'), ...verb('target'), ...verb('counteract'),
      ...verb('regulate'), ...verb('control'), ...verb('balance'), ...verb('normalize'),
      ...verb('normalise'), ...verb('stabilize'), ...verb('stabilise'), 'less', 'reduced', 'lower', 'lowered', 'decreased',
      'works wonders for', 'work wonders for', 'worked wonders for', 'works wonders on', ...verb('fix'),
      ...verb('affect'), 'difference to', 'difference for', 'difference in', 'change to', 'change in', 'bring down',
      'brings down', 'bring', 'brings', 'treatment of',
    ],
  ],
];

export const PRE_TRIGGERS: TriggerDef[] = PRE.flatMap(([cls, list]) => list.map((p) => ({ words: p.split(' '), cls })));

/** Words after a term that make it a claim: "back pain relief", "my sciatica is gone", "sleep better". */
export const POST_TRIGGERS: TriggerDef[] = [
  ...[
    'relief', 'reliever', 'relievers', 'reduction', 'gone', 'disappeared', 'disappears', 'vanished', 'vanishes',
    'went away', 'gone away', 'goes away', 'go away', 'faded', 'fades', 'eased', 'eases', 'subsided', 'melted away',
    'melts away', 'melt away', 'thing of the past', 'relieved', 'reduced', 'lessened', 'decreased', 'healed',
    'remedy', 'remedies', 'treatment', 'therapy', 'management', 'solution', 'dropped', 'went down', 'came down',
    'is lower', 'lowered', 'cured', 'fixed',
    'drains away', 'drain away', 'drained away', 'rare', 'rarer', 'less frequent', 'fewer', 'looser', 'less stiff',
    'less tense', 'eased off', 'lifted', 'less often', 'less frequently', 'calmed', 'calmed down', 'calmed right down',
    'settled', 'settled down', 'loosened', 'loosened up', 'way less', 'much less', 'come down', 'comes down',
    'gone down', 'go down', 'goes down', 'basically gone', 'more manageable', 'manageable', 'more bearable',
    'bearable', 'eases off', 'eased off', 'much shorter', 'shorter', 'down', 'move along', 'moving',
  ].map((p): TriggerDef => ({ words: p.split(' '), cls: 'relief' })),
  ...['boost', 'booster', 'boosted', 'support', 'aid', 'aids', 'faster', 'deeper', 'quicker', 'increased', 'enhanced', 'lifted', 'brighter', 'clearer', 'smoother', 'firmer', 'glow', 'glows', 'glowing'].map(
    (p): TriggerDef => ({ words: p.split(' '), cls: 'improve' }),
  ),
  {
    words: ['free'],
    cls: 'relief',
    topics: ['pain', 'back-neck', 'headache', 'muscle-tension'],
    // "Headache-free setup" is about the product, not the user.
    blockedBy: ['setup', 'set', 'assembly', 'installation', 'install', 'delivery', 'shipping', 'returns', 'return', 'checkout', 'exchange', 'cleaning', 'storage', 'shopping'],
  },
  ...['more regular', 'regular again'].map((p): TriggerDef => ({ words: p.split(' '), cls: 'improve' })),
  // Either way round: "my sleep has improved", "my back is much better", "it really helps".
  ...['much better', 'so much better', 'far better', 'better', 'improved', 'improves', 'improvement', 'helps', 'helped', 'works', 'worked'].map(
    (p): TriggerDef => ({ words: p.split(' '), cls: 'general' }),
  ),
  // Reports that nothing changed: a claim, denied.
  ...['exactly the same', 'the same', 'unchanged', 'no better', 'no different', 'just as bad', 'still there', 'worse'].map(
    (p): TriggerDef => ({ words: p.split(' '), cls: 'general', negates: true }),
  ),
];

/** The word before "for" that makes "for" a trigger: "great for back pain", "mat for sciatica relief". */
export const FOR_HEADS = new Set([
  'good', 'great', 'perfect', 'ideal', 'best', 'effective', 'excellent', 'amazing', 'fantastic', 'wonderful',
  'wonders', 'beneficial', 'designed', 'made', 'helpful', 'useful', 'works', 'worked', 'work', 'mat', 'mats',
  'set', 'pad', 'pads', 'pillow', 'product', 'tool', 'recommended', 'brilliant', 'awesome', 'incredible',
  'fab', 'superb', 'godsend', 'lifesaver', 'answer', 'miracle', 'nothing', 'thing', 'anything', 'much',
]);

/** Words that may stand between a trigger and its term ("relieves your chronic lower back pain"). */
export const GAP_WORDS = new Set([
  'a', 'an', 'the', 'your', 'my', 'his', 'her', 'their', 'our', 'its', 'you', 'me', 'us', 'them', 'him', 'it', 'of',
  'from', 'with', 'to', 'and', 'in', 'on', 'for', 'this', 'that', 'these', 'those', 'chronic', 'severe', 'daily',
  'everyday', 'natural', 'naturally', 'deep', 'deeply', 'overall', 'general', 'symptoms', 'symptom', 'feelings',
  'feeling', 'sense', 'levels', 'level', 'quality', 'so', 'much', 'lot', 'lots', 'really', 'truly', 'greatly',
  'significantly', 'noticeably', 'dramatically', 'quickly', 'fast', 'effectively', 'gently', 'all', 'any',
  'persistent', 'nagging', 'annoying', 'stubborn', 'painful', 'everyday', 'body', "body's", 'bodys', 'whole',
  'entire', 'healthy', 'healthier', 'better', 'more', 'less', 'mild', 'minor', 'acute', 'constant', 'occasional',
  'bad', 'terrible', 'awful', 'horrible', 'sore', 'tired', 'aching', 'achy', 'tense', 'tight', 'stiff', 'is', 'are',
  'was', 'were', 'has', 'have', 'had', 'been', 'be', 'being', 'now', 'finally', 'completely', 'totally', 'almost',
  'nearly', 'entirely', 'virtually', 'just', 'also', 'even', 'way', 'far', 'very', 'quite', 'pretty', 'feels',
  'feel', 'felt', 'got', 'get', 'gets', 'getting', 'people', 'sufferers',
  'who', 'suffer', 'suffering', 'suffers', 'mental', 'physical', 'emotional', 'nighttime', 'night', 'time',
  'long', 'term', 'related', 'induced', 'due', 'caused', 'by', 'restful', 'restorative', 'quality', 'nightly',
  'day', 'honestly', 'actually', 'genuinely', 'definitely', 'become', 'became', 'becomes', 'gotten', 'grown',
  'come', 'comes', 'came', 'right', 'exactly', 'type', '1', '2', 'busy', 'racing', 'overactive', 'flood', 'rush',
  'surge', 'instant', 'fast', 'quick', 'rapid', 'lasting', 'real', 'total', 'complete', 'effective', 'powerful',
  'soothing', 'calves', 'legs', 'feet', 'hips', 'arms', 'thighs', 'looks', 'look', 'readings', 'flare', 'flares',
  'basically', 'some', 'conditions', 'like', 'such', 'things', 'overworked', 'throbbing', 'levels',
]);

/** Separators that chain a list of terms under one trigger: "improves sleep, circulation and mood". */
export const LIST_WORDS = new Set(['and', 'or', 'plus', '&', ',', '/', 'as', 'well', 'even', 'also', 'nor', 'my', 'our', 'his', 'her', 'healthy', 'healthier']);

/** Hedges limited to their clause: "may help", "could ease". */
export const HEDGES = [
  'may', 'might', 'could', 'possibly', 'potentially', 'perhaps', 'maybe', 'thought to', 'believed to', 'said to',
  'supposed to', 'supposedly', 'allegedly', 'purportedly', 'apparently', 'seems to', 'seem to', 'seemed to',
  'appears to', 'appear to', 'appeared to', 'suggest', 'suggests', 'suggested', 'suggesting', 'anecdotal',
  'anecdotally', 'in theory', 'theoretically', 'if', 'whether', 'hope', 'hopes', 'hopefully', 'hoping', 'likely',
  'probably', 'promise', 'promises', 'promised', 'would', 'wish', 'wishing', 'promising to', 'intended to', 'aims to', 'aim to', 'meant to',
  'tends to', 'tend to', 'some evidence', 'limited evidence', 'weak evidence', 'early evidence', 'might help',
].map((p) => p.split(' '));

/** Attributions, whose reach is the rest of the sentence: "some users report that, after a week, …". */
export const ATTRIBUTIONS = [
  'claim', 'claims', 'claimed', 'claiming', 'report', 'reports', 'reported', 'reportedly', 'according to', 'say',
  'says', 'said', 'believe', 'believes', 'proponents', 'advocates', 'manufacturers', 'sellers', 'marketers',
  'advertised', 'marketed', 'touted', 'is said', 'are said', 'fans', 'enthusiasts', 'supporters', 'practitioners',
  'tell us', 'tells us', 'told us', 'tell me', 'told me', 'swear by', 'swears by', 'swore by', 'rave', 'raves',
].map((p) => p.split(' '));

/** Negation and doubt cues; their reach is their own clause. Words ending in "n't" count too. */
export const NEGATIONS = [
  'not', 'no', 'never', 'nothing', 'none', 'neither', 'nor', 'cannot', 'dont', 'doesnt', 'didnt', 'isnt', 'wont',
  'cant', 'little evidence', 'scant', 'insufficient', 'lack', 'lacks', 'lacking', 'unproven', 'fail', 'fails',
  'failed', 'failing', 'myth', 'myths', 'unlikely', 'doubt', 'doubts', 'doubtful', 'debunked', 'hardly', 'zero',
  'nope', 'unsupported', 'unsubstantiated', 'disproven', 'refuted',
  // A past hope or wish ("I hoped it would help") tells of an effect that did not come.
  'hoped', 'had hoped', 'wished',
].map((p) => p.split(' '));

/**
 * Sequences that begin with a negation word but do not negate ("not only", "never felt better").
 * Matched from the negation word on.
 */
export const NEGATION_EXCEPTIONS = [
  'not only', 'not just', 'no doubt', 'no wonder', 'no more', 'no longer', 'no need', 'not a single day without',
  "can't recommend", 'cannot recommend', "can't say enough", "couldn't be happier", "couldn't be more",
  "can't believe", 'cannot believe', "couldn't believe", 'never felt better', 'never slept better',
  'never slept so', 'never felt so', 'never been better', "don't know how", "didn't expect", 'did not expect',
  'never expected', 'never thought', "can't live without", "couldn't live without", "won't go back",
  'nothing but', 'nothing short of', 'no side effects', 'no known side effects', 'no negative side effects',
  'no harmful side effects', 'no risk', 'no risks', "wouldn't be without", "can't do without",
  'not to mention', "don't have to", "won't regret", "didn't think", 'did not think', 'not bad',
].map((p) => p.split(' '));

/** Certainty language (contracts.md §2): makes a non-negated claim overstated. */
export const OVERSTATEMENTS = [
  'proven', 'prove', 'proves', 'clinically', 'scientifically', 'medically', 'guaranteed', 'guarantee', 'guarantees',
  '100%', 'cure', 'cures', 'cured', 'curing', 'miracle', 'miracles', 'miraculous', 'instant', 'instantly',
  'immediate', 'immediately', 'doctor recommended', 'doctors recommend', 'recommended by doctors',
  'recommended by physicians', 'recommended by chiropractors', 'physician recommended', 'chiropractor recommended',
  'studies show', 'research shows', 'science shows', 'studies prove', 'research proves', 'science backed',
  'evidence based', 'permanent', 'permanently', 'forever', 'once and for all', 'fda approved', 'fda cleared',
  'works every time', 'always works', 'never fails', 'magic', 'magical', 'completely safe', 'totally safe',
  'perfectly safe', 'absolutely safe',
].map((p) => p.split(' '));

/** Certainty words that are about something else: "money-back guarantee", "100% cotton". */
export const OVERSTATEMENT_EXCEPTIONS = [
  'money back guarantee', 'money back guaranteed', 'satisfaction guarantee', 'satisfaction guaranteed',
  'lifetime guarantee', 'year guarantee', 'quality guarantee', 'price guarantee', 'guarantee of satisfaction',
  '100% cotton', '100% linen', '100% natural', '100% organic', '100% polyester', '100% satisfaction',
  '100% money', '100% refund', '100% recyclable', '100% plant', '100% eco', '100% vegan', '100% biodegradable',
  '100% brand', '100% new', '100% original', '100% handmade', '100% pure cotton',
].map((p) => p.split(' '));

/**
 * Denials that follow the claim they deny: "claims that mats flush out toxins are not supported by
 * any study", "…, which has not been shown in trials".
 */
export const POST_NEGATIONS = [
  'not supported', 'unsupported', 'unproven', 'not backed', 'a myth', 'unfounded', 'not true', 'false',
  'not been shown', 'not been proven', 'not been demonstrated', 'not been tested', 'lack evidence',
  'lacks evidence', 'not borne out', 'no scientific basis', 'without evidence', 'not substantiated',
  'unsubstantiated', 'not been studied', "hasn't been shown", "haven't been shown", 'no good evidence',
  'never been tested', 'never been shown', 'never been studied', 'never been proven',
].map((p) => p.split(' '));

/** Warnings and disclaimers: claims from the cue's clause to the sentence end are not claims. */
export const WARNINGS = [
  'consult', 'consulting', 'talk to your doctor', 'ask your doctor', 'speak to your doctor', 'check with your',
  'avoid', 'do not use', "don't use", 'should not', "shouldn't", 'must not', 'not suitable', 'unsuitable',
  'not recommended', 'caution', 'warning', 'stop using', 'seek medical', 'contraindicated', 'not intended',
  'not a substitute', 'not a replacement', 'not medical advice', 'diagnose', 'keep out of reach',
].map((p) => p.split(' '));

/** Auxiliaries that open a yes/no question when a subject follows: "Can a mat help…". */
export const QUESTION_AUX = new Set([
  'can', 'could', 'does', 'do', 'did', 'will', 'would', 'is', 'are', 'should', 'has', 'have', 'was', 'were', 'may',
]);
export const QUESTION_SUBJECTS = new Set([
  'a', 'an', 'the', 'this', 'these', 'those', 'it', 'you', 'i', 'we', 'they', 'acupressure', 'mats', 'mat', 'spike',
  'spiky', 'lying', 'using', 'your', 'my', 'there', 'he', 'she', 'shakti', 'that', 'such', 'bed', 'regular',
]);
export const QUESTION_WORDS = new Set(['how', 'why', 'what', 'which', 'who', 'whom', 'whose']);

/** Words right after a term that make it something else: "sleep mode", "blood pressure cuff", "skin-friendly". */
export const TERM_BLOCKERS_FOR: Record<string, Set<string>> = {
  sleep: new Set(['mode', 'timer', 'mask', 'masks', 'setting', 'settings', 'button', 'bag', 'number', 'position', 'positions', 'study', 'studies', 'trial', 'trials', 'pattern', 'patterns', 'hygiene', 'doctor', 'specialist', 'clinic', 'clinics']),
  'blood pressure': new Set(['cuff', 'monitor', 'monitors', 'meter', 'gauge', 'study', 'studies', 'trial', 'trials']),
  // "relax my muscles": relax is the verb there, its object the topic.
  relax: new Set(['my', 'your', 'the', 'tight', 'tense', 'sore', 'muscles', 'body', 'back', 'neck', 'shoulders']),
  'stress free': new Set(['returns', 'return', 'setup', 'assembly', 'installation', 'delivery', 'shipping', 'shopping', 'checkout', 'exchange', 'cleaning', 'storage']),
  skin: new Set(['friendly', 'type', 'types', 'contact', 'irritation', 'reactions', 'reaction', 'marks', 'sensitive']),
  weight: new Set(['limit', 'capacity', 'bearing', 'class', 'plate']),
  pain: new Set(['threshold', 'thresholds', 'tolerance', 'scale', 'scores', 'score']),
  back: new Set([]),
};
