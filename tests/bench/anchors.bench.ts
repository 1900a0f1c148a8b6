/**
 * `npm run bench:anchors`: the shared page benchmark (`../shared/bench/anchors.mjs`, the reference
 * for issue 8) with the built extension, then one line of ratios per page against the anchors
 * measured in the same run: Pointwise's main-thread time (the sum of its `pointwise:scan`
 * measures) over floor-match, mark.js over Pointwise, and Pointwise's longest task, each beside the
 * issue's target. Medians of `BENCH_RUNS` (default 5) page loads.
 *
 * The harness needs diagnostics on in the extension (it sets them itself) and Debian's Chromium.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CHROME_EXTENSION_DIR, ROOT_DIR } from '../e2e/paths';

const HARNESS = resolve(ROOT_DIR, '../shared/bench/anchors.mjs');
const RUNS = process.env.BENCH_RUNS ?? '5';

interface Stat {
  median: number;
}
interface Report {
  anchors: Array<{ page: string; method: string; scriptMs: Stat }>;
  extension?: { pages: Array<{ page: string; scanTotalMs: Stat; scanMaxMs: Stat; scans: Stat }> };
}

/** Issue 8's bars, per page. */
const TARGETS: Record<
  string,
  { total: string; longest: number; mark?: number; floorRatio?: number; totalMs?: number }
> = {
  'news-typical': { total: '≤ 5 ms', totalMs: 5, longest: 5 },
  'amazon-typical': { total: '≤ 3× floor-match', floorRatio: 3, longest: 30 },
  'blog-typical': { total: '≤ 3× floor-match', floorRatio: 3, longest: 30 },
  'amazon-huge': { total: '≤ 3× floor-match', floorRatio: 3, longest: 30, mark: 2 },
  'blog-huge': { total: '≤ 3× floor-match', floorRatio: 3, longest: 30, mark: 2 },
};

function main(): void {
  if (!existsSync(HARNESS)) throw new Error(`no shared benchmark at ${HARNESS}`);
  if (!existsSync(join(CHROME_EXTENSION_DIR, 'manifest.json'))) throw new Error('build first: npm run build');
  const out = join(mkdtempSync(join(tmpdir(), 'pointwise-anchors-')), 'anchors.json');
  const run = spawnSync(
    process.execPath,
    [HARNESS, '--extension', CHROME_EXTENSION_DIR, '--runs', RUNS, '--out', out, ...process.argv.slice(2)],
    { cwd: ROOT_DIR, stdio: 'inherit' },
  );
  if (run.status !== 0) process.exit(run.status ?? 1);
  const report = JSON.parse(readFileSync(out, 'utf8')) as Report;
  const anchor = (page: string, method: string) =>
    report.anchors.find((a) => a.page === page && a.method === method)?.scriptMs.median;
  console.log(`\nPointwise against the anchors of the same run (medians of ${RUNS}):`);
  for (const ext of report.extension?.pages ?? []) {
    const target = TARGETS[ext.page];
    const total = ext.scanTotalMs.median;
    const longest = ext.scanMaxMs.median;
    const floor = anchor(ext.page, 'floor-match');
    const mark = anchor(ext.page, 'markjs');
    const parts = [
      `total ${total.toFixed(1)} ms in ${ext.scans.median} measures` + (target ? ` (target ${target.total})` : ''),
      floor ? `${(total / floor).toFixed(1)}× floor-match` : 'floor-match not measured',
      mark
        ? `mark.js/Pointwise ${(mark / total).toFixed(2)}×` + (target?.mark ? ` (target ≥ ${target.mark}×)` : '')
        : '',
      `longest ${longest.toFixed(1)} ms` + (target ? ` (target ≤ ${target.longest})` : ''),
    ].filter(Boolean);
    const met =
      target &&
      longest <= target.longest &&
      (target.totalMs === undefined || total <= target.totalMs) &&
      (target.floorRatio === undefined || (floor !== undefined && total <= target.floorRatio * floor)) &&
      (target.mark === undefined || (mark !== undefined && mark >= target.mark * total));
    console.log(`  ${ext.page.padEnd(15)} ${parts.join('; ')}${target ? (met ? '  — met' : '  — not met') : ''}`);
  }
}

main();
