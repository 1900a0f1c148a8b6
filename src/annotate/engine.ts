/**
 * The engine: everything Pointwise does on a page that could be about acupressure mats. The page
 * gate (src/annotate/gate-main.ts) runs on every page and hands a page over to this
 * (entrypoints/engine.ts, injected by the background) only where it passed, or when the user asks
 * (selection check, shortcut). It reads the page, draws the overlay, keeps the toolbar count, and answers every
 * message for the content script from then on, through the gate.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import {
  BadgeWidthsResponse,
  ContentMessage,
  parseMessage,
  ReadTextsResponse,
  sendToBackground,
  type SummaryResponse,
} from '../messaging/messages';
import { unpackAnswer } from '../page/findings-wire';
import { createOverlay, randomPageNames, useHighlightNames } from '../overlay';
import { seedTextWidths } from '../overlay/badge-size';
import type { TextFindings } from '../page/pipeline';
import {
  displayOptions,
  isEnabledFor,
  loadSiteSettings,
  siteKey,
  toggleSite,
  watchDiagnostics,
  watchSiteSettings,
} from '../settings';
import { measureWork, recordScan, setDiagnostics } from '../shared/timing';
import { Annotator } from './annotator';
import type { EngineHandle } from './handoff';
import { watchLocation } from './page-guards';
import { remoteReader } from './remote-reader';

/**
 * Have the background read texts for claims and citations (./remote-reader.ts). Its answer is
 * checked like every message, then unpacked against the texts asked (src/page/findings-wire.ts): one that
 * does not parse or does not fit is an error, never trusted.
 */
async function readInBackground(texts: string[]): Promise<TextFindings[]> {
  const raw = await sendToBackground({ type: 'pointwise:read-texts', texts });
  // Checking the answer is main-thread work of ours (contracts.md §6), outside the scan's slices.
  return measureWork(() => {
    const answer = ReadTextsResponse.safeParse(raw);
    if (!answer.success) throw new Error('Pointwise: the background gave no readable answer');
    return unpackAnswer(texts, answer.data);
  });
}

/**
 * Start the engine on this page, within the gate's context. `startedAt`: when its code began to
 * load; `gateRead`: the gate's storage read (whether diagnostics are on; the settings as stored,
 * unless they changed since). The engine keeps up with changes from then on.
 */
export async function runEngine(
  ctx: ContentScriptContext,
  startedAt: number,
  gateRead: Promise<{ diagnostics: boolean; stored?: Record<string, unknown> }>,
): Promise<EngineHandle> {
  // Every synchronous stretch of the start-up is main-thread work of ours, recorded like a scan
  // slice (contracts.md §6): loading our modules and the first calls into the extension APIs, then
  // each stretch between two waits. Timing entries go to the page's own timeline only while
  // diagnostics are on, which the gate's read tells (settled by now: a microtask, not a wait).
  const loadedAt = performance.now();
  // The badges' text widths, measured once in the background: a page's own canvas would set up its
  // fonts on the first marks' path (10–12 ms). Until they come, the overlay measures for itself.
  sendToBackground({ type: 'pointwise:badge-widths' }).then(
    (raw) => {
      const table = BadgeWidthsResponse.safeParse(raw);
      if (table.success && table.data) seedTextWidths(table.data);
    },
    () => {
      // No answer: the overlay measures the widths itself.
    },
  );
  const site = siteKey(location);
  const { diagnostics, stored: preRead } = await gateRead;
  setDiagnostics(diagnostics);
  // The settings as the gate read them (or read now), and the overlay's mount, side by side.
  const settingsRead = loadSiteSettings(site, recordScan, preRead);
  recordScan(startedAt, loadedAt);
  let from = performance.now();
  const stretch = () => recordScan(from, performance.now());
  ctx.onInvalidated(watchDiagnostics(setDiagnostics));
  // Names the page can see (the overlay's host tag, the highlights), new on every page load.
  const names = randomPageNames();
  useHighlightNames(names.highlights);
  // The overlay's drawing is our main-thread work too: record it like the scan's (contracts.md §6).
  const overlayMade = createOverlay(ctx, { names, onMainThreadWork: recordScan });
  stretch();
  const [overlay, stored] = await Promise.all([overlayMade, settingsRead]);
  let settings = stored;
  from = performance.now();
  let enabled = isEnabledFor(settings);
  let count = 0;

  const sendCount = () => {
    if (ctx.isInvalid) return;
    sendToBackground({ type: 'pointwise:count', count: enabled ? count : 0, enabled }).catch(() => {
      // The background is restarting; it asks for the count again when it is back.
    });
  };
  const reader = remoteReader(readInBackground, recordScan);
  const annotator = new Annotator({
    doc: document,
    win: window,
    signal: ctx.signal,
    sink: overlay,
    reader,
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
    // The same reading as a page's blocks, in the background (src/page/read-text.ts).
    return readInBackground([text.slice(0, 20_000)]).then(
      ([found]) => {
        overlay.showSelectionCard({ text, claims: found?.claims ?? [], rect });
        return true;
      },
      () => false,
    );
  };

  const handle = (raw: unknown): Promise<unknown> | undefined => {
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
          : { site, enabled, ...summary, claims: [], total: 0, citations: [] };
        return Promise.resolve(response);
      }
      case 'pointwise:reveal':
        return Promise.resolve(enabled && annotator.reveal(message.id));
      case 'pointwise:check-selection':
        return checkSelection(message.text);
      case 'pointwise:toggle-site':
        return toggleSite(site);
    }
  };

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
  if (enabled) {
    annotator.start();
    // The answer's schema is built while the scan waits for its first paint and first answer, in
    // a task of its own (recorded as ours), not between that answer and the first marks.
    ctx.setTimeout(() => {
      measureWork(() => ReadTextsResponse.safeParse({ texts: 1, found: [{ at: 0, claims: '', citations: [] }] }));
    }, 0);
  } else sendCount();
  stretch();
  return { handle };
}
