import '../../src/overlay/highlights.css';
import { browser } from 'wxt/browser';
import { Annotator } from '../../src/annotate/annotator';
import { DEFAULT_DISPLAY } from '../../src/annotate/types';
import { ContentMessage, parseMessage, type SummaryResponse } from '../../src/messaging/messages';
import { createOverlay } from '../../src/overlay';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  // The ::highlight() rules go in the manifest's css list: the browser injects them, so a page's
  // Content-Security-Policy cannot block them. The overlay's own styles live in its shadow root.
  cssInjectionMode: 'manifest',
  async main(ctx) {
    // The overlay's drawing is our main-thread work too: record it like the scan's (contracts.md §6).
    const overlay = await createOverlay(ctx, {
      onMainThreadWork: (start, end) => {
        try {
          performance.measure('pointwise:scan', { start, end, detail: { claims: 0, chars: 0 } });
        } catch {
          // A page that replaced the User Timing API must not break us.
        }
      },
    });
    let count = 0;
    const sendCount = () => {
      if (ctx.isInvalid) return;
      browser.runtime.sendMessage({ type: 'pointwise:count', count }).catch(() => {
        // The background is restarting; it asks for the count again when it is back.
      });
    };
    const annotator = new Annotator({
      doc: document,
      win: window,
      signal: ctx.signal,
      sink: overlay,
      display: DEFAULT_DISPLAY,
      onCount: (n) => {
        count = n;
        sendCount();
      },
    });

    const onMessage = (raw: unknown): Promise<unknown> | undefined => {
      const message = parseMessage(ContentMessage, raw);
      if (!message) return undefined;
      switch (message.type) {
        case 'pointwise:report-count':
          sendCount();
          return undefined;
        case 'pointwise:summary': {
          const response: SummaryResponse = { enabled: true, ...annotator.summary() };
          return Promise.resolve(response);
        }
        case 'pointwise:reveal':
          return Promise.resolve(annotator.reveal(message.id));
        case 'pointwise:check-selection':
          return undefined;
      }
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

    // Single-page apps: a new "page" means new scopes.
    ctx.addEventListener(window, 'wxt:locationchange', () => annotator.restart());
    annotator.start();
  },
});
