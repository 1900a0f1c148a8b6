/**
 * The detector against two labelled sets of sentences, each written from the contract alone by
 * someone who had seen neither the detector nor the other set:
 * - claims-eval.json (246 sentences): first measured untouched at topic precision 0.967, recall 0.817;
 * - claims-heldout.json (164 sentences): measured untouched after the first set's lessons at
 *   precision 1.000, recall 0.772, stance 1.000, overstated 0.990.
 * The misses of both then taught the lexicon, so both are now regression floors, not held-out
 * scores. A fresh set written the same way is the honest way to measure again.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findClaims } from '../../src/detect';

interface Label {
  topic: string;
  stance: string;
  overstated: boolean;
}
type LabelledSet = Array<{ text: string; claims: Label[] }>;
const load = (name: string) =>
  JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')) as LabelledSet;
const SETS: Array<[string, LabelledSet]> = [
  ['claims-eval.json', load('claims-eval.json')],
  ['claims-heldout.json', load('claims-heldout.json')],
];

function score(SET: LabelledSet) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let stanceRight = 0;
  let overRight = 0;
  const problems: string[] = [];
  for (const { text, claims } of SET) {
    const got = new Map<string, Label>();
    for (const c of findClaims(text)) if (!got.has(c.topic)) got.set(c.topic, c);
    const want = new Map(claims.map((c) => [c.topic, c]));
    for (const [topic, w] of want) {
      const g = got.get(topic);
      if (!g) {
        fn++;
        problems.push(`missed ${topic}: ${text}`);
        continue;
      }
      tp++;
      if (g.stance === w.stance) stanceRight++;
      else problems.push(`${topic} ${g.stance}, want ${w.stance}: ${text}`);
      if (g.overstated === w.overstated) overRight++;
      else problems.push(`${topic} overstated ${g.overstated}, want ${w.overstated}: ${text}`);
    }
    for (const topic of got.keys()) {
      if (!want.has(topic)) {
        fp++;
        problems.push(`extra ${topic}: ${text}`);
      }
    }
  }
  return {
    precision: tp / (tp + fp),
    recall: tp / (tp + fn),
    stance: stanceRight / tp,
    overstated: overRight / tp,
    problems,
  };
}

describe.each(SETS)('the labelled set %s', (_name, SET) => {
  it('is well formed: contract stances, never an overstated denial', () => {
    expect(SET.length).toBeGreaterThanOrEqual(150);
    for (const { claims } of SET) {
      for (const c of claims) {
        expect(['asserted', 'hedged', 'negated']).toContain(c.stance);
        if (c.stance === 'negated') expect(c.overstated).toBe(false);
      }
    }
  });

  it('is read with high precision and recall, and the right stance', () => {
    const s = score(SET);
    // Printed so a failing run says exactly which sentences moved.
    if (s.problems.length) console.info(`detector misses on the evaluation set:\n${s.problems.join('\n')}`);
    expect(s.precision).toBeGreaterThanOrEqual(0.98);
    expect(s.recall).toBeGreaterThanOrEqual(0.93);
    expect(s.stance).toBeGreaterThanOrEqual(0.98);
    expect(s.overstated).toBeGreaterThanOrEqual(0.98);
  });
});
