/**
 * Scoring the detector against labelled documents (the accuracy corpora in tests/corpus and
 * tests/corpus-holdout, labelled by ../shared/labelling.md). Pure: gold labels and predictions in,
 * figures out; `run-eval.ts` reads the folders and runs the same pipeline as `scan`.
 *
 * The metrics, exactly as issue 12 defines them:
 * - detection P/R/F1, micro-averaged over (file, line, topic) pairs whose stance is asserted or
 *   hedged, on each side (a gold-negated pair predicted asserted/hedged is a false positive);
 * - neg: the share of gold-negated pairs not predicted asserted or hedged;
 * - stance: accuracy over pairs present on both sides (any stance);
 * - over-F1: by line; a line is predicted overstated when any claim on it is;
 * - relevance: documents whose relevant flag matches.
 * Several predicted claims with one (line, topic) merge: a detection when any is asserted or hedged,
 * the stance by majority (ties go to the first one on the line).
 */
import { z } from '../shared/zod-messages';
import { Stance, TopicId } from '../evidence/ids';

/** One labelled document's `NAME.labels.json`. */
export const GoldLabels = z.object({
  relevant: z.boolean(),
  genre: z.string().check(z.minLength(1)),
  lines: z.record(
    z.string().check(z.regex(/^[1-9][0-9]*$/, 'line numbers are 1-based integers')),
    z.object({
      claims: z.array(z.object({ topic: TopicId, stance: Stance })).check(z.minLength(1)),
      overstated: z.boolean(),
    }),
  ),
});
export type GoldLabels = z.infer<typeof GoldLabels>;

/** One claim the pipeline reported for a line. */
export interface PredictedClaim {
  line: number;
  topic: z.infer<typeof TopicId>;
  stance: z.infer<typeof Stance>;
  overstated: boolean;
  text?: string;
}

export interface DocumentPrediction {
  relevant: boolean;
  claims: readonly PredictedClaim[];
}

export interface EvalDocument {
  name: string;
  gold: GoldLabels;
  predicted: DocumentPrediction;
  /** The document's lines (1-based: lines[0] is line 1), for --details. */
  lines?: readonly string[];
}

/** Counts for P/R/F1. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Problem {
  kind: 'miss' | 'spurious' | 'stance' | 'over-miss' | 'over-spurious' | 'relevance';
  doc: string;
  line?: number;
  topic?: string;
  detail: string;
}

export interface EvalReport {
  detection: Counts;
  negated: { total: number; kept: number };
  stance: { total: number; right: number };
  overstated: Counts;
  relevance: { total: number; right: number };
  byTopic: Map<string, Counts>;
  byGenre: Map<string, Counts>;
  problems: Problem[];
}

type Stance_ = PredictedClaim['stance'];
const isClaim = (s: Stance_) => s === 'asserted' || s === 'hedged';

/** Merge predicted claims per (line, topic): detection if any asserted/hedged, stance by majority. */
export function mergePredictions(
  claims: readonly PredictedClaim[],
): Map<string, { stance: Stance_; detected: boolean }> {
  const groups = new Map<string, Stance_[]>();
  for (const c of claims) {
    const key = `${c.line}\u0000${c.topic}`;
    const list = groups.get(key);
    if (list) list.push(c.stance);
    else groups.set(key, [c.stance]);
  }
  const out = new Map<string, { stance: Stance_; detected: boolean }>();
  for (const [key, stances] of groups) {
    const tally = new Map<Stance_, number>();
    for (const s of stances) tally.set(s, (tally.get(s) ?? 0) + 1);
    let best = stances[0]!;
    for (const s of stances) if (tally.get(s)! > tally.get(best)!) best = s;
    out.set(key, { stance: best, detected: stances.some(isClaim) });
  }
  return out;
}

const add = (map: Map<string, Counts>, key: string, field: keyof Counts) => {
  const c = map.get(key) ?? { tp: 0, fp: 0, fn: 0 };
  c[field] += 1;
  map.set(key, c);
};

