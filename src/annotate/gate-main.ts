/**
 * The page gate: the only Pointwise script on every page (entrypoints/gate.ts). It decides cheaply
 * whether the page could be about acupressure mats (src/page/gate.ts) and has the background inject
 * the engine (entrypoints/engine.ts) only then, or when the user asks (selection check, shortcut).
 * Until then it answers the popup itself.
 *
 * On the pages it turns away — nearly all of them — it does as little as it can (issue 8). It
 * loads neither the browser-API polyfill nor WXT's content-script context (together about 4.5 ms of
 * script on every page, measured in Chromium), and it does not touch the extension APIs at all: the
 * first touch sets up their bindings in the page, another 1–2 ms. So it reads nothing from storage,
 * listens for no message and sets no timer. Whether diagnostics are on comes from a flag
 * (src/shared/diagnostics-flag.ts); the muted icon of a switched-off site is the background's to
 * show; and the popup or the background, finding nobody listening, wakes the gate with a call into
 * this world ({@link GATE_WAKE}, src/messaging/messages.ts `sendToTab`) and asks again. Once a page
 * passes, or it is woken, the gate talks through the few APIs both browsers provide natively with
 * promises ({@link GateApi}).
 */
import { MatSignal } from '../detect/mat-words';
import { pageCouldBeAboutMats, watchForMats } from '../page/gate';
import {
  readGateSettings,
  siteKey,
  SITE_OFF_PREFIX,
  type GateSettings,
  type StorageArea,
} from '../settings/quick-reads';
import { GATE_WAKE_KEY } from '../shared/gate-wake';
import { recordMark, recordScan, setDiagnostics } from '../shared/timing';
import { offerHandoff, type EngineHandle } from './handoff';
import { claimSingleInstance } from './single-instance';

/** A message listener in the form both browsers accept: reply through `sendResponse` after `true`. */
export type GateMessageListener = (
  message: unknown,
  sender: unknown,
  sendResponse: (response?: unknown) => void,
) => boolean | undefined;
export type GateStorageListener = (changes: Record<string, unknown>, area: string) => void;

interface Listeners<T> {
  addListener(listener: T): void;
  removeListener(listener: T): void;
}

/** The extension APIs the gate uses: `chrome.*` in Chromium (MV3: promises), `browser.*` in Firefox. */
export interface GateApi {
  runtime: {
    /** Gone once the extension is reloaded or removed: this copy of the gate is then orphaned. */
    readonly id?: string;
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: Listeners<GateMessageListener>;
  };
  storage: { local: StorageArea; onChanged: Listeners<GateStorageListener> };
}

/**
 * Where the gate leaves its "start listening" function in the content scripts' world (which page
 * script cannot reach). Returns true when the gate was not listening before. The background and
 * the popup call it through `scripting.executeScript` (`sendToTab`), by its name GATE_WAKE_KEY.
 */
export const GATE_WAKE = Symbol.for(GATE_WAKE_KEY);

export interface GateOptions {
  /** The extension APIs, looked up only when first needed (undefined: the extension is gone). */
  api: () => GateApi | undefined;
  doc: Document;
  /** When the gate's code began to run (its load is our work too, contracts.md §6). */
  startedAt: number;
  /** Diagnostics flagged on for this page (src/shared/diagnostics-flag.ts). */
  diagnostics: boolean;
  /** Where the single-instance slot and the handoff live: the content scripts' global object. */
  scope?: object;
}

/** What the popup hears from a page that Pointwise does not read. */
function summaryOf(site: string, enabled: boolean, ready: boolean) {
  return { site, enabled, relevant: false, ready, claims: [], total: 0, hasSafetyWarning: false };
}

