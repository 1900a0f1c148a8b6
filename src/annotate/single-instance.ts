/**
 * One running page gate per document, decided in the content scripts' own JavaScript world, which
 * page script can neither read nor forge. Kept apart from ./page-guards.ts, which needs WXT's
 * content-script context: the gate, on every page, loads neither WXT's context nor the polyfill.
 */

/** A key in our own world's global object (content scripts' globals are not the page's). */
const INSTANCE_KEY = Symbol.for('pointwise.content-instance');

interface InstanceSlot {
  [INSTANCE_KEY]?: () => void;
}

/**
 * One running content script per document: a newer instance (the script injected again into the
 * same document) stops the older one. The slot lives in the content script's own world, so a page
 * can neither read nor forge it. `stop` is called when a newer instance claims the slot.
 */
export function claimSingleInstance(scope: object, stop: () => void, signal: AbortSignal): void {
  const slot = scope as InstanceSlot;
  const previous = slot[INSTANCE_KEY];
  slot[INSTANCE_KEY] = stop;
  if (previous && previous !== stop) {
    try {
      previous();
    } catch {
      // The older instance is already gone.
    }
  }
  signal.addEventListener('abort', () => {
    if (slot[INSTANCE_KEY] === stop) delete slot[INSTANCE_KEY];
  });
}
