/**
 * `npm run eval:citations -- [--details] FILE…`: scores citation recognition and reference
 * matching on labelled JSONL files (tests/citations/dev.jsonl; the
 * held-out tests/citations-holdout/holdout.jsonl only when the work is done). Each line:
 * `{"id", "text", "mentions": [{"quote", "reference", "kind", "misquotes"}]}`.
 *
 * A predicted mention counts as found when its span overlaps a labelled quote (one prediction per
 * quote). Reference precision: right references among the found and spurious mentions given one;
 * reference recall: right references among the labelled mentions that name one. A line that is
 * not valid JSON or not the shape above is named and skipped.
 *
 * It scores what a user sees: the citations of src/page/cited.ts, which the scan pipeline gives the
 * page's marks and `scan --json`.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from '../shared/zod-messages';
import { citationsInText } from '../page/cited';
import type { CommandIO } from './command';

const Item = z.object({
  id: z.string(),
  text: z.string(),
  mentions: z.array(
    z.object({
      quote: z.string(),
      reference: z.nullable(z.string()),
      misquotes: z._default(z.array(z.object({ field: z.string(), stated: z.string() })), []),
    }),
  ),
});
type Item = z.infer<typeof Item>;

export interface CitationCounts {
  gold: number;
  found: number;
  matched: number;
  refGold: number;
  refPredicted: number;
  refRight: number;
  /** Misquote flags: labelled, raised, right (same field, overlapping words), and raised on a correct citation. */
  misGold: number;
  misFlagged: number;
  misRight: number;
  misOnCorrect: number;
}

/** Scores one labelled item; `note` receives each miss, spurious mention and wrong reference. */
export function scoreItem(item: Item, counts: CitationCounts, note: (line: string) => void = () => {}): void {
  const predicted = citationsInText(item.text).map((c) => ({ m: { ...c.found, text: c.text }, c }));
  counts.found += predicted.length;
  const used = new Set<number>();
  for (const gold of item.mentions) {
    counts.gold += 1;
    counts.misGold += gold.misquotes.filter((m) => m.field !== 'finding').length;
    if (gold.reference) counts.refGold += 1;
    const start = item.text.indexOf(gold.quote);
    const end = start + gold.quote.length;
    const i = predicted.findIndex((p, k) => !used.has(k) && p.m.start < end && start < p.m.end);
    if (i < 0) {
      note(`miss      ${item.id} ${gold.reference ?? 'null'} | ${gold.quote}`);
      continue;
    }
    used.add(i);
    counts.matched += 1;
    const { c } = predicted[i]!;
    const got = c.reference;
    const flags = c.misquotes.map((m, k) => ({ ...m, start: c.misquoteStarts[k]! }));
    counts.misFlagged += flags.length;
    if (gold.misquotes.length === 0) counts.misOnCorrect += flags.length;
    for (const flag of flags) {
      const right = gold.misquotes.some((g) => {
        const s = item.text.indexOf(g.stated);
        return (
          g.field === flag.field && s >= 0 && s < flag.start + flag.stated.length && flag.start < s + g.stated.length
        );
      });
      if (right) counts.misRight += 1;
      else note(`misquote  ${item.id} ${flag.field} "${flag.stated}" (facts: ${flag.actual}) | ${gold.quote}`);
    }
    if (got) counts.refPredicted += 1;
    if (got && got === gold.reference) counts.refRight += 1;
    else if (got !== gold.reference)
      note(`reference ${item.id} ${gold.reference ?? 'null'} → ${got ?? 'null'} | ${gold.quote}`);
  }
  predicted.forEach((p, k) => {
    if (used.has(k)) return;
    if (p.c.reference) counts.refPredicted += 1;
    note(`spurious  ${item.id} ${p.c.reference ?? 'null'} | ${p.m.text}`);
  });
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b).toFixed(2);

export function summary(c: CitationCounts): string {
  return (
    `citations mentions P=${ratio(c.matched, c.found)} R=${ratio(c.matched, c.gold)} ` +
    `reference P=${ratio(c.refRight, c.refPredicted)} R=${ratio(c.refRight, c.refGold)} ` +
    `misquotes P=${ratio(c.misRight, c.misFlagged)} R=${ratio(c.misRight, c.misGold)} on-correct=${c.misOnCorrect} ` +
    `(${c.gold} labelled, ${c.found} found, ${c.refRight}/${c.refGold} references right)`
  );
}

export function runEvalCitations(argv: readonly string[], io: CommandIO): Promise<number> {
  return Promise.resolve(evalCitations(argv, io));
}

function evalCitations(argv: readonly string[], io: CommandIO): number {
  const details = argv.includes('--details');
  const files = argv.filter((a) => !a.startsWith('-'));
  if (files.length === 0 || argv.some((a) => a.startsWith('-') && a !== '--details')) {
    io.stderr('Usage: npm run eval:citations -- [--details] FILE.jsonl…\n');
    return 2;
  }
  let status = 0;
  for (const file of files) {
    const path = resolve(io.cwd ?? process.cwd(), file);
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      io.stderr(`eval:citations: cannot read ${file}: ${(error as Error).message}\n`);
      status = 1;
      continue;
    }
    const counts: CitationCounts = {
      gold: 0,
      found: 0,
      matched: 0,
      refGold: 0,
      refPredicted: 0,
      refRight: 0,
      misGold: 0,
      misFlagged: 0,
      misRight: 0,
      misOnCorrect: 0,
    };
    text.split('\n').forEach((line, i) => {
      if (!line.trim()) return;
      let item: Item;
      try {
        item = Item.parse(JSON.parse(line));
      } catch {
        io.stderr(`eval:citations: ${file}:${i + 1} is not a labelled item; skipped\n`);
        status = 1;
        return;
      }
      scoreItem(item, counts, details ? (s) => io.stdout(`${s}\n`) : undefined);
    });
    io.stdout(`== ${file}\n${summary(counts)}\n`);
  }
  return status;
}
