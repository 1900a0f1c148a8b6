import { execFile, execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, test } from 'vitest';
import { decodeText, runScan, USAGE, type ScanIO } from '../../src/cli/run-scan';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pointwise-scan-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Writes a file in the temp directory and returns its absolute path. */
async function file(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

async function run(argv: string[], io: Partial<ScanIO> = {}): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runScan(argv, {
    stdout: (s) => {
      out += s;
    },
    stderr: (s) => {
      err += s;
    },
    ...io,
  });
  return { code, out, err };
}

function jsonLines(out: string): Record<string, unknown>[] {
  expect(out.endsWith('\n')).toBe(true);
  return out
    .slice(0, -1)
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

// Example documents, written for these tests.
const MAT_NOTES = ['Notes on my new acupressure mat', '', 'It relieves back pain.', 'The box was blue.'].join('\n');
const TEA_NOTES = ['Evening tea notes', 'Chamomile tea is said to calm the mind before bed.'].join('\n');

describe('usage', () => {
  test.each([
    ['no arguments', [], 'no files given'],
    ['only --json', ['--json'], 'no files given'],
    ['unknown option', ['--jsn', 'a.txt'], "unknown option '--jsn'"],
    ['unknown short option', ['-x', 'a.txt'], "unknown option '-x'"],
    ['standard input', ['-'], 'reading standard input is not supported'],
  ])('%s exits 2 with usage on stderr', async (_name, argv, message) => {
    const { code, out, err } = await run(argv);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain(`scan: ${message}`);
    expect(err).toContain('Usage: npm run --silent scan -- [--json] PATH...');
  });

  test.each([['--help'], ['-h']])('%s prints usage to stdout and exits 0', async (flag) => {
    const { code, out, err } = await run([flag]);
    expect(code).toBe(0);
    expect(out).toBe(USAGE);
    expect(err).toBe('');
  });

  it('takes every argument after -- as a path', async () => {
    await file('--json', TEA_NOTES);
    const { code, out, err } = await run(['--json', '--', '--json'], { cwd: dir });
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(jsonLines(out)).toEqual([{ file: '--json', relevant: false, claims: [], citations: [] }]);
  });
});

describe('JSON output', () => {
  it('has one parsable line per file, in input order, with the contract fields', async () => {
    const a = await file('order-a.txt', TEA_NOTES);
    const b = await file(
      'order-b.html',
      '<!DOCTYPE html><html><head><title>Bread</title></head><body><p>Knead the dough.</p></body></html>',
    );
    const c = await file('order-c.txt', MAT_NOTES);
    const { code, out, err } = await run(['--json', a, b, c]);
    expect(err).toBe('');
    expect(code).toBe(0);
    const lines = jsonLines(out);
    expect(lines.map((l) => l.file)).toEqual([a, b, c]);
    for (const line of lines) {
      expect(Object.keys(line)).toEqual(['file', 'relevant', 'claims', 'citations']);
      expect(typeof line.relevant).toBe('boolean');
      expect(Array.isArray(line.claims)).toBe(true);
    }
    expect(lines[0]).toEqual({ file: a, relevant: false, claims: [], citations: [] });
    expect(lines[1]).toEqual({ file: b, relevant: false, claims: [], citations: [] });
  });

  it('reports files by the path as given, resolved against the working directory', async () => {
    await mkdir(join(dir, 'sub'), { recursive: true });
    await file('sub/relative.txt', TEA_NOTES);
    const { code, out } = await run(['--json', 'sub/relative.txt', './sub/relative.txt'], { cwd: dir });
    expect(code).toBe(0);
    expect(jsonLines(out).map((l) => l.file)).toEqual(['sub/relative.txt', './sub/relative.txt']);
  });

  it('reads HTML fragments, bare text and extensionless pages', async () => {
    const fragment = await file('fragment.html', '<p>Just a paragraph about bread.</p>');
    const bare = await file('bare.htm', 'Plain words and no tags at all');
    const saved = await file('saved-page', '<!doctype html><html><body><p>Saved without extension</p></body></html>');
    const markdown = await file('notes.md', '# Heading\n\nSome markdown text.');
    const { code, out, err } = await run(['--json', fragment, bare, saved, markdown]);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(jsonLines(out)).toHaveLength(4);
  });
});

describe('bad input', () => {
  const good = 'good.txt';

  test.each([
    ['missing file', async () => join(dir, 'does-not-exist.txt'), 'no such file'],
    [
      'directory',
      async () => {
        await mkdir(join(dir, 'a-dir'), { recursive: true });
        return join(dir, 'a-dir');
      },
      'is a directory',
    ],
    [
      'binary file',
      async () => file('blob.bin', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08])),
      'binary file',
    ],
    [
      'binary with a text extension',
      async () => file('nul.txt', 'acupressure mat\u0000relieves back pain'),
      'binary file',
    ],
    [
      'invalid UTF-8',
      async () => file('latin1.txt', new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x0a])),
      'not valid UTF-8',
    ],
    [
      'UTF-16',
      async () => file('utf16.txt', new Uint8Array([0xff, 0xfe, 0x61, 0x00])),
      'UTF-16 text (save it as UTF-8)',
    ],
    ['empty file', async () => file('empty.txt', ''), 'empty file'],
    ['only a BOM and blank lines', async () => file('blank.html', '\ufeff\n  \n'), 'empty file'],
    [
      'FIFO',
      async () => {
        const p = join(dir, 'a-fifo');
        execFileSync('mkfifo', [p]);
        return p;
      },
      'not a regular file',
    ],
  ])('%s: named on stderr, other files still reported, exit 1', async (_name, make, reason) => {
    const goodPath = await file(good, TEA_NOTES);
    const bad = await make();
    const { code, out, err } = await run(['--json', goodPath, bad, goodPath]);
    expect(code).toBe(1);
    expect(err).toBe(`scan: ${bad}: ${reason}, skipped\n`);
    expect(jsonLines(out)).toEqual([
      { file: goodPath, relevant: false, claims: [], citations: [] },
      { file: goodPath, relevant: false, claims: [], citations: [] },
    ]);
  });

  it('names an unreadable file (permission denied)', async () => {
    // Tests may run as root, who reads anything; the reader is swapped for one that refuses.
    const goodPath = await file(good, TEA_NOTES);
    const { code, out, err } = await run(['--json', 'locked.txt', goodPath], {
      readFile: async (path) => {
        if (path.endsWith('locked.txt'))
          throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
        const { readFile } = await import('node:fs/promises');
        return readFile(path);
      },
    });
    expect(code).toBe(1);
    expect(err).toBe('scan: locked.txt: permission denied, skipped\n');
    expect(jsonLines(out)).toHaveLength(1);
  });

  it('reports every bad file, each on its own line', async () => {
    const empty = await file('empty2.txt', '');
    const { code, out, err } = await run(['missing-1.txt', empty, 'missing-2.txt'], { cwd: dir });
    expect(code).toBe(1);
    expect(err.split('\n')).toEqual([
      'scan: missing-1.txt: no such file, skipped',
      `scan: ${empty}: empty file, skipped`,
      'scan: missing-2.txt: no such file, skipped',
      '',
    ]);
    expect(out).toContain('0 of 3 files scanned');
  });
});

