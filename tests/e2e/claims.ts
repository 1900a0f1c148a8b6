/**
 * Assertions about what Pointwise shows on a fixture page, written from the reader's side:
 * "this sentence is marked as a claim about sleep, hedged", "nothing in the carousel is marked",
 * "every marked claim has a badge at its end", "the toolbar count is the number of claims shown".
 *
 * A claim counts as shown when a `pointwise-*` highlight (CSS Custom Highlight API) covers part of
 * it and a badge sits at the end of that highlighted range. Where claims are expected, the tests
 * name a piece of the page's text (a sentence or phrase), never the detector's exact phrase
 * boundaries, so the detector may mark a little more or less of the sentence.
 *
 * Everything that looks inside the page runs through `evaluate` and works in Chromium and
 * Firefox alike. Functions passed to `evaluate` are serialised: they use nothing from this module.
 */
import { expect } from 'vitest';
import {
  BADGE_SELECTOR,
  isBadgeNextTo,
  OVERLAY_HOST,
  READY_MARK,
  waitFor,
  type BadgeInfo,
  type FixturePage,
  type Rect,
} from './pages';

/** Status labels from contracts.md §2 (the short label a reader sees for each status id). */
export const CONTRACT_STATUS_LABELS: Record<string, string> = {
  mixed: 'Some evidence, mixed',
  preliminary: 'Preliminary',
  'short-term': 'Short-term only',
  'very-early': 'Very early',
  inconclusive: 'Inconclusive',
  'not-for-mats': 'Not shown for mats',
  'no-evidence': 'No reliable evidence',
};

/** Highlights that mark shown claims. The negated one (if ever shown) and the reveal flash are not claims. */
export function isClaimHighlight(name: string): boolean {
  return name.startsWith('pointwise-') && name !== 'pointwise-flash' && name !== 'pointwise-negated';
}

/**
 * A piece of the page: the first occurrence of `text` (whitespace collapsed, matched across
 * element boundaries) inside `within` (a selector, the body by default); or a whole element.
 */
export type Target = string | { text: string; within?: string } | { selector: string };

/** One highlighted range. */
export interface HighlightHit {
  name: string;
  text: string;
  rects: Rect[];
}

/** What {@link probe} sees of a target, all in one layout snapshot. */
export interface ProbeResult {
  /** Whether the target exists on the page (a test about a missing text proves nothing). */
  found: boolean;
  /** The target's client rects (viewport coordinates). */
  rects: Rect[];
  /** Highlighted ranges that overlap the target, in no particular order. */
  hits: HighlightHit[];
  /** Every badge in the overlay right now. */
  badges: BadgeInfo[];
  /** Badges whose centre lies inside the target's box (for element targets). */
  badgesInside: BadgeInfo[];
  viewportHeight: number;
}

function normalise(target: Target): { text?: string; within?: string; selector?: string } {
  return typeof target === 'string' ? { text: target } : target;
}

export function describeTarget(target: Target): string {
  const t = normalise(target);
  return t.selector ? `element ${t.selector}` : `"${t.text}"${t.within ? ` in ${t.within}` : ''}`;
}

/**
 * Look at one target: where it is, which highlighted ranges overlap it, and the badges. With
 * `scroll`, first scrolls it to the middle of the viewport (badges are only drawn near the
 * viewport).
 */
