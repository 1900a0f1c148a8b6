/**
 * The page gate's start-up (src/annotate/gate-main.ts), with WXT's fake browser standing in for the
 * browser's own APIs: on a page it turns away it does not touch them at all until woken; a page
 * that passes gets the engine (or, on a switched-off site, a muted count); the popup is answered
 * either way; an orphaned or replaced gate goes quiet.
 */
import { parseHTML } from 'linkedom';
import { afterEach, beforeEach, describe, expect, onTestFinished, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { GATE_WAKE, runGate, type GateApi } from '../../src/annotate/gate-main';
import { takeHandoff } from '../../src/annotate/handoff';
import { setDiagnostics } from '../../src/shared/timing';

const NEWS = `<!doctype html><html><head><title>City council news</title></head><body>
<h1>Council approves new bike lanes</h1><p>The vote passed seven to two after a long debate.</p></body></html>`;
const LISTING = `<!doctype html><html><head><title>Acupressure Mat and Pillow Set</title></head><body>
<h1>Acupressure Mat and Pillow Set</h1><p>Relieves back pain and helps you sleep.</p></body></html>`;

/** The gate's look-up of the extension APIs: counted, since a turned-away page must not make it. */
const lookUp = vi.fn(() => fakeBrowser as unknown as GateApi);

function page(html: string, url: string) {
  const window = parseHTML(html);
  vi.stubGlobal('MutationObserver', window.MutationObserver);
  const doc = window.document;
  Object.defineProperty(doc, 'URL', { value: url, configurable: true });
  Object.defineProperty(doc, 'location', { value: new URL(url), configurable: true });
  return doc;
}

/** What `sendToTab` does when nobody answers: call the gate's "listen" in its world. */
function wake(scope: object): boolean {
  const listen = (scope as Record<symbol, unknown>)[GATE_WAKE];
  return typeof listen === 'function' && (listen as () => boolean)();
}

/** Ask the gate what the popup asks, as the browser would deliver it. */
async function ask(message: unknown): Promise<unknown> {
  return new Promise((resolve) => {
    void fakeBrowser.runtime.onMessage.trigger(message, {}, resolve).then((results: unknown[]) => {
      if (!results.includes(true)) resolve(undefined);
    });
  });
}

const stops: Array<() => void> = [];
const scopes: object[] = [];
function start(doc: Document, diagnostics = false, scope: object = {}) {
  scopes.push(scope);
  const stop = runGate({ api: lookUp, doc, startedAt: performance.now(), diagnostics, scope });
  stops.push(stop);
  return stop;
}

beforeEach(() => {
  fakeBrowser.reset();
  lookUp.mockClear();
  performance.clearMarks();
  performance.clearMeasures();
});
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
  setDiagnostics(false);
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('a page the gate turns away', () => {
  test('never touches the extension APIs, and answers the popup once woken', async () => {
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(true as never);
    const scope = {};
    start(page(NEWS, 'https://news.example/council'), false, scope);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(lookUp).not.toHaveBeenCalled();
    expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(false);
    await expect(ask({ type: 'pointwise:summary' })).resolves.toBeUndefined();

    // The popup found nobody listening and woke the gate; waking it again changes nothing.
    expect(wake(scope)).toBe(true);
    expect(wake(scope)).toBe(false);
    await fakeBrowser.storage.local.set({ 'site-off:news.example': true });
    await expect(ask({ type: 'pointwise:summary' })).resolves.toMatchObject({
      site: 'news.example',
      enabled: false,
      relevant: false,
      ready: true,
      total: 0,
    });
    expect(get).toHaveBeenCalledTimes(1);
    // The background restarting asks for counts: a turned-away page has none to give.
    await ask({ type: 'pointwise:report-count' });
    expect(send).not.toHaveBeenCalled();
  });

  test('records its one slice and the ready mark only while diagnostics are flagged', () => {
    start(page(NEWS, 'https://news.example/a'));
    expect(performance.getEntriesByName('pointwise:scan')).toHaveLength(0);
    expect(performance.getEntriesByName('pointwise:ready')).toHaveLength(0);
    start(page(NEWS, 'https://news.example/b'), true);
    expect(performance.getEntriesByName('pointwise:scan')).toHaveLength(1);
    expect(performance.getEntriesByName('pointwise:ready')).toHaveLength(1);
  });

  test('has the engine brought in when mat text arrives later', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(true as never);
    const doc = page(NEWS, 'https://shop.example/reviews');
    start(doc);
    const late = doc.createElement('p');
    late.textContent = 'Five stars for this acupressure mat: my back pain is gone.';
    doc.body.append(late);
    await vi.waitFor(() => expect(send).toHaveBeenCalledWith({ type: 'pointwise:load-engine', whenSiteOn: true }));
  });

  test('brings in the engine when the user asks, and lets it answer', async () => {
    const scope = {};
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(true as never);
    start(page(NEWS, 'https://news.example/c'), false, scope);
    wake(scope);
    const answered = ask({ type: 'pointwise:check-selection', text: 'relieves back pain' });
    await vi.waitFor(() => expect(send).toHaveBeenCalledWith({ type: 'pointwise:load-engine' }));
    // The engine, injected into the same world, takes the handoff and attaches.
    const handoff = takeHandoff(scope);
    expect(handoff?.signal.aborted).toBe(false);
    handoff?.attach({ handle: (raw) => Promise.resolve({ engineSaw: raw }) });
    await expect(answered).resolves.toEqual({
      engineSaw: { type: 'pointwise:check-selection', text: 'relieves back pain' },
    });
    // From then on every message is the engine's.
    await expect(ask({ type: 'pointwise:summary' })).resolves.toEqual({ engineSaw: { type: 'pointwise:summary' } });
  });
});

