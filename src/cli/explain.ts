/**
 * `npm run explain -- "3: Assists with post-workout soreness"`: why the detector says what it says
 * about a text. It prints the claims found (through the same detector the extension uses), then
 * every candidate the learned judge weighed. A candidate is a topic whose term the text names. For
 * each one the output shows what the rules decided, the judge's probability that it is a claim
 * (against the add and veto thresholds), the stance heads' probabilities with each head's strongest
 * features, and the features that pushed the claim head hardest either way. This is the tool for every future miss.
 */
import { findClaims, recordCandidates, type Candidate } from '../detect';
import { shippedModel, sigmoid } from '../detect/model';

const MODEL = shippedModel();

const text = process.argv.slice(2).join(' ').trim();
if (!text) {
  process.stderr.write('Usage: npm run explain -- "some text to explain"\n');
  process.exit(2);
}

const claims = findClaims(text);
console.log(`text: ${text}\n`);
console.log(claims.length === 0 ? 'claims: none' : 'claims:');
for (const c of claims) {
  const phrase = text.slice(c.phrase.start, c.phrase.end);
  console.log(`  ${c.topic} ${c.stance}${c.overstated ? ' (overstated)' : ''}  "${phrase}"`);
}

const seen: Candidate[] = [];
recordCandidates((c) => seen.push(c));
try {
  findClaims(text);
} finally {
  recordCandidates(undefined);
}

const contributions = (w: Record<string, number>, keys: readonly string[]) =>
  keys.map((k) => [k, w[k] ?? 0] as const).filter(([, v]) => v !== 0);

console.log(`\ncandidates (add when p ≥ ${MODEL.addThreshold}, drop a rule's claim when p < ${MODEL.vetoThreshold}):`);
/** The `count` features that weigh most either way, as "key +0.42, key -1.10". */
function strongest(parts: ReadonlyArray<readonly [string, number]>, count: number): string {
  return [...parts]
    .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]))
    .slice(0, count)
    .map(([k, v]) => `${k} ${v > 0 ? '+' : ''}${v.toFixed(2)}`)
    .join(', ');
}

if (seen.length === 0) console.log('  none: no topic term in the text');
for (const c of seen) {
  const parts = contributions(MODEL.w, c.keys);
  const p = sigmoid(MODEL.bias + parts.reduce((s, [, v]) => s + v, 0));
  const verdict =
    c.rule === 'none'
      ? p >= MODEL.addThreshold
        ? 'added by the judge'
        : 'not a claim (below the add threshold)'
      : c.firm
        ? `the rules' ${c.rule} claim kept (a hedged or denied claim with a trigger: never dropped)`
        : p < MODEL.vetoThreshold
          ? `the rules' ${c.rule} claim dropped (below the veto threshold)`
          : `the rules' ${c.rule} claim kept`;
  console.log(`\n  ${c.topic}: rules said ${c.rule}; p(claim) = ${p.toFixed(2)} → ${verdict}`);
  if (MODEL.stance) {
    const stance = (['asserted', 'hedged', 'negated'] as const).map((st) => {
      const head = MODEL.stance![st];
      return `${st} ${sigmoid(head.bias + contributions(head.w, c.keys).reduce((s, [, v]) => s + v, 0)).toFixed(2)}`;
    });
    console.log(`    stance heads: ${stance.join(', ')}`);
    for (const st of ['asserted', 'hedged', 'negated'] as const) {
      console.log(`      ${st}: ${strongest(contributions(MODEL.stance[st].w, c.keys), 6)}`);
    }
  }
  console.log(`    strongest features: ${strongest(parts, 10)}`);
}
