/**
 * The `scan` command (contracts.md §4) as a function: arguments and injected output in, exit status out,
 * so tests run it without spawning a process. `src/cli/scan.ts` wires it to the real process.
 *
 * Decisions the contract leaves open:
 * - File kinds go by extension: `.html`, `.htm`, `.xhtml`, `.shtml` are HTML; `.txt` is plain text;
 *   every other extension (`.md`, none, …) is plain text too, unless it has no known text extension
 *   and its content starts like an HTML document (`<!doctype html` or `<html`, after comments), e.g.
 *   a page saved without an extension. Plain text is one paragraph per line, and every plain-text claim has a `line`.
 * - A file is "scanned" once its text is decoded; it is skipped, named on stderr with the reason, and
 *   makes the exit status 1 when it is missing, a directory or other non-regular file, unreadable,
 *   binary (holds NUL bytes), UTF-16, not valid UTF-8, or empty. Empty (nothing but whitespace after
 *   an optional BOM) counts as unreadable because there is nothing to scan and an empty input is
 *   almost always a mistake (a failed download, a wrong path); `relevant: false` would hide that.
 * - A skipped file has no JSON line: stdout holds one line per scanned file, in input order, and
 *   every object has the contract's fields. The exit status and stderr say what was skipped.
 * - A UTF-8 BOM is stripped. HTML is read from the whole document element (head content is skipped
 *   by the extraction rules), so a page with a stray or missing `<body>` is still read.
 * - Human output and every stderr message show control characters from files and file names as
 *   visible escapes (see `visible`), so a scanned page cannot drive the terminal or forge lines.
 *   `--json` output is exactly what JSON.stringify writes.
 */
import { readFile as fsReadFile, stat } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { countMatMentions } from '../detect';
import { STATUS_LABELS, type Stance, type StatusId, type TopicId } from '../evidence';
import {
  domScopeSource,
  scanScopeToEnd,
  scopeWalkOptions,
  type BlockClaim,
  type ScopeSource,
  type TextBlock,
} from '../page/pipeline';
import { localReader } from '../page/read-text';
import type { BlockCitation } from '../page/cited';
import { findScopes } from '../page/sites';
import { citedSummary, countCited } from '../evidence/citing';
import type { ShownCitation, ShownMisquote } from '../shared/types';

/** Where `runScan` reads and writes. */
export interface ScanIO {
  stdout(s: string): void;
  stderr(s: string): void;
  /**
   * Reads a whole file. Rejects with a Node-style error (`code`: ENOENT, EISDIR, EACCES…) when it
   * cannot. Defaults to node:fs, refusing directories and other non-regular files.
   */
  readFile?: (path: string) => Promise<Uint8Array>;
  /** What relative paths are relative to; defaults to the process's working directory. */
  cwd?: string;
}

/** One claim as the scan command reports it; fields in the contract's order. */
export interface ScannedClaim {
  topic: TopicId;
  stance: Stance;
  overstated: boolean;
  status: StatusId;
  /** 1-based line, for plain-text input. */
  line?: number;
  /** The sentence holding the claim. */
  text: string;
}

/**
 * One citation of research as the scan command reports it (issue 7; an addition to contracts.md §4
 * documented in README.md). `line` is the 1-based line for plain text and null for HTML.
 */
export interface ScannedCitation {
  line: number | null;
  /** The page's words that name the study. */
  text: string;
  /** The knowledge-base reference's stable id, or null: not one of the studies we have reviewed. */
  reference: string | null;
  confidence: number;
  kind: ShownCitation['kind'];
  misquotes: ShownMisquote[];
}

/** What scanning one document found. */
export interface DocumentScan {
  relevant: boolean;
  claims: ScannedClaim[];
  citations: ScannedCitation[];
}

export const USAGE = `Usage: npm run --silent scan -- [--json] PATH...

Marks health claims about acupressure mats in files: .html/.htm pages (read as the
extension reads a page) and plain text (.txt and others: one paragraph per line).

Options:
  --json      one JSON object per scanned file, one per line, in input order
  -h, --help  show this help
  --          end of options: every later argument is a path

Exit status: 0 every file scanned; 1 some file could not be read (named on
stderr); 2 usage error.
`;

const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml', '.shtml']);
const TEXT_EXTENSIONS = new Set(['.txt', '.text', '.md', '.markdown']);

/** A file that cannot be scanned; `reason` completes "scan: FILE: reason, skipped". */
class Unscannable extends Error {}

/** How one argument list reads. */
type ParsedArgs =
  { kind: 'help' } | { kind: 'usage-error'; message: string } | { kind: 'scan'; json: boolean; paths: string[] };

export function parseArgs(argv: readonly string[]): ParsedArgs {
  let json = false;
  let help = false;
  const paths: string[] = [];
  let options = true;
  for (const arg of argv) {
    if (options && arg === '--') options = false;
    else if (options && arg === '--json') json = true;
    else if (options && (arg === '--help' || arg === '-h')) help = true;
    else if (options && arg === '-') {
      return { kind: 'usage-error', message: 'reading standard input is not supported; give a file path' };
    } else if (options && arg.startsWith('-')) {
      return { kind: 'usage-error', message: `unknown option '${visible(arg)}'` };
    } else paths.push(arg);
  }
  if (help) return { kind: 'help' };
  if (paths.length === 0) return { kind: 'usage-error', message: 'no files given' };
  return { kind: 'scan', json, paths };
}

