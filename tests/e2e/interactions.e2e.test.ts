/**
 * Issue 3, items 4 and 9, in Chromium: a claim inside a link (the badge never follows the link and
 * opens the card; Esc closes it and gives focus back), keyboard access to badges and cards, and a
 * dark page with `prefers-reduced-motion: reduce` (readable colours, no motion).
 */
import type { Page as PlaywrightPage } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, type BrowserSession } from './browsers';
import {
  badgeLooks,
  claimHighlights,
  CONTRACT_STATUS_LABELS,
  contrast,
  expectClaim,
  expectConsistentPage,
  expectMarks,
  highlightLooks,
  isClaimHighlight,
  over,
  parseColour,
  probe,
} from './claims';
import { FixturePage, OVERLAY_HOST, waitFor } from './pages';
import { startServer, type FixtureServer } from './server';

/** Words a topic's title must contain for a reader to recognise it (contracts.md §1). */
const TOPIC_WORDS: Record<string, RegExp> = {
  pain: /pain/i,
  'back-neck': /back|neck/i,
  'muscle-tension': /muscle|tension/i,
  sleep: /sleep|insomnia/i,
  'stress-anxiety': /stress|anxiety/i,
  headache: /headache|migraine/i,
  fibromyalgia: /fibromyalgia/i,
  hormones: /hormone|endorphin|cortisol/i,
  circulation: /circulation|blood flow/i,
  'blood-pressure': /blood pressure/i,
  energy: /energy|fatigue/i,
  weight: /weight|metabolism/i,
  digestion: /digestion|gut/i,
  skin: /skin/i,
  'sexual-health': /sexual/i,
  'immunity-detox': /immun|detox/i,
  recovery: /recovery|injur/i,
  disease: /disease/i,
  safety: /safe/i,
};

/** The open card (role=dialog in the overlay's shadow root), as a reader sees it. */
interface CardState {
  open: boolean;
  title: string;
  text: string;
  rect: { x: number; y: number; width: number; height: number } | null;
  referenceLinks: string[];
  viewport: { width: number; height: number };
}

function cardState(page: FixturePage): Promise<CardState> {
  return page.page.evaluate((host) => {
    const root = document.querySelector(host)?.shadowRoot;
    const dialog = root?.querySelector<HTMLElement>('[role="dialog"]');
    const viewport = { width: document.documentElement.clientWidth, height: document.documentElement.clientHeight };
    if (!root || !dialog) return { open: false, title: '', text: '', rect: null, referenceLinks: [], viewport };
    const r = dialog.getBoundingClientRect();
    const labelledBy = dialog.getAttribute('aria-labelledby');
    const title = (labelledBy ? root.getElementById(labelledBy)?.textContent : dialog.getAttribute('aria-label')) ?? '';
    return {
      open: r.width > 0 && r.height > 0,
      title: title.trim(),
      text: (dialog.textContent ?? '').replace(/\s+/g, ' '),
      rect: { x: r.x, y: r.y, width: r.width, height: r.height },
      referenceLinks: [...dialog.querySelectorAll<HTMLAnchorElement>('a[href]')].map((a) => a.href),
      viewport,
    };
  }, OVERLAY_HOST);
}

