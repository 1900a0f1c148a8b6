/**
 * The detector against a labelled set of 246 sentences (tests/unit/fixtures/claims-eval.json),
 * written from the contract alone by someone who had not seen the detector. First measured
 * untouched (topic precision 0.967, recall 0.817); the misses then taught the lexicon, so the set is
 * now a regression floor, not a held-out score. A new held-out set is the honest way to re-measure.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findClaims } from '../../src/detect';

interface Label {
  topic: string;
  stance: string;
  overstated: boolean;
}
const SET = JSON.parse(readFileSync(new URL('./fixtures/claims-eval.json', import.meta.url), 'utf8')) as Array<{
  text: string;
  claims: Label[];
}>;

function score() {
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
  return { precision: tp / (tp + fp), recall: tp / (tp + fn), stance: stanceRight / tp, overstated: overRight / tp, problems };
}

describe('the labelled evaluation set', () => {
  it('is well formed: contract topics and stances, never an overstated denial', () => {
    expect(SET.length).toBeGreaterThanOrEqual(200);
    for (const { claims } of SET) {
      for (const c of claims) {
        expect(['asserted', 'hedged', 'negated']).toContain(c.stance);
        if (c.stance === 'negated') expect(c.overstated).toBe(false);
      }
    }
  });

  it('is read with high precision and recall, and the right stance', () => {
    const s = score();
    // Printed so a failing run says exactly which sentences moved.
    if (s.problems.length) console.info(`detector misses on the evaluation set:\n${s.problems.join('\n')}`);
    expect(s.precision).toBeGreaterThanOrEqual(0.98);
    expect(s.recall).toBeGreaterThanOrEqual(0.95);
    expect(s.stance).toBeGreaterThanOrEqual(0.98);
    expect(s.overstated).toBeGreaterThanOrEqual(0.98);
  });
});