/** Score documents. Predictions for a document judged irrelevant are empty by construction. */
export function evaluate(docs: readonly EvalDocument[]): EvalReport {
  const report: EvalReport = {
    detection: { tp: 0, fp: 0, fn: 0 },
    negated: { total: 0, kept: 0 },
    stance: { total: 0, right: 0 },
    overstated: { tp: 0, fp: 0, fn: 0 },
    relevance: { total: 0, right: 0 },
    byTopic: new Map(),
    byGenre: new Map(),
    problems: [],
  };
  for (const doc of docs) {
    const { gold, predicted, name } = doc;
    const text = (line: number) => doc.lines?.[line - 1] ?? '';
    report.relevance.total += 1;
    if (gold.relevant === predicted.relevant) report.relevance.right += 1;
    else
      report.problems.push({
        kind: 'relevance',
        doc: name,
        detail: `relevant: gold ${gold.relevant}, predicted ${predicted.relevant}`,
      });

    const goldPairs = new Map<string, Stance_>();
    const goldOver = new Set<number>();
    for (const [lineKey, entry] of Object.entries(gold.lines)) {
      for (const c of entry.claims) goldPairs.set(`${lineKey}\u0000${c.topic}`, c.stance);
      if (entry.overstated) goldOver.add(Number(lineKey));
    }
    const predPairs = mergePredictions(predicted.claims);
    const predOver = new Set(predicted.claims.filter((c) => c.overstated).map((c) => c.line));

    for (const [key, goldStance] of goldPairs) {
      const [lineKey, topic] = key.split('\u0000') as [string, string];
      const line = Number(lineKey);
      const pred = predPairs.get(key);
      if (pred) {
        report.stance.total += 1;
        if (pred.stance === goldStance) report.stance.right += 1;
        else
          report.problems.push({
            kind: 'stance',
            doc: name,
            line,
            topic,
            detail: `${topic}: gold ${goldStance}, predicted ${pred.stance} | ${text(line)}`,
          });
      }
      if (isClaim(goldStance)) {
        if (pred?.detected) {
          report.detection.tp += 1;
          add(report.byTopic, topic, 'tp');
          add(report.byGenre, gold.genre, 'tp');
        } else {
          report.detection.fn += 1;
          add(report.byTopic, topic, 'fn');
          add(report.byGenre, gold.genre, 'fn');
          report.problems.push({
            kind: 'miss',
            doc: name,
            line,
            topic,
            detail: `${topic} ${goldStance} | ${text(line)}`,
          });
        }
      } else {
        report.negated.total += 1;
        if (!pred?.detected) report.negated.kept += 1;
      }
    }
    for (const [key, pred] of predPairs) {
      if (!pred.detected) continue;
      const goldStance = goldPairs.get(key);
      if (goldStance !== undefined && isClaim(goldStance)) continue;
      const [lineKey, topic] = key.split('\u0000') as [string, string];
      const line = Number(lineKey);
      report.detection.fp += 1;
      add(report.byTopic, topic, 'fp');
      add(report.byGenre, gold.genre, 'fp');
      report.problems.push({
        kind: 'spurious',
        doc: name,
        line,
        topic,
        detail: `${topic} ${pred.stance}${goldStance ? ` (gold ${goldStance})` : ''} | ${text(line)}`,
      });
    }
    for (const line of goldOver) {
      if (predOver.has(line)) report.overstated.tp += 1;
      else {
        report.overstated.fn += 1;
        report.problems.push({ kind: 'over-miss', doc: name, line, detail: text(line) });
      }
    }
    for (const line of predOver) {
      if (goldOver.has(line)) continue;
      report.overstated.fp += 1;
      report.problems.push({ kind: 'over-spurious', doc: name, line, detail: text(line) });
    }
  }
  return report;
}

/** Precision, recall and F1 of counts (1 where nothing was to be found or claimed). */
export function prf(c: Counts): { p: number; r: number; f1: number } {
  const p = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return { p, r, f1 };
}

/** The summary figures of a report. */
export function summaryFigures(report: EvalReport) {
  const d = prf(report.detection);
  return {
    p: d.p,
    r: d.r,
    f1: d.f1,
    neg: report.negated.total === 0 ? 1 : report.negated.kept / report.negated.total,
    stance: report.stance.total === 0 ? 1 : report.stance.right / report.stance.total,
    overF1: prf(report.overstated).f1,
    relevanceRight: report.relevance.right,
    relevanceTotal: report.relevance.total,
  };
}

/** The last line of an eval report: `detect P=0.93 R=0.88 F1=0.90 neg=0.95 stance=0.81 over-F1=0.85 relevance=14/14`. */
export function summaryLine(report: EvalReport): string {
  const s = summaryFigures(report);
  const f = (x: number) => x.toFixed(2);
  return `detect P=${f(s.p)} R=${f(s.r)} F1=${f(s.f1)} neg=${f(s.neg)} stance=${f(s.stance)} over-F1=${f(s.overF1)} relevance=${s.relevanceRight}/${s.relevanceTotal}`;
}
