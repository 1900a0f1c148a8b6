/**
 * The scan command's human output and stderr show control characters from scanned text and file
 * names as visible escapes (a page or a file name must not clear the screen, retitle the window or
 * forge output lines); --json output stays exactly what JSON.stringify writes.
 */
import { describe, expect, it } from 'vitest';
import { runScan, visible, type ScanIO } from '../../src/cli/run-scan';

const ESC = '\x1b';
const CLEAR = `${ESC}[2J`;
const TITLE = `${ESC}]0;owned${'\x07'}`;
/** A claim line carrying terminal escapes, a C1 CSI, a bidi override and a DEL. */
const HOSTILE_LINE = `It relieves back pain.${CLEAR}${TITLE} \u009b31m \u202eevil\u202c \u2066x\u2069 \x7f end`;
const NOTES = ['Notes on my new acupressure mat', '', HOSTILE_LINE, 'The box was blue.'].join('\n');
/** A file name that would forge an output line, with a title sequence in it too. */
const NAME = `notes.txt\n/tmp/fake.txt: about acupressure mats — 99 claims${TITLE}`;

/** Every character that must never reach the terminal raw. */
// eslint-disable-next-line no-control-regex -- looking for control characters is the point
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

async function run(argv: string[], files: Record<string, string>) {
  let out = '';
  let err = '';
  const io: ScanIO = {
    stdout: (s) => {
      out += s;
    },
    stderr: (s) => {
      err += s;
    },
    cwd: '/scan',
    readFile: (path) => {
      const name = path.slice('/scan/'.length);
      const text = files[name];
      if (text === undefined) return Promise.reject(Object.assign(new Error('missing'), { code: 'ENOENT' }));
      return Promise.resolve(new TextEncoder().encode(text));
    },
  };
  const code = await runScan(argv, io);
  return { code, out, err };
}

describe('visible', () => {
  it.each<[string, string]>([
    [CLEAR, '\\x1b[2J'],
    [TITLE, '\\x1b]0;owned\\x07'],
    ['a\tb\nc\rd', 'a\\x09b\\x0ac\\x0dd'],
    ['\x00\x7f\u0085\u009b', '\\x00\\x7f\\x85\\x9b'],
    ['\u202a\u202e\u2066\u2069\u2028', '\\u202a\\u202e\\u2066\\u2069\\u2028'],
    ['plain café — ‘quotes’ C:\\dir', 'plain café — ‘quotes’ C:\\dir'],
  ])('%j → %s', (raw, shown) => expect(visible(raw)).toBe(shown));
});

describe('human output', () => {
  it('shows escapes in scanned text and a newline in a file name as visible text', async () => {
    const { code, out, err } = await run([NAME], { [NAME]: NOTES });
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out).not.toMatch(RAW_CONTROL);
    expect(out).not.toContain(ESC);
    // Only our own lines: the file's line, its claim, the blank line and the summary.
    const lines = out.split('\n');
    expect(lines[0]).toBe(
      'notes.txt\\x0a/tmp/fake.txt: about acupressure mats — 99 claims\\x1b]0;owned\\x07: about acupressure mats — 1 claim',
    );
    expect(lines[1]).toContain('"It relieves back pain.\\x1b[2J\\x1b]0;owned\\x07 \\x9b31m \\u202eevil\\u202c');
    expect(lines[1]).toContain('\\u2066x\\u2069 \\x7f end"');
    expect(lines.slice(2)).toEqual(['', '1 of 1 file scanned, 1 about acupressure mats, 1 claim (0 overstated)', '']);
  });

  it('names an unreadable file on stderr without its control characters', async () => {
    const { code, out, err } = await run([NAME, 'ok.txt'], { 'ok.txt': NOTES });
    expect(code).toBe(1);
    expect(err).toBe(
      'scan: notes.txt\\x0a/tmp/fake.txt: about acupressure mats — 99 claims\\x1b]0;owned\\x07: no such file, skipped\n',
    );
    expect(out).not.toMatch(RAW_CONTROL);
  });

  it('shows an unknown option without its control characters', async () => {
    const { code, err } = await run([`--x${CLEAR}`], {});
    expect(code).toBe(2);
    expect(err.startsWith("scan: unknown option '--x\\x1b[2J'\n")).toBe(true);
  });
});

describe('JSON output', () => {
  it('is left exactly as JSON.stringify writes it', async () => {
    const { code, out } = await run(['--json', NAME], { [NAME]: NOTES });
    expect(code).toBe(0);
    const parsed = JSON.parse(out) as { file: string; relevant: boolean; claims: { text: string }[] };
    expect(out).toBe(`${JSON.stringify(parsed)}\n`);
    expect(parsed.file).toBe(NAME);
    expect(parsed.claims).toHaveLength(1);
    expect(parsed.claims[0]!.text).toContain(`pain.${CLEAR}${TITLE} \u009b31m \u202eevil\u202c`);
    // JSON.stringify's own escaping, not ours: \u001b for ESC, and C1 and bidi characters as they are.
    expect(out).toContain('\\u001b[2J');
    expect(out).toContain('\u009b31m \u202eevil');
    expect(out).not.toContain('\\x1b');
  });
});
