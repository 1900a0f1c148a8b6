import { STARTED_AT } from '../../src/annotate/started-at';
import '../../src/overlay/highlights.css';
import { browser } from 'wxt/browser';
import { Annotator } from '../../src/annotate/annotator';
import { findClaims } from '../../src/detect';
import { statusOf } from '../../src/evidence';
import { ContentMessage, parseMessage, sendToBackground, type SummaryResponse } from '../../src/messaging/messages';
import { createOverlay } from '../../src/overlay';
import { recordScan } from '../../src/shared/timing';
import {
  displayOptions,
  isEnabledFor,
  loadSettings,
  setSiteEnabled,
  siteKey,
  updateSettings,
  watchSettings,
} from '../../src/settings';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  // The ::highlight() rules go in the manifest's css list: the browser injects them, so a page's
  // Content-Security-Policy cannot block them. The overlay's own styles live in its shadow root.
  cssInjectionMode: 'manifest',
  async main(ctx) {
    // Loading our modules and starting up is main-thread work of ours: recorded like a scan slice.
    recordScan(STARTED_AT, performance.now());
    // The overlay's drawing is our main-thread work too: record it like the scan's (contracts.md §6).
    const overlay = await createOverlay(ctx, {
      onMainThreadWork: (start, end) => recordScan(start, end),
    });
    const site = siteKey(location);
    let settings = await loadSettings();
    let enabled = isEnabledFor(settings, site);
    let count = 0;

    const sendCount = () => {
      if (ctx.isInvalid) return;
      sendToBackground({ type: 'pointwise:count', count: enabled ? count : 0, enabled }).catch(() => {
        // The background is restarting; it asks for the count again when it is back.
      });
    };
    const annotator = new Annotator({
      doc: document,
      win: window,
      signal: ctx.signal,
      sink: overlay,
      display: displayOptions(settings),
      onCount: (n) => {
        count = n;
        sendCount();
      },
    });

    // Settings changed in the popup, the options page or another tab: take effect at once.
    const unwatch = watchSettings((next) => {
      settings = next;
      const now = isEnabledFor(next, site);
      annotator.setDisplay(displayOptions(next));
      if (now === enabled) return;
      enabled = now;
      if (enabled) annotator.start();
      else annotator.stop();
      sendCount();
    });
    ctx.onInvalidated(unwatch);

    const checkSelection = (fallback: string) => {
      const selection = window.getSelection();
      const text = (selection && selection.toString().trim()) || fallback;
      let rect: DOMRect | null = null;
      try {
        if (selection && selection.rangeCount > 0) rect = selection.getRangeAt(0).getBoundingClientRect();
      } catch {
        rect = null;
      }
      const claims = findClaims(text.slice(0, 20_000)).map((c) => ({
        topic: c.topic,
        status: statusOf(c.topic),
        stance: c.stance,
        overstated: c.overstated,
        phrase: text.slice(c.phrase.start, c.phrase.end),
      }));
      overlay.showSelectionCard({ text, claims, rect });
    };

    const onMessage = (raw: unknown): Promise<unknown> | undefined => {
      const message = parseMessage(ContentMessage, raw);
      if (!message) return undefined;
      switch (message.type) {
        case 'pointwise:report-count':
          sendCount();
          return undefined;
        case 'pointwise:summary': {
          const summary = annotator.summary();
          const response: SummaryResponse = enabled
            ? { site, enabled, ...summary }
            : { site, enabled, ...summary, claims: [], total: 0 };
          return Promise.resolve(response);
        }
        case 'pointwise:reveal':
          return Promise.resolve(enabled && annotator.reveal(message.id));
        case 'pointwise:check-selection':
          checkSelection(message.text);
          return Promise.resolve(true);
        case 'pointwise:toggle-site':
          return updateSettings((s) => setSiteEnabled(s, site, !isEnabledFor(s, site))).then((s) =>
            isEnabledFor(s, site),
          );
      }
    };
    // eslint-disable-next-line @typescript-eslint/no-misused-promises -- the polyfill's onMessage replies with the returned Promise
    browser.runtime.onMessage.addListener(onMessage);
    // eslint-disable-next-line @typescript-eslint/no-misused-promises -- the same listener, removed
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

    // Single-page apps: a new "page" means new scopes.
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      if (enabled) annotator.restart();
    });
    if (enabled) annotator.start();
    else sendCount();
  },
});
