/**
 * When the overlay's passes run (src/overlay/frame-loop.ts): after the next frame by default, and
 * in the next task when asked for `soon` (the first viewport's marks, right after the scan read the
 * page's layout), never twice for one request.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FrameLoop } from '../../src/overlay/frame-loop';
import { Lifetime, type TimerHost } from '../../src/overlay/lifetime';

beforeEach(() => vi.stubGlobal('cancelAnimationFrame', (id: number) => frames.set(id, null)));
afterEach(() => vi.unstubAllGlobals());

/** Animation frames asked for, by id (null once cancelled); they run only when the test says so. */
const frames = new Map<number, ((t: number) => void) | null>();

/** A host whose animation frames come only when the test says so. */
function host() {
  frames.clear();
  const controller = new AbortController();
  const ctx: TimerHost = {
    signal: controller.signal,
    setTimeout: (fn, ms) => setTimeout(fn, ms) as unknown as number,
    setInterval: (fn, ms) => setInterval(fn, ms) as unknown as number,
    requestAnimationFrame: (fn) => {
      frames.set(frames.size + 1, fn);
      return frames.size;
    },
    requestIdleCallback: (fn) =>
      setTimeout(() => fn({ didTimeout: false, timeRemaining: () => 10 }), 1) as unknown as number,
  };
  const frame = () => {
    const due = [...frames.values()];
    frames.clear();
    for (const fn of due) fn?.(0);
  };
  return { ctx, frame, end: () => controller.abort() };
}

/** Lets message-channel tasks (and timers of 0 ms) run. */
const nextTasks = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('FrameLoop', () => {
  it('runs a pass after the next frame, not before', async () => {
    const { ctx, frame, end } = host();
    let passes = 0;
    const loop = new FrameLoop(
      new Lifetime(ctx),
      () => (passes++, false),
      () => undefined,
    );
    loop.schedule();
    await nextTasks();
    expect(passes).toBe(0);
    frame();
    await nextTasks();
    expect(passes).toBe(1);
    end();
  });

  it('runs a pass asked for soon in the next task, without a frame, and only once', async () => {
    const { ctx, frame, end } = host();
    let passes = 0;
    let idle = 0;
    const loop = new FrameLoop(
      new Lifetime(ctx),
      () => (passes++, false),
      () => idle++,
    );
    loop.schedule();
    loop.scheduleSoon();
    expect(loop.pending).toBe(true);
    await nextTasks();
    expect(passes).toBe(1);
    expect(idle).toBe(1);
    expect(loop.pending).toBe(false);
    // The frame asked for earlier (or its 200 ms backstop) finds nothing left to do.
    frame();
    await new Promise((resolve) => setTimeout(resolve, 250));
    await nextTasks();
    expect(passes).toBe(1);
    end();
  });
});
