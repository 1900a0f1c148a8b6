/**
 * Launching Debian's Chromium and Firefox ESR with an unpacked extension loaded, behind one small
 * interface ({@link BrowserSession}, {@link TestPage}) so an end-to-end test can run unchanged in
 * both browsers.
 *
 * - Chromium: playwright-core `launchPersistentContext` with `--load-extension` (MV3, the background
 *   is a service worker, found through `context.serviceWorkers()`; its URL gives the extension id).
 * - Firefox: puppeteer-core over WebDriver BiDi, `browser.installExtension(dir)` (MV2, the background
 *   is a page no automation protocol can reach; see {@link launchFirefox}).
 *
 * In both, `toolbarBadgeText` reads the action badge from an extension page ({@link HELPER_PAGE}),
 * which works whatever state the background is in; Chromium can also read it inside the service
 * worker (`serviceWorkerBadgeText`).
 *
 * Nothing here downloads a browser: the executables are the apt-installed ones.
 */
import JSZip from 'jszip';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  chromium,
  type BrowserContext,
  type Page as PlaywrightPage,
  type Worker as PlaywrightWorker,
} from 'playwright-core';
import puppeteer, { type Browser as PuppeteerBrowser, type Page as PuppeteerPage } from 'puppeteer-core';
import { chromiumOverlayReach, firefoxOverlayReach, type OverlayReach } from './overlay-reach';
import { CHROME_EXTENSION_DIR, FIREFOX_EXTENSION_DIR } from './paths';

export { CHROME_EXTENSION_DIR, FIREFOX_EXTENSION_DIR, ROOT_DIR } from './paths';

export const CHROMIUM_EXECUTABLE = process.env.POINTWISE_CHROMIUM ?? '/usr/bin/chromium';
export const FIREFOX_EXECUTABLE = process.env.POINTWISE_FIREFOX ?? '/usr/bin/firefox-esr';

/** Viewport every page gets in both browsers, so screenshots compare. */
export const DEFAULT_VIEWPORT = { width: 1280, height: 900 } as const;

/**
 * Flags for Chromium. `--no-sandbox` because we run as root in a container; the rest keep the
 * browser from phoning home or updating components mid-test.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Branded Chrome 137+ ignores --load-extension unless this feature is off; Debian's Chromium
  // honours the switch anyway, and the flag is harmless there.
  '--disable-features=DisableLoadExtensionCommandLineSwitch',
];

export type BrowserName = 'chromium' | 'firefox';

/** Errors a page reported: uncaught exceptions and `console.error` messages, in order. */
export interface PageErrors {
  /** Every error so far, as `pageerror: …` or `console.error: …` lines. */
  list(): string[];
  /** Forget what was collected so far (e.g. after an intentional error). */
  clear(): void;
  /** Forget the errors from index `from` on that match `pattern` (errors a test caused itself). */
  discard(from: number, pattern: RegExp): void;
}

/**
 * Errors that are never the page's or the extension's doing. Firefox requests /favicon.ico by
 * itself and reports the strict-CSP page's refusal (img-src) as a page error.
 */
export const IGNORED_ERRORS: readonly RegExp[] = [/favicon\.ico/];

/** What a test needs from a page, the same in both browsers. */
export interface TestPage {
  readonly browserName: BrowserName;
  /** Playwright `Page` in Chromium, Puppeteer `Page` in Firefox, for anything not covered here. */
  readonly raw: PlaywrightPage | PuppeteerPage;
  /** Errors this page has reported since it was created. */
  readonly errors: PageErrors;
  goto(url: string, options?: { waitUntil?: 'load' | 'domcontentloaded'; timeout?: number }): Promise<void>;
  /**
   * Run a function in the page's main world; the argument and result must be serialisable. While
   * it runs, the overlay's closed shadow root is reachable as `host.__pointwiseTestRoot` (through
   * the browser's automation protocol; see overlay-reach.ts).
   */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Run a function in the main world exactly as page script would, with no reach into the overlay. */
  evaluateAsPage<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /**
   * Run a classic script's source in the main world (e.g. a library such as axe-core). Goes
   * through the automation protocol, so the page's CSP does not block it.
   */
  evaluateScript(source: string): Promise<void>;
  url(): string;
  screenshot(path: string, options?: { fullPage?: boolean }): Promise<void>;
  setViewport(size: { width: number; height: number }): Promise<void>;
  bringToFront(): Promise<void>;
  mouseMove(x: number, y: number): Promise<void>;
  mouseClick(x: number, y: number): Promise<void>;
  /** Press a key by its `KeyboardEvent.key` name: 'Tab', 'Escape', 'Enter'. */
  press(key: string): Promise<void>;
  close(): Promise<void>;
}