export function probe(page: FixturePage, target: Target, scroll = false): Promise<ProbeResult> {
  return page.page.evaluate(
    ({ target: t, host, badgeSelector, scroll: doScroll }) => {
      const toRect = (r: DOMRect) => ({ x: r.x, y: r.y, width: r.width, height: r.height });
      // ---- find the target as a Range
      let range: Range | null = null;
      let box: DOMRect | null = null;
      if (t.selector) {
        const el = document.querySelector(t.selector);
        if (el) {
          box = el.getBoundingClientRect();
          range = document.createRange();
          range.selectNodeContents(el);
        }
      } else if (t.text) {
        const scope = t.within ? document.querySelector(t.within) : document.body;
        if (scope) {
          const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT, {
            acceptNode: (n) =>
              n.parentElement?.closest(`script,style,noscript,template,textarea,select,${host}`)
                ? NodeFilter.FILTER_REJECT
                : NodeFilter.FILTER_ACCEPT,
          });
          let joined = '';
          const map: Array<{ node: Text; offset: number }> = [];
          let lastSpace = true;
          for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
            const data = n.data;
            for (let i = 0; i < data.length; i += 1) {
              const ch = data[i]!;
              const space = /\s/.test(ch);
              if (space && lastSpace) continue;
              joined += space ? ' ' : ch;
              map.push({ node: n, offset: i });
              lastSpace = space;
            }
          }
          const wanted = t.text.replace(/\s+/g, ' ').trim();
          const at = joined.indexOf(wanted);
          if (at >= 0) {
            const start = map[at]!;
            const end = map[at + wanted.length - 1]!;
            range = document.createRange();
            range.setStart(start.node, start.offset);
            range.setEnd(end.node, end.offset + 1);
          }
        }
      }
      if (range && doScroll) {
        const first = range.getClientRects()[0] ?? range.getBoundingClientRect();
        window.scrollBy(0, first.y - window.innerHeight / 2);
      }
      // ---- highlights overlapping it
      const hits: Array<{ name: string; text: string; rects: Array<ReturnType<typeof toRect>> }> = [];
      if (range && typeof CSS !== 'undefined' && 'highlights' in CSS) {
        for (const [name, highlight] of CSS.highlights) {
          for (const abstractRange of highlight as unknown as Iterable<AbstractRange>) {
            const live = document.createRange();
            try {
              live.setStart(abstractRange.startContainer, abstractRange.startOffset);
              live.setEnd(abstractRange.endContainer, abstractRange.endOffset);
              // Overlap: the highlight starts before the target ends and ends after it starts.
              const startsBeforeEnd = range.comparePoint(live.startContainer, live.startOffset) < 1;
              const endsAfterStart = range.comparePoint(live.endContainer, live.endOffset) > -1;
              const touchesOnly =
                live.compareBoundaryPoints(Range.END_TO_START, range) === 0 ||
                live.compareBoundaryPoints(Range.START_TO_END, range) === 0;
              if (startsBeforeEnd && endsAfterStart && !touchesOnly && !live.collapsed) {
                hits.push({ name, text: live.toString(), rects: [...live.getClientRects()].map(toRect) });
              }
            } catch {
              // A range into a node that left the document overlaps nothing.
            }
          }
        }
      }
      // ---- badges
      const root = document.querySelector(host)?.shadowRoot;
      const rects = range ? [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0).map(toRect) : [];
      const badges = root
        ? [...root.querySelectorAll<HTMLElement>(badgeSelector)].map((el) => {
            const r = el.getBoundingClientRect();
            return {
              text: (el.textContent ?? '').trim(),
              accessibleName: el.getAttribute('aria-label'),
              data: { ...el.dataset } as Record<string, string>,
              rect: toRect(r),
              focusable: el.tabIndex >= 0 && !(el as HTMLButtonElement).disabled,
              tagName: el.tagName.toLowerCase(),
            };
          })
        : [];
      if (box && doScroll) box = document.querySelector(t.selector!)!.getBoundingClientRect();
      const inside = (b: { rect: ReturnType<typeof toRect> }) => {
        const cx = b.rect.x + b.rect.width / 2;
        const cy = b.rect.y + b.rect.height / 2;
        return !!box && cx >= box.x && cx <= box.x + box.width && cy >= box.y && cy <= box.y + box.height;
      };
      return {
        found: range !== null,
        rects,
        hits,
        badges,
        badgesInside: t.selector ? badges.filter(inside) : [],
        viewportHeight: window.innerHeight,
      };
    },
    { target: normalise(target), host: OVERLAY_HOST, badgeSelector: BADGE_SELECTOR, scroll },
  );
}

