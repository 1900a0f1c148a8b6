/**
 * One lifetime for everything the overlay starts: timers, animation frames, idle callbacks,
 * listeners and observers. It ends when the content script context is invalidated (WXT aborts
 * `ctx.signal`) or when the overlay is destroyed, whichever comes first; ending it cancels all of
 * them at once, so nothing is cleared by hand and nothing is forgotten.
 *
 * Timers are the window's own ({@link windowTimers}): the lifetime cancels them itself when it
 * ends. WXT's `ctx.setTimeout` and friends would cancel them too, but each call adds a listener to
 * the context's abort signal that is never removed, and the overlay asks for a frame and a
 * backstop timer on every pass: thousands of listeners over a long visit, and 5 ms of
 * `addEventListener` in the first second of a listing.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** The part of WXT's context a lifetime needs (tests pass a fake). */
export type TimerHost = Pick<
  ContentScriptContext,
  'signal' | 'setTimeout' | 'setInterval' | 'requestAnimationFrame' | 'requestIdleCallback'
>;

/** The window's timers, for a lifetime that ends when `signal` (WXT's `ctx.signal`) aborts. */
export function windowTimers(signal: AbortSignal): TimerHost {
  return {
    signal,
    setTimeout: (fn, ms) => window.setTimeout(fn, ms),
    setInterval: (fn, ms) => window.setInterval(fn, ms),
    requestAnimationFrame: (fn) => window.requestAnimationFrame(fn),
    requestIdleCallback: (fn, options) => window.requestIdleCallback(fn, options),
  };
}

export class Lifetime {
  private readonly controller = new AbortController();
  private readonly cancels = new Set<() => void>();

  constructor(private readonly ctx: TimerHost) {
    if (ctx.signal.aborted) this.end();
    else ctx.signal.addEventListener('abort', () => this.end(), { once: true, signal: this.controller.signal });
  }

  /** Aborted when the lifetime ends: pass it to `addEventListener` and to anything else that takes one. */
  get signal(): AbortSignal {
    return this.controller.signal;
  }

  get ended(): boolean {
    return this.controller.signal.aborted;
  }

  /** Ends the lifetime: every pending timer, frame and idle callback is cancelled, every listener removed. */
  end(): void {
    if (this.ended) return;
    this.controller.abort();
    for (const cancel of this.cancels) {
      try {
        cancel();
      } catch {
        // Already gone.
      }
    }
    this.cancels.clear();
  }

  /** Runs `fn` after `ms`. Returns a function that cancels it. */
  timeout(fn: () => void, ms: number): () => void {
    if (this.ended) return () => {};
    const cancel = () => {
      clearTimeout(id);
      this.cancels.delete(cancel);
    };
    const id = this.ctx.setTimeout(() => {
      this.cancels.delete(cancel);
      fn();
    }, ms);
    this.cancels.add(cancel);
    return cancel;
  }

  /** Runs `fn` every `ms` until the lifetime ends. */
  interval(fn: () => void, ms: number): () => void {
    if (this.ended) return () => {};
    const id = this.ctx.setInterval(fn, ms);
    const cancel = () => {
      clearInterval(id);
      this.cancels.delete(cancel);
    };
    this.cancels.add(cancel);
    return cancel;
  }

  /** Runs `fn` in the next animation frame. */
  frame(fn: () => void): () => void {
    if (this.ended) return () => {};
    const cancel = () => {
      cancelAnimationFrame(id);
      this.cancels.delete(cancel);
    };
    const id = this.ctx.requestAnimationFrame(() => {
      this.cancels.delete(cancel);
      fn();
    });
    this.cancels.add(cancel);
    return cancel;
  }

  /** Runs `fn` when the browser is idle (at the latest after `timeout` ms); a timeout where there is no idle callback. */
  idle(fn: () => void, timeout: number): () => void {
    if (this.ended) return () => {};
    if (typeof requestIdleCallback !== 'function') return this.timeout(fn, 0);
    const cancel = () => {
      cancelIdleCallback(id);
      this.cancels.delete(cancel);
    };
    const id = this.ctx.requestIdleCallback(
      () => {
        this.cancels.delete(cancel);
        fn();
      },
      { timeout },
    );
    this.cancels.add(cancel);
    return cancel;
  }

  /** Disconnects `observer` (an IntersectionObserver, ResizeObserver, MessagePort …) when the lifetime ends. */
  own<T extends { disconnect(): void } | { close(): void }>(thing: T): T {
    const cancel = () => ('disconnect' in thing ? thing.disconnect() : thing.close());
    if (this.ended) cancel();
    else this.cancels.add(cancel);
    return thing;
  }

  /** Runs `fn` once when the lifetime ends. */
  onEnd(fn: () => void): void {
    if (this.ended) fn();
    else this.cancels.add(fn);
  }
}
