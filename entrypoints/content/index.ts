import { STARTED_AT } from '../../src/annotate/started-at';
import { browser } from 'wxt/browser';
import type { EngineHandle } from '../../src/annotate/handoff';
import { offerHandoff } from '../../src/annotate/handoff';
import { claimSingleInstance, shieldStartupEvent } from '../../src/annotate/page-guards';
import { MatSignal } from '../../src/detect/mat-words';
import { addressOrTitleCouldBeAboutMats, pageCouldBeAboutMats, watchForMats } from '../../src/page/gate';
import { isSiteOnQuick, readGateSettings, siteKey, SITE_OFF_PREFIX } from '../../src/settings/quick-reads';
import { recordMark, recordScan, setDiagnostics } from '../../src/shared/timing';

/**
 * The page gate: the only script on every page. It decides cheaply whether the page could be about
 * acupressure mats and has the background inject the engine (entrypoints/engine.ts) only then, or
 * when the user asks (selection check, shortcut). Until then it answers the popup itself. It
 * imports nothing of the detector but its word list, and neither zod nor Preact (issue 8: at most
 * 20 KB).
 */
export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  // WXT would otherwise announce every start to the page with postMessage(…, '*'), handing any page
  // our extension id (and, in Firefox, a fixed one).
  noScriptStartedPostMessage: true,
  async main(ctx) {
    // Before anything else: a page must not be able to stop us with WXT's own start-up event.
    shieldStartupEvent(window, ctx.signal);
    claimSingleInstance(globalThis, () => ctx.abort('a newer Pointwise content script started'), ctx.signal);

    const site = siteKey(location);
    let engine: EngineHandle | null = null;
    let loading: Promise<EngineHandle | null> | null = null;
    let relevant = false;
    let siteOn = true;
    /** The settings changed after the gate read them: the engine reads them afresh. */
    let settingsChanged = false;

    const reads = readGateSettings(site);
    /** Have the background inject the engine, once; resolves when it has taken over. */
    const loadEngine = (): Promise<EngineHandle | null> =>
      (loading ??= new Promise<EngineHandle | null>((resolve) => {
        offerHandoff({
          ctx,
          reads: () =>
            reads.then(({ diagnostics, stored }) => (settingsChanged ? { diagnostics } : { diagnostics, stored })),
          attach: (handle) => {
            engine = handle;
            resolve(handle);
          },
        });
        browser.runtime.sendMessage({ type: 'pointwise:load-engine' }).then(
          (ok) => {
            if (ok !== true) resolve(null);
          },
          () => resolve(null),
        );
      }));

    const sendNothingCount = () => {
      if (ctx.isInvalid || engine) return;
      browser.runtime.sendMessage({ type: 'pointwise:count', count: 0, enabled: siteOn }).catch(() => {
        // The background is restarting; it asks for the count again when it is back.
      });
    };

    // Messages for the content script: the engine's once it runs; until then the gate's answers.
    const onMessage = (raw: unknown): Promise<unknown> | undefined => {
      if (engine) return engine.handle(raw);
      const type = raw !== null && typeof raw === 'object' ? (raw as { type?: unknown }).type : undefined;
      switch (type) {
        case 'pointwise:report-count':
          sendNothingCount();
          return undefined;
        case 'pointwise:summary':
          return Promise.resolve({
            site,
            enabled: siteOn,
            relevant: false,
            ready: loading === null,
            claims: [],
            total: 0,
            hasSafetyWarning: false,
          });
        case 'pointwise:reveal':
          return Promise.resolve(false);
        case 'pointwise:check-selection':
        case 'pointwise:toggle-site':
          // The user asked: bring in the engine, then let it answer.
          return loadEngine().then((loaded) => loaded?.handle(raw));
        default:
          return undefined;
      }
    };
    // eslint-disable-next-line @typescript-eslint/no-misused-promises -- the polyfill's onMessage replies with the returned Promise
    browser.runtime.onMessage.addListener(onMessage);
    // eslint-disable-next-line @typescript-eslint/no-misused-promises -- the same listener, removed
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

    // Settings are read in the background of the check; a page the gate passes waits for them.
    const settled = reads.then((read) => {
      setDiagnostics(read.diagnostics);
      siteOn = read.siteOn;
    });
    const passed = () => {
      if (relevant) return;
      relevant = true;
      void settled.then(() => {
        if (siteOn) void loadEngine();
        else sendNothingCount();
      });
    };

    // The check, in the same task as the start-up: loading the gate's code, its first calls into the
    // extension APIs (which the browser sets up on first use) and the read of the page are one chunk
    // of our work, recorded as one slice from the moment the code began to run.
    const signal = new MatSignal();
    if (pageCouldBeAboutMats(document, location.href, signal)) passed();
    else {
      // Text that arrives later (lazy reviews, a single-page app moving to a product page).
      ctx.onInvalidated(watchForMats(document, signal, passed));
      // A new address in a single-page app: its path and title may name a mat.
      ctx.addEventListener(window, 'wxt:locationchange', () => {
        if (!relevant && addressOrTitleCouldBeAboutMats(document, location.href, signal)) passed();
      });
    }
    const checked = performance.now();

    await settled;
    const followUp = performance.now();
    recordScan(STARTED_AT, checked, 0, signal.read);
    // A page turned away on a site that is on leaves the badge as the navigation left it: empty, the
    // icon not muted (the background clears both when a tab starts loading). Only a switched-off
    // site has something to say.
    if (!relevant && !siteOn) sendNothingCount();

    // Switched back on for this site (the popup, the options page): a page that passed gets the engine.
    const onStorage = (changes: Record<string, unknown>, area: string) => {
      if (area !== 'local' || !('settings' in changes || `${SITE_OFF_PREFIX}${site}` in changes)) return;
      settingsChanged = true;
      if (engine) return;
      void isSiteOnQuick(site).then((now) => {
        siteOn = now;
        if (relevant && siteOn) void loadEngine();
        else sendNothingCount();
      });
    };
    browser.storage.onChanged.addListener(onStorage);
    ctx.onInvalidated(() => browser.storage.onChanged.removeListener(onStorage));
    recordScan(followUp, performance.now());
    // A page turned away has had its full pass: nothing on it is about mats (contracts.md §6).
    if (!relevant) recordMark('pointwise:ready');
  },
});