/** A running browser with the extension under test installed. */
export interface BrowserSession {
  readonly name: BrowserName;
  /** Chromium: the 32-letter extension id. Firefox: the add-on id (gecko id). */
  readonly extensionId: string;
  /** Origin of the extension's own pages (`chrome-extension://…` or `moz-extension://…`). */
  readonly extensionOrigin: string;
  newPage(): Promise<TestPage>;
  /**
   * The toolbar (action) badge text the extension set for the tab showing `page`, '' when unset.
   * Read from an extension page ({@link HELPER_PAGE}) without waking the background. Brings `page`
   * to the front first: without the "tabs" permission the extension cannot see tab URLs, so the
   * tab is found as the active one.
   */
  toolbarBadgeText(page: TestPage): Promise<string>;
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Both libraries' `evaluate`, minus the generic gymnastics our wrapper does not need. */
type LooseEvaluate = (fn: unknown, arg: unknown) => Promise<unknown>;

/** `evaluate` with the overlay's closed root exposed for the call's length. */
async function withReach<R>(reach: OverlayReach, run: () => Promise<R>): Promise<R> {
  try {
    await reach.expose();
  } catch {
    // Mid-navigation, or no overlay yet: the function finds no root, as it would find no host.
  }
  try {
    return await run();
  } finally {
    await reach.hide().catch(() => {});
  }
}

// ---------------------------------------------------------------------------------------------
// Error collection

/** Collect `pageerror` and `console.error` from a Playwright or Puppeteer page. */
export function collectPageErrors(page: PlaywrightPage | PuppeteerPage): PageErrors {
  const errors: string[] = [];
  const push = (line: string) => {
    if (!IGNORED_ERRORS.some((pattern) => pattern.test(line))) errors.push(line);
  };
  // Both libraries emit these two events with compatible shapes; their typings differ.
  const emitter = page as unknown as {
    on(event: 'pageerror', cb: (error: unknown) => void): void;
    on(event: 'console', cb: (message: { type(): string; text(): string }) => void): void;
  };
  emitter.on('pageerror', (error) => {
    push(`pageerror: ${error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error)}`);
  });
  emitter.on('console', (message) => {
    if (message.type() === 'error') push(`console.error: ${message.text()}`);
  });
  return {
    list: () => [...errors],
    clear: () => void errors.splice(0),
    discard(from, pattern) {
      const kept = errors.slice(from).filter((line) => !pattern.test(line));
      errors.splice(from, errors.length - from, ...kept);
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Badge lookup, shared by both browsers. It runs inside an extension context (an extension page,
// or the Chromium service worker) and must stay self-contained: it is serialised into it.

interface ExtensionApi {
  tabs: {
    query(q: object): Promise<Array<{ id?: number; url?: string; active: boolean; windowId: number }>>;
    getCurrent(): Promise<{ id?: number; windowId: number } | undefined>;
  };
  windows: { getLastFocused(q?: object): Promise<{ id?: number }> };
  action?: { getBadgeText(d: { tabId: number }): Promise<string> };
  browserAction?: { getBadgeText(d: { tabId: number }): Promise<string> };
}

/**
 * Read the action badge text of the tab showing `url`. The extension can only see tab URLs with
 * the "tabs" permission or host permissions (Pointwise has neither: content-script matches do not
 * count), so without them the tab is the active tab, ignoring the helper page's own tab/window.
 * Callers bring the page to the front first.
 */
async function readBadgeInExtension(url: string): Promise<string> {
  const g = globalThis as unknown as { browser?: ExtensionApi; chrome?: ExtensionApi };
  const api = (g.browser ?? g.chrome)!;
  const action = api.action ?? api.browserAction;
  if (!action) throw new Error('no action/browserAction API in this context');
  const me = api.tabs.getCurrent ? await api.tabs.getCurrent() : undefined;
  const tabs = (await api.tabs.query({})).filter((t) => me === undefined || t.id !== me.id);
  const strip = (u: string) => u.replace(/#.*$/, '');
  const byUrl = tabs.filter((t) => t.url !== undefined && strip(t.url) === strip(url));
  let tab = byUrl.length === 1 ? byUrl[0] : undefined;
  if (!tab) {
    let active = tabs.filter((t) => t.active);
    // The Firefox helper lives in a window of its own: tabs active there are not the page.
    if (me !== undefined && active.length > 1) active = active.filter((t) => t.windowId !== me.windowId);
    if (active.length > 1) {
      const focused = await api.windows.getLastFocused({ windowTypes: ['normal'] });
      tab = active.find((t) => t.windowId === focused.id) ?? active[0];
    } else {
      tab = active[0];
    }
  }
  if (tab?.id === undefined) throw new Error(`no tab found for ${url}`);
  return action.getBadgeText({ tabId: tab.id });
}

/**
 * The extension page used to call extension APIs: the extension's own manifest.json. Opened in a
 * tab it is a full extension context (chrome.* / browser.* APIs) in both browsers, yet it runs
 * none of the extension's code, so reading the badge has no side effects (unlike opening the
 * popup, which may message the background and wake it).
 */
export const HELPER_PAGE = 'manifest.json';

/**
 * Switch the extension's diagnostics on or off (contracts.md §6: `diagnostics` in its local
 * storage), from one of its own pages. The tests wait for `pointwise:ready` and read the
 * `pointwise:scan` measures, which the content script writes only while diagnostics are on; a
 * session is launched with them on unless asked otherwise. Pages loaded afterwards see the value.
 */
export async function setDiagnostics(extensionPage: PlaywrightPage | PuppeteerPage, on: boolean): Promise<void> {
  await (extensionPage.evaluate as LooseEvaluate).call(
    extensionPage,
    async (value: boolean) => {
      interface Api {
        storage?: { local: { set(items: object): Promise<void> } };
        scripting?: { getRegisteredContentScripts(filter: { ids: string[] }): Promise<unknown[]> };
      }
      const g = globalThis as unknown as { browser?: Api; chrome?: Api };
      const api = g.browser ?? g.chrome;
      // A test extension without the storage permission (the harness's probe) has nothing to switch.
      await api?.storage?.local.set({ diagnostics: value });
      // The background mirrors the switch into the flag's content script (src/background/
      // diagnostics-script.ts); pages loaded before it is in place would not record.
      const scripting = api?.storage ? api.scripting : undefined;
      for (let i = 0; scripting && i < 100; i++) {
        const found = await scripting.getRegisteredContentScripts({ ids: ['pointwise-diagnostics'] });
        if (found.length === (value ? 1 : 0)) return;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      if (scripting) throw new Error('the diagnostics script was not (un)registered within 5 s');
    },
    on,
  );
}

// ---------------------------------------------------------------------------------------------
// Chromium

/** Chromium session; adds what only Chromium offers. */
export interface ChromiumSession extends BrowserSession {
  readonly name: 'chromium';
  readonly context: BrowserContext;
  /**
   * The extension's service worker, started first if it was stopped. (Evaluating in a stopped
   * worker would hang: Playwright keeps the Worker object across stops and restarts, same CDP
   * target, so the object is only usable while the worker runs.)
   */
  serviceWorker(): Promise<PlaywrightWorker>;
  /** Whether the extension's service worker is running right now (CDP ServiceWorker domain). */
  isServiceWorkerRunning(): Promise<boolean>;
  /** Stop the extension's service worker, as Chrome does after 30 s idle. It restarts on the next event. */
  stopServiceWorker(): Promise<void>;
  /**
   * Like {@link BrowserSession.toolbarBadgeText}, but evaluated in the service worker
   * (`chrome.action.getBadgeText`). Starts the worker if it was stopped, which runs the
   * background's startup code: use `toolbarBadgeText` to look without waking it.
   */
  serviceWorkerBadgeText(page: TestPage): Promise<string>;
  /** The extension page (manifest.json in a tab) used for extension API calls, opened on first use. */
  extensionPage(): Promise<PlaywrightPage>;
  /** console.error / uncaught errors from the service worker. */
  readonly backgroundErrors: PageErrors;
}

function wrapPlaywrightPage(page: PlaywrightPage): TestPage {
  const errors = collectPageErrors(page);
  const reach = chromiumOverlayReach(page);
  return {
    browserName: 'chromium',
    raw: page,
    errors,
    async goto(url, options) {
      await page.goto(url, { waitUntil: options?.waitUntil ?? 'load', timeout: options?.timeout });
    },
    evaluate: <R, A>(fn: (arg: A) => R | Promise<R>, arg?: A) =>
      withReach(reach, () => (page.evaluate as LooseEvaluate).call(page, fn, arg) as Promise<R>),
    evaluateAsPage: <R, A>(fn: (arg: A) => R | Promise<R>, arg?: A) =>
      (page.evaluate as LooseEvaluate).call(page, fn, arg) as Promise<R>,
    async evaluateScript(source) {
      await page.evaluate(`${source}\n;undefined`);
    },
    url: () => page.url(),
    async screenshot(path, options) {
      await page.screenshot({ path, fullPage: options?.fullPage ?? false });
    },
    setViewport: (size) => page.setViewportSize(size),
    bringToFront: () => page.bringToFront(),
    mouseMove: (x, y) => page.mouse.move(x, y),
    mouseClick: (x, y) => page.mouse.click(x, y),
    press: (key) => page.keyboard.press(key),
    close: () => page.close(),
  };
}

/**
 * Launch Debian's Chromium headless with the unpacked extension in `extensionDir` loaded, in a
 * fresh temporary profile, and wait for the extension's service worker.
 *
 * Playwright treats every tab as visible and focused, so tests may keep several pages open; the
 * helper tab for extension API calls lives in the same window.
 */
export async function launchChromium(
  extensionDir: string = CHROME_EXTENSION_DIR,
  options: {
    viewport?: { width: number; height: number };
    /** Reuse this profile folder and keep it on close (to test what survives a browser restart). */
    profileDir?: string;
    /** Switch diagnostics on (the default), so the content script writes its timing marks. */
    diagnostics?: boolean;
  } = {},
): Promise<ChromiumSession> {
  const dir = resolve(extensionDir);
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`no manifest.json in ${dir}; build first`);
  const keepProfile = options.profileDir !== undefined;
  const userDataDir = options.profileDir ?? mkdtempSync(join(tmpdir(), 'pointwise-chromium-'));
  const dropProfile = () => {
    if (!keepProfile) rmSync(userDataDir, { recursive: true, force: true });
  };
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_EXECUTABLE,
    headless: true,
    viewport: options.viewport ?? DEFAULT_VIEWPORT,
    args: [...CHROMIUM_ARGS, `--disable-extensions-except=${dir}`, `--load-extension=${dir}`],
  });

  try {
    // The worker usually exists before launchPersistentContext resolves; if not, it is on its way.
    const isOurs = (w: PlaywrightWorker) => w.url().startsWith('chrome-extension://');
    const first =
      context.serviceWorkers().find(isOurs) ??
      (await context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 15_000 }));
    // Node's URL gives chrome-extension: URLs a 'null' origin; build it from the host.
    const extensionId = new URL(first.url()).host;
    const extensionOrigin = `chrome-extension://${extensionId}`;
    const isExtensionWorker = (w: PlaywrightWorker) => w.url().startsWith(`${extensionOrigin}/`);

    const backgroundErrorList: string[] = [];
    context.on('console', (message) => {
      const worker = message.worker();
      if (message.type() === 'error' && worker && isExtensionWorker(worker)) {
        backgroundErrorList.push(`console.error: ${message.text()}`);
      }
    });
    context.on('weberror', (webError) => {
      if (!webError.page()) backgroundErrorList.push(`error: ${webError.error().message}`);
    });

    // launchPersistentContext opens one blank tab; hand it out first so no stray tab lingers.
    const spare = context.pages()[0];
    let spareUsed = false;

    // The helper tab, with a CDP session that tracks the worker's running status.
    let helper:
      | Promise<{
          page: PlaywrightPage;
          cdp: Awaited<ReturnType<BrowserContext['newCDPSession']>>;
          status: { running: boolean };
        }>
      | undefined;
    function openHelper() {
      helper ??= (async () => {
        const page = await context.newPage();
        await page.goto(`${extensionOrigin}/${HELPER_PAGE}`);
        const cdp = await context.newCDPSession(page);
        const status = { running: true };
        let resolveKnown!: () => void;
        const known = new Promise<void>((r) => (resolveKnown = r));
        cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
          for (const v of versions) {
            if (v.scriptURL.startsWith(`${extensionOrigin}/`)) {
              status.running = v.runningStatus === 'running';
              resolveKnown();
            }
          }
        });
        await cdp.send('ServiceWorker.enable');
        await Promise.race([known, sleep(1_000)]);
        return { page, cdp, status };
      })();
      return helper;
    }

    async function serviceWorker(): Promise<PlaywrightWorker> {
      const { page, status } = await openHelper();
      if (!status.running) {
        // Deliver an event to wake it: a postMessage from one of the extension's own pages.
        await page.evaluate(async () => {
          const registration = await navigator.serviceWorker.getRegistration();
          (registration?.active ?? registration?.waiting)?.postMessage({ type: 'pointwise-e2e:wake' });
        });
        const deadline = Date.now() + 10_000;
        while (!status.running) {
          if (Date.now() > deadline) throw new Error('the service worker did not restart');
          await sleep(25);
        }
      }
      return (
        context.serviceWorkers().find(isExtensionWorker) ??
        (await context.waitForEvent('serviceworker', { predicate: isExtensionWorker, timeout: 10_000 }))
      );
    }

    const session: ChromiumSession = {
      name: 'chromium',
      context,
      extensionId,
      extensionOrigin,
      backgroundErrors: {
        list: () => [...backgroundErrorList],
        clear: () => void backgroundErrorList.splice(0),
        discard(from, pattern) {
          const kept = backgroundErrorList.slice(from).filter((line) => !pattern.test(line));
          backgroundErrorList.splice(from, backgroundErrorList.length - from, ...kept);
        },
      },
      async newPage() {
        if (spare && !spareUsed && !spare.isClosed()) {
          spareUsed = true;
          return wrapPlaywrightPage(spare);
        }
        return wrapPlaywrightPage(await context.newPage());
      },
      serviceWorker,
      async isServiceWorkerRunning() {
        return (await openHelper()).status.running;
      },
      async stopServiceWorker() {
        const { cdp, status } = await openHelper();
        await cdp.send('ServiceWorker.stopAllWorkers');
        const deadline = Date.now() + 5_000;
        while (status.running && Date.now() < deadline) await sleep(25);
      },
      async extensionPage() {
        return (await openHelper()).page;
      },
      async toolbarBadgeText(page) {
        const { page: extPage } = await openHelper(); // before bringToFront: opening it activates it
        await page.bringToFront();
        return extPage.evaluate(readBadgeInExtension, page.url());
      },
      async serviceWorkerBadgeText(page) {
        const worker = await serviceWorker();
        await page.bringToFront();
        return worker.evaluate(readBadgeInExtension, page.url());
      },
      async close() {
        await context.close();
        dropProfile();
      },
    };
    if (options.diagnostics !== false) await setDiagnostics((await openHelper()).page, true);
    return session;
  } catch (error) {
    await context.close().catch(() => {});
    dropProfile();
    throw error;
  }
}

