/**
 * Claim highlights through the CSS Custom Highlight API: ranges are registered in `CSS.highlights`
 * and painted by `::highlight()` rules (./highlight-css.ts) in a constructed stylesheet the
 * document adopts on first use. The page's DOM is never touched: no wrapping, splitting or moving of
 * its text nodes, which React-built pages do not survive.
 *
 * One highlight per status for asserted claims, one for hedged claims, one for negated statements,
 * one for the short flash of `reveal`. Their names are random for each page load
 * (`useHighlightNames`, ./names.ts); without that call they are the fixed `pointwise-<key>`.
 * Updates are diffs: only ranges that came, went or changed highlight are added or removed, so
 * calling this often is cheap.
 *
 * Where the API is missing (older browsers), everything here is a silent no-op and the overlay
 * shows badges only.
 */
import type { Stance, StatusId } from '../evidence/ids';
import { isDisplayed, sameDisplay, type Annotation, type DisplayOptions } from '../shared/types';
import { highlightCss } from './highlight-css';
import { FIXED_NAMES, HIGHLIGHT_KEYS, type HighlightKey } from './names';

let names: Readonly<Record<HighlightKey, string>> = FIXED_NAMES.highlights;
let keyOf = new Map<string, HighlightKey>(HIGHLIGHT_KEYS.map((k) => [names[k], k]));

/**
 * Use these highlight names from now on (the content script draws random ones for each page
 * load). Anything highlighted under the old names is cleared first.
 */
export function useHighlightNames(next: Readonly<Record<HighlightKey, string>>): void {
  clearHighlights();
  names = { ...next };
  keyOf = new Map(HIGHLIGHT_KEYS.map((k) => [names[k], k]));
}

/** What a highlight is for: its status for asserted claims, else its stance. */
export function highlightKeyFor(a: { status: StatusId; stance: Stance }): HighlightKey {
  return a.stance === 'hedged' || a.stance === 'negated' ? a.stance : a.status;
}

/** Name of the highlight for one annotation. */
export function highlightNameFor(a: { status: StatusId; stance: Stance }): string {
  return names[highlightKeyFor(a)];
}

/** The highlight that briefly marks a claim the popup asked to reveal. */
export function flashHighlightName(): string {
  return names.flash;
}

/** Paint order where highlights overlap: asserted over hedged over negated; the flash over all. */
function priorityOf(name: string): number {
  const key = keyOf.get(name);
  if (key === 'flash') return 10;
  if (key === 'negated') return 0;
  if (key === 'hedged') return 1;
  return 2;
}

/** The stylesheet the document adopted for our highlights, once one was needed. */
let sheet: CSSStyleSheet | null = null;

/** Adopt the stylesheet with our `::highlight()` rules (again, if the page dropped it). */
function ensureStyles(): boolean {
  try {
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(highlightCss(names));
    }
    const adopted = document.adoptedStyleSheets;
    if (adopted.includes(sheet)) return false;
    document.adoptedStyleSheets = [...adopted, sheet];
    return true;
  } catch {
    // No constructable stylesheets: highlights stay unstyled, badges still show.
    return false;
  }
}

function dropStyles(): void {
  if (!sheet) return;
  try {
    const mine = sheet;
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== mine);
  } catch {
    // The page took it away already.
  }
  sheet = null;
}

/**
 * Adopt the highlight rules ahead of the first highlights: adopting a sheet restyles the whole
 * document, which the browser then does in a frame of its own while the page's first texts are
 * being read, rather than between their answer and the first marks.
 */
export function prepareHighlights(): void {
  if (highlightsSupported()) ensureStyles();
}

/** Whether this browser has the CSS Custom Highlight API. */
export function highlightsSupported(): boolean {
  try {
    return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
  } catch {
    return false;
  }
}

interface Painted {
  name: string;
  range: AbstractRange;
  stamp: number;
}

/** Our Highlight objects by name, and which range each annotation id is painted with. */
const ours = new Map<string, Highlight>();
const painted = new Map<number, Painted>();
let stamp = 0;
let lastList: readonly Annotation[] = [];
let lastDisplay: DisplayOptions | null = null;

function highlightNamed(name: string): Highlight {
  if (!sheet) ensureStyles();
  let highlight = ours.get(name);
  if (!highlight) {
    highlight = new Highlight();
    highlight.priority = priorityOf(name);
    ours.set(name, highlight);
  }
  // Register (again) if missing: a page may call CSS.highlights.clear() or reuse a name.
  if (CSS.highlights.get(name) !== highlight) CSS.highlights.set(name, highlight);
  return highlight;
}