/** Every shown claim's highlighted range on the page, in document order. */
export function claimHighlights(page: FixturePage): Promise<HighlightHit[]> {
  return page.page.evaluate(() => {
    const toRect = (r: DOMRect) => ({ x: r.x, y: r.y, width: r.width, height: r.height });
    if (typeof CSS === 'undefined' || !('highlights' in CSS)) return [];
    const out: Array<{ name: string; text: string; rects: Array<ReturnType<typeof toRect>>; range: Range }> = [];
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('pointwise-') || name === 'pointwise-flash' || name === 'pointwise-negated') continue;
      for (const abstractRange of highlight as unknown as Iterable<AbstractRange>) {
        const live = document.createRange();
        try {
          live.setStart(abstractRange.startContainer, abstractRange.startOffset);
          live.setEnd(abstractRange.endContainer, abstractRange.endOffset);
        } catch {
          continue;
        }
        if (!live.startContainer.isConnected) continue;
        out.push({ name, text: live.toString(), rects: [...live.getClientRects()].map(toRect), range: live });
      }
    }
    out.sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
    return out.map(({ name, text, rects }) => ({ name, text, rects }));
  });
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

function topicsOf(spec: { topic: string | readonly string[] }): readonly string[] {
  return typeof spec.topic === 'string' ? [spec.topic] : spec.topic;
}

/** What a test expects to see marked on the page. */
export interface ExpectedClaim {
  /** Where the claim is: a sentence or phrase of the page (or an element). */
  in: Target;
  /** Its topic (contracts.md §1), or the topics a careful reader could file it under. */
  topic: string | readonly string[];
  /** Its stance as shown on the badge (contracts.md §3), or the stances a careful reader could give it; 'asserted' by default. */
  stance?: 'asserted' | 'hedged' | ReadonlyArray<'asserted' | 'hedged'>;
  /** The highlighted text must match this (e.g. a claim split across inline elements is highlighted whole). */
  highlight?: RegExp;
  /** Whether the badge must say "overstated" (true) or must not (false); unchecked if absent. */
  overstated?: boolean;
}

/** A highlighted claim and the badge sitting at its end. */
export interface ShownClaim {
  hit: HighlightHit;
  badge: BadgeInfo;
}

/**
 * Scroll `spec.in` into view and wait until a highlighted range overlaps it with a badge at the
 * range's end whose topic/stance/overstated match. Fails with what was seen instead.
 */
export async function expectClaim(page: FixturePage, spec: ExpectedClaim, timeoutMs = 2_500): Promise<ShownClaim> {
  const topics = topicsOf(spec);
  const stances: readonly string[] = typeof spec.stance === 'string' ? [spec.stance] : (spec.stance ?? ['asserted']);
  const stance = stances.join(' or ');
  const deadline = Date.now() + timeoutMs;
  let scrolled = false;
  let last: ProbeResult | undefined;
  for (;;) {
    last = await probe(page, spec.in, !scrolled);
    scrolled = true;
    if (!last.found) throw new Error(`fixture text not found on ${page.name}: ${describeTarget(spec.in)}`);
    for (const hit of last.hits) {
      if (!isClaimHighlight(hit.name)) continue;
      if (spec.highlight && !spec.highlight.test(hit.text.replace(/\s+/g, ' '))) continue;
      const badge = last.badges.find(
        (b) =>
          isBadgeNextTo(b.rect, hit.rects) &&
          topics.includes(b.data.topic ?? '') &&
          stances.includes(b.data.stance ?? '') &&
          (spec.overstated === undefined || b.data.overstated === String(spec.overstated)),
      );
      if (badge) return { hit, badge };
    }
    if (Date.now() > deadline) break;
    await sleep(100);
  }
  const seen = last.hits.map((hit) => {
    const next = last.badges.filter((b) => isBadgeNextTo(b.rect, hit.rects));
    const described = next.map((b) => `${b.data.topic}/${b.data.stance}/overstated=${b.data.overstated}`);
    return `${hit.name} "${hit.text}" with badges [${described.join(', ')}]`;
  });
  const what = [
    `${/^[aeiou]/.test(stance) ? 'an' : 'a'} ${stance} claim about ${topics.join(' or ')}`,
    spec.overstated === undefined ? '' : ` (overstated=${spec.overstated})`,
    spec.highlight ? ` highlighted as ${spec.highlight}` : '',
  ].join('');
  const saw = seen.length ? seen.join('; ') : 'no highlight there';
  throw new Error(`${page.name}: expected ${what} at ${describeTarget(spec.in)}, badged at its end; saw ${saw}`);
}

/**
 * Check each expected claim, then that each target gets nothing; every miss is collected and
 * reported at once (a soft failure: the test goes on, so one run shows every problem).
 */
