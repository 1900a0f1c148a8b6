/**
 * Issue 4 (items 1, 5 and 6): the toolbar popup and the options page of the built extension.
 *
 * How the popup is opened: browsers give automation no way to click the toolbar button, so the
 * popup's own page (chrome-extension://<id>/popup.html, moz-extension://<uuid>/popup.html) is opened
 * in a tab of the same window, 380 × 600 like the real popup. The fixture's tab is brought to the
 * front before the popup page loads, so the popup finds it the way the real popup does (the active
 * tab of the last focused window, skipping its own tab). Nothing test-only is built into the popup.
 *
 * Chromium: the "On this site" and "Everywhere" switches take annotations off and back on in the
 * open page without a reload (highlights, badges, toolbar badge, stored settings; a popup opened
 * afresh shows the stored choice); the switches work by keyboard; choosing a claim (Enter) scrolls
 * the page to it and flashes it; the keyboard shortcut's command toggles the site (see that test
 * for what headless Chromium does with the key itself); the popup says so on a browser page;
 * axe-core finds nothing on the popup (light and dark, every section open, claims / not about mats
 * / switched off / out of reach) or on the options page (light and dark); the options page saves
 * at once, open tabs follow, and it manages the switched-off sites by keyboard; screenshots of the
 * popup in light and dark on a page with claims and on an unrelated page, and of the options page.
 * Firefox: the "On this site" toggle test, and a screenshot of the popup.
 */
import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  launchChromium,
  launchFirefox,
  openExtensionPage,
  type BrowserSession,
  type ChromiumSession,
  type TestPage,
} from './browsers';
import { isClaimHighlight } from './claims';
import { ARTIFACTS_DIR, axeViolationsOn, FixturePage, OVERLAY_HOST, waitFor } from './pages';
import { startServer, type FixtureServer } from './server';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

/** The fixture server's host, which is the site key the popup's "On this site" switches. */
const SITE = '127.0.0.1';

/** The bits of the extension API the tests call inside extension pages and the service worker. */
interface ExtensionApi {
  storage: { local: { get(key: string | null): Promise<Record<string, unknown>>; set(items: object): Promise<void> } };
  commands: { onCommand: { dispatch(command: string): void } };
}

/** What the popup shows, read the way a user reads it. */
interface PopupView {
  /** "On this page" state: claims, not-relevant, off-site, off-everywhere, unreachable, reading, … */
  state: string | null;
  switches: Array<{ name: string; checked: boolean; disabled: boolean; hint: string }>;
  headline: string;
  groups: Array<{
    title: string;
    badge: string;
    status: string;
    claims: Array<{ id: number; phrase: string; text: string }>;
  }>;
  emptyTitle: string;
  footer: string;
}

function popupView(popup: TestPage): Promise<PopupView> {
  return popup.evaluate(() => {
    const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
    const switches = [...document.querySelectorAll<HTMLInputElement>('input[role="switch"]')].map((input) => {
      const labelledBy = input.getAttribute('aria-labelledby') ?? '';
      const describedBy = input.getAttribute('aria-describedby') ?? '';
      return {
        name: text(document.getElementById(labelledBy)),
        checked: input.checked,
        disabled: input.disabled,
        hint: text(document.getElementById(describedBy)),
      };
    });
    const groups = [...document.querySelectorAll('.topic-group')].map((group) => ({
      title: text(group.querySelector('.topic-title')),
      badge: text(group.querySelector('.status-badge')),
      status: group.querySelector('.status-badge')?.getAttribute('data-status') ?? '',
      claims: [...group.querySelectorAll<HTMLButtonElement>('button[data-claim-id]')].map((button) => ({
        id: Number(button.dataset.claimId),
        phrase: text(button.querySelector('.claim-phrase')),
        text: text(button.querySelector('.claim-text')),
      })),
    }));
    return {
      state: document.querySelector('.page-section')?.getAttribute('data-state') ?? null,
      switches,
      headline: text(document.querySelector('.page-headline')),
      groups,
      emptyTitle: text(document.querySelector('.empty-title')),
      footer: text(document.querySelector('footer')),
    };
  });
}

/** The accessible name of the focused element, roughly as assistive technology computes it. */
function focusedName(page: TestPage): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return '';
    const byIds = (ids: string) =>
      ids
        .split(/\s+/)
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' ');
    const name = el.getAttribute('aria-labelledby')
      ? byIds(el.getAttribute('aria-labelledby')!)
      : (el.getAttribute('aria-label') ?? el.textContent ?? '');
    return name.replace(/\s+/g, ' ').trim();
  });
}

