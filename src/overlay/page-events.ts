/**
 * What in the page makes the overlay look again: layout changes (size of <html> and <body>,
 * window resize and zoom, fonts loading, transitions and animations ending, the tab coming back),
 * scrolling (the page's and its inner scrollers'), and presses and Esc outside the overlay. Every
 * listener and observer lives in the overlay's lifetime.
 */
import type { Lifetime } from './lifetime';

export interface PageWatchers {
  layoutChanged(): void;
  resized(): void;
  scrolled(event: Event): void;
  /** A pointer pressed anywhere (the handler checks whether it was outside the overlay). */
  pressed(event: PointerEvent): void;
  /** Esc pressed anywhere. The page still gets the key. */
  escape(event: KeyboardEvent): void;
  /** The overlay's host: its own transitions are not the page's. */
  host(): Element | null;
}

export function watchPage(life: Lifetime, on: PageWatchers): void {
  const signal = life.signal;
  const passive = { passive: true, capture: true, signal } as const;
  const layout = () => on.layoutChanged();
  if (typeof ResizeObserver === 'function') {
    const ro = life.own(new ResizeObserver(layout));
    ro.observe(document.documentElement);
    if (document.body) ro.observe(document.body);
  }
  window.addEventListener('resize', () => on.resized(), { passive: true, signal });
  // Capture catches scrolling inside the page's own scrollable elements too.
  document.addEventListener('scroll', (event) => on.scrolled(event), passive);
  for (const type of ['transitionend', 'animationend'] as const)
    document.addEventListener(type, (e) => e.target !== on.host() && layout(), passive);
  document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && layout(), { signal });
  try {
    document.fonts?.addEventListener('loadingdone', layout, { signal });
    void document.fonts?.ready.then(
      () => !life.ended && layout(),
      () => {},
    );
  } catch {
    // No Font Loading API: the overlay's poll catches font swaps.
  }
  window.addEventListener('pointerdown', (e) => on.pressed(e), passive);
  window.addEventListener('keydown', (e) => e.key === 'Escape' && on.escape(e), { capture: true, signal });
}
