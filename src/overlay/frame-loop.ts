/**
 * When the overlay measures and draws. A pass runs right after the browser has painted a frame,
 * when layout is already clean, so reading rects does not force a layout of the page; only
 * scrolling runs its pass inside the animation frame ('sync'), so marks in scrolling containers
 * move with their text. A pass that runs out of its time budget asks for another.
 */
import type { Lifetime } from './lifetime';

/** How long a requested animation frame may take before the pass runs without it. */
const FRAME_BACKSTOP_MS = 200;

export class FrameLoop {
  /** What kind of pass is scheduled: none, one inside the next animation frame, or one right after it. */
  private scheduled: 'none' | 'sync' | 'after-paint' = 'none';
  private frameRequested = false;
  private readonly afterPaint: MessageChannel | null;

  /**
   * `pass` runs one pass and returns whether more work is left (another pass follows); `idle`
   * runs when a pass leaves nothing to do.
   */
  constructor(
    private readonly lifetime: Lifetime,
    private readonly pass: () => boolean,
    private readonly idle: () => void,
  ) {
    this.afterPaint = typeof MessageChannel === 'function' ? new MessageChannel() : null;
    if (this.afterPaint) {
      const channel = this.afterPaint;
      channel.port1.onmessage = () => this.tick();
      lifetime.onEnd(() => {
        channel.port1.onmessage = null;
        channel.port1.close();
        channel.port2.close();
      });
    }
  }

  get pending(): boolean {
    return this.scheduled !== 'none';
  }

  /** Schedule a pass: after the next paint, or (`sync`) inside the next animation frame. */
  schedule(sync = false): void {
    if (this.lifetime.ended || this.scheduled === 'sync') return;
    if (this.scheduled === 'after-paint' && !sync) return;
    const afterPaint = !sync && this.afterPaint !== null;
    this.scheduled = afterPaint ? 'after-paint' : 'sync';
    // An upgrade from after-paint to sync reuses the pending animation frame.
    if (this.frameRequested) return;
    this.frameRequested = true;
    const run = () => {
      if (!this.frameRequested) return;
      this.frameRequested = false;
      cancelFrame();
      cancelBackstop();
      if (this.scheduled === 'sync') this.tick();
      else if (this.scheduled === 'after-paint') this.afterPaint?.port2.postMessage(0);
    };
    const cancelFrame = this.lifetime.frame(run);
    // A frame asked for from the extension's world can wait indefinitely where the browser
    // produces frames only for the page's own requests (headless Chromium with nothing changing
    // on screen): the pass then runs from a timer instead.
    const cancelBackstop = this.lifetime.timeout(run, FRAME_BACKSTOP_MS);
  }

  /**
   * A pass in the next task, without waiting for a frame: for a caller that has just read the
   * page's layout, so that it is clean and reading rects costs no layout of ours.
   */
  scheduleSoon(): void {
    if (this.lifetime.ended || this.scheduled === 'sync' || !this.afterPaint) return this.schedule();
    this.scheduled = 'after-paint';
    this.afterPaint.port2.postMessage(0);
  }

  private tick(): void {
    if (this.lifetime.ended || this.scheduled === 'none') return;
    this.scheduled = 'none';
    if (this.pass()) this.schedule();
    else this.idle();
  }
}
