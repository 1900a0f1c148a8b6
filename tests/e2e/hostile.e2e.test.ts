/**
 * Issue 9: pages that would rather Pointwise weren't there. Each test plays a page script that
 * attacks the extension, through `evaluateAsPage` (the page's own world, with no reach into the
 * overlay), and checks that Pointwise keeps working and keeps its findings to itself. The tests'
 * own look at the overlay goes through the browsers' automation protocols (overlay-reach.ts).
 *
 * Chromium runs every case; Firefox runs the start-up replay, the tamper test and (in
 * annotations.e2e.test.ts) the strict-CSP page.
 */
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { Page as PlaywrightPage } from 'playwright-core';
import { launchBrowser, launchChromium, type BrowserName, type BrowserSession, type ChromiumSession } from './browsers';
import { BADGE_SELECTOR, FixturePage, OVERLAY_HOST, waitFor } from './pages';
import { startServer, type FixtureServer } from './server';

const FIXTURE = 'hostile.html';
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

let server: FixtureServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.stop();
});

interface Shown {
  /** Ranges in Pointwise's highlights (flash excluded). */
  ranges: number;
  /** Badges in the overlay. */
  badges: number;
  /** Highlighted texts, sorted. */
  texts: string[];
}

/** What Pointwise shows on the page right now, seen through the test's reach. */
function shown(page: FixturePage): Promise<Shown> {
  return page.page.evaluate(
    ({ host, badgeSelector }) => {
      const texts: string[] = [];
      if (typeof CSS !== 'undefined' && 'highlights' in CSS) {
        for (const [name, highlight] of CSS.highlights) {
          if (!name.startsWith('pointwise-') || name === 'pointwise-flash') continue;
          for (const r of highlight as unknown as Iterable<AbstractRange>) {
            const live = document.createRange();
            try {
              live.setStart(r.startContainer, r.startOffset);
              live.setEnd(r.endContainer, r.endOffset);
              texts.push(live.toString().replace(/\s+/g, ' ').trim());
            } catch {
              texts.push('');
            }
          }
        }
      }
      const root = document.querySelector(host)?.shadowRoot;
      return { ranges: texts.length, badges: root?.querySelectorAll(badgeSelector).length ?? 0, texts: texts.sort() };
    },
    { host: OVERLAY_HOST, badgeSelector: BADGE_SELECTOR },
  );
}

/** Wait until the page shows `expected` again (or throw with what it shows). */
function waitForShown(page: FixturePage, expected: Shown, timeoutMs = 2_000): Promise<Shown> {
  return waitFor(
    () => shown(page),
    (now) => now.ranges === expected.ranges && now.badges === expected.badges,
    { timeoutMs, intervalMs: 50, message: `annotations did not come back to ${JSON.stringify(expected)}` },
  );
}

async function openAnnotated(session: BrowserSession): Promise<{ page: FixturePage; before: Shown }> {
  const page = await FixturePage.open(session, server, FIXTURE);
  const before = await waitFor(
    () => shown(page),
    (s) => s.ranges >= 2 && s.badges === s.ranges,
    { message: 'the hostile fixture was not annotated' },
  );
  return { page, before };
}

// ---------------------------------------------------------------------------------------------

