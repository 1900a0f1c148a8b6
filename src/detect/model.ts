/**
 * The learned part of the detector: a logistic model that looks at every topic term the rules
 * found in a sentence and decides whether it is a claim, whatever the rules' triggers said. It
 * adds claims the rules miss (benefit headings with uncommon verbs, colloquial testimonials, study
 * findings) and drops some the rules make by mistake. Its weights are a table trained on the dev
 * corpus (`npm run train`, tests/corpus/README.md) and shipped as data; inference is a sum of a
 * few dozen table reads per term, so the detector stays linear in its input.
 *
 * The features of a candidate (a topic's first term in a sentence):
 * - the topic, the term itself, its kind (condition / benefit / neutral, weak, self);
 * - what the rules decided for the topic in this sentence (asserted, hedged, negated, nothing),
 *   alone, with the topic, and with each sentence flag below;
 * - every word of the sentence, and the four words before and after the term (by position side);
 * - cues the rules found (negation, hedge, attribution, certainty, warning, citation), a review
 *   title's rating (one or two stars apart), and the sentence's shape (a heading without final
 *   punctuation, a numbered item, quotes, digits, length).
 * Training and inference read the same features through `visitFeatures`, so they cannot drift.
 */
import { MODEL_JSON } from './model-weights';

/** The weight table as `npm run train` writes it. */
export interface ModelWeights {
  /** Probability above which a candidate the rules did not claim becomes a claim. */
  addThreshold: number;
  /** Probability below which a claim the rules made is dropped. */
  vetoThreshold: number;
  /** How sure the stance heads must be to overrule a stance the rules gave (0.5: always). */
  stanceConfidence?: number;
  bias: number;
  /** Feature key → weight. Keys: `t:topic`, `r:rule`, `rt:rule|topic`, `rf:rule|flag`, `k:kind`, `term:topic|words`, `u:word`, `b:word`, `a:word`, `f:flag`. */
  w: Record<string, number>;
  /** One-vs-rest heads for the stance of a claim (asserted, hedged, negated): the highest wins. */
  stance?: Record<'asserted' | 'hedged' | 'negated', { bias: number; w: Record<string, number> }>;
}

/**
 * One head of the table as shipped: the word weights (`u:`, `b:`, `a:`) as flat lists of
 * (index into {@link PackedModel.words}, weight) pairs, every other key by name.
 */
export interface PackedHead {
  bias: number;
  keys: Record<string, number>;
  u: number[];
  b: number[];
  a: number[];
}

/**
 * The weight table as shipped and as the detector reads it: each word written once for all four
 * heads, so that building the heads interns a few thousand words instead of slicing and interning
 * twelve thousand keys (that was most of the detector's warm-up on a page).
 */
export interface PackedModel {
  addThreshold: number;
  vetoThreshold: number;
  stanceConfidence?: number;
  words: string[];
  /** The claim head, then (when present) the asserted, hedged and negated stance heads. */
  heads: PackedHead[];
}

/** The word tables of a head, as PackedHead names them. */
export const WORD_KINDS = ['u', 'b', 'a'] as const;
const STANCE_HEADS = ['asserted', 'hedged', 'negated'] as const;

/** Pack a table (train.ts writes this; the detector builds its heads from it). */
export function packModel(m: ModelWeights): PackedModel {
  const words: string[] = [];
  const index = new Map<string, number>();
  const head = (bias: number, w: Record<string, number>): PackedHead => {
    const out: PackedHead = { bias, keys: {}, u: [], b: [], a: [] };
    for (const [key, weight] of Object.entries(w)) {
      const kind = key.slice(0, 2);
      const list = kind === 'u:' ? out.u : kind === 'b:' ? out.b : kind === 'a:' ? out.a : null;
      if (!list) {
        out.keys[key] = weight;
        continue;
      }
      const word = key.slice(2);
      let i = index.get(word);
      if (i === undefined) {
        i = words.length;
        words.push(word);
        index.set(word, i);
      }
      list.push(i, weight);
    }
    return out;
  };
  const heads = [head(m.bias, m.w)];
  if (m.stance) for (const st of STANCE_HEADS) heads.push(head(m.stance[st].bias, m.stance[st].w));
  const packed: PackedModel = { addThreshold: m.addThreshold, vetoThreshold: m.vetoThreshold, words, heads };
  if (m.stanceConfidence !== undefined) packed.stanceConfidence = m.stanceConfidence;
  return packed;
}

/** The table with every key spelled out again, in key order (for `npm run explain`). */
export function unpackModel(p: PackedModel): ModelWeights {
  const weights = (h: PackedHead): Record<string, number> => {
    const w: Record<string, number> = { ...h.keys };
    for (const kind of WORD_KINDS) {
      const list = h[kind];
      for (let i = 0; i < list.length; i += 2) w[`${kind}:${p.words[list[i]!]!}`] = list[i + 1]!;
    }
    // In key order, as train.ts writes a table.
    return Object.fromEntries(Object.entries(w).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  };
  const [main, ...stance] = p.heads;
  if (!main) throw new Error('weight table: no heads');
  const m: ModelWeights = {
    addThreshold: p.addThreshold,
    vetoThreshold: p.vetoThreshold,
    bias: main.bias,
    w: weights(main),
  };
  if (p.stanceConfidence !== undefined) m.stanceConfidence = p.stanceConfidence;
  if (stance.length === STANCE_HEADS.length) {
    m.stance = Object.fromEntries(
      STANCE_HEADS.map((st, i) => [st, { bias: stance[i]!.bias, w: weights(stance[i]!) }]),
    ) as NonNullable<ModelWeights['stance']>;
  }
  return m;
}

let shipped: PackedModel | undefined;

/**
 * The shipped weight table, parsed on first use: the engine's script then loads without it, and the
 * detector parses it in the first of its warm-up steps (find-claims.ts).
 */
export function shippedTable(): PackedModel {
  return (shipped ??= JSON.parse(MODEL_JSON) as PackedModel);
}

/** The shipped table with its keys spelled out. */
export function shippedModel(): ModelWeights {
  return unpackModel(shippedTable());
}

/** A candidate's features, for training: the keys that are on. */
export type FeatureKeys = string[];

/** Logistic function. */
export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}