// ---------------------------------------------------------------------------------------------
// Firefox

/** Add-on id given to a build whose manifest has none (WXT's Firefox build has none unless configured). */
export const FIREFOX_FALLBACK_ADDON_ID = 'pointwise-e2e@pointwise.test';
/** The internal UUID we pin for the add-on, so its pages live at a known moz-extension:// origin. */
export const FIREFOX_EXTENSION_UUID = '6f1c2b7e-4d3a-4e8b-9a51-2c7d0e9f3b14';

/** Firefox session; adds what only Firefox offers. */
export interface FirefoxSession extends BrowserSession {
  readonly name: 'firefox';
  readonly browser: PuppeteerBrowser;
  /** The extension page (manifest.json, in a window of its own) used for extension API calls. */
  extensionPage(): Promise<PuppeteerPage>;
}

function wrapPuppeteerPage(page: PuppeteerPage): TestPage {
  const errors = collectPageErrors(page);
  const reach = firefoxOverlayReach(page);
  return {
    browserName: 'firefox',
    raw: page,
    errors,
    async goto(url, options) {
      await page.goto(url, { waitUntil: options?.waitUntil ?? 'load', timeout: options?.timeout ?? 30_000 });
    },
    evaluate: <R, A>(fn: (arg: A) => R | Promise<R>, arg?: A) =>
      withReach(reach, () => (page.evaluate as LooseEvaluate).call(page, fn, arg) as Promise<R>),
    evaluateAsPage: <R, A>(fn: (arg: A) => R | Promise<R>, arg?: A) =>
      (page.evaluate as LooseEvaluate).call(page, fn, arg) as Promise<R>,
    async evaluateScript(source) {
      await page.evaluate(`${source}\n;undefined`);
    },
    url: () => page.url(),
    async screenshot(path, options) {
      await page.screenshot({ path: path, fullPage: options?.fullPage ?? false });
    },
    setViewport: (size) => page.setViewport(size),
    bringToFront: () => page.bringToFront(),
    mouseMove: (x, y) => page.mouse.move(x, y),
    mouseClick: (x, y) => page.mouse.click(x, y),
    press: (key) => page.keyboard.press(key as Parameters<PuppeteerPage['keyboard']['press']>[0]),
    close: () => page.close(),
  };
}

