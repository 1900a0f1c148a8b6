/**
 * Issue 7 (item 3): research a page cites, shown where it stands. On the blog post and the product
 * page (fixtures citing real studies in our own words, one with a misquoted duration), in Chromium
 * and Firefox:
 * - each citation has its own quiet mark beside its words, distinct from claim badges, naming the
 *   kind of study in its visible text and the study in its accessible name;
 * - a click opens the citation's card: the study's name, what it was, what it found, the misquote
 *   in one sentence; axe finds nothing on it; Esc closes it and focus returns to the mark;
 * - the card of a claim in the same paragraph has a "What this page cites" section;
 * - the popup counts the cited studies by kind.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, openExtensionPage, type BrowserName, type BrowserSession } from './browsers';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS_DIR, isBadgeNextTo, waitFor, FixturePage, OVERLAY_HOST, type BadgeInfo } from './pages';
import { startServer, type FixtureServer } from './server';

const CITE = '[data-pointwise-cite]';

/** The open card's computed opacity (it fades in), or 0. */
function cardOpacity(page: FixturePage): Promise<number> {
  return page.page.evaluate((host) => {
    const dialog = document.querySelector(host)?.shadowRoot?.querySelector('[role="dialog"]');
    return dialog ? Number(getComputedStyle(dialog).opacity) : 0;
  }, OVERLAY_HOST);
}

/** The open card's title and text (the dialog in the overlay's shadow root). */
function card(page: FixturePage): Promise<{ open: boolean; title: string; text: string }> {
  return page.page.evaluate((host) => {
    const root = document.querySelector(host)?.shadowRoot;
    const dialog = root?.querySelector<HTMLElement>('[role="dialog"]');
    if (!root || !dialog) return { open: false, title: '', text: '' };
    const labelledBy = dialog.getAttribute('aria-labelledby');
    const title = (labelledBy ? root.getElementById(labelledBy)?.textContent : '') ?? '';
    return { open: true, title: title.trim(), text: (dialog.textContent ?? '').replace(/\s+/g, ' ') };
  }, OVERLAY_HOST);
}

/** Click a mark in the middle, as a user does. */
async function clickMark(page: FixturePage, mark: BadgeInfo): Promise<void> {
  await page.page.mouseClick(mark.rect.x + mark.rect.width / 2, mark.rect.y + mark.rect.height / 2);
}

/** The citation marks once `n` are drawn, after scrolling `text` into view. */
async function citeMarksNear(page: FixturePage, text: string, n: number): Promise<BadgeInfo[]> {
  await page.scrollToText(text);
  return waitFor(
    () => page.badges(CITE),
    (marks) => marks.length >= n,
    { message: `expected ${n} citation marks near "${text}" on ${page.name}` },
  );
}

/** The popup's "Research this page cites" summary, over the fixture's tab. */
async function popupCitedSummary(
  session: BrowserSession,
  fixture: FixturePage,
  screenshot?: string,
): Promise<string[]> {
  const popup = await openExtensionPage(session, 'popup.html', {
    beforeGoto: async (p) => {
      await p.setViewport({ width: 380, height: 600 });
      await fixture.page.bringToFront();
    },
  });
  try {
    return await waitFor(
      () =>
        popup.evaluate(() =>
          [...document.querySelectorAll('.cited-summary, .cited-item')].map((el) =>
            (el.textContent ?? '').replace(/\s+/g, ' ').trim(),
          ),
        ),
      (lines) => lines.length > 0,
      { message: 'the popup shows no cited research' },
    );
  } finally {
    if (screenshot) {
      await popup.evaluate(() => document.querySelector('.cited')?.scrollIntoView({ block: 'end' }));
      mkdirSync(ARTIFACTS_DIR, { recursive: true });
      await popup.screenshot(join(ARTIFACTS_DIR, `${session.name}-${screenshot}.png`));
    }
    await popup.close();
  }
}

let server: FixtureServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.stop();
});

