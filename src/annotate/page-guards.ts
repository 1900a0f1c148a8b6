/**
 * Keeps the page from stopping or steering the content script.
 *
 * WXT's content-script context stops itself when it sees its "content script started" event on
 * `document` from another instance (the way a newer copy of the script takes over after a reload in
 * development). DOM events cross from the page's world into ours, and a page can dispatch that event
 * too: a seller's page could switch Pointwise off on itself with one line. Likewise WXT's
 * `wxt:locationchange` event is an ordinary event on `window` that a page can dispatch as often as
 * it likes, and each one restarted the whole scan.
 *
 * - {@link shieldStartupEvent} stops that event on `window` in the capture phase, before WXT's
 *   listener on `document` sees it, whoever sent it. The single-instance handshake is then done
 *   in our own JavaScript world, which page script cannot reach (./single-instance.ts).
 * - {@link watchLocation} never trusts the event: it only schedules a look at `location.href`, and
 *   restarts when the address really changed, at most once per `minIntervalMs`.
 */
import { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * The name of WXT's "content script started" event (`<extension id>:<entrypoint>:wxt:content-script-started`).
 * WXT keeps it in a static field its types mark private; a unit test fails if an upgrade moves it.
 */
export function startupEventType(): string {
  const type = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE?: unknown })
    .SCRIPT_STARTED_MESSAGE_TYPE;
  if (typeof type !== 'string') throw new Error("WXT's content-script-started event name moved: update page-guards.ts");
  return type;
}

/**
 * Stop WXT's "content script started" event before it reaches WXT's own listener, for as long as
 * `signal` lives. Call it as early as possible in `main`.
 */
export function shieldStartupEvent(win: Window, signal: AbortSignal): void {
  const type = startupEventType();
  win.addEventListener(type, (event) => event.stopImmediatePropagation(), { capture: true, signal });
}

export interface LocationWatchOptions {
  /** Where to read the address. */
  location: Pick<Location, 'href'>;
  /** Called when the address has really changed (a single-page app moved to another page). */
  onChange: (href: string) => void;
  /** Fewest milliseconds between two calls of `onChange`. */
  minIntervalMs?: number;
  /** Wait after a hint before reading the address (the Navigation API announces a URL before it commits). */
  settleMs?: number;
  setTimeout: (fn: () => void, ms: number) => unknown;
  now?: () => number;
}

/**
 * A watcher for single-page navigation that a page can't drive. `hint()` is called for every
 * location-change event (WXT's, which the page can forge); it only schedules one look at the
 * address. So a forged event with the address unchanged does nothing, and an address changing
 * every few milliseconds restarts the scan at most once per `minIntervalMs`.
 */
export function watchLocation(options: LocationWatchOptions): { hint: () => void } {
  const { location, onChange, setTimeout: later } = options;
  const minInterval = options.minIntervalMs ?? 1_000;
  const settle = options.settleMs ?? 50;
  const now = options.now ?? (() => Date.now());
  let last = location.href;
  let lastChange = Number.NEGATIVE_INFINITY;
  let pending = false;

  const look = (): void => {
    pending = false;
    const href = location.href;
    if (href === last) return;
    const wait = lastChange + minInterval - now();
    if (wait > 0) {
      pending = true;
      later(look, wait);
      return;
    }
    last = href;
    lastChange = now();
    onChange(href);
  };

  return {
    hint: () => {
      if (pending) return;
      pending = true;
      later(look, settle);
    },
  };
}