interface FirefoxManifest {
  browser_specific_settings?: { gecko?: { id?: string } };
  applications?: { gecko?: { id?: string } };
}

/**
 * Launch Debian's Firefox ESR headless through puppeteer-core (WebDriver BiDi) and install the
 * unpacked extension in `extensionDir` as a temporary add-on.
 *
 * Quirks handled here:
 * - The MV2 background page is not reachable over BiDi (it is no browsing context), so the toolbar
 *   badge is read from an extension page ({@link HELPER_PAGE}) opened in a window of its own, where
 *   `browser.browserAction.getBadgeText` is available. BiDi refuses to navigate to moz-extension://
 *   URLs unless Firefox runs with `--remote-allow-system-access`, and even then that navigation
 *   never reports completion to puppeteer (the tab switches process), so we start it and poll.
 * - To know the moz-extension:// origin, the add-on's internal UUID is pinned with the pref
 *   `extensions.webextensions.uuids`, which is keyed by add-on id. A manifest without a gecko id
 *   (WXT's default) gets {@link FIREFOX_FALLBACK_ADDON_ID} in a temporary copy of the build.
 * - A background tab is `visibilityState: hidden` in Firefox (timers and animation frames
 *   throttled), unlike in Playwright's Chromium. So the helper page lives in its own window, the
 *   first blank tab is kept as an anchor so the main window never closes (new tabs would then open
 *   next to the helper), and a test should close pages it is done with or bring the page it
 *   checks to the front.
 */