/** The badge that has keyboard focus (inside the overlay's shadow root), or null. */
function focusedBadge(page: FixturePage) {
  return page.page.evaluate((host) => {
    const hostEl = document.querySelector(host);
    if (!hostEl || document.activeElement !== hostEl) return null;
    const active = hostEl.shadowRoot?.activeElement as HTMLElement | null | undefined;
    if (!active?.matches('[data-pointwise-badge]')) return null;
    const r = active.getBoundingClientRect();
    return {
      data: { ...active.dataset } as Record<string, string>,
      accessibleName: active.getAttribute('aria-label') ?? '',
      rect: { x: r.x, y: r.y, width: r.width, height: r.height },
    };
  }, OVERLAY_HOST);
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

let server: FixtureServer;
let session: BrowserSession;
beforeAll(async () => {
  server = await startServer();
  session = await launchBrowser('chromium');
});
afterAll(async () => {
  await session?.close();
  await server?.stop();
});

describe('claims inside links, keyboard and dark page in chromium', () => {
  test('a claim inside a link: highlighted and badged; clicking the badge opens the card and does not navigate', async () => {
    const page = await FixturePage.open(session, server, 'claim-in-link.html');
    try {
      await expectMarks(
        page,
        [
          { in: { selector: '#claim-link' }, topic: 'back-neck' }, // "…relieves sciatica pain…" is the whole link text
          { in: { selector: '#partial-link' }, topic: 'sleep', stance: 'hedged' }, // "Readers tell us…"
        ],
        [{ selector: '#deal-3' }],
      );
      // One claim in the link, so one badge (not one per word of it).
      const inLink = (await probe(page, { selector: '#claim-link' })).hits.filter((h) => isClaimHighlight(h.name));
      const described = inLink.map((h) => `${h.name} "${h.text}"`).join(', ');
      expect.soft(inLink.length, `claims marked in #claim-link: ${described}`).toBe(1);
      await expectConsistentPage(page);

      const { badge } = await expectClaim(page, { in: { selector: '#claim-link' }, topic: 'back-neck' });
      const before = page.page.url();
      await page.page.mouseClick(badge.rect.x + badge.rect.width / 2, badge.rect.y + badge.rect.height / 2);
      const card = await waitFor(
        () => cardState(page),
        (c) => c.open,
        {
          timeoutMs: 3_000,
          message: 'clicking the badge opened no card',
        },
      );
      await sleep(400); // a navigation, if the click leaked to the link, would have started by now
      expect(page.page.url(), 'the page did not follow the link').toBe(before);
      expect(await page.page.evaluate(() => document.getElementById('target-heading') === null)).toBe(true);
      expect(card.title).toMatch(TOPIC_WORDS['back-neck']!);
      // The card fits on screen.
      const r = card.rect!;
      expect(r.x).toBeGreaterThanOrEqual(0);
      expect(r.y).toBeGreaterThanOrEqual(0);
      expect(r.x + r.width).toBeLessThanOrEqual(card.viewport.width + 1);
      expect(r.y + r.height).toBeLessThanOrEqual(card.viewport.height + 1);
      await sleep(300); // let the card finish fading in
      await page.screenshot('claim-in-link-card');

      await page.page.press('Escape');
      await waitFor(
        () => cardState(page),
        (c) => !c.open,
        { timeoutMs: 2_000, message: 'Esc did not close the card' },
      );
      const focused = await focusedBadge(page);
      expect(focused?.data.id, 'focus returns to the badge that opened the card').toBe(badge.data.id);
      expect(page.page.url()).toBe(before);
      expect(page.errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  test('keyboard: Tab reaches a badge with a telling name, Enter opens its card, Esc closes it', async () => {
    const page = await FixturePage.open(session, server, 'claim-in-link.html');
    try {
      await waitFor(
        () => page.badges(),
        (b) => b.length > 0,
        { message: 'no badges to reach' },
      );
      let focused: Awaited<ReturnType<typeof focusedBadge>> = null;
      for (let i = 0; i < 30 && !focused; i += 1) {
        await page.page.press('Tab');
        focused = await focusedBadge(page);
      }
      expect(focused, 'Tab reached a badge').not.toBeNull();
      const { data, accessibleName } = focused!;
      // Its accessible name says the status in the contract's words and what the claim is about.
      expect(accessibleName).toContain(CONTRACT_STATUS_LABELS[data.status!]);
      expect(accessibleName).toMatch(TOPIC_WORDS[data.topic!]!);

      // Whatever focus alone shows, Esc clears it; then Enter opens the card.
      await page.page.press('Escape');
      await waitFor(
        () => cardState(page),
        (c) => !c.open,
        { timeoutMs: 2_000, message: 'Esc left a card open' },
      );
      expect((await focusedBadge(page))?.data.id, 'Esc keeps focus on the badge').toBe(data.id);
      await page.page.press('Enter');
      const card = await waitFor(
        () => cardState(page),
        (c) => c.open,
        { timeoutMs: 3_000, message: 'Enter opened no card' },
      );

      expect(card.title, 'the card is titled with the topic').toMatch(TOPIC_WORDS[data.topic!]!);
      expect(accessibleName, 'the badge names the topic the card is titled with').toContain(card.title);
      expect(card.text).toContain(CONTRACT_STATUS_LABELS[data.status!]);
      expect(card.text).toContain('What trials of mats found');
      expect(card.text).toMatch(/References/);
      expect(card.referenceLinks.filter((href) => /^https?:\/\//.test(href)).length, 'reference links').toBeGreaterThan(
        0,
      );
      await sleep(300); // let the card finish fading in
      await page.screenshot('keyboard-card');

      const violations = await page.axeViolations();
      expect.soft(violations, 'axe on the overlay with a card open').toEqual([]);

      await page.page.press('Escape');
      await waitFor(
        () => cardState(page),
        (c) => !c.open,
        { timeoutMs: 2_000, message: 'Esc did not close the card' },
      );
      expect((await focusedBadge(page))?.data.id, 'focus returns to the badge').toBe(data.id);
      expect(page.errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  test('dark page with reduced motion: claims marked in readable colours, nothing moves', async () => {
    const page = await FixturePage.open(session, server, 'dark-page.html', {
      beforeGoto: (tab) => (tab.raw as PlaywrightPage).emulateMedia({ reducedMotion: 'reduce', colorScheme: 'dark' }),
    });
    try {
      expect(await page.page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches)).toBe(true);
      await expectMarks(
        page,
        [
          { in: 'the mat started to relieve the ache in my lower back', topic: 'back-neck' },
          { in: 'Fifteen minutes on the mat helps me fall asleep', topic: 'sleep' },
          { in: 'The mat eases my anxiety on the drive home', topic: 'stress-anxiety' },
          { in: 'claim it may also help with migraines', topic: 'headache', stance: 'hedged' },
        ],
        ['It did not fix my circadian rhythm'],
      );
      expect((await claimHighlights(page)).length, 'highlights on the dark page').toBeGreaterThan(0);
      await expectConsistentPage(page);

      const badges = await badgeLooks(page);
      for (const b of badges) {
        const fill = over(b.background, b.pageBackground);
        const ink = over(b.color, `rgb(${fill.join(',')})`);
        expect.soft(contrast(ink, fill), `badge ${b.topic} text against its fill`).toBeGreaterThanOrEqual(4.5);
        // No motion: no transitions or animations on badges.
        const still = b.transitionDuration.split(',').every((d) => Number.parseFloat(d) === 0);
        expect.soft(still, `badge ${b.topic} transitions: ${b.transitionDuration}`).toBe(true);
        expect.soft(b.animationName, `badge ${b.topic} animation`).toBe('none');
      }
      for (const hl of await highlightLooks(page)) {
        const page_ = parseColour(hl.pageBackground);
        const tinted = over(hl.background, hl.pageBackground);
        const text = over(hl.textColor, `rgb(${tinted.join(',')})`);
        // The page's text stays readable through the tint, and the mark itself is visible.
        expect.soft(contrast(text, tinted), `text under ${hl.name} on "${hl.text}"`).toBeGreaterThanOrEqual(4.5);
        if (/underline/.test(hl.decorationLine)) {
          const line = over(hl.decorationColor, hl.pageBackground);
          expect
            .soft(contrast(line, page_.slice(0, 3)), `underline of ${hl.name} against the dark page`)
            .toBeGreaterThanOrEqual(3);
        }
      }
    } finally {
      await page.close();
    }
  });
});