describe.each(['chromium', 'firefox'] as const)('a page attacking Pointwise in %s', (browserName: BrowserName) => {
  let session: BrowserSession;
  const opened: FixturePage[] = [];
  beforeAll(async () => {
    session = await launchBrowser(browserName);
  });
  afterAll(async () => {
    await session?.close();
  });
  afterEach(async () => {
    for (const page of opened.splice(0)) await page.close().catch(() => {});
  });

  test("WXT's start-up broadcast is gone, and replaying its start-up event does not stop Pointwise", async () => {
    const { page, before } = await openAnnotated(session);
    opened.push(page);
    // Nothing announced the extension (or its id) to the page.
    const messages = await page.page.evaluateAsPage(() => (window as unknown as { __messages: string[] }).__messages);
    expect(messages.filter((m) => /content-script-started|wxt/i.test(m))).toEqual([]);
    await page.waitForToolbarBadge(String(before.badges));

    // The replay: WXT's own event name, for our id, as a new instance would send it.
    const type = `${session.extensionId}:content:wxt:content-script-started`;
    await page.page.evaluateAsPage((eventType) => {
      const detail = { contentScriptName: 'content', messageId: 'forged' };
      document.dispatchEvent(new CustomEvent(eventType, { detail }));
      window.postMessage({ type: eventType, contentScriptName: 'content', messageId: 'forged' }, '*');
    }, type);
    await sleep(600);
    expect(await shown(page)).toEqual(before);

    // Still alive, not just still drawn: a page change is still read, and the toolbar still counts.
    await page.page.evaluateAsPage(() => {
      const p = document.createElement('p');
      p.id = 'late-claim';
      p.textContent = 'A week later, the mat also relieves my tension headaches.';
      document.getElementById('post')!.insertBefore(p, document.getElementById('hidden-box'));
    });
    const after = await waitFor(
      () => shown(page),
      (s) => s.ranges > before.ranges && s.badges === s.ranges,
      { message: 'a claim added after the replay was never marked' },
    );
    await page.waitForToolbarBadge(String(after.badges));
    expect(page.errors).toEqual([]);
  });

  test("page script can't read or rewrite the overlay, and text it puts into our host is never shown", async () => {
    const { page, before } = await openAnnotated(session);
    opened.push(page);
    const attack = await page.page.evaluateAsPage(() => {
      // The page finds our host as it could: the custom element appended to <html>.
      const el = [...document.documentElement.children].find((c) => c.localName.includes('-'));
      const names = [...CSS.highlights.keys()];
      if (!el) return { found: false, tag: '', names, shadowRoot: true, attachShadowThrows: false, deepText: '' };
      let attachShadowThrows = false;
      try {
        el.attachShadow({ mode: 'open' });
      } catch {
        attachShadowThrows = true;
      }
      // A seller's best effort: put its own verdict and link into our element.
      el.textContent = 'Proven ✓ ';
      const link = document.createElement('a');
      link.href = 'https://phishing.invalid/';
      link.id = 'forged-link';
      link.textContent = 'Read the study';
      el.append(link);
      // Everything page script can find under the host.
      const deepText = [...el.querySelectorAll('*')].map((n) => n.textContent).join(' ');
      return {
        found: true,
        tag: el.localName,
        names,
        shadowRoot: el.shadowRoot !== null,
        attachShadowThrows,
        deepText,
      };
    });
    expect(attack.found).toBe(true);
    // Nothing it can see is named for Pointwise or for a status.
    for (const name of [attack.tag, ...attack.names]) expect(name).not.toMatch(/point|wise|mixed|evidence|hedged/);
    expect(attack.shadowRoot, 'page script sees our shadow root').toBe(false);
    expect(attack.attachShadowThrows).toBe(true);
    expect(attack.deepText).not.toMatch(/evidence|Preliminary|mixed/i);

    // What the page put into our host is not rendered: there is no slot for it.
    const forged = await page.page.evaluateAsPage(() => {
      const r = document.getElementById('forged-link')?.getBoundingClientRect();
      return r ? r.width * r.height : -1;
    });
    expect(forged).toBe(0);
    expect(await shown(page)).toEqual(before);

    // The real card still says what the knowledge base says, with its own links.
    const [first] = await page.badges();
    expect(first).toBeDefined();
    await page.page.mouseClick(first!.rect.x + first!.rect.width / 2, first!.rect.y + first!.rect.height / 2);
    const card = await waitFor(
      () =>
        page.page.evaluate((host) => {
          const root = document.querySelector(host)?.shadowRoot;
          const dialog = root?.querySelector('[role="dialog"]');
          return dialog
            ? {
                text: dialog.textContent ?? '',
                links: [...dialog.querySelectorAll('a[href]')].map((a) => (a as HTMLAnchorElement).href),
              }
            : null;
        }, OVERLAY_HOST),
      (c) => c !== null,
      { message: 'no card opened' },
    );
    expect(card!.text).not.toContain('Proven ✓');
    expect(card!.links.length).toBeGreaterThan(0);
    for (const href of card!.links)
      expect(href).toMatch(/^https:\/\/(doi\.org|pubmed\.ncbi\.nlm\.nih\.gov|www\.|[a-z]+\.)/);
    expect(card!.links.some((href) => href.includes('phishing'))).toBe(false);
    expect(page.errors).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------

describe('a page attacking Pointwise in chromium', () => {
  let session: ChromiumSession;
  const opened: FixturePage[] = [];
  beforeAll(async () => {
    session = await launchChromium();
  });
  afterAll(async () => {
    await session?.close();
  });
  afterEach(async () => {
    for (const page of opened.splice(0)) await page.close().catch(() => {});
  });

  test('the page removing our host or covering it: the overlay is back on top within a second', async () => {
    const { page, before } = await openAnnotated(session);
    opened.push(page);
    const removed = await page.page.evaluateAsPage(() => {
      const host = [...document.documentElement.children].find((c) => c.localName.includes('-'));
      host?.remove();
      return host !== undefined && !host.isConnected;
    });
    expect(removed).toBe(true);
    await waitFor(
      () => page.overlayState(),
      (s) => s.present && s.count === 1,
      { timeoutMs: 1_500, intervalMs: 50, message: 'the overlay host never came back' },
    );
    await waitForShown(page, before);

    // A layer of the page's own, after ours at the same z-index, would cover every badge.
    await page.page.evaluateAsPage(() => {
      const cover = document.createElement('div');
      cover.id = 'cover';
      cover.style.cssText = 'position:fixed;inset:0;z-index:2147483647;pointer-events:none;';
      document.documentElement.append(cover);
    });
    const state = await waitFor(
      () => page.overlayState(),
      (s) => s.last,
      { timeoutMs: 1_500, intervalMs: 50, message: 'the overlay stayed under the page layer' },
    );
    expect(state.count).toBe(1);
    expect(page.errors).toEqual([]);
  });

  test.each([
    ['CSS.highlights.clear()', () => CSS.highlights.clear()],
    [
      'clearing our Highlight objects',
      () => {
        for (const [, h] of CSS.highlights) h.clear();
      },
    ],
    [
      'replacing our entries with its own',
      () => {
        for (const name of [...CSS.highlights.keys()]) CSS.highlights.set(name, new Highlight());
      },
    ],
  ])('%s: our highlights are back within a second', async (_, clear) => {
    const { page, before } = await openAnnotated(session);
    opened.push(page);
    await page.page.evaluateAsPage(clear);
    const after = await waitForShown(page, before, 1_200);
    expect(after.texts).toEqual(before.texts);
  });

  test('text typed into an editor, a form field, or changed inside hidden content is never marked', async () => {
    const { page, before } = await openAnnotated(session);
    opened.push(page);
    const raw = page.page.raw as PlaywrightPage;
    await raw.click('#review-editor');
    await raw.keyboard.press('Control+A');
    await raw.keyboard.type('This mat cured my insomnia and melts away back pain. ', { delay: 5 });
    await raw.click('#review-field');
    await raw.keyboard.type('It boosts circulation and burns fat.', { delay: 5 });
    await page.page.evaluateAsPage(() => {
      document.querySelector('#hidden-box p')!.textContent = 'The mat relieves migraines within minutes.';
      document.querySelector('#aria-box p')!.textContent = 'The mat lowers blood pressure for good.';
      // Text added to the editor by script, the way rich-text editors insert it.
      const extra = document.createElement('p');
      extra.textContent = 'Spike mats boost your immune system.';
      document.getElementById('review-editor')!.append(extra);
    });
    await sleep(1_500);
    const after = await shown(page);
    expect(after.texts).toEqual(before.texts);
    expect(after.badges).toBe(before.badges);
    await page.waitForToolbarBadge(String(before.badges));
    expect(page.errors).toEqual([]);
  });

  test('forged navigation events: no rescan storm; a real navigation still restarts', async () => {
    const { page, before } = await openAnnotated(session);
    opened.push(page);
    // A restart reads the page's text again: count the measures that read text.
    const reads = async () => (await page.scanMeasures()).filter((m) => (m.detail as { chars?: number }).chars).length;
    const measuresBefore = await reads();
    const type = `${session.extensionId}:content:wxt:locationchange`;
    await page.page.evaluateAsPage(async (eventType) => {
      for (let i = 0; i < 200; i += 1) {
        window.dispatchEvent(new Event(eventType));
        await new Promise((r) => setTimeout(r, 10));
      }
    }, type);
    await sleep(1_200);
    const forged = (await reads()) - measuresBefore;
    // 200 forged events over ~2 s: not one restart (the address never changed).
    expect(forged, 'text reads caused by forged navigation events').toBe(0);
    expect(await shown(page)).toEqual(before);

    // A real single-page navigation that changes the address restarts the scan, once.
    await page.page.evaluateAsPage(() => history.pushState({}, '', '?view=next'));
    await waitFor(
      async () => (await reads()) - measuresBefore,
      (n) => n > 0,
      { timeoutMs: 3_000, message: 'a real navigation did not restart the scan' },
    );
    await waitForShown(page, before, 3_000);
  });

  test('what held: page code is never called, Trusted Types hold, markup in a claim is text, the DOM and the network are untouched', async () => {
    const requestsBefore = server.requests.length;
    // Wait for Pointwise as page script would (the test's own reach calls DOM methods in the page).
    const page = await FixturePage.open(session, server, FIXTURE, { waitForReady: false });
    opened.push(page);
    await waitFor(
      () => page.page.evaluateAsPage(() => performance.getEntriesByName('pointwise:ready').length),
      (n) => n > 0,
      { message: 'never ready' },
    );
    await sleep(300);
    // Read the page's counter before any of the test's own probes (which use the page's DOM) run.
    const calls = await page.page.evaluateAsPage(
      () => (window as unknown as { __patchedCalls: string[] }).__patchedCalls,
    );
    expect(calls, 'patched DOM methods called from the page world').toEqual([]);
    expect((await shown(page)).ranges).toBeGreaterThanOrEqual(2);

    // The body is exactly what the server sent (our host lives after <body>, in <html>).
    const same = await page.page.evaluateAsPage(async () => {
      const html = await (await fetch(location.href)).text();
      // The page enforces Trusted Types: parsing needs a policy, as it would for the page itself.
      const tt = (
        globalThis as unknown as {
          trustedTypes?: { createPolicy(n: string, p: object): { createHTML(s: string): string } };
        }
      ).trustedTypes;
      const trusted = tt ? tt.createPolicy('hostile-test', { createHTML: (s: string) => s }).createHTML(html) : html;
      const sent = new DOMParser().parseFromString(trusted, 'text/html');
      return sent.body.innerHTML === document.body.innerHTML;
    });
    expect(same).toBe(true);

    // The claim written with markup shows as text in its card; nothing of it becomes an element.
    await page.scrollToText('this mat relieves neck pain');
    const badge = await waitFor(
      () =>
        page.page.evaluate(
          ({ host, badgeSelector }) => {
            const root = document.querySelector(host)?.shadowRoot;
            const target = document.getElementById('claim-markup')!.getBoundingClientRect();
            const el = [...(root?.querySelectorAll<HTMLElement>(badgeSelector) ?? [])].find((b) => {
              const r = b.getBoundingClientRect();
              return r.top >= target.top - 20 && r.bottom <= target.bottom + 20;
            });
            const r = el?.getBoundingClientRect();
            return r ? { x: r.x + r.width / 2, y: r.y + r.height / 2 } : null;
          },
          { host: OVERLAY_HOST, badgeSelector: BADGE_SELECTOR },
        ),
      (b) => b !== null,
      { message: 'no badge beside the claim written with markup' },
    );
    await page.page.mouseClick(badge!.x, badge!.y);
    const card = await waitFor(
      () =>
        page.page.evaluate((host) => {
          const dialog = document.querySelector(host)?.shadowRoot?.querySelector('[role="dialog"]');
          return dialog
            ? { text: dialog.textContent ?? '', elements: dialog.querySelectorAll('b[onclick]').length }
            : null;
        }, OVERLAY_HOST),
      (c) => c !== null,
      { message: 'no card opened' },
    );
    expect(card!.text).toContain('neck pain');
    expect(card!.elements).toBe(0);

    // Trusted Types are enforced on this page: a violation would be a page error.
    expect(page.errors).toEqual([]);
    // The extension asked the server for nothing (the page's own fetch above is the only extra).
    const extra = server.requests.slice(requestsBefore).filter((p) => !p.startsWith(`/${FIXTURE}`));
    expect(extra).toEqual([]);
  });

  test('a page with 10,000 claims: every one marked and counted, badges drawn near the reader only', async () => {
    // How long our tasks take there is for `npm run bench` (its "10,000 claims" page): a timed test
    // fails on a busy machine. What is checked here is what keeps every task short: the overlay
    // draws a bounded number of badges, nearest the viewport, wherever the reader jumps.
    const page = await FixturePage.open(session, server, 'many-claims.html', { timeoutMs: 90_000 });
    opened.push(page);
    const highlighted = await page.page.evaluate(() => {
      let n = 0;
      for (const [name, h] of CSS.highlights)
        if (name.startsWith('pointwise-') && name !== 'pointwise-flash') n += h.size;
      return n;
    });
    expect(highlighted, 'claims highlighted').toBeGreaterThanOrEqual(9_000);
    expect(await page.toolbarBadge()).toBe('999+');
    for (const y of [0, 0.25, 0.5, 0.75, 1, 0.1]) {
      await page.page.evaluate((f) => window.scrollTo(0, f * document.documentElement.scrollHeight), y);
      await sleep(400);
      const { drawn, onScreen, onScreenDrawn } = await page.page.evaluate(
        ({ host, badgeSelector }) => {
          const root = document.querySelector(host)?.shadowRoot;
          const badges = [...(root?.querySelectorAll<HTMLElement>(badgeSelector) ?? [])];
          const visible = (r: DOMRect) => r.bottom > 0 && r.top < window.innerHeight;
          // Claims on screen: every paragraph of the article holds four.
          const paragraphs = [...document.querySelectorAll('article p')].filter((p) =>
            visible(p.getBoundingClientRect()),
          );
          return {
            drawn: badges.length,
            onScreen: paragraphs.length * 4,
            onScreenDrawn: badges.filter((b) => visible(b.getBoundingClientRect())).length,
          };
        },
        { host: OVERLAY_HOST, badgeSelector: BADGE_SELECTOR },
      );
      expect(drawn, `badges drawn at ${y * 100}% of the page`).toBeLessThanOrEqual(120);
      // Marks of claims with no free place beside the text are latent (shown only when focused)
      // but present, so they count here.
      expect(onScreenDrawn, `badges on screen at ${y * 100}% (of ${onScreen} claims there)`).toBeGreaterThanOrEqual(
        Math.min(onScreen, 100) * 0.9,
      );
    }
  }, 180_000);

  test('with diagnostics off (the default), the page finds no pointwise entries in its timeline', async () => {
    const quiet = await launchChromium(undefined, { diagnostics: false });
    try {
      const page = await FixturePage.open(quiet, server, FIXTURE, { waitForReady: false });
      await waitFor(
        () => shown(page),
        (s) => s.ranges >= 2 && s.badges === s.ranges,
        { message: 'not annotated with diagnostics off' },
      );
      await sleep(500);
      const entries = await page.page.evaluateAsPage(() =>
        performance
          .getEntries()
          .map((e) => e.name)
          .filter((name) => /pointwise/i.test(name)),
      );
      expect(entries).toEqual([]);
      await page.close();
    } finally {
      await quiet.close();
    }
  });

  test('settings from a future version: defaults, and not a word in the page console', async () => {
    const ext = await session.extensionPage();
    await ext.evaluate(async () => {
      const { chrome } = globalThis as unknown as {
        chrome: { storage: { local: { set(o: object): Promise<void>; remove(k: string[]): Promise<void> } } };
      };
      await chrome.storage.local.set({ settings: { enabled: true, showHedged: 'yes' }, settings$: { v: 99 } });
    });
    try {
      const page = await FixturePage.open(session, server, FIXTURE, { waitForReady: false });
      opened.push(page);
      const consoleLines: string[] = [];
      (page.page.raw as PlaywrightPage).on('console', (m) => consoleLines.push(`${m.type()}: ${m.text()}`));
      await page.page.goto(server.url(FIXTURE));
      await page.waitForReady();
      expect((await shown(page)).ranges).toBeGreaterThan(0);
      expect(consoleLines.filter((l) => /pointwise|wxt|version|settings/i.test(l))).toEqual([]);
      expect(page.errors).toEqual([]);
    } finally {
      await ext.evaluate(async () => {
        const { chrome } = globalThis as unknown as {
          chrome: { storage: { local: { set(o: object): Promise<void>; remove(k: string[]): Promise<void> } } };
        };
        await chrome.storage.local.remove(['settings', 'settings$']);
      });
    }
  });
});