/** Wait until the popup shows `state` (it asks the page again every moment it is open). */
function waitForPopupState(popup: TestPage, state: string, timeoutMs = 8_000): Promise<PopupView> {
  return waitFor(
    () => popupView(popup),
    (v) => v.state === state,
    {
      timeoutMs,
      message: `the popup never showed "${state}"`,
    },
  );
}

/**
 * Open the popup's page over `fixture`: a new tab, sized like the popup, whose page loads while
 * the fixture's tab is in front, so the popup speaks for the fixture.
 */
async function openPopupOver(
  session: BrowserSession,
  fixture: { page: TestPage },
  options: { colorScheme?: 'light' | 'dark' } = {},
): Promise<TestPage> {
  const popup = await openExtensionPage(session, 'popup.html', {
    beforeGoto: async (page) => {
      await page.setViewport({ width: 380, height: 600 });
      if (options.colorScheme) {
        if (session.name === 'chromium')
          await (page.raw as PlaywrightPage).emulateMedia({ colorScheme: options.colorScheme });
        else
          await (page.raw as PuppeteerPage).emulateMediaFeatures([
            { name: 'prefers-color-scheme', value: options.colorScheme },
          ]);
      }
      await fixture.page.bringToFront();
    },
  });
  await waitFor(
    () => popupView(popup),
    (v) => v.state !== null && v.state !== 'loading',
    {
      message: 'the popup never got an answer from the page',
    },
  );
  return popup;
}

/** Toggle a switch by its visible name, as a user does: Chromium clicks it through its accessible name. */
async function clickSwitch(
  session: BrowserSession,
  popup: TestPage,
  name: 'On this site' | 'Everywhere',
  fixture: FixturePage,
) {
  if (session.name === 'chromium') {
    await (popup.raw as PlaywrightPage).getByRole('switch', { name, exact: true }).click();
    return;
  }
  // Firefox throttles background tabs: click with the popup in front, then put the page back.
  await popup.bringToFront();
  await (popup.raw as PuppeteerPage).click(name === 'On this site' ? '#switch-site' : '#switch-everywhere');
  await fixture.page.bringToFront();
}

/** How many claim ranges are highlighted on the page. */
async function claimRangeCount(fixture: FixturePage): Promise<number> {
  return (await fixture.highlights()).filter((h) => isClaimHighlight(h.name)).reduce((n, h) => n + h.ranges.length, 0);
}

/**
 * The stored settings, read from an extension page, with `disabledSites` gathered (sorted) from the
 * per-site `site-off:<site>` keys the sites are kept in.
 */
function storedSettings(
  page: TestPage,
): Promise<{ enabled?: boolean; disabledSites?: string[]; showNegated?: boolean; badgeStyle?: string }> {
  return page.evaluate(async () => {
    const g = globalThis as unknown as { browser?: ExtensionApi; chrome: ExtensionApi };
    const stored = await (g.browser ?? g.chrome).storage.local.get(null);
    const disabledSites = Object.keys(stored)
      .filter((key) => key.startsWith('site-off:') && stored[key] === true)
      .map((key) => key.slice('site-off:'.length))
      .sort();
    return { ...((stored.settings as object | undefined) ?? {}), disabledSites };
  });
}

/** Save a screenshot of an extension page to tests/e2e/artifacts/<browser>-<name>.png. */
async function saveScreenshot(
  session: BrowserSession,
  page: TestPage,
  name: string,
  fullPage = false,
): Promise<string> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const path = join(ARTIFACTS_DIR, `${session.name}-${name}.png`);
  await page.screenshot(path, { fullPage });
  return path;
}

/** Open every disclosure of the popup (and the first topic of "Evidence at a glance"), so axe sees it all. */
async function openAllSections(popup: TestPage): Promise<void> {
  await popup.evaluate(() => {
    for (const button of document.querySelectorAll<HTMLButtonElement>('.disclosure-button[aria-expanded="false"]'))
      button.click();
    const first = document.querySelector<HTMLDetailsElement>('.glance-item');
    if (first) first.open = true;
  });
}

/** Everything the toggle tests check on the page, before and after. */
async function annotationState(fixture: FixturePage) {
  return { badges: (await fixture.badges()).length, ranges: await claimRangeCount(fixture) };
}

