/**
 * `npm run eval -- [--details] [DIR…]`: scores the detector, through the same pipeline `scan` uses,
 * on folders of labelled documents (`NAME.txt`, one block per line, beside `NAME.labels.json`).
 * Defaults to the dev corpus and the holdout, each reported on its own. The holdout is for
 * measuring, never for tuning (tests/corpus/README.md).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { evaluate, GoldLabels, prf, summaryLine, type Counts, type EvalDocument, type EvalReport } from './evaluate';
import { scanPlainText } from './run-scan';

export const DEFAULT_DIRS = ['tests/corpus', 'tests/corpus-holdout'];

export interface EvalIO {
  stdout(s: string): void;
  stderr(s: string): void;
  cwd?: string;
}

/**
 * Run the scan pipeline over one plain-text document and pair its claims with the gold labels: the
 * claims are exactly what `scan` reports for the file (every plain-text claim has its line).
 */
export function predictDocument(name: string, gold: GoldLabels, text: string): EvalDocument {
  const scan = scanPlainText(text);
  return {
    name,
    gold,
    lines: text.split(/\r\n|\r|\n/),
    predicted: { relevant: scan.relevant, claims: scan.claims.map((c) => ({ ...c, line: c.line ?? 0 })) },
  };
}

/** Read one folder's labelled documents and run the pipeline over each. Bad files are named and skipped. */
export async function loadAndPredict(dir: string, io: EvalIO): Promise<{ docs: EvalDocument[]; skipped: number }> {
  const names = (await readdir(dir)).filter((f) => f.endsWith('.txt')).sort();
  const docs: EvalDocument[] = [];
  let skipped = 0;
  for (const file of names) {
    const name = file.slice(0, -'.txt'.length);
    let text: string;
    let gold: GoldLabels;
    try {
      text = await readFile(join(dir, file), 'utf8');
      const raw: unknown = JSON.parse(await readFile(join(dir, `${name}.labels.json`), 'utf8'));
      const parsed = GoldLabels.safeParse(raw);
      if (!parsed.success)
        throw new Error(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
      gold = parsed.data;
    } catch (err) {
      io.stderr(`eval: ${join(dir, file)}: ${err instanceof Error ? err.message : String(err)}, skipped\n`);
      skipped += 1;
      continue;
    }
    docs.push(predictDocument(name, gold, text));
  }
  return { docs, skipped };
}

const pct = (x: number) => x.toFixed(2);

function table(title: string, rows: Map<string, Counts>): string {
  const out = [`${title.padEnd(16)}    P     R    F1   gold  found`];
  for (const [key, c] of [...rows].sort((a, b) => a[0].localeCompare(b[0]))) {
    const s = prf(c);
    out.push(
      `${key.padEnd(16)} ${pct(s.p)}  ${pct(s.r)}  ${pct(s.f1)}  ${String(c.tp + c.fn).padStart(5)}  ${String(c.tp + c.fp).padStart(5)}`,
    );
  }
  return out.join('\n');
}

export function formatReport(dir: string, report: EvalReport, details: boolean): string {
  const parts = [`== ${dir}`, table('topic', report.byTopic), '', table('genre', report.byGenre)];
  if (details) {
    const kinds = ['relevance', 'miss', 'spurious', 'stance', 'over-miss', 'over-spurious'] as const;
    for (const kind of kinds) {
      const list = report.problems.filter((p) => p.kind === kind);
      if (list.length === 0) continue;
      parts.push('', `-- ${kind} (${list.length})`);
      for (const p of list) parts.push(`${p.doc}${p.line ? `:${p.line}` : ''}  ${p.detail}`);
    }
  }
  parts.push('', summaryLine(report));
  return parts.join('\n') + '\n';
}

/** Runs the eval command; resolves to its exit status (1 when a file was skipped, 2 for bad usage). */
export async function runEval(argv: readonly string[], io: EvalIO): Promise<number> {
  let details = false;
  const dirs: string[] = [];
  for (const arg of argv) {
    if (arg === '--details') details = true;
    else if (arg.startsWith('-')) {
      io.stderr(`eval: unknown option '${arg}'\nUsage: npm run eval -- [--details] [DIR…]\n`);
      return 2;
    } else dirs.push(arg);
  }
  const cwd = io.cwd ?? process.cwd();
  let status = 0;
  for (const dir of dirs.length > 0 ? dirs : DEFAULT_DIRS) {
    let loaded: Awaited<ReturnType<typeof loadAndPredict>>;
    try {
      loaded = await loadAndPredict(resolve(cwd, dir), io);
    } catch (err) {
      io.stderr(`eval: ${dir}: ${err instanceof Error ? err.message : String(err)}\n`);
      status = 1;
      continue;
    }
    if (loaded.skipped > 0) status = 1;
    io.stdout(formatReport(dir, evaluate(loaded.docs), details));
  }
  return status;
}