export async function expectMarks(page: FixturePage, claims: ExpectedClaim[], nothing: Target[]): Promise<void> {
  const problems: string[] = [];
  for (const claim of claims) {
    await expectClaim(page, claim).catch((e: Error) => problems.push(e.message));
  }
  for (const target of nothing) {
    await expectNothing(page, target).catch((e: Error) => problems.push(e.message.split('\n')[0] ?? e.message));
  }
  expect.soft(problems, `${page.name}: expected marks`).toEqual([]);
}

/**
 * Nothing is marked at `target`: no claim highlight overlaps it (negated statements may carry
 * the neutral negated highlight if the overlay ever shows one) and, once it is scrolled into view
 * and the overlay had time to draw, no badge sits at its end or inside it.
 */
export async function expectNothing(page: FixturePage, target: Target): Promise<void> {
  let result = await probe(page, target, true);
  if (!result.found) throw new Error(`fixture text not found on ${page.name}: ${describeTarget(target)}`);
  await sleep(250); // let the overlay badge whatever is now near the viewport
  result = await probe(page, target);
  const claimHits = result.hits.filter((h) => isClaimHighlight(h.name));
  // For a text target: a badge starting within its text or right at its end, on one of its lines
  // (a badge that starts before it belongs to an earlier claim, even if it covers the target).
  const onTarget = (b: BadgeInfo) =>
    result.rects.some((r) => {
      const middle = b.rect.y + b.rect.height / 2;
      return b.rect.x >= r.x - 2 && b.rect.x <= r.x + r.width + 24 && middle >= r.y - 8 && middle <= r.y + r.height + 8;
    });
  const isElement = typeof target !== 'string' && 'selector' in target;
  const badges = isElement ? result.badgesInside : result.badges.filter(onTarget);
  const offending = [
    ...claimHits.map((h) => `highlight ${h.name} "${h.text}"`),
    ...badges.map((b) => `badge ${b.data.topic}/${b.data.stance} "${b.text}"`),
  ];
  if (offending.length > 0) {
    throw new Error(
      `${page.name}: nothing should be marked at ${describeTarget(target)}; found ${offending.join('; ')}`,
    );
  }
}

/**
 * Every shown claim has its own badge at its end, and every badge belongs to a shown claim.
 * Claims far from the viewport are scrolled to (badges are drawn near the viewport only).
 * Returns each claim with its badge. Ends scrolled back to the top.
 */
