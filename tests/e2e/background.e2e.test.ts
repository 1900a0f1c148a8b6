/**
 * The background's jobs, end to end in Chromium: the toolbar count survives a service-worker
 * restart (cleared, then reported afresh by the page), and "Check this text with Pointwise" on a
 * selection shows a card in the page, even on a page that is not about acupressure mats.
 *
 * Headless Chromium has no context menu to click, so the test sends the same message the menu's
 * handler sends; what it proves is the page's side (selection → detector → card), not the menu.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium, type ChromiumSession } from './browsers';
import { FixturePage, OVERLAY_HOST, waitFor } from './pages';
import { startServer, type FixtureServer } from './server';

/**
 * Send a message from the service worker, as the background's own handlers do: to the active tab,
 * or to every tab until one answers (without the "tabs" permission, tab URLs are hidden). Resolves
 * to the reply, or null when no tab answered.
 */
async function sendFromWorker(
  session: ChromiumSession,
  message: Record<string, unknown>,
  to: 'active' | 'first-answer',
): Promise<unknown> {
  const worker = await session.serviceWorker();
  return worker.evaluate(
    async ([msg, target]) => {
      const api = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome;
      const tabs = await api.tabs.query(target === 'active' ? { active: true, lastFocusedWindow: true } : {});
      for (const tab of tabs) {
        const reply: unknown = await api.tabs.sendMessage(tab.id!, msg).catch(() => null);
        if (reply !== null && reply !== undefined) return reply;
      }
      return null;
    },
    [message, to] as const,
  );
}

describe('background in Chromium', () => {
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

  test('after the service worker restarts, the toolbar count comes back right', async () => {
    const page = await FixturePage.open(session, server, 'blog-post.html');
    // The count of claims shown on the page (badges are drawn only near the viewport, so count
    // what the toolbar says once it is non-empty and settled).
    const before = await waitFor(
      () => page.toolbarBadge(),
      (t) => Number(t) > 0,
      { message: 'no toolbar count' },
    );

    await session.stopServiceWorker();
    expect(await session.isServiceWorkerRunning()).toBe(false);
    // Waking the worker runs its start-up: it clears every badge and asks each tab to report again.
    await session.serviceWorker();
    await page.waitForToolbarBadge(before);
    expect(page.errors).toEqual([]);
    expect(session.backgroundErrors.list()).toEqual([]);
    await page.close();
  });

  test('checking a selection shows a card in the page, even on an unrelated page', async () => {
    const page = await FixturePage.open(session, server, 'unrelated.html');
    expect(await page.badges()).toEqual([]);
    // Select a sentence the page itself contains, then ask as the context menu would.
    const selected = await page.page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'probe-selection';
      p.textContent = 'A friend swears her spike mat relieves back pain within minutes.';
      document.body.prepend(p);
      const range = document.createRange();
      range.selectNodeContents(p);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return selection.toString();
    });
    await sendFromWorker(session, { type: 'pointwise:check-selection', text: selected }, 'active');

    const card = await waitFor(
      () =>
        page.page.evaluate((host) => {
          const root = document.querySelector(host)?.shadowRoot;
          const dialog = root?.querySelector('[role="dialog"]');
          return dialog ? { text: dialog.textContent ?? '', label: dialog.getAttribute('aria-labelledby') } : null;
        }, OVERLAY_HOST),
      (c) => c !== null,
      { timeoutMs: 5_000, message: 'no selection card appeared' },
    );
    expect(card!.text).toMatch(/back and neck pain/i);
    expect(card!.text).toMatch(/Some evidence, mixed/);
    // The unrelated page itself still gets no annotations.
    expect(await page.highlightedTexts()).toEqual([]);
    expect(page.errors).toEqual([]);
    await page.close();
  });
});

describe('settings across a browser restart (Chromium)', () => {
  test('a site switched off with the shortcut stays off after the browser restarts', async () => {
    const server = await startServer();
    const profileDir = mkdtempSync(join(tmpdir(), 'pointwise-restart-'));
    try {
      let session = await launchChromium(undefined, { profileDir });
      let page = await FixturePage.open(session, server, 'blog-post.html');
      await waitFor(
        () => page.toolbarBadge(),
        (t) => Number(t) > 0,
        { message: 'no toolbar count before' },
      );
      // The shortcut's path: the background's command handler sends this to the active tab.
      await sendFromWorker(session, { type: 'pointwise:toggle-site' }, 'active');
      await page.waitForToolbarBadge('');
      expect(await page.highlightedTexts()).toEqual([]);
      await session.close();

      session = await launchChromium(undefined, { profileDir });
      page = await FixturePage.open(session, server, 'blog-post.html', { waitForReady: false });
      // The content script is there and says the site is off (so the empty page is its choice).
      await page.page.bringToFront();
      const summary = await waitFor(
        () => sendFromWorker(session, { type: 'pointwise:summary' }, 'first-answer'),
        (r) => r !== null,
        { message: 'the content script never answered after the restart' },
      );
      expect(summary).toMatchObject({ enabled: false, site: '127.0.0.1' });
      expect(await page.highlightedTexts()).toEqual([]);
      expect(await page.badges()).toEqual([]);
      expect(await page.toolbarBadge()).toBe('');
      expect(page.errors).toEqual([]);
      await session.close();
    } finally {
      rmSync(profileDir, { recursive: true, force: true });
      await server.stop();
    }
  });
});
