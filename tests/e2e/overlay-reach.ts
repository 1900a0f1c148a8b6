/**
 * The tests' reach into Pointwise's overlay, whose shadow root is closed: page script (and so
 * `page.evaluate`) sees `host.shadowRoot === null`. The browsers' own automation protocols can
 * still see closed roots, and that is all the tests use — never a test-only build:
 *
 * - Chromium, over CDP: `DOM.describeNode({ pierce: true })` lists the host's shadow roots, closed
 *   ones included; `DOM.resolveNode` turns the root into a main-world object.
 * - Firefox, over WebDriver BiDi: `script.callFunction` with `serializationOptions.includeShadowTree:
 *   'all'` serialises the host with its closed `shadowRoot` as a shared reference, which a second
 *   call can take as an argument.
 *
 * The host is the child of `<html>` with a closed shadow root (its tag is random for each page
 * load). For the length of one `evaluate` it carries the attribute {@link TEST_HOST_ATTRIBUTE}
 * (`OVERLAY_HOST` in pages.ts selects it), its root is set on it as an own, non-enumerable
 * `shadowRoot` getter (and as {@link TEST_ROOT_KEY}), so test functions and axe-core read
 * `host.shadowRoot` as they would for an open root, and Pointwise's highlights are also registered
 * under their fixed names (`pointwise-mixed`, …, read from the names the overlay keeps in its
 * root). All of it is removed again afterwards, so page script run later by a test
 * (`evaluateAsPage`) finds none of it.
 */
import type { CDPSession, Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';

/** The property on the overlay's host that holds its shadow root while a test function runs. */
export const TEST_ROOT_KEY = '__pointwiseTestRoot';
/** The window property holding this page load's highlight names by key while a test function runs. */
export const TEST_NAMES_KEY = '__pointwiseTestNames';
/** The attribute that marks the overlay's host while a test function runs (its tag is random). */
export const TEST_HOST_ATTRIBUTE = 'data-pointwise-test-host';

// Also as an own `shadowRoot` getter on the host, shadowing Element.prototype's (which returns null
// for a closed root): test code and axe-core then walk the overlay as they would an open root. The
// highlights' random names (kept inside the root) get aliases under the fixed `pointwise-<key>`
// names, so test code can tell what each highlight is for.
const SET_ROOT = `function (root) {
  Object.defineProperty(this, ${JSON.stringify(TEST_ROOT_KEY)}, { value: root, configurable: true, enumerable: false });
  Object.defineProperty(this, 'shadowRoot', { get: () => root, configurable: true, enumerable: false });
  this.setAttribute(${JSON.stringify(TEST_HOST_ATTRIBUTE)}, '');
  const names = JSON.parse(root.querySelector('[data-names]')?.dataset.names ?? 'null');
  // The random names too, by what each is for (a ::highlight() style is looked up by its real name).
  Object.defineProperty(window, ${JSON.stringify(TEST_NAMES_KEY)}, { value: names?.highlights ?? null, configurable: true, enumerable: false });
  if (names && typeof CSS !== 'undefined' && CSS.highlights) {
    for (const [key, name] of Object.entries(names.highlights)) {
      const highlight = CSS.highlights.get(name);
      if (highlight) CSS.highlights.set('pointwise-' + key, highlight);
    }
  }
}`;
const CLEAR_ROOTS = `() => {
  for (const host of document.querySelectorAll(${JSON.stringify(`[${TEST_HOST_ATTRIBUTE}]`)})) {
    delete host[${JSON.stringify(TEST_ROOT_KEY)}];
    delete host.shadowRoot;
    host.removeAttribute(${JSON.stringify(TEST_HOST_ATTRIBUTE)});
  }
  delete window[${JSON.stringify(TEST_NAMES_KEY)}];
  if (typeof CSS !== 'undefined' && CSS.highlights)
    for (const name of [...CSS.highlights.keys()]) if (name.startsWith('pointwise-')) CSS.highlights.delete(name);
}`;

/** Exposes and hides the overlay's closed shadow root around a test's evaluate. */
export interface OverlayReach {
  expose(): Promise<void>;
  hide(): Promise<void>;
}

export function chromiumOverlayReach(page: PlaywrightPage): OverlayReach {
  let session: Promise<CDPSession> | undefined;
  const cdp = () => (session ??= page.context().newCDPSession(page));
  return {
    async expose() {
      const client = await cdp();
      // The overlay's host is a child of <html> (its tag is random): look at each.
      const { result } = await client.send('Runtime.evaluate', {
        expression: `[...document.documentElement.children]`,
      });
      if (!result.objectId) return;
      const { result: items } = await client.send('Runtime.getProperties', {
        objectId: result.objectId,
        ownProperties: true,
      });
      for (const item of items) {
        const hostId = /^\d+$/.test(item.name) ? item.value?.objectId : undefined;
        if (!hostId) continue;
        const { node } = await client.send('DOM.describeNode', { objectId: hostId, depth: 0, pierce: true });
        const shadow = node.shadowRoots?.find((r) => r.shadowRootType === 'closed');
        if (!shadow) continue;
        const { object } = await client.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
        if (!object.objectId) continue;
        await client.send('Runtime.callFunctionOn', {
          objectId: hostId,
          functionDeclaration: SET_ROOT,
          arguments: [{ objectId: object.objectId }],
        });
      }
      await client.send('Runtime.releaseObject', { objectId: result.objectId }).catch(() => {});
    },
    async hide() {
      const client = await cdp();
      await client.send('Runtime.evaluate', { expression: `(${CLEAR_ROOTS})()` }).catch(() => {});
    },
  };
}

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: BidiResult }>;
}
interface BidiRemote {
  type: string;
  sharedId?: string;
  value?: unknown;
}
interface BidiResult {
  type: string;
  result?: BidiRemote;
}

export function firefoxOverlayReach(page: PuppeteerPage): OverlayReach {
  const connection = () => (page.browser() as unknown as { connection: BidiConnection }).connection;
  const context = () => (page.mainFrame() as unknown as { _id: string })._id;
  return {
    async expose() {
      const target = { context: context() };
      const { result } = await connection().send('script.callFunction', {
        functionDeclaration: `() => [...document.documentElement.children]`,
        awaitPromise: false,
        target,
        serializationOptions: { maxDomDepth: 0, includeShadowTree: 'all' },
      });
      const hosts = result.type === 'success' && Array.isArray(result.result?.value) ? result.result.value : [];
      for (const host of hosts as BidiRemote[]) {
        const shadow = (host.value as { shadowRoot?: BidiRemote | null } | undefined)?.shadowRoot;
        const mode = (shadow?.value as { mode?: string } | undefined)?.mode;
        if (!host.sharedId || !shadow?.sharedId || mode !== 'closed') continue;
        await connection().send('script.callFunction', {
          functionDeclaration: SET_ROOT,
          awaitPromise: false,
          target,
          this: { sharedId: host.sharedId },
          arguments: [{ sharedId: shadow.sharedId }],
        });
      }
    },
    async hide() {
      await connection()
        .send('script.callFunction', {
          functionDeclaration: CLEAR_ROOTS,
          awaitPromise: false,
          target: { context: context() },
        })
        .catch(() => {});
    },
  };
}
