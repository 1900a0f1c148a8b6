import { browser } from 'wxt/browser';
import { BadgeKeeper } from '../src/background/badge';
import { BackgroundMessage, parseMessage, sendToTab } from '../src/messaging/messages';
import { packAnswer } from '../src/page/findings-wire';
import { badgeWidthTable } from '../src/overlay/badge-size';
import { readTexts, warmUpReading } from '../src/page/read-text';
import { diagnosticsScriptKeeper } from '../src/background/diagnostics-script';
import { loadDiagnostics, watchDiagnostics } from '../src/settings/diagnostics';
import { muteTabsBySite, siteOnAt, switchesSites } from '../src/background/site-mute';

/**
 * Inject the engine into the content-script world of a page whose gate passed (issue 8). The
 * engine is never web-accessible: pages can't fetch it or learn its address. Resolves to whether it
 * was injected.
 */
async function injectEngine(tabId: number, frameId: number): Promise<boolean> {
  try {
    if (browser.scripting) {
      await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: ['/engine.js'] });
    } else {
      await browser.tabs.executeScript(tabId, { file: '/engine.js', frameId });
    }
    return true;
  } catch {
    // The tab navigated away meanwhile, or the browser keeps extensions off this page.
    return false;
  }
}

/** Context-menu item on selected text. */
const CHECK_SELECTION_MENU = 'pointwise-check-selection';

/** The badges' text widths, measured on first need (undefined until then; null without a canvas). */
let widthTable: Record<string, number> | null | undefined;
function badgeWidths(): Record<string, number> | null {
  if (widthTable === undefined) {
    try {
      widthTable = badgeWidthTable();
    } catch {
      widthTable = null;
    }
  }
  return widthTable;
}

export default defineBackground(() => {
  // MV3 has `action`; Firefox's MV2 build has `browserAction` with the same badge methods.
  const action = browser.action ?? browser.browserAction;
  const keeper = new BadgeKeeper(action, browser.tabs);

  // eslint-disable-next-line @typescript-eslint/no-misused-promises -- the polyfill's onMessage replies with the returned Promise (the engine's injection)
  browser.runtime.onMessage.addListener((raw, sender) => {
    const message = parseMessage(BackgroundMessage, raw);
    const tabId = sender.tab?.id;
    if (!message || tabId === undefined) return undefined;
    // A page's engine asks what its blocks hold: the detector runs here, off the page's main
    // thread, with its tables built once for every page (issue 8). The texts stay in the browser.
    if (message.type === 'pointwise:read-texts')
      return new Promise((resolve) => resolve(packAnswer(readTexts(message.texts))));
    // The badges' text widths, measured once here rather than on every page (issue 8).
    if (message.type === 'pointwise:badge-widths') return Promise.resolve(badgeWidths());
    // Only the tab's top frame speaks for the tab.
    if (sender.frameId !== undefined && sender.frameId !== 0) return undefined;
    if (message.type === 'pointwise:load-engine') {
      // The engine will soon ask for texts to be read and for the badges' widths: prepare both, in
      // a task of the background's own once the injection is under way. Building the detector's
      // tables takes a few hundred milliseconds the first time after the background starts; run
      // before the settings read, it held the injection (and the first page's marks) back that long.
      const inject = (): Promise<boolean> => {
        const injected = injectEngine(tabId, sender.frameId ?? 0);
        setTimeout(() => {
          warmUpReading();
          badgeWidths();
        }, 0);
        return injected;
      };
      if (!message.whenSiteOn) return inject();
      return siteOnAt(sender.url ?? sender.tab?.url, browser.storage.local).then((on) => (on ? inject() : false));
    }
    void keeper.setCount(tabId, message.count, message.enabled);
    return undefined;
  });

  /** The muted icon on every tab whose site is switched off, decided here from its address. */
  const muteAllBySite = () => muteTabsBySite(keeper, browser.tabs, browser.storage.local);

  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    // A new document is loading (navigation or reload): its content script will report afresh.
    // The gate says nothing on a page it turns away, so a switched-off site is muted from here.
    if (change.status === 'loading')
      void siteOnAt(tab.url, browser.storage.local).then((on) => keeper.navigated(tabId, !on));
  });
  // A site switched on or off (the popup, the options page, the shortcut): every tab on it follows.
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local') return;
    if (switchesSites(Object.keys(changes))) void muteAllBySite();
  });

  // Diagnostics (contracts.md §6): the flag's content script, registered only while they are on.
  const keepDiagnosticsScript = diagnosticsScriptKeeper(browser.scripting, loadDiagnostics);
  watchDiagnostics(() => void keepDiagnosticsScript());
  void keepDiagnosticsScript();
  browser.tabs.onRemoved.addListener((tabId) => keeper.removed(tabId));

  // "Check this text with Pointwise": the page's content script checks the selection and shows a card.
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus
      .removeAll()
      .then(() =>
        browser.contextMenus.create({
          id: CHECK_SELECTION_MENU,
          title: 'Check this text with Pointwise',
          contexts: ['selection'],
        }),
      )
      .catch(() => {
        // Menus are a convenience: without one, the shortcut and the popup still work.
      });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== CHECK_SELECTION_MENU || tab?.id === undefined) return;
    sendToTab(tab.id, { type: 'pointwise:check-selection', text: info.selectionText ?? '' }).catch(() => {
      // No content script on this page (a browser or store page): nothing can be shown there.
    });
  });

  // The keyboard shortcut: the active tab's content script switches its own site.
  browser.commands.onCommand.addListener((command) => {
    if (command !== 'toggle-site') return;
    void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
      if (tab?.id === undefined) return;
      return sendToTab(tab.id, { type: 'pointwise:toggle-site' }).catch(() => undefined);
    });
  });

  void keeper.restarted().then(muteAllBySite);
});