/**
 * Shared by both browsers: the "On this site" switch takes the page's annotations away and brings
 * them back, at once and without a reload; the toolbar badge follows; the choice is stored, and a
 * popup opened afresh shows it.
 */
async function toggleSiteFromPopup(session: BrowserSession, server: FixtureServer): Promise<void> {
  const fixture = await FixturePage.open(session, server, 'blog-post.html');
  const before = await annotationState(fixture);
  expect(before.badges).toBeGreaterThan(0);
  expect(before.ranges).toBeGreaterThan(0);
  const count = await waitFor(
    () => fixture.toolbarBadge(),
    (t) => t !== '',
    { message: 'no toolbar count on the blog post' },
  );
  // A reload would lose this.
  await fixture.page.evaluate(() => void ((window as unknown as { popupTestMarker: number }).popupTestMarker = 42));

  let popup = await openPopupOver(session, fixture);
  let view = await waitForPopupState(popup, 'claims');
  expect(view.switches).toEqual([
    { name: 'On this site', checked: true, disabled: false, hint: SITE },
    { name: 'Everywhere', checked: true, disabled: false, hint: expect.any(String) },
  ]);
  // The popup counts what the page shows: as many claims as the toolbar.
  expect(view.headline).toMatch(new RegExp(`^${count} claims? about \\d+ topics?`));
  expect(view.groups.flatMap((g) => g.claims).length).toBeGreaterThan(0);
  if (session.name === 'firefox') {
    await popup.bringToFront();
    await saveScreenshot(session, popup, 'popup-blog-post-light');
    await fixture.page.bringToFront();
  }

  await clickSwitch(session, popup, 'On this site', fixture);
  await waitFor(
    () => annotationState(fixture),
    (s) => s.badges === 0 && s.ranges === 0,
    {
      message: 'badges and highlights stayed after switching the site off',
    },
  );
  await fixture.waitForToolbarBadge('');
  view = await waitForPopupState(popup, 'off-site');
  expect(view.switches[0]).toMatchObject({ name: 'On this site', checked: false });
  expect(view.emptyTitle).toBe(`Annotations are off on ${SITE}`);
  expect((await storedSettings(popup)).disabledSites).toEqual([SITE]);
  await popup.close();

  // Remembered: a popup opened afresh shows the site off.
  popup = await openPopupOver(session, fixture);
  view = await waitForPopupState(popup, 'off-site');
  expect(view.switches[0]).toMatchObject({ checked: false });

  await clickSwitch(session, popup, 'On this site', fixture);
  await waitFor(
    () => annotationState(fixture),
    // Every highlight, and the marks: one more or fewer is allowed, because on a heavily loaded
    // machine the overlay can stop its hit tests (three slow ones, overlay/occlusion.ts) and then
    // leaves out a mark that would need room outside its block rather than risk covering words; a
    // fresh overlay starts with them on again.
    (s) => s.ranges === before.ranges && s.badges > 0 && Math.abs(s.badges - before.badges) <= 1,
    {
      message: `badges and highlights did not come back after switching the site on (before: ${JSON.stringify(before)})`,
    },
  );
  await fixture.waitForToolbarBadge(count);
  view = await waitForPopupState(popup, 'claims');
  expect(view.switches[0]).toMatchObject({ checked: true });
  expect((await storedSettings(popup)).disabledSites).toEqual([]);

  expect(await fixture.page.evaluate(() => (window as unknown as { popupTestMarker?: number }).popupTestMarker)).toBe(
    42,
  );
  expect(fixture.errors).toEqual([]);
  expect(popup.errors.list()).toEqual([]);
  await popup.close();
  await fixture.close();
}

