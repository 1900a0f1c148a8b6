/**
 * Page objects for the end-to-end tests: open a fixture, wait for Pointwise to finish its first
 * pass, read what it drew (CSS highlights, badges in the overlay's shadow root), check where badges
 * sit, save screenshots, read the toolbar badge.
 *
 * Everything that looks inside the page runs through `evaluate`, so the same code serves Chromium
 * (Playwright) and Firefox (Puppeteer). Functions passed to `evaluate` are serialised: they must
 * not use anything from this module's scope.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { BrowserSession, TestPage } from './browsers';
import { ARTIFACTS_DIR } from './paths';
import type { FixtureServer } from './server';
import { TEST_HOST_ATTRIBUTE } from './overlay-reach';

/**
 * Selects the one element hosting Pointwise's in-page UI (a closed shadow root under a tag drawn at
 * random for each page load) inside functions run with `page.evaluate`, which marks it for their
 * length (overlay-reach.ts).
 */
export const OVERLAY_HOST = `[${TEST_HOST_ATTRIBUTE}]`;
/**
 * What marks a claim badge inside the overlay's shadow root. Adjust here if the overlay settles on
 * something else; every test reads badges through {@link FixturePage.badges}.
 */
export const BADGE_SELECTOR = '[data-pointwise-badge]';
/** User Timing mark recorded once the first full pass is highlighted and badged (contracts §6). */
export const READY_MARK = 'pointwise:ready';
/** User Timing measure recorded for each synchronous chunk of work (contracts §6). */
export const SCAN_MEASURE = 'pointwise:scan';

export { ARTIFACTS_DIR };

/** A rectangle in CSS pixels relative to the viewport. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One highlight registered in `CSS.highlights`. */
export interface HighlightInfo {
  name: string;
  priority: number;
  type: string;
  ranges: Array<{ text: string; rects: Rect[] }>;
}

/** One badge found in the overlay. */
export interface BadgeInfo {
  /** Visible text of the badge. */
  text: string;
  /** aria-label, or the text of the element aria-labelledby points to, or null. */
  accessibleName: string | null;
  /** The badge's `data-*` attributes (without the `data-` prefix). */
  data: Record<string, string>;
  rect: Rect;
  /** Whether it is reachable with Tab (tabIndex >= 0 and not disabled). */
  focusable: boolean;
  tagName: string;
}

/** One `pointwise:scan` measure. */
export interface ScanMeasure {
  startTime: number;
  duration: number;
  detail: unknown;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Poll `probe` until it returns a value `accept`s, or throw after `timeoutMs`. */
export async function waitFor<T>(
  probe: () => Promise<T>,
  accept: (value: T) => boolean,
  options: { timeoutMs?: number; intervalMs?: number; message?: string } = {},
): Promise<T> {
  const deadline = Date.now() + (options.timeoutMs ?? 10_000);
  let last: T | undefined;
  for (;;) {
    last = await probe();
    if (accept(last)) return last;
    if (Date.now() > deadline) {
      throw new Error(`${options.message ?? 'waitFor timed out'}; last value: ${JSON.stringify(last)}`);
    }
    await sleep(options.intervalMs ?? 100);
  }
}

/**
 * Whether a mark sits where the layout puts a claim's mark (src/overlay/layout.ts): on the claim's
 * last line, after the phrase; or, when that line is full, at the end of one of the next four lines
 * or of the line before. Lines are taken as 1.8 times the phrase's box height apart.
 */
export function isBadgeNextTo(badge: Rect, phraseRects: Rect[], tolerance = 24): boolean {
  const last = phraseRects[phraseRects.length - 1];
  if (!last) return false;
  const lineMiddle = last.y + last.height / 2;
  const markMiddle = badge.y + badge.height / 2;
  const line = last.height * 1.8;
  const sameLine = Math.abs(markMiddle - lineMiddle) <= last.height / 2 + 4;
  if (sameLine) return badge.x >= last.x + last.width - tolerance;
  return markMiddle >= lineMiddle - line - 4 && markMiddle <= lineMiddle + 4 * line + 4;
}

/** A fixture page open in a browser, with the extension under test installed. */
export class FixturePage {
  private constructor(
    readonly session: BrowserSession,
    readonly page: TestPage,
    readonly name: string,
    readonly url: string,
  ) {}