describe('decodeText', () => {
  it('strips a UTF-8 BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Mat notes')]);
    expect(decodeText(bytes)).toBe('Mat notes');
  });
});

describe('human output', () => {
  it('says an irrelevant file has no claims and ends with a summary', async () => {
    const tea = await file('tea.txt', TEA_NOTES);
    const { code, out } = await run([tea]);
    expect(code).toBe(0);
    expect(out).toBe(
      `${tea}: not about acupressure mats — no claims\n\n1 of 1 file scanned, 0 about acupressure mats, 0 claims (0 overstated)\n`,
    );
  });
});

// These need the detector (src/detect: findClaims and judgeRelevance), which is being written; with its
// placeholder they fail, by design: they pin what contracts.md §4 promises about claims.
describe('claims (needs the detector)', () => {
  it('reports a .txt claim with its 1-based line, in the contract field order', async () => {
    const mat = await file('mat.txt', MAT_NOTES);
    const { code, out } = await run(['--json', mat]);
    expect(code).toBe(0);
    const [report] = jsonLines(out);
    expect(report).toMatchObject({ file: mat, relevant: true });
    const claims = report!.claims as Record<string, unknown>[];
    expect(claims).toContainEqual({
      topic: 'back-neck',
      stance: 'asserted',
      overstated: false,
      status: 'mixed',
      line: 3,
      text: 'It relieves back pain.',
    });
    for (const claim of claims) {
      expect(Object.keys(claim)).toEqual(['topic', 'stance', 'overstated', 'status', 'line', 'text']);
    }
  });

  it('counts lines the same with CRLF endings and a BOM', async () => {
    const mat = await file('mat-crlf.txt', `\ufeff${MAT_NOTES.replace(/\n/g, '\r\n')}`);
    const { out } = await run(['--json', mat]);
    const [report] = jsonLines(out);
    expect(report).toMatchObject({ relevant: true });
    expect(report!.claims).toContainEqual(
      expect.objectContaining({ topic: 'back-neck', line: 3, text: 'It relieves back pain.' }),
    );
  });

  it('reports HTML claims split across inline elements, negated and overstated ones included, nav left out', async () => {
    const page = await file(
      'review.html',
      `<!DOCTYPE html><html><head><title>Acupressure mat review</title></head><body>
        <nav><a href="/sleep">Cures insomnia overnight</a></nav>
        <main>
          <h1>A month on an acupressure mat</h1>
          <p>After a week on the acupressure mat, it <b>helped me fall asleep</b> faster.</p>
          <p>There is no evidence that the mat <a href="#">lowers blood pressure</a>.</p>
          <p>The seller says it is clinically proven to relieve neck pain.</p>
        </main>
      </body></html>`,
    );
    const { code, out } = await run(['--json', page]);
    expect(code).toBe(0);
    const [report] = jsonLines(out);
    expect(report).toMatchObject({ file: page, relevant: true });
    const claims = report!.claims as Record<string, unknown>[];
    expect(claims).toContainEqual({
      topic: 'sleep',
      stance: 'asserted',
      overstated: false,
      status: 'preliminary',
      text: 'After a week on the acupressure mat, it helped me fall asleep faster.',
    });
    expect(claims).toContainEqual(
      expect.objectContaining({ topic: 'blood-pressure', stance: 'negated', overstated: false }),
    );
    expect(claims).toContainEqual(expect.objectContaining({ topic: 'back-neck', overstated: true }));
    for (const claim of claims) {
      expect(claim).not.toHaveProperty('line');
      expect(claim.text).not.toContain('overnight');
    }
  });

  it('reads a saved search page card by card, as the extension does: other products get nothing', async () => {
    const page = await file(
      'search.html',
      `<html><head><title>Results</title></head><body>
        <div data-component-type="s-search-result" data-asin="A1"><h2>Coral Spike Acupressure Mat</h2><p>Relieves back pain fast.</p></div>
        <div data-component-type="s-search-result" data-asin="B2"><h2>Grip Yoga Mat 6 mm</h2><p>Eases neck pain during stretches.</p></div>
      </body></html>`,
    );
    const { code, out } = await run(['--json', page]);
    expect(code).toBe(0);
    const [report] = jsonLines(out);
    expect(report).toMatchObject({ relevant: true });
    expect((report!.claims as Array<{ text: string }>).map((c) => c.text)).toEqual(['Relieves back pain fast.']);
  });

  it('reads a page saved without an extension as HTML', async () => {
    const saved = await file(
      'saved-mat-page',
      '<!-- saved from url=(0022)http://127.0.0.1/mat -->\n<!DOCTYPE html><html><head><title>Acupressure mat</title></head>' +
        '<body><p>My acupressure mat <em>relieves back pain</em> after long days.</p></body></html>',
    );
    const { out } = await run(['--json', saved]);
    const [report] = jsonLines(out);
    expect(report).toMatchObject({ relevant: true });
    expect(report!.claims).toEqual([
      {
        topic: 'back-neck',
        stance: 'asserted',
        overstated: false,
        status: 'mixed',
        text: 'My acupressure mat relieves back pain after long days.',
      },
    ]);
  });

  it('prints each claim with its line, badge text and sentence for people', async () => {
    const mat = await file('mat-human.txt', MAT_NOTES);
    const { code, out } = await run([mat]);
    expect(code).toBe(0);
    expect(out).toContain(`${mat}: about acupressure mats — `);
    expect(out).toContain('    3  [Some evidence, mixed] back-neck · asserted  "It relieves back pain."\n');
  });
});

