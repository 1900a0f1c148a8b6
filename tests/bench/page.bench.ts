/**
 * `npm run bench`: Pointwise in a real browser, against baselines measured in the same run.
 *
 * For each page (a generated typical product page, a page with about 2 MB of text, and a page of
 * about 10,000 claims):
 * - Pointwise: the built extension in Debian's Chromium. Its main-thread time is the sum of its
 *   `pointwise:scan` measures, its longest task the longest measure, and its time to
 *   `pointwise:ready` the mark's time since navigation started (contracts.md §6).
 * - Floor: in the same browser build without the extension, on the same page, a bare TreeWalker pass
 *   over the text plus one combined case-insensitive regular expression of the same terms.
 * - mark.js: highlighting the same terms with mark.js (`markRegExp`), which wraps every match.
 * Each figure is the median of several page loads. The ratios are what to read.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { TERMS } from '../../src/detect';
import { CHROMIUM_ARGS, CHROMIUM_EXECUTABLE, launchChromium } from '../e2e/browsers';
import { FIXTURES_DIR, startServer } from '../e2e/server';
import { generateParagraphs } from './corpus';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const require = createRequire(import.meta.url);
const MARK_JS = readFileSync(require.resolve('mark.js/dist/mark.min.js'), 'utf8');

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const PATTERN = [...new Set(TERMS.map((t) => t.words.join(' ')))]
  .sort((a, b) => b.length - a.length)
  .map(escape)
  .join('|');

/** The product fixture with about forty more reviews: a typical listing's amount of text. */
function typicalProductPage(): string {
  const html = readFileSync(join(FIXTURES_DIR, 'amazon-product.html'), 'utf8');
  const reviews = generateParagraphs(40_000, 0.2, 11)
    .map(
      (p, i) =>
        `<div data-hook="review" class="review"><span class="a-profile-name">Buyer ${i + 1}</span><div data-hook="review-body"><span>${p}</span></div></div>`,
    )
    .join('\n');
  return html.replace('</body>', `<div id="more-reviews"><div id="cm-cr-dp-review-list">${reviews}</div></div></body>`);
}

interface Ours {
  totalMs: number;
  longestMs: number;
  readyMs: number;
  measures: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function waitForReady(page: Page, timeoutMs = 60_000): Promise<void> {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    if (await page.evaluate(`performance.getEntriesByName('pointwise:ready').length > 0`)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`pointwise:ready never came on ${page.url()}`);
}

async function measureOurs(page: Page, url: string): Promise<Ours> {
  await page.goto(url, { waitUntil: 'load' });
  await waitForReady(page);
  // Let late work (the overlay's drawing after ready) finish too.
  await page.waitForTimeout(500);
  return await page.evaluate<Ours>(`(() => {
    const m = performance.getEntriesByName('pointwise:scan');
    const ready = performance.getEntriesByName('pointwise:ready')[0];
    return {
      totalMs: m.reduce((s, e) => s + e.duration, 0),
      longestMs: m.reduce((s, e) => Math.max(s, e.duration), 0),
      readyMs: ready ? ready.startTime : NaN,
      measures: m.length,
    };
  })()`);
}

async function measureFloor(page: Page, url: string): Promise<number> {
  await page.goto(url, { waitUntil: 'load' });
  return await page.evaluate<number>(`(() => {
    const re = new RegExp(${JSON.stringify(PATTERN)}, 'gi');
    const t0 = performance.now();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let n = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      re.lastIndex = 0;
      while (re.exec(node.data) !== null) n++;
    }
    return performance.now() - t0;
  })()`);
}

async function measureMarkJs(page: Page, url: string): Promise<number> {
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(MARK_JS);
  return await page.evaluate<number>(`new Promise((resolve) => {
    const re = new RegExp(${JSON.stringify(PATTERN)}, 'gi');
    const t0 = performance.now();
    new Mark(document.body).markRegExp(re, { done: () => resolve(performance.now() - t0) });
  })`);
}

async function main(): Promise<void> {
  const server = await startServer({ routes: { '/bench-product.html': { generate: typicalProductPage } } });
  const pages = [
    ['typical product page', server.url('bench-product.html')],
    ['2 MB page', server.url('large-page.html')],
    // Issue 9: even a page made of nothing but claims keeps every task of ours under 50 ms.
    ['10,000 claims', server.url('many-claims.html')],
  ] as const;

  const session = await launchChromium();
  const plain = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'pointwise-bench-')), {
    executablePath: CHROMIUM_EXECUTABLE,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: CHROMIUM_ARGS,
  });
  try {
    console.log(`runs per figure: ${RUNS} (median)\n`);
    for (const [name, url] of pages) {
      const ours: Ours[] = [];
      const floor: number[] = [];
      const mark: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const p1 = await session.context.newPage();
        ours.push(await measureOurs(p1, url));
        await p1.close();
        const p2 = await plain.newPage();
        floor.push(await measureFloor(p2, url));
        mark.push(await measureMarkJs(p2, url));
        await p2.close();
      }
      const total = median(ours.map((o) => o.totalMs));
      const longest = Math.max(...ours.map((o) => o.longestMs));
      const ready = median(ours.map((o) => o.readyMs));
      const fl = median(floor);
      const mk = median(mark);
      const chars = await (async () => {
        const p = await plain.newPage();
        await p.goto(url);
        const n = await p.evaluate<number>(`document.body.innerText.length`);
        await p.close();
        return n;
      })();
      console.log(`${name} (${(chars / 1024).toFixed(0)} KB of text)`);
      console.log(
        `  Pointwise main-thread time: ${total.toFixed(1)} ms in ${median(ours.map((o) => o.measures))} slices; longest ${longest.toFixed(1)} ms (limit 50); ready at ${ready.toFixed(0)} ms`,
      );
      console.log(`  floor (TreeWalker + one regex): ${fl.toFixed(1)} ms`);
      console.log(`  mark.js (same terms): ${mk.toFixed(1)} ms`);
      console.log(`  ratio Pointwise/floor: ${(total / fl).toFixed(2)}x (target ≤ 2x)`);
      console.log(`  ratio mark.js/Pointwise: ${(mk / total).toFixed(2)}x (target ≥ 5x)\n`);
    }
  } finally {
    await session.close();
    await plain.close();
    await server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