/** Runs the scan command; resolves to its exit status. Never rejects for a bad file, only reports it. */
export async function runScan(argv: readonly string[], io: ScanIO): Promise<number> {
  const args = parseArgs(argv);
  if (args.kind === 'help') {
    io.stdout(USAGE);
    return 0;
  }
  if (args.kind === 'usage-error') {
    io.stderr(`scan: ${args.message}\n\n${USAGE}`);
    return 2;
  }

  const read = io.readFile ?? readRegularFile;
  const cwd = io.cwd ?? process.cwd();
  let skipped = 0;
  const totals = { scanned: 0, relevant: 0, claims: 0, overstated: 0 };

  for (const file of args.paths) {
    let scan: DocumentScan;
    let plainText: boolean;
    try {
      const bytes = await read(isAbsolute(file) ? file : resolve(cwd, file)).catch((err: unknown) => {
        throw new Unscannable(readFailure(err));
      });
      const source = decodeText(bytes);
      plainText = !isHtmlFile(file, source);
      scan = plainText ? scanPlainText(source) : scanHtml(source);
    } catch (err) {
      const reason = err instanceof Unscannable ? err.message : `could not be scanned (${describe(err)})`;
      io.stderr(`scan: ${visible(file)}: ${visible(reason)}, skipped\n`);
      skipped++;
      continue;
    }

    totals.scanned++;
    if (scan.relevant) totals.relevant++;
    totals.claims += scan.claims.length;
    totals.overstated += scan.claims.filter((c) => c.overstated).length;
    if (args.json)
      io.stdout(
        `${JSON.stringify({ file, relevant: scan.relevant, claims: scan.claims, citations: scan.citations })}\n`,
      );
    else io.stdout(formatHuman(file, scan, plainText));
  }

  if (!args.json) io.stdout(formatSummary(args.paths.length, skipped, totals));
  return skipped > 0 ? 1 : 0;
}

/**
 * Bytes to text: refuses UTF-16, binary (NUL bytes), invalid UTF-8 and empty input with an
 * `Unscannable` reason; strips a UTF-8 BOM.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    throw new Unscannable('UTF-16 text (save it as UTF-8)');
  }
  if (bytes.includes(0)) throw new Unscannable('binary file');
  let text: string;
  try {
    // ignoreBOM: false (the default) strips a leading UTF-8 BOM.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Unscannable('not valid UTF-8');
  }
  if (text.trim() === '') throw new Unscannable('empty file');
  return text;
}

function isHtmlFile(file: string, source: string): boolean {
  const ext = extensionOf(file);
  if (HTML_EXTENSIONS.has(ext)) return true;
  if (TEXT_EXTENSIONS.has(ext)) return false;
  // Browsers' "save page" may put a comment first (<!-- saved from url=… -->).
  return /^\s*(?:<!--[^]*?-->\s*)*<(?:!doctype\s+html|html[\s>])/i.test(source.slice(0, 4096));
}

function extensionOf(file: string): string {
  const base = file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
}

/** One non-empty line of a plain-text file: a block of the pipeline, with its 1-based line number. */
interface Paragraph extends TextBlock {
  line: number;
}

/**
 * Scans plain text: one scope whose blocks are its non-empty lines, titled by the first of its
 * opening lines that names a mat, else by its first line. It goes through the same pipeline as a
 * page (src/page/pipeline.ts): the same relevance budget, the same slicing of long lines.
 */
export function scanPlainText(source: string): DocumentScan {
  const lines = source.split(/\r\n|\r|\n/);
  const paragraphs: Paragraph[] = [];
  lines.forEach((text, i) => {
    if (text.trim() !== '') paragraphs.push({ text, line: i + 1 });
  });
  // A saved page starts with its furniture ("Skip to main content", "Customer reviews"): the title
  // is the first of its opening lines that names a mat, else the first line.
  const opening = paragraphs.slice(0, 4).find((p) => countMatMentions(p.text) > 0);
  const title = (opening ?? paragraphs[0])?.text.trim();
  const scope: ScopeSource<readonly Paragraph[], Paragraph> = {
    title: title || undefined,
    relevanceRoots: [paragraphs],
    roots: [paragraphs],
    walk: (root) => root[Symbol.iterator](),
  };
  const scan = scanScopeToEnd(scope, localReader);
  return {
    relevant: scan.relevant,
    claims: scan.blocks.flatMap(({ block, claims }) => claims.map((c) => toScanned(c, block.line))),
    citations: scan.blocks.flatMap(({ block, citations }) => citations.map((c) => toScannedCitation(c, block.line))),
  };
}

/**
 * An HTML page is read the way the extension reads it, through the same pipeline
 * (src/page/pipeline.ts): cut into the same scopes (an Amazon product, each search result, an
 * article and its comments…), each judged on its own, so a saved search page reports the mats'
 * claims and not the yoga mat's. The document is relevant when any scope is.
 */