/** Paint one annotation (or repaint it if its highlight or range changed). */
function paint(a: Annotation, display: DisplayOptions): void {
  const was = painted.get(a.id);
  if (!isDisplayed(a, display)) return;
  const name = highlightNameFor(a);
  if (was && was.name === name && was.range === a.range) {
    was.stamp = stamp;
    return;
  }
  if (was) ours.get(was.name)?.delete(was.range);
  highlightNamed(name).add(a.range);
  painted.set(a.id, { name, range: a.range, stamp });
}

/**
 * Highlight exactly these annotations (those displayed under `display`; negated ones only when
 * `display.showNegated`, hedged ones only when `display.showHedged`), replacing what was
 * highlighted before. Cheap when called again with the same list plus new items at its end (only
 * the new ones are looked at), and otherwise linear without allocating. Returns false when the
 * browser has no Custom Highlight API.
 */
export function applyHighlights(annotations: readonly Annotation[], display: DisplayOptions): boolean {
  if (!highlightsSupported()) return false;
  try {
    const appended =
      lastDisplay !== null &&
      sameDisplay(lastDisplay, display) &&
      annotations.length >= lastList.length &&
      lastList.every((a, i) => annotations[i] === a);
    if (appended) {
      for (let i = lastList.length; i < annotations.length; i += 1) paint(annotations[i]!, display);
    } else {
      stamp += 1;
      for (const a of annotations) paint(a, display);
      for (const [id, was] of painted) {
        if (was.stamp !== stamp) {
          ours.get(was.name)?.delete(was.range);
          painted.delete(id);
        }
      }
    }
    // Re-register any of ours a page may have dropped from the registry.
    for (const name of ours.keys()) if (name !== names.flash) highlightNamed(name);
    lastList = annotations.slice();
    lastDisplay = { ...display };
    return true;
  } catch {
    // A hostile or exotic page must not turn a cosmetic feature into an error.
    return false;
  }
}

/** Remove every Pointwise highlight (not the page's own). Idempotent. */
export function clearHighlights(): void {
  painted.clear();
  lastList = [];
  lastDisplay = null;
  if (typeof document !== 'undefined') dropStyles();
  if (!highlightsSupported()) {
    ours.clear();
    return;
  }
  try {
    for (const [name, highlight] of ours) {
      highlight.clear();
      if (CSS.highlights.get(name) === highlight) CSS.highlights.delete(name);
    }
  } catch {
    // Nothing left to do: the page took the registry apart itself.
  }
  ours.clear();
}

let expectedCache: Map<string, number> | null = null;
let expectedFor: readonly Annotation[] | null = null;

/** How many distinct ranges each of our highlights should hold (recounted only after a change). */
function expectedSizes(): Map<string, number> {
  if (expectedCache && expectedFor === lastList) return expectedCache;
  const ranges = new Map<string, Set<AbstractRange>>();
  for (const was of painted.values()) {
    let set = ranges.get(was.name);
    if (!set) ranges.set(was.name, (set = new Set()));
    set.add(was.range);
  }
  expectedCache = new Map([...ranges].map(([name, set]) => [name, set.size]));
  expectedFor = lastList;
  return expectedCache;
}

/**
 * Put our highlights back if the page took them away: the registry is shared with page script,
 * which may call `CSS.highlights.clear()` (as pages that use the API for their own search do),
 * delete or replace our entries, or clear or refill our Highlight objects. Cheap enough to call
 * every few hundred milliseconds: a map lookup and a size check per highlight name while nothing
 * was touched. Returns true when something had to be restored.
 */
export function restoreHighlights(): boolean {
  if (ours.size === 0 || !highlightsSupported()) return false;
  let restored = ensureStyles();
  try {
    const expected = expectedSizes();
    for (const [name, highlight] of ours) {
      if (name === names.flash) continue;
      if (CSS.highlights.get(name) !== highlight) {
        CSS.highlights.set(name, highlight);
        restored = true;
      }
      if (highlight.priority !== priorityOf(name)) {
        highlight.priority = priorityOf(name);
        restored = true;
      }
      if (highlight.size !== (expected.get(name) ?? 0)) {
        highlight.clear();
        for (const was of painted.values()) if (was.name === name) highlight.add(was.range);
        restored = true;
      }
    }
  } catch {
    // A page that broke the registry itself: nothing more we can do this time.
  }
  return restored;
}

/**
 * Flash `range` (the `pointwise-flash` highlight) for `ms` milliseconds. Returns a function that
 * ends the flash early. A later flash replaces an earlier one.
 */
export function flashRange(range: AbstractRange, ms: number): () => void {
  if (!highlightsSupported()) return () => {};
  let timer: ReturnType<typeof setTimeout> | undefined;
  const end = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    try {
      ours.get(names.flash)?.delete(range);
    } catch {
      // ignore
    }
  };
  try {
    const flash = highlightNamed(names.flash);
    flash.clear();
    flash.add(range);
    timer = setTimeout(end, ms);
  } catch {
    // ignore
  }
  return end;
}
