import { describe, expect, it } from 'vitest';
import { findClaims, useModelWeights } from '../../src/detect';
import { packModel, shippedModel, shippedTable, unpackModel, type ModelWeights } from '../../src/detect/model';

const small: ModelWeights = {
  addThreshold: 0.6,
  vetoThreshold: 0.2,
  stanceConfidence: 0.7,
  bias: -0.5,
  w: { 'u:relieves': 1.5, 'b:relieves': 0.25, 'a:pain': -0.75, 't:pain': 0.5, 'r:none': -1 },
  stance: {
    asserted: { bias: 0.1, w: { 'u:relieves': 2, 'f:heading': -0.5 } },
    hedged: { bias: -0.1, w: { 'u:may': 3 } },
    negated: { bias: -0.2, w: { 'u:not': 3, 'b:relieves': -1 } },
  },
};

describe('the packed weight table', () => {
  it('writes each word once for all the heads and unpacks to the same table', () => {
    const packed = packModel(small);
    expect(packed.words).toEqual(['relieves', 'pain', 'may', 'not']);
    expect(packed.heads).toHaveLength(4);
    expect(packed.heads[0]!.u).toEqual([0, 1.5]);
    expect(packed.heads[0]!.keys).toEqual({ 't:pain': 0.5, 'r:none': -1 });
    expect(unpackModel(packed)).toEqual(small);
  });

  it('keeps a table without stance heads', () => {
    const { stance: _stance, stanceConfidence: _confidence, ...plain } = small;
    expect(unpackModel(packModel(plain))).toEqual(plain);
  });

  it('ships a table that unpacks and packs back to itself', () => {
    expect(packModel(shippedModel())).toEqual(shippedTable());
  });

  it('judges with a table given while training exactly as with the same table shipped', () => {
    const text = '3: Assists with post-workout soreness. Deep Relaxation. I nod off within minutes now.';
    const shipped = findClaims(text);
    expect(shipped.length).toBeGreaterThan(0);
    try {
      useModelWeights(shippedModel());
      expect(findClaims(text)).toEqual(shipped);
      // A table that adds nothing and drops nothing of the rules' finds less on this line.
      useModelWeights({ addThreshold: 2, vetoThreshold: -1, bias: 0, w: {} });
      expect(findClaims(text).length).toBeLessThan(shipped.length);
    } finally {
      useModelWeights(undefined);
    }
  });
});

describe('the stance heads and a plain assertion', () => {
  // A table whose hedged head has learned one ordinary word hard, as a bag of words does from a
  // handful of lines ("timer", "single").
  const timerHedges: ModelWeights = {
    addThreshold: 2,
    vetoThreshold: -1,
    stanceConfidence: 0.5,
    bias: 3,
    w: {},
    stance: {
      asserted: { bias: 0, w: { 'u:timer': -4 } },
      hedged: { bias: 0, w: { 'u:timer': 4 } },
      negated: { bias: -4, w: { 'u:timer': -4 } },
    },
  };
  const stances = (text: string) => findClaims(text).map((c) => `${c.topic} ${c.stance}`);

  it('does not hedge a claim stated in the page’s own voice on word weights alone', () => {
    try {
      useModelWeights(timerHedges);
      expect(stances('When the timer goes off, the mat has eased the tension in my shoulders.')).toEqual([
        'muscle-tension asserted',
      ]);
    } finally {
      useModelWeights(undefined);
    }
  });

  it('still lets them decide a sentence that carries a cue of its own', () => {
    const line = '5.0 out of 5 stars When the timer goes off, the mat has eased the tension in my shoulders.';
    expect(stances(line)).toEqual(['muscle-tension asserted']);
    try {
      useModelWeights(timerHedges);
      // A rating line is a review's verdict: the heads may hedge it.
      expect(stances(line)).toEqual(['muscle-tension hedged']);
    } finally {
      useModelWeights(undefined);
    }
  });
});
