/**
 * The gate in front of everything (issue 8): decides, for a few tenths of a millisecond on an
 * ordinary page, whether a page could be about acupressure mats, before any of the engine (detector,
 * knowledge base, overlay) is loaded. It skims the whole body's text in one native read, with the
 * title and the address, for the stem of a brand, a mat kind or "pillow"; only where one is found
 * does it read the address, the title and the visible text up to a budget, text node by text node,
 * stopping at the first sign.
 *
 * Pages that change are watched the same way: text added later (lazy reviews, a single-page app
 * moving to a product) is looked at as it arrives, up to a budget per change.
 */
import { holdsSignStem, MatSignal } from '../detect/mat-words';

/** Most characters read from a page's text at load: enough for any page's first screens and more. */
export const GATE_TEXT_BUDGET = 400_000;
/** Most characters read from one batch of changes. */
export const GATE_CHANGE_BUDGET = 50_000;

/**
 * Most elements, and most bytes of HTML as loaded, of a page the gate skims ({@link pageCouldBeAboutMats}).
 * The native read of a body's text costs about 30 µs per kilobyte, whole: on a 2 MB page (72,000
 * elements) 40–60 ms in one go, where the walk stops at its budget. Counting the elements costs
 * about a tenth of that read.
 */
const SKIM_MAX_ELEMENTS = 10_000;
const SKIM_MAX_HTML_BYTES = 1_000_000;

/** Elements whose text is never shown as page text. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'svg', 'SVG']);

/**
 * Feed the text below `root` to `signal`, up to `budget` characters. Returns -1 once the signal
 * passed, else how many characters were read.
 */
function feedText(root: Node, signal: MatSignal, budget: number): number {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 0x4 /* SHOW_TEXT */);
  let read = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentNode as Element | null;
    if (parent && SKIP.has(parent.nodeName)) continue;
    const text = (node as Text).data;
    if (text.length < 3) continue;
    if (signal.feed(text)) return -1;
    read += text.length;
    if (read >= budget) return read;
  }
  return read;
}

/** The words of an address's path and query ("/acupressure-mat-set/dp/…" → "acupressure mat set dp …"). */
function addressWords(href: string): string {
  try {
    const url = new URL(href);
    return decodeURIComponent(url.pathname + ' ' + url.search).replace(/[-_/+=&?.]+/g, ' ');
  } catch {
    return '';
  }
}

/**
 * Feed the page's address and title to `signal`; true once it passed. Product pages often name the
 * product in their path ("/acupressure-mat-set/dp/…"); a single-page app changes both on navigation.
 */
export function addressOrTitleCouldBeAboutMats(doc: Document, href: string, signal: MatSignal): boolean {
  return signal.feed(addressWords(href)) || signal.feed(doc.title) || readSkimmedNouns(doc, signal);
}

/** Could this page be about acupressure mats? `signal` keeps what was seen, for later changes. */
export function pageCouldBeAboutMats(doc: Document, href: string, signal = new MatSignal()): boolean {
  const body = doc.body ?? doc.documentElement;
  // A product page that names its product in its title or address ("Acupressure Mat and Pillow
  // Set", "/acupressure-mat-set/dp/…") passes before any of its text is read: on a real listing
  // the walk to the product's name crosses the whole navigation first.
  const named = holdsSignStem(doc.title) || holdsSignStem(href);
  if (named && addressOrTitleCouldBeAboutMats(doc, href, signal)) return true;
  if (body && !signal.waitsForNoun && skimmable(body)) {
    // Most pages first: one native read of all the body's text (scripts included, neighbouring
    // elements' words run together, but every text node's characters are in it) and a look for
    // the stem of a brand, a kind or "pillow" there, in the title and in the address. With none
    // anywhere nothing could pass, and the gate is done without running its word expression or
    // walking the page node by node (a wrapper for every node): together 2–3 ms on an ordinary
    // page. Its mat nouns are read later, if a kind word ever arrives.
    const all = body.textContent ?? '';
    if (!named && !holdsSignStem(all)) {
      signal.read += all.length;
      signal.nounsUnread = true;
      return false;
    }
  }
  // The address and title, unless read above: their mat nouns count with the text's kind words.
  if (!named && addressOrTitleCouldBeAboutMats(doc, href, signal)) return true;
  return body !== null && feedText(body, signal, GATE_TEXT_BUDGET) < 0;
}

/** Is the page small enough for one native read of all its text to stay cheap? */
function skimmable(body: Element): boolean {
  const loaded = globalThis.performance?.getEntriesByType?.('navigation')[0] as
    { decodedBodySize?: number } | undefined;
  if ((loaded?.decodedBodySize ?? 0) > SKIM_MAX_HTML_BYTES) return false;
  return body.getElementsByTagName('*').length <= SKIM_MAX_ELEMENTS;
}

/**
 * A kind word arrived after the page's text was only skimmed: read that text's mat nouns now, and
 * those of the address and title (the reads {@link pageCouldBeAboutMats} skipped). True once the signal passed.
 */
export function readSkimmedNouns(doc: Document, signal: MatSignal): boolean {
  if (!signal.nounsUnread || !signal.waitsForNoun) return false;
  signal.nounsUnread = false;
  if (signal.feed(addressWords(doc.URL)) || signal.feed(doc.title)) return true;
  const body = doc.body ?? doc.documentElement;
  return body !== null && feedText(body, signal, GATE_TEXT_BUDGET) < 0;
}

/**
 * Watch `doc` for text that could be about mats (added or changed after load), for a new title and
 * for a new address (a single-page app moving to another page changes the address, then the
 * page's text, so every batch of changes looks at the address too: no timer polls it); calls
 * `onFound` once and stops. `onWork` is told the time each batch took (our main-thread work, contracts.md §6). Returns a
 * function that stops watching.
 */
export function watchForMats(
  doc: Document,
  signal: MatSignal,
  onFound: () => void,
  onWork?: (start: number, end: number, claims: number, chars: number) => void,
): () => void {
  let done = false;
  let address = doc.URL;
  const stop = () => {
    done = true;
    observer.disconnect();
  };
  const found = () => {
    if (done) return;
    stop();
    onFound();
  };
  const observer = new MutationObserver((records) => {
    if (done) return;
    const start = onWork ? performance.now() : 0;
    const before = signal.read;
    look(records);
    onWork?.(start, performance.now(), 0, signal.read - before);
  });
  const look = (records: MutationRecord[]) => {
    let budget = GATE_CHANGE_BUDGET;
    for (const record of records) {
      if (record.type === 'characterData') {
        const data = (record.target as Text).data;
        if (signal.feed(data)) return found();
        budget -= data.length;
      } else {
        for (const node of record.addedNodes) {
          if (node.nodeType === 3) {
            const data = (node as Text).data;
            if (signal.feed(data)) return found();
            budget -= data.length;
          } else {
            const read = feedText(node, signal, budget);
            if (read < 0) return found();
            budget -= read;
          }
          if (budget <= 0) break;
        }
      }
      if (budget <= 0) break;
    }
    if (doc.URL !== address) {
      address = doc.URL;
      if (signal.feed(addressWords(address))) return found();
    }
    if (signal.feed(doc.title) || readSkimmedNouns(doc, signal)) found();
  };
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  return stop;
}