  /**
   * Open `fixture` (a path under tests/e2e/fixtures, e.g. 'blog-post.html') in a new tab. By
   * default waits for the `pointwise:ready` mark; pass `waitForReady: false` for pages where
   * Pointwise should stay silent or to observe the page before it is ready. `beforeGoto` prepares
   * the tab before it loads the fixture.
   */
  static async open(
    session: BrowserSession,
    server: FixtureServer,
    fixture: string,
    options: {
      waitForReady?: boolean;
      timeoutMs?: number;
      waitUntil?: 'load' | 'domcontentloaded';
      /** Runs on the new tab before it navigates (e.g. to emulate `prefers-reduced-motion`). */
      beforeGoto?: (page: TestPage) => Promise<void>;
    } = {},
  ): Promise<FixturePage> {
    const page = await session.newPage();
    await options.beforeGoto?.(page);
    const url = server.url(fixture);
    await page.goto(url, { waitUntil: options.waitUntil ?? 'load', timeout: options.timeoutMs ?? 30_000 });
    const fixturePage = new FixturePage(session, page, fixture.replace(/\.html?$/, '').replace(/[^\w-]+/g, '_'), url);
    if (options.waitForReady ?? true) await fixturePage.waitForReady(options.timeoutMs);
    return fixturePage;
  }

  get errors(): string[] {
    return this.page.errors.list();
  }

  /** Whether the `pointwise:ready` mark has been recorded. */
  isReady(): Promise<boolean> {
    return this.page.evaluate((mark) => performance.getEntriesByName(mark).length > 0, READY_MARK);
  }

  /** Wait for the `pointwise:ready` mark; returns its `startTime` (ms since navigation start). */
  async waitForReady(timeoutMs = 15_000): Promise<number> {
    const time = await waitFor(
      () =>
        this.page.evaluate((mark) => {
          const entry = performance.getEntriesByName(mark)[0];
          return entry ? entry.startTime : null;
        }, READY_MARK),
      (t) => t !== null,
      { timeoutMs, message: `no ${READY_MARK} mark on ${this.name}` },
    );
    return time!;
  }

  /** All `pointwise:scan` measures so far. */
  scanMeasures(): Promise<ScanMeasure[]> {
    return this.page.evaluate(
      (name) =>
        performance.getEntriesByName(name, 'measure').map((e) => ({
          startTime: e.startTime,
          duration: e.duration,
          detail: ((e as PerformanceMeasure).detail as unknown) ?? null,
        })),
      SCAN_MEASURE,
    );
  }

  /** Whether this browser supports the CSS Custom Highlight API at all. */
  supportsHighlights(): Promise<boolean> {
    return this.page.evaluate(() => typeof CSS !== 'undefined' && 'highlights' in CSS);
  }

  /**
   * Pointwise's entries in `CSS.highlights` under their fixed names (`pointwise-mixed`, … : the
   * aliases `page.evaluate` registers for its length), with the text and client rects of each range.
   */
  highlights(): Promise<HighlightInfo[]> {
    return this.page.evaluate(() => {
      if (typeof CSS === 'undefined' || !('highlights' in CSS)) return [];
      const toRect = (r: DOMRect) => ({ x: r.x, y: r.y, width: r.width, height: r.height });
      const out: Array<{
        name: string;
        priority: number;
        type: string;
        ranges: Array<{ text: string; rects: Array<{ x: number; y: number; width: number; height: number }> }>;
      }> = [];
      for (const [name, highlight] of CSS.highlights) {
        if (!name.startsWith('pointwise-')) continue; // the same highlight under its random name
        const ranges: Array<{ text: string; rects: Array<{ x: number; y: number; width: number; height: number }> }> =
          [];
        for (const abstractRange of highlight as unknown as Iterable<AbstractRange>) {
          // StaticRanges have neither toString nor rects: make a live copy.
          const range = document.createRange();
          try {
            range.setStart(abstractRange.startContainer, abstractRange.startOffset);
            range.setEnd(abstractRange.endContainer, abstractRange.endOffset);
          } catch {
            ranges.push({ text: '', rects: [] });
            continue;
          }
          ranges.push({ text: range.toString(), rects: [...range.getClientRects()].map(toRect) });
        }
        out.push({ name, priority: highlight.priority, type: String(highlight.type), ranges });
      }
      return out;
    });
  }