export async function expectEveryClaimBadged(page: FixturePage): Promise<ShownClaim[]> {
  const claims = await claimHighlights(page);
  const used = new Set<string>();
  const shown: ShownClaim[] = [];
  const problems: string[] = [];
  for (const [index, claim] of claims.entries()) {
    let badge: BadgeInfo | undefined;
    const deadline = Date.now() + 3_000;
    let scrolled = false;
    for (;;) {
      const snapshot = await page.page.evaluate(
        ({ index: i, scroll, host, badgeSelector }) => {
          const toRect = (r: DOMRect) => ({ x: r.x, y: r.y, width: r.width, height: r.height });
          const ranges: Range[] = [];
          for (const [name, highlight] of CSS.highlights) {
            if (!name.startsWith('pointwise-') || name === 'pointwise-flash' || name === 'pointwise-negated') continue;
            for (const abstractRange of highlight as unknown as Iterable<AbstractRange>) {
              const live = document.createRange();
              try {
                live.setStart(abstractRange.startContainer, abstractRange.startOffset);
                live.setEnd(abstractRange.endContainer, abstractRange.endOffset);
              } catch {
                continue;
              }
              if (live.startContainer.isConnected) ranges.push(live);
            }
          }
          ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
          const range = ranges[i];
          if (!range) return null;
          let rects = [...range.getClientRects()].map(toRect);
          const last = rects[rects.length - 1];
          if (scroll && last && (last.y < 40 || last.y + last.height > window.innerHeight - 40)) {
            window.scrollBy(0, last.y - window.innerHeight / 2);
            rects = [...range.getClientRects()].map(toRect);
          }
          const root = document.querySelector(host)?.shadowRoot;
          const badges = root
            ? [...root.querySelectorAll<HTMLElement>(badgeSelector)].map((el) => ({
                text: (el.textContent ?? '').trim(),
                accessibleName: el.getAttribute('aria-label'),
                data: { ...el.dataset } as Record<string, string>,
                rect: toRect(el.getBoundingClientRect()),
                focusable: el.tabIndex >= 0,
                tagName: el.tagName.toLowerCase(),
              }))
            : [];
          return { text: range.toString(), rects, badges };
        },
        { index, scroll: !scrolled, host: OVERLAY_HOST, badgeSelector: BADGE_SELECTOR },
      );
      scrolled = true;
      if (!snapshot) break;
      const candidates = snapshot.badges
        .filter((b) => isBadgeNextTo(b.rect, snapshot.rects) && !used.has(b.data.id ?? ''))
        .sort((a, b) => distanceToEnd(a.rect, snapshot.rects) - distanceToEnd(b.rect, snapshot.rects));
      badge = candidates[0];
      if (badge || Date.now() > deadline) break;
      await sleep(100);
    }
    if (badge) {
      used.add(badge.data.id ?? '');
      shown.push({ hit: claim, badge });
    } else problems.push(`no badge at the end of claim #${index} "${claim.text}" (${claim.name})`);
  }
  await page.page.evaluate(() => window.scrollTo(0, 0));
  await sleep(150);
  // Badges that belong to no highlighted claim (stale ones, or ones for claims not highlighted),
  // claims and badges read in one layout snapshot.
  const now = await page.page.evaluate(
    ({ host, badgeSelector }) => {
      const toRect = (r: DOMRect) => ({ x: r.x, y: r.y, width: r.width, height: r.height });
      const claims: Array<Array<ReturnType<typeof toRect>>> = [];
      for (const [name, highlight] of CSS.highlights) {
        if (!name.startsWith('pointwise-') || name === 'pointwise-flash' || name === 'pointwise-negated') continue;
        for (const abstractRange of highlight as unknown as Iterable<AbstractRange>) {
          const live = document.createRange();
          try {
            live.setStart(abstractRange.startContainer, abstractRange.startOffset);
            live.setEnd(abstractRange.endContainer, abstractRange.endOffset);
          } catch {
            continue;
          }
          if (live.startContainer.isConnected) claims.push([...live.getClientRects()].map(toRect));
        }
      }
      const root = document.querySelector(host)?.shadowRoot;
      const badges = root
        ? [...root.querySelectorAll<HTMLElement>(badgeSelector)].map((el) => ({
            text: (el.textContent ?? '').trim(),
            data: { ...el.dataset } as Record<string, string>,
            rect: toRect(el.getBoundingClientRect()),
          }))
        : [];
      return { claims, badges };
    },
    { host: OVERLAY_HOST, badgeSelector: BADGE_SELECTOR },
  );
  for (const b of now.badges) {
    if (!now.claims.some((rects) => isBadgeNextTo(b.rect, rects))) {
      const at = `(${Math.round(b.rect.x)}, ${Math.round(b.rect.y)})`;
      problems.push(`badge ${b.data.topic}/${b.data.stance} "${b.text}" at ${at} sits next to no highlighted claim`);
    }
  }
  expect.soft(problems, `${page.name}: claims and badges`).toEqual([]);
  return shown;
}

function distanceToEnd(badge: Rect, phrase: Rect[]): number {
  const last = phrase[phrase.length - 1]!;
  // A mark on the claim's own line is nearer than any on another line (the layout tries its own line first).
  return (
    Math.abs(badge.x - (last.x + last.width)) + 10 * Math.abs(badge.y + badge.height / 2 - (last.y + last.height / 2))
  );
}

/**
 * The toolbar badge shows `count` claims (contracts.md §5: empty when there are none). Waits for
 * the background to catch up.
 */
export async function expectToolbarCount(page: FixturePage, count: number): Promise<void> {
  const expected = count > 0 ? String(count) : '';
  const seen = await waitFor(
    () => page.toolbarBadge(),
    (t) => t === expected,
    { timeoutMs: 5_000 },
  ).catch(async () => page.toolbarBadge());
  expect.soft(seen, `${page.name}: toolbar badge for ${count} claims shown`).toBe(expected);
}

/**
 * Wait until the claims shown stop changing (same highlighted ranges for `quietMs`), e.g. after
 * late content arrived. Returns the settled claims.
 */