export async function launchFirefox(
  extensionDir: string = FIREFOX_EXTENSION_DIR,
  options: {
    viewport?: { width: number; height: number };
    diagnostics?: boolean;
    /** Extra Firefox preferences, e.g. `layout.css.prefers-color-scheme.content-override` (0 dark, 1 light). */
    prefs?: Record<string, unknown>;
  } = {},
): Promise<FirefoxSession> {
  let dir = resolve(extensionDir);
  // A store archive is installed as it is (Firefox reads the .zip itself); its manifest is read
  // from inside it for the add-on id.
  const isArchive = dir.endsWith('.zip');
  let manifest: FirefoxManifest;
  if (isArchive) {
    const archive = await JSZip.loadAsync(readFileSync(dir));
    const text = await archive.file('manifest.json')?.async('string');
    if (text === undefined) throw new Error(`no manifest.json in ${dir}`);
    manifest = JSON.parse(text) as FirefoxManifest;
  } else {
    const manifestPath = join(dir, 'manifest.json');
    if (!existsSync(manifestPath)) throw new Error(`no manifest.json in ${dir}; build first`);
    manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as FirefoxManifest;
  }

  let addonId = manifest.browser_specific_settings?.gecko?.id ?? manifest.applications?.gecko?.id;
  let copiedDir: string | undefined;
  if (!addonId) {
    if (isArchive) throw new Error(`${dir} has no gecko id`);
    copiedDir = mkdtempSync(join(tmpdir(), 'pointwise-firefox-ext-'));
    cpSync(dir, copiedDir, { recursive: true });
    addonId = FIREFOX_FALLBACK_ADDON_ID;
    const patched = { ...manifest, browser_specific_settings: { gecko: { id: addonId } } };
    writeFileSync(join(copiedDir, 'manifest.json'), JSON.stringify(patched, null, 2));
    dir = copiedDir;
  }

  const viewport = options.viewport ?? DEFAULT_VIEWPORT;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_EXECUTABLE,
    headless: true,
    defaultViewport: viewport,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [addonId]: FIREFOX_EXTENSION_UUID }),
      ...options.prefs,
    },
  });

  let installedId: string;
  try {
    installedId = await browser.installExtension(dir);
  } catch (error) {
    await browser.close().catch(() => {});
    if (copiedDir) rmSync(copiedDir, { recursive: true, force: true });
    throw error;
  }
  const extensionOrigin = `moz-extension://${FIREFOX_EXTENSION_UUID}`;

  let helper: Promise<PuppeteerPage> | undefined;
  function openHelper(): Promise<PuppeteerPage> {
    helper ??= (async () => {
      const page = await browser.newPage({ type: 'window', background: true });
      const target = `${extensionOrigin}/${HELPER_PAGE}`;
      // Never settles (see above); the document loads regardless.
      page.goto(target).catch(() => {});
      const deadline = Date.now() + 15_000;
      for (;;) {
        try {
          const ready = await page.evaluate(
            () =>
              location.protocol === 'moz-extension:' &&
              typeof (globalThis as { browser?: unknown }).browser === 'object' &&
              document.readyState !== 'loading',
          );
          if (ready) return page;
        } catch {
          // The context is being replaced mid-navigation.
        }
        if (Date.now() > deadline) throw new Error(`extension page ${target} did not load`);
        await sleep(50);
      }
    })();
    return helper;
  }

  const session: FirefoxSession = {
    name: 'firefox',
    browser,
    extensionId: installedId,
    extensionOrigin,
    async newPage() {
      return wrapPuppeteerPage(await browser.newPage());
    },
    extensionPage: openHelper,
    async toolbarBadgeText(page) {
      const extPage = await openHelper();
      await page.bringToFront();
      return extPage.evaluate(readBadgeInExtension, page.url());
    },
    async close() {
      await browser.close();
      if (copiedDir) rmSync(copiedDir, { recursive: true, force: true });
    },
  };
  if (options.diagnostics !== false) await setDiagnostics(await openHelper(), true);
  return session;
}