describe('popup and options in chromium', () => {
  let server: FixtureServer;
  let session: ChromiumSession;
  beforeAll(async () => {
    server = await startServer();
    session = await launchChromium();
  });
  afterAll(async () => {
    await session?.close();
    await server?.stop();
  });

  test('"On this site" takes the annotations off and back on at once, without a reload', async () => {
    await toggleSiteFromPopup(session, server);
  });

  test('"Everywhere" takes them off and back on; the site switch waits for it', async () => {
    const fixture = await FixturePage.open(session, server, 'blog-post.html');
    const before = await annotationState(fixture);
    const count = await waitFor(
      () => fixture.toolbarBadge(),
      (t) => t !== '',
    );
    const popup = await openPopupOver(session, fixture);
    await waitForPopupState(popup, 'claims');

    // By keyboard: Tab goes Settings → On this site → Everywhere; Space flips the switch.
    const raw = popup.raw as PlaywrightPage;
    const names: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      await raw.keyboard.press('Tab');
      names.push(await focusedName(popup));
    }
    expect(names).toEqual(['Settings', 'On this site', 'Everywhere']);
    await raw.keyboard.press('Space');
    await waitFor(
      () => annotationState(fixture),
      (s) => s.badges === 0 && s.ranges === 0,
    );
    await fixture.waitForToolbarBadge('');
    const view = await waitForPopupState(popup, 'off-everywhere');
    expect(view.switches.map((s) => [s.name, s.checked, s.disabled])).toEqual([
      ['On this site', false, true],
      ['Everywhere', false, false],
    ]);
    expect((await storedSettings(popup)).enabled).toBe(false);
    expect(await axeViolationsOn(popup)).toEqual([]);

    // The empty state's own button turns it back on.
    await raw.getByRole('button', { name: 'Turn on everywhere' }).click();
    await waitFor(
      () => annotationState(fixture),
      (s) => s.badges === before.badges && s.ranges === before.ranges,
    );
    await fixture.waitForToolbarBadge(count);
    await waitForPopupState(popup, 'claims');
    expect(popup.errors.list()).toEqual([]);
    await popup.close();
    await fixture.close();
  });

  test('choosing a claim in the popup scrolls the page to it and flashes it', async () => {
    const fixture = await FixturePage.open(session, server, 'blog-post.html');
    await fixture.page.evaluate(() => window.scrollTo(0, 0));
    const popup = await openPopupOver(session, fixture);
    const view = await waitForPopupState(popup, 'claims');

    // The claim lowest on the page: out of view at the top.
    const viewportHeight = await fixture.page.evaluate(() => window.innerHeight);
    let target: { id: number; phrase: string; y: number } | undefined;
    for (const claim of view.groups.flatMap((g) => g.claims)) {
      const rects = await fixture.textRects(claim.phrase);
      const y = rects[0]?.y ?? -1;
      if (!target || y > target.y) target = { id: claim.id, phrase: claim.phrase, y };
    }
    expect(target!.y).toBeGreaterThan(viewportHeight);

    // By keyboard: focus the claim's button, press Enter.
    await (popup.raw as PlaywrightPage).locator(`button[data-claim-id="${target!.id}"]`).focus();
    expect(await focusedName(popup)).toContain(target!.phrase);
    await (popup.raw as PlaywrightPage).keyboard.press('Enter');
    await fixture.page.bringToFront();
    const rects = await waitFor(
      () => fixture.textRects(target!.phrase),
      (r) => r.length > 0 && r[0]!.y >= 0 && r[r.length - 1]!.y + r[r.length - 1]!.height <= viewportHeight,
      { message: `"${target!.phrase}" never scrolled into view` },
    );
    expect(rects.length).toBeGreaterThan(0);
    // Flashed: the page's flash highlight covers the claim, and its badge pulses.
    const flash = await fixture.page.evaluate((host) => {
      const highlight = CSS.highlights.get('pointwise-flash') as unknown as Set<AbstractRange> | undefined;
      const root = document.querySelector(host)?.shadowRoot;
      return { ranges: highlight ? highlight.size : 0, badge: !!root?.querySelector('[data-pointwise-badge].flash') };
    }, OVERLAY_HOST);
    expect(flash.ranges).toBeGreaterThan(0);
    expect(flash.badge).toBe(true);
    expect(await popup.evaluate(() => document.querySelector('.reveal-status')?.textContent)).toBe(
      'Shown on the page.',
    );
    expect(fixture.errors).toEqual([]);
    await popup.close();
    await fixture.close();
  });

  test('the keyboard shortcut toggles annotations on the site', async ({ annotate }) => {
    const fixture = await FixturePage.open(session, server, 'blog-post.html');
    const before = await annotationState(fixture);
    const count = await waitFor(
      () => fixture.toolbarBadge(),
      (t) => t !== '',
    );

    // First, the key itself. Headless Chromium sends CDP key events to the page, not to the
    // browser's shortcut handling, so extension commands do not fire this way (as of Chromium 14x).
    await fixture.page.bringToFront();
    await fixture.page.press('Alt+Shift+P');
    const keyWorked = await waitFor(
      () => annotationState(fixture),
      (s) => s.badges === 0,
      { timeoutMs: 1_000 },
    ).then(
      () => true,
      () => false,
    );
    /**
     * Otherwise fire the command the key is bound to, in the service worker: `onCommand.dispatch`
     * runs the background's own handler (find the active tab, send it 'pointwise:toggle-site'),
     * so everything after the key press is the real path. The binding itself is the manifest's.
     */
    const fireCommand = async () => {
      await fixture.page.bringToFront();
      const worker = await session.serviceWorker();
      await worker.evaluate(() => {
        (globalThis as unknown as { chrome: ExtensionApi }).chrome.commands.onCommand.dispatch('toggle-site');
      });
    };
    if (!keyWorked) {
      await annotate(
        'Alt+Shift+P did not reach the extension in headless Chromium; the toggle-site command was dispatched in the service worker instead',
      );
      await fireCommand();
    }
    await waitFor(
      () => annotationState(fixture),
      (s) => s.badges === 0 && s.ranges === 0,
      {
        message: 'the shortcut did not switch the site off',
      },
    );
    await fixture.waitForToolbarBadge('');
    const helper = await session.extensionPage();
    const stored = await helper.evaluate(async (site) => {
      const key = `site-off:${site}`;
      return (await (globalThis as unknown as { chrome: ExtensionApi }).chrome.storage.local.get(key))[key];
    }, SITE);
    expect(stored).toBe(true);

    if (keyWorked) await fixture.page.press('Alt+Shift+P');
    else await fireCommand();
    await waitFor(
      () => annotationState(fixture),
      (s) => s.badges === before.badges && s.ranges === before.ranges,
      {
        message: 'the shortcut did not switch the site back on',
      },
    );
    await fixture.waitForToolbarBadge(count);
    expect(fixture.errors).toEqual([]);
    expect(session.backgroundErrors.list()).toEqual([]);
    await fixture.close();
  });

  test('the popup passes axe and looks calm in light and dark, with claims and on an unrelated page', async () => {
    const shots: string[] = [];
    for (const [fixtureName, state] of [
      ['amazon-search.html', 'claims'],
      ['unrelated.html', 'not-relevant'],
    ] as const) {
      const fixture = await FixturePage.open(session, server, fixtureName, {
        waitForReady: fixtureName !== 'unrelated.html',
      });
      for (const colorScheme of ['light', 'dark'] as const) {
        const popup = await openPopupOver(session, fixture, { colorScheme });
        const view = await waitForPopupState(popup, state);
        if (state === 'claims') {
          expect(view.headline).toMatch(/^\d+ claims about \d+ topics/);
          expect(view.headline).toMatch(/\d+ stated as proven/);
          // Same words as the page's badges, for the topic's status.
          for (const group of view.groups) expect(group.badge).not.toBe('');
          // The search page shows no safety warning of its own: the popup says so.
          expect(await popup.evaluate(() => !!document.querySelector('.safety-callout'))).toBe(true);
        } else {
          expect(view.emptyTitle).toBe('This page isn’t about acupressure mats');
        }
        expect(view.footer).toContain('Not medical advice');
        expect(view.footer).toContain('Runs entirely in your browser. Nothing is sent anywhere.');
        expect(view.footer).toMatch(/Knowledge base v\d+\.\d+\.\d+/);
        await popup.evaluate(() => document.fonts.ready.then(() => undefined));
        shots.push(await saveScreenshot(session, popup, `popup-${fixtureName.replace('.html', '')}-${colorScheme}`));
        await openAllSections(popup);
        expect(await axeViolationsOn(popup)).toEqual([]);
        expect(popup.errors.list()).toEqual([]);
        await popup.close();
      }
      await fixture.close();
    }
    expect(shots).toHaveLength(4);
  });

  test('the popup on a page the browser keeps extensions out of says so', async () => {
    // A browser page: no content script may run there, so nothing answers the popup.
    const other = await session.newPage();
    await other.goto('chrome://version/');
    const popup = await openPopupOver(session, { page: other });
    const view = await waitForPopupState(popup, 'unreachable');
    expect(view.emptyTitle).toBe('Pointwise can’t read this page');
    expect(view.switches[0]).toMatchObject({
      name: 'On this site',
      disabled: true,
      hint: 'Not available on this page',
    });
    expect(await axeViolationsOn(popup)).toEqual([]);
    await popup.close();
    await other.close();
  });

  test('the options page saves at once, manages the switched-off sites and passes axe', async () => {
    const fixture = await FixturePage.open(session, server, 'cautious-article.html');
    const badgesBefore = (await fixture.badges()).length;
    const options = await openExtensionPage(session, 'options.html');
    const raw = options.raw as PlaywrightPage;
    await raw.getByRole('switch', { name: 'Show statements that doubt a claim' }).waitFor();
    expect(await axeViolationsOn(options)).toEqual([]);

    // A change is stored at once, said quietly, and open tabs follow.
    await raw.getByRole('switch', { name: 'Show statements that doubt a claim' }).click();
    await raw.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    expect((await storedSettings(options)).showNegated).toBe(true);
    await fixture.page.bringToFront();
    await waitFor(
      () => fixture.badges(),
      (b) => b.length > badgesBefore,
      { message: 'doubting statements did not appear' },
    );
    await raw.getByRole('switch', { name: 'Show statements that doubt a claim' }).click();
    await waitFor(
      () => fixture.badges(),
      (b) => b.length === badgesBefore,
    );

    await raw.getByRole('radio', { name: 'Compact', exact: true }).check();
    await waitFor(
      () => storedSettings(options),
      (s) => s.badgeStyle === 'compact',
    );
    // Arrow keys move through the styles, each saved at once.
    await raw.keyboard.press('ArrowUp');
    await waitFor(
      () => storedSettings(options),
      (s) => s.badgeStyle === 'highlights-only',
    );
    await raw.getByRole('radio', { name: 'Badges and highlights', exact: true }).check();
    await waitFor(
      () => storedSettings(options),
      (s) => s.badgeStyle === 'badges',
    );

    // The sites list: empty, then filled from elsewhere (as the popup would), one removed by keyboard, then all.
    await raw.getByText('Pointwise is on for every site.').waitFor();
    await options.evaluate(async () => {
      const local = (globalThis as unknown as { chrome: ExtensionApi }).chrome.storage.local;
      await local.set({ 'site-off:zen.example': true, 'site-off:blog.example': true, 'site-off:shop.example': true });
    });
    const list = raw.getByRole('list', { name: 'Sites where Pointwise is off' });
    await expect
      .poll(() => list.getByRole('listitem').allTextContents())
      .toEqual(['blog.exampleTurn back on', 'shop.exampleTurn back on', 'zen.exampleTurn back on']);
    await raw.getByRole('button', { name: 'Turn back on shop.example' }).focus();
    await raw.keyboard.press('Enter');
    await expect
      .poll(() => storedSettings(options).then((s) => s.disabledSites))
      .toEqual(['blog.example', 'zen.example']);
    // Focus moves to the next site, not to the top of the page.
    await expect
      .poll(() => options.evaluate(() => document.activeElement?.getAttribute('aria-labelledby')))
      .toMatch(/site-1-on site-1/);
    expect(await options.evaluate(() => document.activeElement?.closest('li')?.textContent)).toContain('zen.example');
    await shotOptions('options-sites-light');
    await raw.getByRole('button', { name: 'Turn all back on' }).click();
    await raw.getByText('Pointwise is on for every site.').waitFor();
    expect((await storedSettings(options)).disabledSites).toEqual([]);
    expect(await axeViolationsOn(options)).toEqual([]);

    await raw.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolationsOn(options)).toEqual([]);
    await shotOptions('options-dark');
    expect(options.errors.list()).toEqual([]);
    await options.close();
    await fixture.close();

    async function shotOptions(name: string) {
      await options.setViewport({ width: 900, height: 900 });
      await saveScreenshot(session, options, name, true);
    }
  });
});

describe('popup in firefox', () => {
  let server: FixtureServer;
  let session: BrowserSession;
  beforeAll(async () => {
    server = await startServer();
    session = await launchFirefox();
  });
  afterAll(async () => {
    await session?.close();
    await server?.stop();
  });

  test('"On this site" takes the annotations off and back on at once, without a reload', async () => {
    await toggleSiteFromPopup(session, server);
  });

  test('over a page the gate turned away, the popup wakes the gate and says the page is not about mats', async () => {
    // The gate listens for nothing on such a page until the popup, finding nobody, wakes it.
    const fixture = await FixturePage.open(session, server, 'unrelated.html');
    const popup = await openPopupOver(session, fixture);
    const view = await waitForPopupState(popup, 'not-relevant');
    expect(view.emptyTitle).toBe('This page isn’t about acupressure mats');
    expect(view.switches[0]).toMatchObject({ name: 'On this site', checked: true });
    expect(popup.errors.list()).toEqual([]);
    await popup.close();
    await fixture.close();
  });
});