export async function settledClaims(page: FixturePage, quietMs = 400, timeoutMs = 8_000): Promise<HighlightHit[]> {
  const deadline = Date.now() + timeoutMs;
  let last = JSON.stringify(await claimHighlights(page).then((c) => c.map((h) => h.text)));
  let since = Date.now();
  for (;;) {
    await sleep(100);
    const claims = await claimHighlights(page);
    const now = JSON.stringify(claims.map((h) => h.text));
    if (now !== last) {
      last = now;
      since = Date.now();
    } else if (Date.now() - since >= quietMs) {
      return claims;
    }
    if (Date.now() > deadline) return claims;
  }
}

/**
 * contracts.md §6: `pointwise:ready` recorded exactly once; every `pointwise:scan` measure has
 * `detail` `{ claims: number, chars: number }`. How long the chunks take (none over 50 ms) is a
 * speed target, checked by `npm run bench` against a baseline, not by timing inside these tests:
 * a busy CI machine would make such a check fail for reasons that are not ours.
 */
export async function expectTimingMarks(page: FixturePage): Promise<void> {
  const marks = await page.page.evaluate(() => ({
    ready: performance.getEntriesByName('pointwise:ready', 'mark').map((m) => m.startTime),
    visible: performance.getEntriesByName('pointwise:visible', 'mark').map((m) => m.startTime),
    claims: [...CSS.highlights.keys()].some((name) => name.startsWith('pointwise-') && name !== 'pointwise-flash'),
  }));
  expect.soft(marks.ready.length, `${page.name}: ${READY_MARK} marks`).toBe(1);
  // pointwise:visible: once on a page with claims, never after ready; none on a page without.
  expect.soft(marks.visible.length, `${page.name}: pointwise:visible marks`).toBe(marks.claims ? 1 : 0);
  if (marks.claims && marks.ready.length === 1 && marks.visible.length === 1)
    expect.soft(marks.visible[0]!, `${page.name}: pointwise:visible before ready`).toBeLessThanOrEqual(marks.ready[0]!);
  const measures = await page.scanMeasures();
  expect.soft(measures.length, `${page.name}: pointwise:scan measures`).toBeGreaterThan(0);
  for (const m of measures) {
    expect.soft(m.detail, `${page.name}: detail of a pointwise:scan measure`).toEqual({
      claims: expect.any(Number),
      chars: expect.any(Number),
    });
    expect
      .soft(Number.isFinite(m.duration) && m.duration >= 0, `${page.name}: a pointwise:scan measure has a duration`)
      .toBe(true);
  }
}

/** The page reported no errors (uncaught exceptions, console.error, CSP violations). */
export function expectNoPageErrors(page: FixturePage): void {
  expect.soft(page.errors, `${page.name}: errors the page reported`).toEqual([]);
}

/** Relative luminance of an sRGB colour (WCAG 2). */
function luminance([r, g, b]: number[]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
}

/** Parse a computed `rgb()`/`rgba()` colour into [r, g, b, a]. */
export function parseColour(css: string): [number, number, number, number] {
  const m = css.match(/rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+%?))?\s*\)/);
  if (!m) throw new Error(`cannot parse colour ${css}`);
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? Number.parseFloat(m[4]) / 100 : Number(m[4]);
  return [Number(m[1]), Number(m[2]), Number(m[3]), alpha];
}

/** `top` composited over the opaque `bottom`. */
export function over(top: string, bottom: string): [number, number, number] {
  const [r, g, b, a] = parseColour(top);
  const [R, G, B] = parseColour(bottom);
  return [r * a + R * (1 - a), g * a + G * (1 - a), b * a + B * (1 - a)];
}

/** WCAG contrast ratio between two opaque colours. */
export function contrast(a: number[], b: number[]): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** Computed looks of each badge in the overlay (inside its shadow root). */
export interface BadgeLooks {
  topic: string;
  stance: string;
  position: string;
  background: string;
  color: string;
  borderRadius: number;
  borderWidth: number;
  fontSize: number;
  transitionDuration: string;
  animationName: string;
  /** The page's background behind the badge (first opaque ancestor background of the claim's block). */
  pageBackground: string;
}

