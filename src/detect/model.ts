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
 * - what the rules decided for the topic in this sentence (asserted, hedged, negated, nothing);
 * - every word of the sentence, and the four words before and after the term (by position side);
 * - cues the rules found (negation, hedge, attribution, certainty, warning, citation), and the
 *   sentence's shape (a heading without final punctuation, a numbered item, quotes, digits, length).
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
  /** Feature key → weight. Keys: `t:topic`, `r:rule`, `k:kind`, `term:topic|words`, `u:word`, `b:word`, `a:word`, `f:flag`. */
  w: Record<string, number>;
  /** One-vs-rest heads for the stance of a claim (asserted, hedged, negated): the highest wins. */
  stance?: Record<'asserted' | 'hedged' | 'negated', { bias: number; w: Record<string, number> }>;
}

let shipped: ModelWeights | undefined;

/**
 * The shipped weight table, parsed on first use: the engine's script then loads without it, and the
 * detector parses it in the first of its warm-up steps (find-claims.ts).
 */
export function shippedModel(): ModelWeights {
  return (shipped ??= JSON.parse(MODEL_JSON) as ModelWeights);
}

/** A candidate's features, for training: the keys that are on. */
export type FeatureKeys = string[];

/** Logistic function. */
export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}
