/**
 * Issue 10: does Pointwise ever hide the page's words? Scrolls a page viewport by viewport and,
 * at each stop, counts the page-text characters whose boxes intersect a visible Pointwise mark
 * (`Range.getClientRects` of each character of each text node against the marks' element boxes),
 * and the pairs of our own marks that overlap each other.
 *
 * - Characters are counted once per page, however many stops they are covered at.
 * - Whitespace is not counted (a collapsed space has no box worth reading).
 * - Two boxes intersect when they share more than half a pixel in both directions: a mark that
 *   merely touches a letter's box does not cover it.
 * - The open card is not a mark: it is opened on purpose and closes with Esc.
 */
import type { FixturePage } from './pages';
import { OVERLAY_HOST } from './pages';

/** What one measured page reports. */
export interface Coverage {
  /** Page-text characters under a visible mark, counted once each. */
  covered: number;
  /** Pairs of our marks overlapping each other (at any stop). */
  overlaps: number;
  /** Most marks visible at one stop. */
  marksSeen: number;
  /** Scroll stops measured. */
  stops: number;
  /** Up to 8 examples: the covered text with a few characters around it, and the mark's label. */
  examples: string[];
}

/** Selector of every mark Pointwise draws over the page (claim marks, and any other marker kind). */
export const MARK_SELECTOR = '[data-pointwise-badge],[data-pointwise-cite],[data-pointwise-marker]';

/**
 * Measure `page` as it is now laid out (its current viewport size and colour scheme). Scrolls from
 * the top to the bottom (at most `maxStops` stops) and back to the top.
 */
export function measureCoverage(page: FixturePage, options: { maxStops?: number } = {}): Promise<Coverage> {
  return page.page.evaluate(
    async ({ host, selector, maxStops }) => {
      const root = document.querySelector(host)?.shadowRoot ?? null;
      const frames = () =>
        new Promise<void>((resolve) =>
          requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 40))),
        );
      // Where the marks are now, rounded: the overlay has settled when two looks agree.
      const layout = () =>
        [...(root?.querySelectorAll<HTMLElement>(selector) ?? [])]
          .map((el) => {
            const r = el.getBoundingClientRect();
            return `${Math.round(r.left)},${Math.round(r.top)}`;
          })
          .join(' ');
      // A busy machine can take longer than two frames to lay the marks out again after a scroll
      // or a resize; measure what the reader sees once it has (at most about two seconds).
      const settle = async () => {
        let before = layout();
        for (let tries = 0; tries < 25; tries += 1) {
          await frames();
          const now = layout();
          if (now === before) return;
          before = now;
        }
      };
      const SLACK = 0.5;
      const meets = (a: DOMRect, b: DOMRect) =>
        Math.min(a.right, b.right) - Math.max(a.left, b.left) > SLACK &&
        Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > SLACK;

      const texts: Text[] = [];
      const walker = document.createTreeWalker(document.body ?? document.documentElement, NodeFilter.SHOW_TEXT, {
        acceptNode: (n) => {
          const parent = n.parentElement;
          if (!parent || parent.closest(`script,style,noscript,template,${host}`)) return NodeFilter.FILTER_REJECT;
          return /\S/.test((n as Text).data) ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT;
        },
      });
      for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n as Text);

      const covered = new Map<Text, Set<number>>();
      const examples: string[] = [];
      let overlaps = 0;
      let marksSeen = 0;
      let stops = 0;
      const range = document.createRange();
      const seenPairs = new Set<string>();

      const measureStop = () => {
        const vw = document.documentElement.clientWidth || innerWidth;
        const vh = innerHeight;
        const marks: Array<{ rect: DOMRect; label: string; key: string }> = [];
        for (const el of root ? [...root.querySelectorAll<HTMLElement>(selector)] : []) {
          const style = getComputedStyle(el);
          if (style.visibility !== 'visible' || Number(style.opacity) < 0.05) continue;
          const rect = el.getBoundingClientRect();
          if (rect.width < 1 || rect.height < 1) continue;
          if (rect.bottom <= 0 || rect.top >= vh || rect.right <= 0 || rect.left >= vw) continue;
          marks.push({
            rect,
            label: el.getAttribute('aria-label') ?? el.textContent ?? '',
            key: el.dataset.id ?? el.getAttribute('aria-label') ?? String(marks.length),
          });
        }
        marksSeen = Math.max(marksSeen, marks.length);
        for (let i = 0; i < marks.length; i += 1) {
          for (let j = i + 1; j < marks.length; j += 1) {
            if (!meets(marks[i]!.rect, marks[j]!.rect)) continue;
            const pair = [marks[i]!.key, marks[j]!.key].sort().join('|');
            if (seenPairs.has(pair)) continue;
            seenPairs.add(pair);
            overlaps += 1;
            if (examples.length < 8) examples.push(`marks overlap: "${marks[i]!.label}" / "${marks[j]!.label}"`);
          }
        }
        if (marks.length === 0) return;
        for (const text of texts) {
          if (!text.isConnected) continue;
          range.selectNodeContents(text);
          const whole = [...range.getClientRects()];
          const near = marks.filter((m) => whole.some((r) => meets(r, m.rect)));
          if (near.length === 0) continue;
          const data = text.data;
          for (let i = 0; i < data.length; i += 1) {
            if (/\s/.test(data[i]!)) continue;
            range.setStart(text, i);
            range.setEnd(text, i + 1);
            const boxes = [...range.getClientRects()];
            const hit = near.find((m) => boxes.some((b) => meets(b, m.rect)));
            if (!hit) continue;
            let set = covered.get(text);
            if (!set) covered.set(text, (set = new Set()));
            if (set.has(i)) continue;
            set.add(i);
            if (examples.length < 8) {
              const around = `${data.slice(Math.max(0, i - 12), i)}[${data[i]}]${data.slice(i + 1, i + 13)}`;
              examples.push(`"${around.replace(/\s+/g, ' ')}" under "${hit.label}"`);
            }
          }
        }
      };

      const step = Math.max(100, Math.floor(innerHeight * 0.9));
      for (let y = 0; stops < maxStops; y += step) {
        scrollTo(0, y);
        await settle();
        measureStop();
        stops += 1;
        if (scrollY + innerHeight >= document.documentElement.scrollHeight - 1) break;
      }
      scrollTo(0, 0);
      await settle();
      let count = 0;
      for (const set of covered.values()) count += set.size;
      return { covered: count, overlaps, marksSeen, stops, examples };
    },
    { host: OVERLAY_HOST, selector: MARK_SELECTOR, maxStops: options.maxStops ?? 40 },
  );
}
