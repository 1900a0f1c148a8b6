/**
 * The one place Pointwise writes to the page's User Timing timeline (contracts.md §6): a
 * `pointwise:scan` measure for each synchronous chunk of our main-thread work, and the
 * `pointwise:ready` / `pointwise:visible` marks. A page that replaced or broke the User Timing API
 * must not break us, so every write swallows its own errors.
 *
 * The page shares that timeline and can read it (analytics scripts upload User Timing entries), so
 * nothing is written unless diagnostics are switched on (`diagnostics: true` in the extension's
 * local storage, read by the content script at start and passed to {@link setDiagnostics}).
 */

let diagnostics = false;

/** Switch writing to the page's timeline on or off (off until the content script says otherwise). */
export function setDiagnostics(on: boolean): void {
  diagnostics = on;
}

/** Whether timing entries are being written. */
export function diagnosticsOn(): boolean {
  return diagnostics;
}

/** How many chunks of work being measured the code now running is inside. */
let depth = 0;

/**
 * Run `fn` inside a chunk of work that its caller measures: a chunk recorded meanwhile
 * ({@link recordScan}, a part of it that measures itself) is not recorded, since the outer chunk's
 * measure covers it. Without this, work measured both by the scan's slice and by the overlay's
 * update inside it was counted twice.
 */
export function insideWork<T>(fn: () => T): T {
  depth += 1;
  try {
    return fn();
  } finally {
    depth -= 1;
  }
}

/** Run `fn` as one chunk of main-thread work, recorded when it ends (unless it runs inside another). */
export function measureWork<T>(fn: () => T): T {
  const start = performance.now();
  try {
    return insideWork(fn);
  } finally {
    recordScan(start, performance.now());
  }
}

/**
 * Record one chunk of main-thread work, from `start` to `end` (performance.now() times); nothing
 * while inside an outer chunk ({@link insideWork}), which counts it.
 */
export function recordScan(start: number, end: number, claims = 0, chars = 0): void {
  if (!diagnostics || depth > 0) return;
  try {
    performance.measure('pointwise:scan', { start, end, detail: { claims, chars } });
  } catch {
    // The page replaced or broke performance.measure.
  }
}

/**
 * Record a one-off milestone such as `pointwise:ready` (at most once per page), now or at
 * `startTime` (a performance.now() time) when it was reached earlier and only known now.
 */
export function recordMark(name: 'pointwise:ready' | 'pointwise:visible', startTime?: number): void {
  if (!diagnostics) return;
  try {
    // Once per page: the gate marks a page it turned away as ready; if mat text arrives later, the
    // engine's own first pass does not mark it a second time.
    if (performance.getEntriesByName(name, 'mark').length > 0) return;
    performance.mark(name, startTime === undefined ? undefined : { startTime });
  } catch {
    // The page replaced or broke performance.mark.
  }
}