export function badgeLooks(page: FixturePage): Promise<BadgeLooks[]> {
  return page.page.evaluate(
    ({ host, badgeSelector }) => {
      const root = document.querySelector(host)?.shadowRoot;
      if (!root) return [];
      const opaqueBackground = (el: Element | null): string => {
        for (let e = el; e; e = e.parentElement) {
          const bg = getComputedStyle(e).backgroundColor;
          const m = bg.match(/rgba?\(([^)]+)\)/);
          const alpha = m ? Number(m[1]!.split(/[\s,/]+/)[3] ?? 1) : 0;
          if (alpha >= 1) return bg;
        }
        return 'rgb(255, 255, 255)';
      };
      return [...root.querySelectorAll<HTMLElement>(badgeSelector)].map((el) => {
        const cs = getComputedStyle(el);
        const r = el.getBoundingClientRect();
        // What the page paints under the badge (the overlay itself is pointer-transparent except badges).
        const under = document
          .elementsFromPoint(r.x + r.width / 2, r.y + r.height / 2)
          .find((e) => e.localName !== host && !e.closest(host));
        return {
          topic: el.dataset.topic ?? '',
          stance: el.dataset.stance ?? '',
          position: cs.position,
          background: cs.backgroundColor,
          color: cs.color,
          borderRadius: Number.parseFloat(cs.borderTopLeftRadius) || 0,
          borderWidth: Number.parseFloat(cs.borderTopWidth) || 0,
          fontSize: Number.parseFloat(cs.fontSize) || 0,
          transitionDuration: cs.transitionDuration,
          animationName: cs.animationName,
          pageBackground: opaqueBackground(under ?? document.body),
        };
      });
    },
    { host: OVERLAY_HOST, badgeSelector: BADGE_SELECTOR },
  );
}

/** How each shown claim's highlight paints over its text: tint, underline, and the text and page colours there. */
export interface HighlightLooks {
  name: string;
  text: string;
  background: string;
  decorationLine: string;
  decorationColor: string;
  textColor: string;
  pageBackground: string;
}

export function highlightLooks(page: FixturePage): Promise<HighlightLooks[]> {
  return page.page.evaluate(() => {
    const opaqueBackground = (el: Element | null): string => {
      for (let e = el; e; e = e.parentElement) {
        const bg = getComputedStyle(e).backgroundColor;
        const m = bg.match(/rgba?\(([^)]+)\)/);
        const alpha = m ? Number(m[1]!.split(/[\s,/]+/)[3] ?? 1) : 0;
        if (alpha >= 1) return bg;
      }
      return 'rgb(255, 255, 255)';
    };
    const out: Array<{
      name: string;
      text: string;
      background: string;
      decorationLine: string;
      decorationColor: string;
      textColor: string;
      pageBackground: string;
    }> = [];
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('pointwise-') || name === 'pointwise-flash' || name === 'pointwise-negated') continue;
      for (const range of highlight as unknown as Iterable<AbstractRange>) {
        const node = range.startContainer;
        const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
        if (!el || !el.isConnected) continue;
        // Styles are looked up under the highlight's real (random) name; `name` is its test alias.
        const real = (window as unknown as { __pointwiseTestNames?: Record<string, string> }).__pointwiseTestNames;
        const hl = getComputedStyle(el, `::highlight(${real?.[name.slice('pointwise-'.length)] ?? name})`);
        out.push({
          name,
          text: (node.textContent ?? '').slice(range.startOffset, range.startOffset + 40),
          background: hl.backgroundColor,
          decorationLine: hl.textDecorationLine,
          decorationColor: hl.textDecorationColor,
          textColor: getComputedStyle(el).color,
          pageBackground: opaqueBackground(el),
        });
      }
    }
    return out;
  });
}

/**
 * What every page must satisfy once its claims are in place: each highlighted claim badged at its
 * end and no stray badge, the toolbar count equal to the claims shown, the timing marks, no
 * errors, a screenshot. Returns each claim with its badge.
 */
export async function expectConsistentPage(page: FixturePage, screenshotName?: string): Promise<ShownClaim[]> {
  const shown = await expectEveryClaimBadged(page);
  expect.soft(shown.length, `${page.name}: claims highlighted`).toBeGreaterThan(0);
  await expectToolbarCount(page, (await claimHighlights(page)).length);
  await page.screenshot(screenshotName);
  await expectTimingMarks(page);
  expectNoPageErrors(page);
  return shown;
}
