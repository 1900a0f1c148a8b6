/**
 * Whether a fixed or sticky part of the page (a header bar, a cookie banner, a dialog) covers the
 * end of a claim: its mark then hides, and comes back when uncovered. Needs hit tests, which are
 * costly on big pages, so checks run in idle time once scrolling has settled, within a budget, and
 * stop for good on pages where hit testing proves slow (again and again: one slow test can be the
 * machine, a garbage collection or another tab, not the page).
 */
import { AnchorContextCache, elementAt } from './measure';
import type { Entry } from './tracking';

/** Most time one idle check spends on hit tests. */
const BUDGET_MS = 3;
/**
 * A hit test slower than this means a page where hit testing is expensive (browsers test the
 * children of a container one by one, and a long flat page has thousands): checks stop there for
 * the life of the page, and marks simply stay on top.
 */
const SLOW_HIT_TEST_MS = 2;
/**
 * Slow hit tests before checks stop. One alone used to stop them, and on a loaded machine that
 * left out, for the life of the page, marks that need a hit test to be placed outside their block.
 */
const SLOW_STRIKES = 3;
/** A claim inside a container with more element children than this: hit tests would be slow. */
const FLAT_CONTAINER_CHILDREN = 300;

const flatMemo = new WeakMap<Element, boolean>();

/** Whether any ancestor of `el` has so many children that hit-testing through it is slow. */
export function inFlatContainer(el: Element): boolean {
  // Iterative, with a memo per ancestor: pages can nest thousands of levels deep.
  const chain: Element[] = [];
  let flat = false;
  for (let cur = el.parentElement; cur; cur = cur.parentElement) {
    const known = flatMemo.get(cur);
    if (known !== undefined) {
      flat = known;
      break;
    }
    chain.push(cur);
  }
  for (let i = chain.length - 1; i >= 0; i -= 1) {
    const cur = chain[i]!;
    flat = flat || cur.childElementCount > FLAT_CONTAINER_CHILDREN;
    flatMemo.set(cur, flat);
  }
  return flat;
}

export class OcclusionChecker {
  /** Set once hit tests proved slow on this page: no more checks. */
  tooSlow = false;
  /** Slow hit tests so far. */
  private strikes = 0;

  constructor(private readonly contexts: AnchorContextCache) {}

  /**
   * Hit-tests the end of each near claim that is on screen and updates `entry.occluded`. Returns
   * whether any changed.
   */
  check(near: Iterable<Entry>, host: Element, viewport: { width: number; height: number }): boolean {
    if (this.tooSlow) return false;
    const deadline = performance.now() + BUDGET_MS;
    const sx = window.scrollX;
    const sy = window.scrollY;
    let changed = false;
    for (const entry of near) {
      const end = entry.end;
      const context = entry.context;
      if (!end || !context || !entry.anchor) continue;
      const x = (context.rtl ? end.left + 1 : end.right - 1) - sx;
      const y = (end.top + end.bottom) / 2 - sy;
      if (x < 0 || y < 0 || x > viewport.width || y > viewport.height) continue;
      const before = performance.now();
      if (before > deadline) break;
      if (inFlatContainer(entry.anchor)) {
        this.tooSlow = true;
        break;
      }
      const hit = elementAt(entry.anchor, x, y, host);
      const anchor = entry.anchor;
      const occluded =
        !!hit && hit !== anchor && !anchor.contains(hit) && !hit.contains(anchor) && !context.moving
          ? this.contexts.get(hit).moving
          : false;
      if (performance.now() - before > SLOW_HIT_TEST_MS) {
        if (++this.strikes < SLOW_STRIKES) return changed; // this check's time is spent; try again later
        // From now on marks ignore `occluded` (see ./marks.ts): draw them again.
        this.tooSlow = true;
        return true;
      }
      if (occluded !== entry.occluded) {
        entry.occluded = occluded;
        changed = true;
      }
    }
    return changed;
  }
}