/** Launch either browser with its default build from `.output/`. */
export function launchBrowser(name: BrowserName): Promise<BrowserSession> {
  return name === 'chromium' ? launchChromium() : launchFirefox();
}

/**
 * Open one of the extension's own pages (e.g. 'popup.html', 'options.html') in a new tab and wait
 * until its document has loaded. In Firefox, BiDi never reports a moz-extension:// navigation as
 * finished (see {@link launchFirefox}), so the page is polled instead, as for the helper page.
 * `beforeGoto` runs on the new tab before it navigates (e.g. to set its viewport or colour scheme,
 * or to bring another tab to the front so that the page does not open as the active tab).
 */
export async function openExtensionPage(
  session: BrowserSession,
  path: string,
  options: { timeoutMs?: number; beforeGoto?: (page: TestPage) => Promise<void> } = {},
): Promise<TestPage> {
  const page = await session.newPage();
  await options.beforeGoto?.(page);
  const url = `${session.extensionOrigin}/${path}`;
  if (session.name === 'chromium') {
    await page.goto(url, { waitUntil: 'load' });
    return page;
  }
  (page.raw as PuppeteerPage).goto(url).catch(() => {});
  const deadline = Date.now() + (options.timeoutMs ?? 15_000);
  for (;;) {
    try {
      const ready = await page.evaluate(
        (wanted) => location.href.startsWith(wanted) && document.readyState === 'complete',
        url,
      );
      if (ready) return page;
    } catch {
      // The context is being replaced mid-navigation.
    }
    if (Date.now() > deadline) throw new Error(`extension page ${url} did not load`);
    await sleep(50);
  }
}