  /** The texts of all highlighted ranges, across all highlights, in no particular order. */
  async highlightedTexts(): Promise<string[]> {
    return (await this.highlights()).flatMap((h) => h.ranges.map((r) => r.text));
  }

  /**
   * What page script can find of the overlay: custom elements among `<html>`'s children (the host's
   * tag is random), and whether any of them shows it a shadow root (ours must not).
   */
  overlayState(): Promise<{ present: boolean; count: number; pageSeesShadowRoot: boolean; last: boolean }> {
    return this.page.evaluateAsPage(() => {
      const hosts = [...document.documentElement.children].filter((el) => el.localName.includes('-'));
      return {
        present: hosts.length > 0,
        count: hosts.length,
        pageSeesShadowRoot: hosts.some((el) => el.shadowRoot !== null),
        last: hosts.length > 0 && document.documentElement.lastElementChild === hosts[hosts.length - 1],
      };
    });
  }

  /** The badges in the overlay's shadow root (default selector {@link BADGE_SELECTOR}). */
  badges(selector: string = BADGE_SELECTOR): Promise<BadgeInfo[]> {
    return this.page.evaluate(
      ({ host, selector: sel }) => {
        const root = document.querySelector(host)?.shadowRoot;
        if (!root) return [];
        return [...root.querySelectorAll<HTMLElement>(sel)].map((el) => {
          const r = el.getBoundingClientRect();
          const labelledBy = el.getAttribute('aria-labelledby');
          const labelled = labelledBy
            ? labelledBy
                .split(/\s+/)
                .map((id) => root.getElementById(id)?.textContent ?? '')
                .join(' ')
                .trim()
            : null;
          return {
            text: (el.textContent ?? '').trim(),
            accessibleName: el.getAttribute('aria-label') ?? labelled,
            data: { ...el.dataset } as Record<string, string>,
            rect: { x: r.x, y: r.y, width: r.width, height: r.height },
            focusable: el.tabIndex >= 0 && !(el as HTMLButtonElement).disabled,
            tagName: el.tagName.toLowerCase(),
          };
        });
      },
      { host: OVERLAY_HOST, selector },
    );
  }

  /** Wait until at least `min` badges are present (late content, re-renders). */
  waitForBadges(min: number, timeoutMs = 10_000): Promise<BadgeInfo[]> {
    return waitFor(
      () => this.badges(),
      (b) => b.length >= min,
      {
        timeoutMs,
        message: `expected at least ${min} badges on ${this.name}`,
      },
    );
  }

