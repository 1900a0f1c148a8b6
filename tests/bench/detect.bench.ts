/**
 * `npm run bench:detect`: detector throughput against a floor measured in the same run.
 * The floor is one combined, case-insensitive regular expression of every topic term, run over the
 * same paragraphs: the least any detector of these terms could do. The ratio is what matters.
 */
import { performance } from 'node:perf_hooks';
import { findClaims, TERMS } from '../../src/detect';
import { generateParagraphs } from './corpus';

/** The text measured: about a quarter of its sentences are claims (then a tenth, at the end). */
let paragraphs = generateParagraphs(2 * 1024 * 1024);
const chars = paragraphs.reduce((n, p) => n + p.length, 0);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const floorPattern = new RegExp(
  `\\b(?:${[...new Set(TERMS.map((t) => t.words.join(' ')))]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|')})\\b`,
  'gi',
);

function floor(): number {
  let matches = 0;
  for (const p of paragraphs) {
    floorPattern.lastIndex = 0;
    while (floorPattern.exec(p) !== null) matches++;
  }
  return matches;
}

function detector(): number {
  let claims = 0;
  for (const p of paragraphs) claims += findClaims(p).length;
  return claims;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function measure(fn: () => number, rounds: number): { ms: number; result: number } {
  let result = 0;
  for (let i = 0; i < 3; i++) result = fn(); // warm up the JIT
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t0 = performance.now();
    result = fn();
    times.push(performance.now() - t0);
  }
  return { ms: median(times), result };
}

const rounds = Number(process.env.BENCH_ROUNDS ?? 9);
// Interleave so that both see the same machine conditions.
const f1 = measure(floor, rounds);
const d1 = measure(detector, rounds);
const f2 = measure(floor, rounds);
const d2 = measure(detector, rounds);
const floorMs = Math.min(f1.ms, f2.ms);
const detectMs = Math.min(d1.ms, d2.ms);
const mb = chars / (1024 * 1024);

console.log(`text: ${mb.toFixed(2)} MB in ${paragraphs.length} paragraphs`);
console.log(
  `floor (one combined regex, ${floorPattern.source.length} chars): ${floorMs.toFixed(1)} ms, ${(mb / (floorMs / 1000)).toFixed(1)} MB/s, ${f1.result} term matches`,
);
console.log(
  `detector (findClaims per paragraph): ${detectMs.toFixed(1)} ms, ${(mb / (detectMs / 1000)).toFixed(1)} MB/s, ${d1.result} claims`,
);
console.log(`ratio detector/floor: ${(detectMs / floorMs).toFixed(2)}x (target: within 2x, aim for 1.5x)`);

// The same with fewer claims (10% of sentences), as on pages that mention a claim here and there.
paragraphs = generateParagraphs(2 * 1024 * 1024, 0.1);
const chars10 = paragraphs.reduce((n, p) => n + p.length, 0);
const f3 = measure(floor, rounds);
const d3 = measure(detector, rounds);
const f4 = measure(floor, rounds);
const d4 = measure(detector, rounds);
const floorMs10 = Math.min(f3.ms, f4.ms);
const detectMs10 = Math.min(d3.ms, d4.ms);
const mb10 = chars10 / (1024 * 1024);
console.log(
  `claim share 10%: floor ${floorMs10.toFixed(1)} ms, ${(mb10 / (floorMs10 / 1000)).toFixed(1)} MB/s; ` +
    `detector ${detectMs10.toFixed(1)} ms, ${(mb10 / (detectMs10 / 1000)).toFixed(1)} MB/s, ${d3.result} claims; ` +
    `ratio ${(detectMs10 / floorMs10).toFixed(2)}x`,
);