describe.each(['chromium', 'firefox'] as const)('cited research in %s', (browserName: BrowserName) => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await launchBrowser(browserName);
  });
  afterAll(async () => {
    await session?.close();
  });

  test('blog post: a quiet mark per study, its card, the claim card section, the popup count', async () => {
    const page = await FixturePage.open(session, server, 'blog-post.html');
    try {
      const marks = await citeMarksNear(page, 'What the research says', 3);
      const byRef = new Map(marks.map((m) => [m.data.reference, m]));
      expect([...byRef.keys()].sort()).toEqual(['chenWang2014', 'hohmann2012', 'userSurvey1999']);

      const hohmann = byRef.get('hohmann2012')!;
      expect(hohmann.tagName).toBe('button');
      expect(hohmann.focusable).toBe(true);
      // The full label where the line has room for it, else the compact mark (“” and ! for a misquote).
      expect(['Cited: mat study · figure differs', '“”!']).toContain(hohmann.text);
      expect(hohmann.accessibleName).toBe('Cited: mat study · figure differs — Hohmann et al., 2012. Open study card');
      expect(hohmann.data.misquotes).toBe('1');
      expect(['Cited: not a mat study', '“”']).toContain(byRef.get('chenWang2014')!.text);
      expect(['Cited: user survey', '“”']).toContain(byRef.get('userSurvey1999')!.text);
      // Each mark stands beside the words that cite the study.
      for (const [words, ref] of [
        ['a 2012 German trial by Hohmann and colleagues', 'hohmann2012'],
        ['a 2014 review by Chen and Wang of 15 studies', 'chenWang2014'],
        ['98% of users reported pain relief in a survey', 'userSurvey1999'],
      ] as const) {
        const rects = await page.textRects(words);
        expect(rects.length, words).toBeGreaterThan(0);
        expect(isBadgeNextTo(byRef.get(ref)!.rect, rects), `mark of ${ref} beside "${words}"`).toBe(true);
      }
      // Distinct from the claim badges: none of them is a citation.
      for (const badge of await page.badges()) expect(badge.data.reference).toBeUndefined();

      // Its card says what the study was, and the misquote in one sentence.
      await clickMark(page, hohmann);
      const opened = await waitFor(
        () => card(page),
        (c) => c.open,
        { message: 'clicking the citation mark opened no card' },
      );
      expect(opened.title).toBe('Hohmann et al., 2012');
      expect(opened.text).toContain('The 2012 study by Hohmann et al. lasted 14 days, not 14 weeks.');
      expect(opened.text).toContain('A study of acupressure mats themselves.');
      expect(opened.text).toContain('Participants');
      expect(opened.text).toContain('What it found');
      expect(opened.text).toMatch(/Back and neck pain: the study looked at this/);
      await waitFor(
        () => cardOpacity(page),
        (o) => o === 1,
        { message: 'the citation card never finished fading in' },
      );
      await page.screenshot('citation-card');
      expect.soft(await page.axeViolations(), 'axe on the citation card').toEqual([]);
      await page.page.press('Escape');
      await waitFor(
        () => card(page),
        (c) => !c.open,
        { message: 'Esc left the citation card open' },
      );

      // The survey's card: what kind of evidence it is.
      await clickMark(
        page,
        (await page.badges(CITE)).find((m) => m.data.reference === 'userSurvey1999')!,
      );
      const survey = await waitFor(
        () => card(page),
        (c) => c.open && c.title.includes('Zilberter'),
        { message: 'the survey citation opened no card of its own' },
      );
      expect(survey.text).toContain('no control group');
      await page.page.press('Escape');

      // A claim in the same paragraph: its card lists what the paragraph cites.
      const claim = (await page.badges()).find((b) => b.data.topic === 'back-neck' && b.rect.y > hohmann.rect.y - 80);
      expect(claim, 'a claim badge in the research paragraph').toBeDefined();
      await clickMark(page, claim!);
      const claimCard = await waitFor(
        () => card(page),
        (c) => c.open && c.text.includes('What this page cites'),
        { message: 'the claim card has no "What this page cites" section' },
      );
      expect(claimCard.text).toContain('Hohmann et al., 2012');
      expect(claimCard.text).toContain('lasted 14 days, not 14 weeks');
      await page.page.press('Escape');

      const popup = await popupCitedSummary(session, page, 'popup-cited');
      expect(popup[0]).toBe(
        'Cites 3 studies: 1 of mats, 1 of other kinds of acupressure, 1 user survey. 1 figure differs from the study.',
      );
      expect(popup.slice(1).join('\n')).toContain('The 2012 study by Hohmann et al. lasted 14 days, not 14 weeks.');

      // The options page switches citation marks off at once; claim badges stay.
      const claimsBefore = (await page.badges()).length;
      const options = await openExtensionPage(session, 'options.html');
      try {
        await waitFor(
          () => options.evaluate(() => document.querySelector('#opt-citations') !== null),
          (present) => present,
          { message: 'no "Show cited research" switch on the options page' },
        );
        await options.evaluate(() => document.querySelector<HTMLElement>('#opt-citations')!.click());
        await waitFor(
          () => page.badges(CITE),
          (marks) => marks.length === 0,
          { message: 'citation marks stayed after switching them off' },
        );
        expect((await page.badges()).length).toBe(claimsBefore);
        await options.evaluate(() => document.querySelector<HTMLElement>('#opt-citations')!.click());
        await waitFor(
          () => page.badges(CITE),
          (marks) => marks.length >= 3,
          { message: 'citation marks did not come back' },
        );
      } finally {
        await options.close();
      }
      expect(page.errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  test('at phone width the citation card fits the screen', async () => {
    const page = await FixturePage.open(session, server, 'blog-post.html', {
      beforeGoto: (tab) => tab.setViewport({ width: 390, height: 800 }),
    });
    try {
      const marks = await citeMarksNear(page, 'What the research says', 3);
      await clickMark(
        page,
        marks.find((m) => m.data.reference === 'hohmann2012')!,
      );
      await waitFor(
        () => cardOpacity(page),
        (o) => o === 1,
        { message: 'the citation card never finished fading in at 390 px' },
      );
      const rect = await page.page.evaluate((host) => {
        const r = document.querySelector(host)!.shadowRoot!.querySelector('[role="dialog"]')!.getBoundingClientRect();
        return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
      }, OVERLAY_HOST);
      expect(rect.left).toBeGreaterThanOrEqual(0);
      expect(rect.right).toBeLessThanOrEqual(390);
      expect(rect.top).toBeGreaterThanOrEqual(0);
      expect(rect.bottom).toBeLessThanOrEqual(800);
      await page.screenshot('citation-card-390');
      expect(page.errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  test('product page: the description’s citations are marked and counted', async () => {
    const page = await FixturePage.open(session, server, 'amazon-product.html');
    try {
      const marks = await citeMarksNear(page, 'Backed by science', 2);
      expect(marks.map((m) => [m.data.reference, m.data.kind, m.data.misquotes])).toEqual([
        ['hohmann2012', 'mat', '1'],
        ['chenWang2014', 'other-acupressure', '0'],
      ]);
      expect(await popupCitedSummary(session, page)).toContain(
        'Cites 2 studies: 1 of mats, 1 of other kinds of acupressure. 1 figure differs from the study.',
      );
      expect(page.errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