  /**
   * Client rects of the last occurrence of `text` in the page's visible text (matched across
   * element boundaries, whitespace collapsed), or [] if absent. Lets a test check where a badge
   * is without relying on the highlights.
   */
  textRects(text: string): Promise<Rect[]> {
    return this.page.evaluate(
      ({ needle, host }) => {
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
          acceptNode: (n) =>
            n.parentElement?.closest(`script,style,noscript,template,${host}`)
              ? NodeFilter.FILTER_REJECT
              : NodeFilter.FILTER_ACCEPT,
        });
        // Collapse whitespace while remembering where each character came from.
        let joined = '';
        const map: Array<{ node: Text; offset: number }> = [];
        let lastSpace = true;
        for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
          const data = n.data;
          for (let i = 0; i < data.length; i += 1) {
            const ch = data[i]!;
            const space = /\s/.test(ch);
            if (space && lastSpace) continue;
            joined += space ? ' ' : ch;
            map.push({ node: n, offset: i });
            lastSpace = space;
          }
        }
        const wanted = needle.replace(/\s+/g, ' ').trim();
        const at = joined.lastIndexOf(wanted);
        if (at < 0) return [];
        const start = map[at]!;
        const end = map[at + wanted.length - 1]!;
        const range = document.createRange();
        range.setStart(start.node, start.offset);
        range.setEnd(end.node, end.offset + 1);
        return [...range.getClientRects()].map((r) => ({ x: r.x, y: r.y, width: r.width, height: r.height }));
      },
      { needle: text, host: OVERLAY_HOST },
    );
  }

  /** Scroll so that `text` is in view (centred). */
  async scrollToText(text: string): Promise<void> {
    const rects = await this.textRects(text);
    const first = rects[0];
    if (!first) throw new Error(`text not found: ${text}`);
    await this.page.evaluate((y) => window.scrollBy(0, y - window.innerHeight / 2), first.y);
  }

  /** The toolbar badge text for this tab ('' when empty). */
  toolbarBadge(): Promise<string> {
    return this.session.toolbarBadgeText(this.page);
  }

  /** Wait until the toolbar badge shows `expected` (the badge is updated asynchronously). */
  waitForToolbarBadge(expected: string, timeoutMs = 10_000): Promise<string> {
    return waitFor(
      () => this.toolbarBadge(),
      (t) => t === expected,
      {
        timeoutMs,
        message: `toolbar badge on ${this.name} never became "${expected}"`,
      },
    );
  }

  /** Save a screenshot to tests/e2e/artifacts/<browser>-<name>.png and return its path. */
  async screenshot(name: string = this.name, options: { fullPage?: boolean } = {}): Promise<string> {
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    const path = join(ARTIFACTS_DIR, `${this.session.name}-${name}.png`);
    await this.page.screenshot(path, options);
    return path;
  }

  /**
   * Run axe-core in the page (it is injected on first use) against `include` (a selector; the
   * overlay host by default, whose open shadow root axe walks). Returns axe's violations.
   * axe's own inline styles trip a strict CSP; those console errors are discarded.
   */
  async axeViolations(
    include: string = OVERLAY_HOST,
  ): Promise<Array<{ id: string; impact: string | null; help: string; nodes: number }>> {
    const errorsBefore = this.page.errors.list().length;
    try {
      return await this.runAxe(include);
    } finally {
      await sleep(50); // console events arrive asynchronously
      this.page.errors.discard(errorsBefore, /Content.Security.Policy/i);
    }
  }

  private async runAxe(
    include: string,
  ): Promise<Array<{ id: string; impact: string | null; help: string; nodes: number }>> {
    const loaded = await this.page.evaluate(() => typeof (globalThis as { axe?: unknown }).axe === 'object');
    if (!loaded) await this.page.evaluateScript(axeSource());
    return this.page.evaluate(async (selector) => {
      const axe = (
        globalThis as unknown as {
          axe: {
            run(
              ctx: unknown,
              opts: unknown,
            ): Promise<{ violations: Array<{ id: string; impact?: string | null; help: string; nodes: unknown[] }> }>;
          };
        }
      ).axe;
      const result = await axe.run({ include: [[selector]] }, { resultTypes: ['violations'] });
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact ?? null,
        help: v.help,
        nodes: v.nodes.length,
      }));
    }, include);
  }

  close(): Promise<void> {
    return this.page.close();
  }
}

let cachedAxeSource: string | undefined;
function axeSource(): string {
  if (cachedAxeSource === undefined) {
    const require = createRequire(import.meta.url);
    cachedAxeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  }
  return cachedAxeSource;
}

/**
 * Run axe-core on any page (e.g. the extension's popup or options page opened in a tab), against
 * `include` (a selector; the whole document by default). Returns axe's violations, like
 * {@link FixturePage.axeViolations}.
 */
export async function axeViolationsOn(
  page: TestPage,
  include = 'html',
): Promise<Array<{ id: string; impact: string | null; help: string; nodes: number; targets: string[] }>> {
  const loaded = await page.evaluate(() => typeof (globalThis as { axe?: unknown }).axe === 'object');
  if (!loaded) await page.evaluateScript(axeSource());
  return page.evaluate(async (selector) => {
    const axe = (
      globalThis as unknown as {
        axe: {
          run(
            ctx: unknown,
            opts: unknown,
          ): Promise<{
            violations: Array<{
              id: string;
              impact?: string | null;
              help: string;
              nodes: Array<{ target: unknown[] }>;
            }>;
          }>;
        };
      }
    ).axe;
    const result = await axe.run({ include: [[selector]] }, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      nodes: v.nodes.length,
      targets: v.nodes.slice(0, 5).map((n) => n.target.map(String).join(' ')),
    }));
  }, include);
}