export function scanHtml(source: string): DocumentScan {
  const doc = parseDocument(source);
  if (!doc.documentElement) throw new Unscannable('could not parse HTML');
  const claims: ScannedClaim[] = [];
  const citations: ScannedCitation[] = [];
  let relevant = false;
  for (const scope of findScopes(doc, { hostname: '', pathname: '' })) {
    const scan = scanScopeToEnd(domScopeSource(scope, scopeWalkOptions(scope)), localReader);
    if (!scan.relevant) continue;
    relevant = true;
    for (const block of scan.blocks) {
      for (const claim of block.claims) claims.push(toScanned(claim, undefined));
      for (const citation of block.citations) citations.push(toScannedCitation(citation, null));
    }
  }
  return { relevant, claims, citations };
}

function parseDocument(source: string): Document {
  const { document } = parseHTML(source);
  // linkedom builds a document without <html> from a fragment ("<p>…" or bare text), and then
  // `document.body` throws; parse such input again inside a full document, as a browser would.
  if (document.documentElement?.localName === 'html') return document;
  return parseHTML(`<!DOCTYPE html><html><head></head><body>${source}</body></html>`).document;
}

/** A shown citation in the README's fields and order. */
function toScannedCitation(c: BlockCitation, line: number | null): ScannedCitation {
  return {
    line,
    text: c.text,
    reference: c.reference,
    confidence: c.confidence,
    kind: c.kind,
    misquotes: c.misquotes,
  };
}

/** A shown claim in the contract's fields and order (JSON.stringify keeps insertion order). */
function toScanned(claim: BlockClaim, line: number | undefined): ScannedClaim {
  return {
    topic: claim.topic,
    stance: claim.stance,
    overstated: claim.overstated,
    status: claim.status,
    ...(line === undefined ? {} : { line }),
    text: claim.sentence,
  };
}

/**
 * Characters that must not reach a terminal raw from a scanned file or a file name: C0 controls
 * (tab and newline included: one would forge an output line), DEL, C1 controls (U+0080–U+009F, some
 * terminals read U+009B as CSI), the line and paragraph separators, and the bidi embeddings,
 * overrides and isolates (U+202A–U+202E, U+2066–U+2069), which reorder what is shown.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE_FOR_TERMINAL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * `text` with each character of `UNSAFE_FOR_TERMINAL` written as visible escape text, the way a
 * JavaScript string literal would: `\xHH` up to U+00FF (ESC is `\x1b`, newline `\x0a`), else
 * `\uHHHH` (`\u202e`), lower-case hex. Everything else, backslashes included, is left as it is.
 */
export function visible(text: string): string {
  return text.replace(UNSAFE_FOR_TERMINAL, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

function formatHuman(rawFile: string, scan: DocumentScan, plainText: boolean): string {
  const file = visible(rawFile);
  if (!scan.relevant) return `${file}: not about acupressure mats — no claims\n`;
  const cited = scan.citations.length === 0 ? '' : `       ${citedSummary(countCited(scan.citations))}\n`;
  if (scan.claims.length === 0) return `${file}: about acupressure mats — no claims found\n${cited}`;
  const head = `${file}: about acupressure mats — ${plural(scan.claims.length, 'claim')}\n`;
  const rows = scan.claims.map((c) => {
    const where = plainText ? String(c.line ?? '').padStart(5) : '     ';
    const flags = [c.topic, c.stance, ...(c.overstated ? ['overstated'] : [])].join(' · ');
    // Runs of whitespace read as one space; what other controls remain is made visible.
    const sentence = visible(c.text.replace(/\s+/g, ' '));
    return `${where}  [${STATUS_LABELS[c.status]}] ${flags}  "${sentence}"\n`;
  });
  return head + rows.join('') + cited;
}

function formatSummary(
  total: number,
  skipped: number,
  t: { scanned: number; relevant: number; claims: number; overstated: number },
): string {
  const parts = [
    `${t.scanned} of ${plural(total, 'file')} scanned`,
    `${t.relevant} about acupressure mats`,
    `${plural(t.claims, 'claim')} (${t.overstated} overstated)`,
  ];
  if (skipped > 0) parts.push(`${skipped} skipped`);
  return `\n${parts.join(', ')}\n`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

async function readRegularFile(path: string): Promise<Uint8Array> {
  const info = await stat(path);
  if (info.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
  // A FIFO or device would block or never end.
  if (!info.isFile()) throw Object.assign(new Error('not a regular file'), { code: 'ENOTREG' });
  return fsReadFile(path);
}

function readFailure(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return 'no such file';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOTREG':
      return 'not a regular file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    case 'ENAMETOOLONG':
      return 'file name too long';
    default:
      return `could not be read (${describe(err)})`;
  }
}

function describe(err: unknown): string {
  if (err && typeof err === 'object') {
    const { code, message } = err as { code?: unknown; message?: unknown };
    if (typeof code === 'string') return code;
    if (typeof message === 'string' && message) return message.split('\n')[0]!;
  }
  return String(err);
}