/** Start the gate on `doc`. Returns a function that stops it (tests; a newer gate does the same). */
export function runGate({ api: lookUp, doc, startedAt, diagnostics, scope = globalThis }: GateOptions): () => void {
  const life = new AbortController();
  const stop = () => life.abort();
  claimSingleInstance(scope, stop, life.signal);
  let apis: GateApi | undefined;
  /**
   * Still wanted: not replaced by a newer gate, and the extension still there (asks the APIs: the
   * first call looks them up). Every path into the APIs passes here first.
   */
  const alive = (): boolean => {
    if (life.signal.aborted) return false;
    apis ??= lookUp();
    if (apis?.runtime?.id != null) return true;
    stop();
    return false;
  };
  /** The APIs, once {@link alive} found them. */
  const api = (): GateApi => apis!;
  setDiagnostics(diagnostics);

  let siteName: string | undefined;
  const site = (): string => (siteName ??= siteKey(doc.location ?? { protocol: '', hostname: '' }));
  let engine: EngineHandle | null = null;
  let loading: Promise<EngineHandle | null> | null = null;
  let relevant = false;
  /** The settings changed after the gate read them: the engine reads them afresh. */
  let settingsChanged = false;
  let reads: Promise<GateSettings> | null = null;
  /** The one storage read, made only when needed (a page that passed, the popup asking). */
  const read = (): Promise<GateSettings> => (reads ??= readGateSettings(site(), api().storage.local));

  /**
   * Have the background inject the engine, once; resolves when it has taken over, or to null when
   * it was not injected (then a later call asks again). `whenSiteOn`: only if the page's site is
   * switched on, which the background checks itself, so a page that passed asks at once rather than
   * after its own storage read (one round trip less before the first marks).
   */
  const loadEngine = (whenSiteOn = false): Promise<EngineHandle | null> => {
    if (loading) return whenSiteOn ? loading : loading.then((loaded) => loaded ?? loadEngine());
    const attempt = new Promise<EngineHandle | null>((resolve) => {
      const notLoaded = () => {
        if (loading === attempt) loading = null;
        resolve(null);
      };
      offerHandoff(
        {
          signal: life.signal,
          reads: () =>
            read().then(({ diagnostics: on, stored }) => ({
              diagnostics: on || diagnostics,
              ...(settingsChanged ? {} : { stored }),
            })),
          attach: (handle) => {
            engine = handle;
            resolve(handle);
          },
        },
        scope,
      );
      api()
        .runtime.sendMessage(
          whenSiteOn ? { type: 'pointwise:load-engine', whenSiteOn } : { type: 'pointwise:load-engine' },
        )
        .then((ok) => {
          if (ok !== true) notLoaded();
        }, notLoaded);
    });
    loading = attempt;
    return attempt;
  };

  /** A page that passed on a switched-off site: no claims, and the icon muted. */
  const sendNothingCount = (enabled: boolean) => {
    if (!alive() || engine) return;
    api()
      .runtime.sendMessage({ type: 'pointwise:count', count: 0, enabled })
      .catch(() => {
        // The background is restarting; it asks for the count again when it is back.
      });
  };

  // Messages for the content script: the engine's once it runs; until then the gate's answers.
  const answer = (raw: unknown): Promise<unknown> | undefined => {
    if (engine) return engine.handle(raw);
    const type = raw !== null && typeof raw === 'object' ? (raw as { type?: unknown }).type : undefined;
    switch (type) {
      case 'pointwise:report-count':
        // The background restarted. A page turned away has nothing to report (the background
        // mutes a switched-off site's icon itself); one that passed says whether its site is on.
        if (relevant) void read().then(({ siteOn }) => sendNothingCount(siteOn));
        return undefined;
      case 'pointwise:summary':
        return read().then(({ siteOn }) => summaryOf(site(), siteOn, loading === null));
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
  const onMessage: GateMessageListener = (raw, _sender, sendResponse) => {
    if (life.signal.aborted) return undefined;
    const reply = answer(raw);
    if (!reply) return undefined;
    reply.then(sendResponse, () => sendResponse(undefined));
    return true;
  };
  let listening = false;
  /** Start answering messages (a page that passed; the popup or background waking us). */
  const listen = (): boolean => {
    if (listening || !alive()) return false;
    listening = true;
    const { onMessage: events } = api().runtime;
    events.addListener(onMessage);
    life.signal.addEventListener('abort', () => events.removeListener(onMessage));
    return true;
  };
  const slot = scope as Record<symbol, unknown>;
  slot[GATE_WAKE] = listen;
  life.signal.addEventListener('abort', () => {
    if (slot[GATE_WAKE] === listen) delete slot[GATE_WAKE];
  });

  // Switched back on for this site (the popup, the options page): a page that passed gets the engine.
  const onStorage: GateStorageListener = (changes, area) => {
    if (area !== 'local' || !('settings' in changes || `${SITE_OFF_PREFIX}${site()}` in changes)) return;
    settingsChanged = true;
    if (engine || !alive()) return;
    reads = null;
    void read().then(({ siteOn }) => {
      if (siteOn) void loadEngine();
      else sendNothingCount(false);
    });
  };

  const passed = () => {
    if (relevant || !alive()) return;
    relevant = true;
    listen();
    const { onChanged } = api().storage;
    onChanged.addListener(onStorage);
    life.signal.addEventListener('abort', () => onChanged.removeListener(onStorage));
    // The engine is asked for and the settings read side by side; the engine starts from this read.
    void loadEngine(true);
    void read().then(({ siteOn, diagnostics: on }) => {
      if (on) setDiagnostics(true);
      if (!siteOn) sendNothingCount(false);
    });
  };

  // The check, in the same task as the start-up: loading the gate's code, its first call into the
  // extension APIs and the read of the page are one chunk of our work, recorded as one slice from
  // the moment the code began to run.
  const signal = new MatSignal();
  if (pageCouldBeAboutMats(doc, doc.URL, signal)) passed();
  else {
    // Text that arrives later (lazy reviews, a single-page app moving to a product page).
    const unwatch = watchForMats(doc, signal, passed, recordScan);
    life.signal.addEventListener('abort', unwatch);
  }
  recordScan(startedAt, performance.now(), 0, signal.read);
  // A page turned away has had its full pass: nothing on it is about mats (contracts.md §6).
  if (!relevant) recordMark('pointwise:ready');
  return stop;
}
