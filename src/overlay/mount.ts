/**
 * The overlay's one host element: a custom element (random tag per page load) with a closed shadow
 * root, appended as the last child of `<html>`. Mounting, the strict-CSP style fallback, and
 * keeping the host in place when the page removes it or puts a layer of its own after it.
 */
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { PageNames } from './names';
import { OVERLAY_CSS } from './overlay-css';

/** A page that keeps appending after our host gets its way after this many moves (no tug of war). */
const MAX_RAISES = 20;

export interface Mounted {
  ui: ShadowRootContentScriptUi<void>;
  host: HTMLElement;
  shadow: ShadowRoot;
  /** Where Preact renders. */
  container: HTMLElement;
}

/** CSP fallback: if the page's policy kept the shadow <style> from applying, adopt a constructed sheet. */
function ensureStyles(shadow: ShadowRoot): void {
  const layer = shadow.querySelector('.layer');
  if (!layer || getComputedStyle(layer).position === 'absolute') return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(OVERLAY_CSS);
  shadow.adoptedStyleSheets = [sheet];
}

/**
 * Mounts the host. `firstRender` draws the overlay's content once the container exists (the CSP
 * check needs the layer in place); `onWork` hears how long the mount held the main thread. Rejects
 * where no HTML host can carry a shadow root (XML, SVG).
 */
export async function mountHost(
  ctx: ContentScriptContext,
  names: PageNames,
  firstRender: (container: HTMLElement) => void,
  onWork: (start: number, end: number) => void = () => undefined,
): Promise<Mounted> {
  let parts: Omit<Mounted, 'ui'> | null = null;
  const ui = await createShadowRootUi<void>(ctx, {
    name: names.host,
    // 'inline': WXT leaves the host unstyled; the :host rules in OVERLAY_CSS make it a zero-size,
    // absolutely positioned, pointer-transparent layer at the document's origin.
    position: 'inline',
    anchor: () => document.documentElement,
    append: 'last',
    // Closed: page script gets no handle on the marks and cards (host.shadowRoot is null), so it
    // can neither read what Pointwise found nor rewrite a card's verdict or its links.
    mode: 'closed',
    css: OVERLAY_CSS,
    // Keys typed in a card must not trigger the page's shortcuts.
    isolateEvents: ['keydown', 'keyup', 'keypress'],
    onMount: (container, shadow, host) => {
      parts = { container, shadow, host };
      // The names this page load uses, where only we (and the tests, through the browser's
      // automation protocol) can read them: inside the closed shadow root.
      container.dataset.names = JSON.stringify(names);
      firstRender(container);
      try {
        ensureStyles(shadow);
      } catch {
        // No constructable stylesheets: the <style> is all there is.
      }
    },
    onRemove: () => {
      try {
        if (parts) render(null, parts.container);
      } catch {
        // Already gone.
      }
    },
  });
  // Appending the host, its shadow root and style, and the first render: work of ours on the page's
  // main thread, reported like every other overlay pass.
  const start = performance.now();
  try {
    ui.mount();
  } finally {
    onWork(start, performance.now());
  }
  if (!parts) throw new Error('overlay host did not mount');
  return { ui, ...(parts as Omit<Mounted, 'ui'>) };
}

/**
 * Keeps the host the last child of `<html>`: puts it back when the page removed or moved it (some
 * pages rebuild `<html>`'s children), and moves it back on top when the page appended a layer of
 * its own after it (at most {@link MAX_RAISES} times).
 */
export class HostKeeper {
  private raised = 0;

  constructor(private readonly host: HTMLElement) {}

  /** Returns whether the host had to move. */
  ensure(): boolean {
    const host = this.host;
    const root = document.documentElement;
    if (!root) return false;
    const moved = !host.isConnected || host.parentNode !== root;
    const covered = !moved && host.nextElementSibling !== null && this.raised < MAX_RAISES;
    if (!moved && !covered) return false;
    if (covered) this.raised += 1;
    root.append(host);
    return true;
  }
}
