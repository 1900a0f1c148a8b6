/**
 * Issue 10: Pointwise never hides what the page says. On every fixture page with claims, at 1366,
 * 1024 and 390 px wide, in light and dark, no page-text character lies under a visible Pointwise
 * mark and no two marks overlap (see coverage.ts for how it is counted). Chromium runs every page;
 * Firefox the product, blog and dense listing. Screenshots of the dense listing, the blog and the
 * review page go to tests/e2e/artifacts/.
 */
import type { Page as PlaywrightPage } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium, launchFirefox, type BrowserName, type BrowserSession } from './browsers';
import { measureCoverage, type Coverage } from './coverage';
import { FixturePage, OVERLAY_HOST, waitFor } from './pages';
import { startServer, type FixtureServer } from './server';

const WIDTHS = [1366, 1024, 390] as const;
const SCHEMES = ['light', 'dark'] as const;
const HEIGHT = 800;

/** Every fixture page with claims; the generated ones are measured over their first stops only. */
const CHROMIUM_PAGES = [
  'dense-listing.html',
  'amazon-product.html',
  'amazon-search.html',
  'blog-post.html',
  'cautious-article.html',
  'claim-in-link.html',
  'dark-page.html',
  'react-like.html',
  'slow-page.html',
  'spa-shop.html',
  'strict-csp.html',
  'hostile.html',
  'many-claims.html',
  'large-page.html',
];
const FIREFOX_PAGES = ['dense-listing.html', 'amazon-product.html', 'blog-post.html'];
const SHORT_MEASURE = new Set(['many-claims.html', 'large-page.html']);

/** Pages whose screenshots the note describes, at the widest and narrowest width. */
const SCREENSHOTS = new Set(['dense-listing.html', 'blog-post.html', 'amazon-product.html']);

let server: FixtureServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.stop();
});

type Scheme = (typeof SCHEMES)[number];

/**
 * Chromium emulates the colour scheme per page. Firefox over WebDriver BiDi cannot, so it runs one
 * browser per scheme, with the content colour-scheme preference set (0 dark, 1 light).
 */
class Sessions {
  private readonly open = new Map<Scheme, BrowserSession>();

  constructor(private readonly name: BrowserName) {}

  async start(): Promise<void> {
    if (this.name === 'chromium') {
      this.open.set('light', await launchChromium());
      return;
    }
    for (const scheme of SCHEMES) {
      const override = scheme === 'dark' ? 0 : 1;
      const prefs = { 'layout.css.prefers-color-scheme.content-override': override };
      this.open.set(scheme, await launchFirefox(undefined, { prefs }));
    }
  }

  get(scheme: Scheme): BrowserSession {
    return this.open.get(this.name === 'chromium' ? 'light' : scheme)!;
  }

  async close(): Promise<void> {
    await Promise.all([...this.open.values()].map((s) => s.close()));
  }
}

async function setScheme(page: FixturePage, scheme: Scheme): Promise<void> {
  if (page.session.name === 'chromium') await (page.page.raw as PlaywrightPage).emulateMedia({ colorScheme: scheme });
  const matches = await page.page.evaluate((s) => matchMedia(`(prefers-color-scheme: ${s})`).matches, scheme);
  expect(matches, `the page sees prefers-color-scheme: ${scheme}`).toBe(true);
}

function describeFor(name: BrowserName, pages: readonly string[]) {
  describe(`no covered words in ${name}`, () => {
    const browsers = new Sessions(name);
    beforeAll(async () => {
      await browsers.start();
    });
    afterAll(async () => {
      await browsers.close();
    });

    test.each(pages)('%s', async (fixture) => {
      const results: Array<{ where: string } & Coverage> = [];
      for (const scheme of SCHEMES) {
        const page = await FixturePage.open(browsers.get(scheme), server, fixture, {
          beforeGoto: async (tab) => {
            await tab.setViewport({ width: WIDTHS[0], height: HEIGHT });
          },
          timeoutMs: 30_000,
        });
        try {
          await setScheme(page, scheme);
          await waitFor(
            () => page.badges(),
            (b) => b.length > 0,
            { timeoutMs: 10_000, message: `no marks on ${fixture}` },
          );
          if (fixture === 'amazon-product.html') {
            // Measure with the late reviews in place (they arrive about 3 s after load).
            await waitFor(
              () => page.page.evaluate(() => document.getElementById('cm-reviews-list')?.dataset.loaded ?? null),
              (v) => v === 'true',
              { timeoutMs: 10_000, message: 'the fixture never loaded its reviews' },
            );
          }
          for (const width of WIDTHS) {
            await page.page.setViewport({ width, height: HEIGHT });
            const coverage = await measureCoverage(page, { maxStops: SHORT_MEASURE.has(fixture) ? 4 : 40 });
            results.push({ where: `${width}px ${scheme}`, ...coverage });
            if (fixture === 'amazon-product.html') {
              // The reviews arrived before the measurement: their marks are there when the reader
              // reaches them (the overlay once missed them in headless Chromium, whose
              // frames it waited for in vain).
              await page.page.evaluate(() => document.querySelector('#cm-reviews-list')?.scrollIntoView());
              const onScreen = await waitFor(
                () => page.badges(),
                (b) => b.some((m) => m.rect.y > 0 && m.rect.y < HEIGHT),
                { timeoutMs: 3_000, message: `no marks at the reviews (${width}px ${scheme})` },
              );
              expect(onScreen.length).toBeGreaterThan(0);
            }
            if (scheme === 'light' && SCREENSHOTS.has(fixture) && width !== 1024) {
              await page.screenshot(`readable-${page.name}-${width}`);
            }
          }
          expect(page.errors).toEqual([]);
        } finally {
          await page.close();
        }
      }
      const report = results.map(
        (r) =>
          `${r.where}: ${r.covered} covered, ${r.overlaps} overlaps, ${r.marksSeen} marks at most, ${r.stops} stops` +
          (r.examples.length > 0 ? `\n    ${r.examples.join('\n    ')}` : ''),
      );
      console.log(`${name} ${fixture}\n  ${report.join('\n  ')}`);
      expect(
        results.every((r) => r.marksSeen > 0),
        'marks were measured at every width',
      ).toBe(true);
      expect(results.map((r) => `${r.where}: ${r.covered}`)).toEqual(results.map((r) => `${r.where}: 0`));
      expect(results.map((r) => `${r.where}: ${r.overlaps}`)).toEqual(results.map((r) => `${r.where}: 0`));
    });
  });
}

