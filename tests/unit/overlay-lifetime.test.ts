/**
 * The overlay's lifetime (src/overlay/lifetime.ts): one end cancels every timer, interval and
 * listener it started, whether the overlay is destroyed or WXT invalidates the context.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { Lifetime, type TimerHost } from '../../src/overlay/lifetime';

function fakeContext(): TimerHost & { abort(): void } {
  const controller = new AbortController();
  return {
    signal: controller.signal,
    abort: () => controller.abort(),
    setTimeout: (fn, ms) => setTimeout(fn, ms) as unknown as number,
    setInterval: (fn, ms) => setInterval(fn, ms) as unknown as number,
    requestAnimationFrame: (fn) => setTimeout(() => fn(0), 16) as unknown as number,
    requestIdleCallback: (fn) =>
      setTimeout(() => fn({ didTimeout: false, timeRemaining: () => 10 }), 1) as unknown as number,
  };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('Lifetime', () => {
  test.each([
    ['destroying the overlay', (life: Lifetime) => life.end()],
    ['the content script context being invalidated', (_life: Lifetime, ctx: { abort(): void }) => ctx.abort()],
  ])('%s cancels timers and intervals and removes listeners', (_name, end) => {
    const ctx = fakeContext();
    const life = new Lifetime(ctx);
    const calls: string[] = [];
    life.timeout(() => calls.push('timeout'), 100);
    life.interval(() => calls.push('interval'), 50);
    const target = new EventTarget();
    target.addEventListener('ping', () => calls.push('listener'), { signal: life.signal });
    let ended = 0;
    life.onEnd(() => (ended += 1));

    target.dispatchEvent(new Event('ping'));
    vi.advanceTimersByTime(60);
    expect(calls).toEqual(['listener', 'interval']);

    end(life, ctx);
    vi.advanceTimersByTime(1000);
    target.dispatchEvent(new Event('ping'));
    expect(calls).toEqual(['listener', 'interval']);
    expect(life.ended).toBe(true);
    expect(ended).toBe(1);
    life.end();
    expect(ended, 'ending twice runs the end hooks once').toBe(1);
  });

  test('a cancelled timeout never runs; a fired one is forgotten', () => {
    const life = new Lifetime(fakeContext());
    const calls: string[] = [];
    const cancel = life.timeout(() => calls.push('cancelled'), 100);
    life.timeout(() => calls.push('fired'), 10);
    cancel();
    vi.advanceTimersByTime(200);
    expect(calls).toEqual(['fired']);
  });

  test('nothing starts after the end, and observers are disconnected', () => {
    const life = new Lifetime(fakeContext());
    const observer = { disconnect: vi.fn() };
    life.own(observer);
    life.end();
    expect(observer.disconnect).toHaveBeenCalledTimes(1);
    const calls: string[] = [];
    life.timeout(() => calls.push('late'), 1);
    life.interval(() => calls.push('late interval'), 1);
    vi.advanceTimersByTime(10);
    expect(calls).toEqual([]);
    const late = { disconnect: vi.fn() };
    life.own(late);
    expect(late.disconnect, 'owned after the end: disconnected at once').toHaveBeenCalledTimes(1);
  });
});
