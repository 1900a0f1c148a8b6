import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { shieldStartupEvent, startupEventType, watchLocation } from '../../src/annotate/page-guards';
import { claimSingleInstance } from '../../src/annotate/single-instance';

describe("WXT's start-up event", () => {
  test('its name is still where page-guards reads it', () => {
    expect(startupEventType()).toMatch(/:wxt:content-script-started$/);
  });

  test('is stopped before any later listener sees it, whoever dispatched it', () => {
    const win = new EventTarget();
    const controller = new AbortController();
    shieldStartupEvent(win as unknown as Window, controller.signal);
    const seen = vi.fn();
    win.addEventListener(startupEventType(), seen);
    win.dispatchEvent(
      new CustomEvent(startupEventType(), { detail: { contentScriptName: 'content', messageId: 'x' } }),
    );
    expect(seen).not.toHaveBeenCalled();
    // Other events pass.
    const other = vi.fn();
    win.addEventListener('message', other);
    win.dispatchEvent(new Event('message'));
    expect(other).toHaveBeenCalledTimes(1);
    // Gone with the content script.
    controller.abort();
    win.dispatchEvent(new CustomEvent(startupEventType()));
    expect(seen).toHaveBeenCalledTimes(1);
  });
});

describe('single instance', () => {
  test('a newer instance stops the older one; the slot is freed when the newest ends', () => {
    const scope = {};
    const first = { stop: vi.fn(), life: new AbortController() };
    const second = { stop: vi.fn(), life: new AbortController() };
    claimSingleInstance(scope, first.stop, first.life.signal);
    expect(first.stop).not.toHaveBeenCalled();
    claimSingleInstance(scope, second.stop, second.life.signal);
    expect(first.stop).toHaveBeenCalledTimes(1);
    first.life.abort(); // the older one ending must not free the newer one's slot
    expect(Object.getOwnPropertySymbols(scope)).toHaveLength(1);
    second.life.abort();
    expect(Object.getOwnPropertySymbols(scope)).toHaveLength(0);
    expect(second.stop).not.toHaveBeenCalled();
  });
});

describe('watchLocation: navigation hints the page can forge', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function setup(minIntervalMs = 1_000) {
    const location = { href: 'https://shop.test/a' };
    const onChange = vi.fn();
    const watcher = watchLocation({
      location,
      onChange,
      minIntervalMs,
      setTimeout: (fn, ms) => setTimeout(fn, ms),
      now: () => Date.now(),
    });
    return { location, onChange, watcher };
  }

  test('a hint with the address unchanged does nothing', () => {
    const { onChange, watcher } = setup();
    for (let i = 0; i < 100; i += 1) {
      watcher.hint();
      vi.advanceTimersByTime(10);
    }
    vi.advanceTimersByTime(5_000);
    expect(onChange).not.toHaveBeenCalled();
  });

  test('a real navigation restarts once, even with the address read after the hint', () => {
    const { location, onChange, watcher } = setup();
    watcher.hint(); // the Navigation API announces before the URL commits
    location.href = 'https://shop.test/b';
    vi.advanceTimersByTime(100);
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange).toHaveBeenCalledWith('https://shop.test/b');
    watcher.hint();
    vi.advanceTimersByTime(5_000);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  test('an address changing every 10 ms restarts at most once a second, ending on the last address', () => {
    const { location, onChange, watcher } = setup(1_000);
    for (let i = 0; i < 300; i += 1) {
      location.href = `https://shop.test/page-${i}`;
      watcher.hint();
      vi.advanceTimersByTime(10);
    }
    vi.advanceTimersByTime(2_000);
    // 3 s of changes: about one restart a second, never 300.
    expect(onChange.mock.calls.length).toBeGreaterThanOrEqual(2);
    expect(onChange.mock.calls.length).toBeLessThanOrEqual(4);
    expect(onChange).toHaveBeenLastCalledWith('https://shop.test/page-299');
  });
});
