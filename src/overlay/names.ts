/**
 * The names Pointwise's things carry in the page: the overlay's host element and the highlights in
 * `CSS.highlights`. Both are visible to page script, so fixed names ("pointwise-overlay",
 * "pointwise-mixed") would tell every page that Pointwise runs and, through the highlight names,
 * which status each marked claim has. Instead every page load draws new random names: a page can
 * still see that some extension appended an element and registered highlights, but not which one,
 * and the names mean nothing from one page load to the next (so they can't serve as an identifier
 * either, unlike names drawn once per install).
 */
import { STATUS_IDS, type StatusId } from '../evidence/ids';
import { OVERLAY_HOST_TAG } from '../shared/types';

/** What a highlight is for: a status (asserted claims), a stance, or the reveal flash. */
export type HighlightKey = StatusId | 'hedged' | 'negated' | 'flash';

export const HIGHLIGHT_KEYS: readonly HighlightKey[] = [...STATUS_IDS, 'hedged', 'negated', 'flash'];

export interface PageNames {
  /** The overlay host's tag: a valid custom element name, e.g. `qvxka-tmrpeld`. */
  host: string;
  /** One highlight name per key, each a CSS identifier of lowercase letters. */
  highlights: Readonly<Record<HighlightKey, string>>;
}

/** The names used where nothing else was set (unit tests, the scan command): descriptive and fixed. */
export const FIXED_NAMES: PageNames = {
  host: OVERLAY_HOST_TAG,
  highlights: Object.fromEntries(HIGHLIGHT_KEYS.map((k) => [k, `pointwise-${k}`])) as Record<HighlightKey, string>,
};

/** Custom element names the HTML standard reserves. */
const RESERVED = new Set([
  'annotation-xml',
  'color-profile',
  'font-face',
  'font-face-src',
  'font-face-uri',
  'font-face-format',
  'font-face-name',
  'missing-glyph',
]);
/** CSS-wide keywords and others an identifier must not be. */
const NOT_IDENTS = new Set(['initial', 'inherit', 'unset', 'revert', 'default', 'none', 'auto']);

/** Random lowercase letters from `bytes` (crypto.getRandomValues by default). */
function letters(count: number, bytes: (n: number) => Uint8Array): string {
  let out = '';
  for (const b of bytes(count)) out += String.fromCharCode(97 + (b % 26));
  return out;
}

const cryptoBytes = (n: number) => crypto.getRandomValues(new Uint8Array(n));

/** New random names for one page load. `bytes` is for tests. */
export function randomPageNames(bytes: (n: number) => Uint8Array = cryptoBytes): PageNames {
  let host = '';
  // Never a name that gives Pointwise away, however small the chance of drawing one.
  do host = `${letters(5, bytes)}-${letters(7, bytes)}`;
  while (RESERVED.has(host) || /point|wise/.test(host));
  const taken = new Set<string>();
  const highlights = {} as Record<HighlightKey, string>;
  for (const key of HIGHLIGHT_KEYS) {
    let name = '';
    do name = letters(10, bytes);
    while (taken.has(name) || NOT_IDENTS.has(name));
    taken.add(name);
    highlights[key] = name;
  }
  return { host, highlights };
}