describe('the real command', () => {
  /** Runs `npx tsx src/cli/scan.ts ARGS` (or tsx itself when `direct`, so npx does not rewrite the npm env). */
  function spawnScan(args: string[], { env = process.env, direct = false } = {}) {
    const [command, prefix] = direct ? [join(projectRoot, 'node_modules', '.bin', 'tsx'), []] : ['npx', ['tsx']];
    return new Promise<{ code: number; stdout: string; stderr: string }>((resolvePromise) => {
      execFile(command, [...prefix, 'src/cli/scan.ts', ...args], { cwd: projectRoot, env }, (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolvePromise({ code, stdout, stderr });
      });
    });
  }

  it('is wired to runScan: JSON on stdout, exit status, bad files on stderr', async () => {
    const tea = await file('spawn-tea.txt', TEA_NOTES);
    const ok = await spawnScan(['--json', tea]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toBe(`${JSON.stringify({ file: tea, relevant: false, claims: [], citations: [] })}\n`);

    const missing = join(dir, 'spawn-missing.txt');
    const bad = await spawnScan(['--json', missing, tea]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain(`scan: ${missing}: no such file, skipped`);
    expect(bad.stdout).toBe(`${JSON.stringify({ file: tea, relevant: false, claims: [], citations: [] })}\n`);

    const usage = await spawnScan([]);
    expect(usage.code).toBe(2);
  });

  it('resolves relative paths from where npm was run', async () => {
    await file('spawn-relative.txt', TEA_NOTES);
    // What `npm run scan` sets up: the script runs in the project root, INIT_CWD is the caller's directory.
    const result = await spawnScan(['--json', 'spawn-relative.txt'], {
      env: { ...process.env, npm_lifecycle_event: 'scan', INIT_CWD: dir },
      direct: true,
    });
    expect(result.stderr).not.toContain('scan:');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      `${JSON.stringify({ file: 'spawn-relative.txt', relevant: false, claims: [], citations: [] })}\n`,
    );
  });
});