describe('a page that passes', () => {
  test('asks for the engine and reads the settings side by side', async () => {
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(true as never);
    start(page(LISTING, 'https://shop.example/acupressure-mat'));
    // Asked in the gate's own task, not after the storage read comes back.
    expect(send).toHaveBeenCalledWith({ type: 'pointwise:load-engine', whenSiteOn: true });
    expect(get).toHaveBeenCalledTimes(1);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(send).toHaveBeenCalledTimes(1);
  });

  /** A background that, like the real one, declines a conditional load on a switched-off site. */
  function backgroundDecliningOffSites() {
    return vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: {
      type: string;
      whenSiteOn?: boolean;
    }) => {
      if (message.type !== 'pointwise:load-engine') return undefined;
      if (!message.whenSiteOn) return true;
      const stored = await fakeBrowser.storage.local.get('site-off:shop.example');
      return stored['site-off:shop.example'] !== true;
    }) as never);
  }

  test('on a switched-off site reports no claims and a muted icon, until switched back on', async () => {
    await fakeBrowser.storage.local.set({ 'site-off:shop.example': true });
    const send = backgroundDecliningOffSites();
    start(page(LISTING, 'https://shop.example/acupressure-mat'));
    await vi.waitFor(() => expect(send).toHaveBeenCalledWith({ type: 'pointwise:count', count: 0, enabled: false }));
    expect(send).toHaveBeenCalledWith({ type: 'pointwise:load-engine', whenSiteOn: true });
    expect(send).not.toHaveBeenCalledWith({ type: 'pointwise:load-engine' });
    await fakeBrowser.storage.local.remove('site-off:shop.example');
    await vi.waitFor(() => expect(send).toHaveBeenCalledWith({ type: 'pointwise:load-engine' }));
  });

  test('on a switched-off site still brings in the engine when the user asks', async () => {
    await fakeBrowser.storage.local.set({ 'site-off:shop.example': true });
    const send = backgroundDecliningOffSites();
    const scope = {};
    start(page(LISTING, 'https://shop.example/acupressure-mat'), false, scope);
    // The background declined the page's own request first.
    await vi.waitFor(() => expect(send).toHaveBeenCalledWith({ type: 'pointwise:count', count: 0, enabled: false }));
    const answered = ask({ type: 'pointwise:toggle-site' });
    await vi.waitFor(() => expect(send).toHaveBeenCalledWith({ type: 'pointwise:load-engine' }));
    takeHandoff(scope)?.attach({ handle: () => Promise.resolve('switched') });
    await expect(answered).resolves.toBe('switched');
  });

  test('hands the engine the diagnostics switch and the settings as read', async () => {
    const scope = {};
    await fakeBrowser.storage.local.set({ diagnostics: true, settings: { enabled: true } });
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(true as never);
    start(page(LISTING, 'https://shop.example/acupressure-mat'), false, scope);
    let handoff: ReturnType<typeof takeHandoff>;
    await vi.waitFor(() => expect((handoff = takeHandoff(scope))).toBeDefined());
    await expect(handoff!.reads()).resolves.toMatchObject({
      diagnostics: true,
      stored: { settings: { enabled: true } },
    });
  });
});

describe('a gate that is no longer wanted', () => {
  test('an orphaned gate (the extension reloaded) sends nothing and stops when mat text arrives', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(true as never);
    const doc = page(NEWS, 'https://shop.example/reviews');
    const scope = {};
    start(doc, false, scope);
    const id = fakeBrowser.runtime.id;
    (fakeBrowser.runtime as { id?: string }).id = undefined;
    onTestFinished(() => void ((fakeBrowser.runtime as { id?: string }).id = id));
    const late = doc.createElement('p');
    late.textContent = 'This acupressure mat eased my back pain.';
    doc.body.append(late);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(send).not.toHaveBeenCalled();
    expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(false);
    // Stopped: it left no "listen" behind.
    expect(wake(scope)).toBe(false);
  });

  test('a gate that finds no extension APIs at all stops quietly', async () => {
    const scope = {};
    runGate({
      api: () => undefined,
      doc: page(NEWS, 'https://shop.example/r'),
      startedAt: 0,
      diagnostics: false,
      scope,
    });
    expect(wake(scope)).toBe(false);
    // Stopped: nothing left to wake, and no error thrown on the way.
    expect(wake(scope)).toBe(false);
    expect(Object.getOwnPropertySymbols(scope)).toHaveLength(0);
  });

  test('a newer gate in the same document stops the older one', async () => {
    const scope = {};
    const add = vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener');
    const remove = vi.spyOn(fakeBrowser.runtime.onMessage, 'removeListener');
    start(page(NEWS, 'https://news.example/d'), false, scope);
    expect(wake(scope)).toBe(true);
    const first = add.mock.calls[0]![0];
    start(page(NEWS, 'https://news.example/d'), false, scope);
    expect(remove).toHaveBeenCalledWith(first);
    expect(remove).toHaveBeenCalledTimes(1);
    // The newer one listens when woken.
    expect(wake(scope)).toBe(true);
    expect(add).toHaveBeenCalledTimes(2);
  });
});
