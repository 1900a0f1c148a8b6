import { STARTED_AT } from '../../src/annotate/started-at';
import { browser } from 'wxt/browser';
import { Annotator } from '../../src/annotate/annotator';
import { findClaims } from '../../src/detect';
import { statusOf } from '../../src/evidence';
import { ContentMessage, parseMessage, sendToBackground, type SummaryResponse } from '../../src/messaging/messages';
import { createOverlay, randomPageNames, useHighlightNames } from '../../src/overlay';
import { claimSingleInstance, shieldStartupEvent, watchLocation } from '../../src/annotate/page-guards';
import { recordScan, setDiagnostics } from '../../src/shared/timing';
import {
  displayOptions,
  isEnabledFor,
  loadDiagnostics,
  loadSiteSettings,
  siteKey,
  toggleSite,
  watchDiagnostics,
  watchSiteSettings,
} from '../../src/settings';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  // No stylesheet in the manifest: the ::highlight() rules name this page load's random highlight
  // names, so the overlay adopts them as a constructed stylesheet (no page CSP blocks that).
  cssInjectionMode: 'manifest',
  // WXT would otherwise announce every start to the page with postMessage(…, '*'), handing any page
  // our extension id (and, in Firefox, a fixed one).
  noScriptStartedPostMessage: true,
  async main(ctx) {
    const mainAt = performance.now();
    // Before anything else: a page must not be able to stop us with WXT's own start-up event.
    shieldStartupEvent(window, ctx.signal);
    claimSingleInstance(globalThis, () => ctx.abort('a newer Pointwise content script started'), ctx.signal);
    // Timing entries go to the page's own timeline: only while diagnostics are on (contracts.md §6).
    setDiagnostics(await loadDiagnostics());
    ctx.onInvalidated(watchDiagnostics(setDiagnostics));
    // Loading our modules and starting up is main-thread work of ours: recorded like a scan slice
    // (up to main(); the wait for storage above is not work).
    recordScan(STARTED_AT, mainAt);
    // The overlay's drawing is our main-thread work too: record it like the scan's (contracts.md §6).
    // Names the page can see (the overlay's host tag, the highlights), new on every page load.
    const names = randomPageNames();
    useHighlightNames(names.highlights);
    const overlay = await createOverlay(ctx, {
      names,
      onMainThreadWork: (start, end) => recordScan(start, end),
    });
    const site = siteKey(location);
    let settings = await loadSiteSettings(site);
    let enabled = isEnabledFor(settings);
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
      ownHost: names.host,
      display: displayOptions(settings),
      onCount: (n) => {
        count = n;
        sendCount();
      },
    });

    // Settings changed in the popup, the options page or another tab: take effect at once.
    const unwatch = watchSiteSettings(site, (next) => {
      settings = next;
      const now = isEnabledFor(next);
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
          return toggleSite(site);
      }
    };
    // eslint-disable-next-line @typescript-eslint/no-misused-promises -- the polyfill's onMessage replies with the returned Promise
    browser.runtime.onMessage.addListener(onMessage);
    // eslint-disable-next-line @typescript-eslint/no-misused-promises -- the same listener, removed
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

    // Single-page apps: a new "page" means new scopes. WXT's event is only a hint (a page can
    // dispatch it): the scan restarts when the address really changed, at most once a second.
    const navigation = watchLocation({
      location,
      onChange: () => {
        if (enabled) annotator.restart();
      },
      setTimeout: (fn, ms) => ctx.setTimeout(fn, ms),
    });
    ctx.addEventListener(window, 'wxt:locationchange', () => navigation.hint());
    if (enabled) annotator.start();
    else sendCount();
  },
});
