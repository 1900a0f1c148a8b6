/**
 * Badge sizes without touching the page's layout: text widths come from a canvas `measureText`
 * (no DOM, no reflow), cached per string, with a character-count estimate where no canvas exists
 * (Node, tests). Used to place badges and keep them apart; the rendered badge sizes itself.
 */
import { STANCES, STATUS_IDS } from '../evidence/ids';
import type { BadgeStyle } from '../shared/types';
import { badgeParts, type BadgeParts } from '../ui/labels';
import { BADGE_METRICS, FONT_STACK } from './overlay-css';

type MeasureContext = { font: string; measureText(text: string): { width: number } };

let context: MeasureContext | null | undefined;
/** The font last set on the context: setting `font` parses it, so it is set only when it changes. */
let contextFont = '';
const widths = new Map<string, number>();

function measureContext(): MeasureContext | null {
  if (context !== undefined) return context;
  context = null;
  try {
    if (typeof OffscreenCanvas === 'function') {
      context = new OffscreenCanvas(1, 1).getContext('2d');
    } else if (typeof document !== 'undefined') {
      context = document.createElement('canvas').getContext('2d');
    }
  } catch {
    context = null;
  }
  return context;
}

/** Width in px of `text` in `font` (a CSS font shorthand). */
export function textWidth(text: string, weight: number, size: number, italic = false): number {
  const font = `${italic ? 'italic ' : ''}${weight} ${size}px ${FONT_STACK}`;
  const key = `${font}|${text}`;
  const cached = widths.get(key);
  if (cached !== undefined) return cached;
  const ctx = measureContext();
  let width: number;
  if (ctx) {
    if (contextFont !== font) {
      ctx.font = font;
      contextFont = font;
    }
    width = ctx.measureText(text).width;
  } else {
    // A system UI font averages a little over half its size per character.
    width = text.length * size * 0.56;
  }
  widths.set(key, width);
  return width;
}

/** The size of a badge showing `parts` in `style`, rounded up, with a pixel of slack. */
export function badgeSize(parts: BadgeParts, style: BadgeStyle): { width: number; height: number } {
  const compact = style === 'compact';
  const metrics = compact ? BADGE_METRICS.compact : BADGE_METRICS.badges;
  const items: number[] = [];
  if (parts.marker) items.push(compact ? 12 - 1 : BADGE_METRICS.markSize - 3);
  items.push(textWidth(parts.main, compact ? 700 : parts.stanceTag ? 500 : 600, metrics.fontSize));
  if (parts.stanceTag) items.push(textWidth(`· ${parts.stanceTag}`, 500, BADGE_METRICS.tagFontSize, true));
  const content = items.reduce((sum, w) => sum + w, 0) + metrics.gap * (items.length - 1);
  const width = Math.max(metrics.height, Math.ceil(content + 2 * metrics.paddingX + 2 * BADGE_METRICS.border + 1));
  return { width, height: metrics.height };
}

/** The size of a citation's mark showing `parts` in `style` (see ../ui/cite-labels.ts). */
export function citeSize(
  parts: { main: string; tag: string | null },
  style: BadgeStyle,
): { width: number; height: number } {
  const compact = style === 'compact';
  const metrics = compact ? BADGE_METRICS.compact : BADGE_METRICS.badges;
  const items = [textWidth(parts.main, compact ? 700 : 500, metrics.fontSize)];
  if (parts.tag) items.push(textWidth(`· ${parts.tag}`, 500, BADGE_METRICS.tagFontSize, true));
  const content = items.reduce((sum, w) => sum + w, 0) + metrics.gap * (items.length - 1);
  const width = Math.max(metrics.height, Math.ceil(content + 2 * metrics.paddingX + 2 * BADGE_METRICS.border + 1));
  return { width, height: metrics.height };
}

/**
 * Measures every claim badge's text once, in both styles. A canvas sets a font up on its first use
 * (5–10 ms on a page's first marks): done while the page's first texts are being read, that time
 * is not spent between their answer and their marks.
 */
export function warmUpBadgeSizes(): void {
  for (const style of ['badges', 'compact'] as const)
    for (const status of STATUS_IDS)
      for (const stance of STANCES) badgeSize(badgeParts({ status, stance, overstated: false }, style), style);
}

/**
 * Every claim badge's text widths, measured here, keyed as {@link textWidth} keys them: for the
 * background to measure once and hand to each page ({@link seedTextWidths}), so that no page sets
 * up a canvas font of its own (10–12 ms on a listing, issue 8). Null where there is no canvas: an
 * estimate is no measurement to hand on.
 */
export function badgeWidthTable(): Record<string, number> | null {
  if (!measureContext()) return null;
  warmUpBadgeSizes();
  return Object.fromEntries(widths);
}

/**
 * Widths measured by {@link badgeWidthTable} elsewhere, in the same browser and fonts. They go into
 * {@link textWidth}'s cache, so the warm-up finds every badge text there and sets up no canvas.
 */
export function seedTextWidths(table: Readonly<Record<string, number>>): void {
  for (const [key, width] of Object.entries(table)) if (!widths.has(key)) widths.set(key, width);
}