describeFor('chromium', CHROMIUM_PAGES);
describeFor('firefox', FIREFOX_PAGES);

/**
 * Cards that fit: on a phone (390 px) and on a laptop zoomed to 200% (1366×800 at 200% is a
 * 683×400 CSS-pixel viewport), a card opened from marks near each edge of the viewport stays
 * inside it, takes keyboard focus, reaches its links with Tab and closes with Esc, giving focus
 * back to its mark.
 */
describe('cards that fit, in chromium', () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await launchChromium();
  });
  afterAll(async () => {
    await session?.close();
  });

  type Where = 'top' | 'bottom' | 'left' | 'right';
  const CASES: Array<{ name: string; viewport: { width: number; height: number } }> = [
    { name: 'phone, 390 px', viewport: { width: 390, height: 800 } },
    { name: 'laptop at 200% zoom', viewport: { width: 683, height: 400 } },
  ];

  test.each(CASES)('$name', async ({ viewport }) => {
    const page = await FixturePage.open(session, server, 'dense-listing.html', {
      beforeGoto: (tab) => tab.setViewport(viewport),
    });
    try {
      await page.waitForBadges(4);
      const problems: string[] = [];
      for (const where of ['top', 'bottom', 'left', 'right'] as Where[]) {
        // Put a mark near that edge: scroll it to the top or bottom, or pick the leftmost or rightmost.
        const picked = await page.page.evaluate(
          async ({ host, where: edge }) => {
            const root = document.querySelector(host)!.shadowRoot!;
            const marks = () => [...root.querySelectorAll<HTMLElement>('[data-pointwise-badge]')];
            const settle = () =>
              new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 60))));
            let list = marks();
            const byX = [...list].sort((a, b) => a.getBoundingClientRect().left - b.getBoundingClientRect().left);
            let mark =
              edge === 'left' ? byX[0]! : edge === 'right' ? byX[byX.length - 1]! : list[Math.floor(list.length / 2)]!;
            const id = mark.dataset.id;
            const r = mark.getBoundingClientRect();
            if (edge === 'top') scrollBy(0, r.top - 6);
            if (edge === 'bottom') scrollBy(0, r.bottom - innerHeight + 6);
            if (edge === 'left' || edge === 'right') scrollBy(0, r.top - innerHeight / 2);
            await settle();
            list = marks();
            mark = list.find((m) => m.dataset.id === id) ?? list[0]!;
            mark.focus();
            const box = mark.getBoundingClientRect();
            return { id: mark.dataset.id ?? '', top: box.top, bottom: box.bottom, left: box.left, right: box.right };
          },
          { host: OVERLAY_HOST, where },
        );
        await page.page.press('Enter');
        const card = await waitFor(
          () =>
            page.page.evaluate((host) => {
              const root = document.querySelector(host)!.shadowRoot!;
              const dialog = root.querySelector<HTMLElement>('[role="dialog"]');
              if (!dialog || !('placed' in dialog.dataset)) return null;
              const r = dialog.getBoundingClientRect();
              return {
                rect: { left: r.left, top: r.top, right: r.right, bottom: r.bottom },
                focused: root.activeElement === dialog || dialog.contains(root.activeElement),
                text: (dialog.textContent ?? '').length,
                vw: document.documentElement.clientWidth,
                vh: document.documentElement.clientHeight,
              };
            }, OVERLAY_HOST),
          (c) => c !== null,
          { timeoutMs: 3_000, message: `Enter opened no card (mark near the ${where} edge)` },
        );
        const { rect, vw, vh } = card!;
        if (rect.left < -0.5 || rect.top < -0.5 || rect.right > vw + 0.5 || rect.bottom > vh + 0.5)
          problems.push(`${where}: card ${JSON.stringify(rect)} leaves the ${vw}×${vh} viewport`);
        if (!card!.focused) problems.push(`${where}: the card did not take focus`);
        if (card!.text < 200) problems.push(`${where}: the card shows almost nothing`);
        await page.page.press('Tab');
        const inCard = await page.page.evaluate((host) => {
          const root = document.querySelector(host)!.shadowRoot!;
          return !!root.activeElement?.closest('[role="dialog"]');
        }, OVERLAY_HOST);
        if (!inCard) problems.push(`${where}: Tab left the card`);
        if (where === 'bottom') await page.screenshot(`readable-card-${viewport.width}`);
        await page.page.press('Escape');
        const after = await waitFor(
          () =>
            page.page.evaluate((host) => {
              const root = document.querySelector(host)!.shadowRoot!;
              return {
                open: !!root.querySelector('[role="dialog"]'),
                focus: root.activeElement?.getAttribute('data-id') ?? null,
              };
            }, OVERLAY_HOST),
          (s) => !s.open,
          { timeoutMs: 2_000, message: `Esc did not close the card (${where})` },
        );
        if (after.focus !== picked.id) problems.push(`${where}: focus did not go back to the mark`);
      }
      expect(problems).toEqual([]);
      expect(page.errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
