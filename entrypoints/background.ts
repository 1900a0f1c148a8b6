import { browser } from 'wxt/browser';
import { BadgeKeeper } from '../src/background/badge';
import { BackgroundMessage, parseMessage } from '../src/messaging/messages';

export default defineBackground(() => {
  // MV3 has `action`; Firefox's MV2 build has `browserAction` with the same badge methods.
  const action = browser.action ?? browser.browserAction;
  const keeper = new BadgeKeeper(action, browser.tabs);

  browser.runtime.onMessage.addListener((raw, sender) => {
    const message = parseMessage(BackgroundMessage, raw);
    const tabId = sender.tab?.id;
    if (!message || tabId === undefined) return undefined;
    // Only the tab's top frame speaks for the tab.
    if (sender.frameId !== undefined && sender.frameId !== 0) return undefined;
    void keeper.setCount(tabId, message.count);
    return undefined;
  });

  browser.tabs.onUpdated.addListener((tabId, change) => {
    // A new document is loading (navigation or reload): its content script will report afresh.
    if (change.status === 'loading') void keeper.navigated(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => keeper.removed(tabId));

  void keeper.restarted();
});
