import type { StatusId } from '../evidence/ids';

/**
 * The colours Pointwise paints with, one set per evidence status, chosen so that they work on
 * light AND dark pages without knowing which one they are on:
 *
 * - `fill`: a light, opaque badge background. Dark text on it reads on any page, and it stands out
 *   from dark pages by itself (≥ 16:1 against black).
 * - `ink`: badge text, the same hue, very dark (≥ 7:1 on `fill`, ≥ 9:1 on white for outlined badges).
 * - `accent`: a mid-tone of the hue (relative luminance between 0.1 and 0.3), so it keeps ≥ 3:1
 *   against both white and near-black (#121212). Used for the badge border (which carries the
 *   badge's edge on white pages) and for the underline of highlighted text, whose own colour is
 *   never changed.
 *
 * Colour never carries meaning on its own: every badge has text, every card names its status.
 * tests/unit/overlay-palette.test.ts checks every ratio claimed here, and that highlights.css uses
 * these same accents.
 */
export interface StatusColours {
  fill: string;
  ink: string;
  accent: string;
}

export const STATUS_COLOURS: Record<StatusId, StatusColours> = {
  mixed: { fill: '#dbeafe', ink: '#1e3a8a', accent: '#2563eb' },
  preliminary: { fill: '#e0e7ff', ink: '#312e81', accent: '#6366f1' },
  'short-term': { fill: '#ccfbf1', ink: '#134e4a', accent: '#0d9488' },
  'very-early': { fill: '#f3e8ff', ink: '#581c87', accent: '#9333ea' },
  inconclusive: { fill: '#fef3c7', ink: '#78350f', accent: '#b45309' },
  'not-for-mats': { fill: '#ffedd5', ink: '#7c2d12', accent: '#c2410c' },
  'no-evidence': { fill: '#ffe4e6', ink: '#881337', accent: '#e11d48' },
};

/** Negated statements get a neutral grey, whatever the topic's status: the text itself doubts the effect. */
export const NEGATED_COLOURS: StatusColours = { fill: '#f1f3f5', ink: '#374151', accent: '#6b7280' };

/** Hedged claims get outlined badges: white fill, the status ink, a dashed accent border. */
export const HEDGED_FILL = '#ffffff';

/** The "stated as proven" marker: white "!" on a deep red disc. */
export const OVERSTATED_MARK = { fill: '#b42318', ink: '#ffffff' } as const;

/** Focus ring: a dark ring inside a white one, visible on any page and any badge. */
export const FOCUS_RING = { inner: '#111827', outer: '#ffffff' } as const;

/** Card colours in the light and dark scheme (prefers-color-scheme). */
/**
 * A citation's quiet mark: white, dotted grey outline, dark grey text; an amber outline when a
 * figure differs from the study. Distinct from every status fill, and the same on light and dark pages.
 */
export const CITE_COLOURS = { fill: '#ffffff', ink: '#374151', accent: '#6b7280', flagged: '#b45309' } as const;

export const CARD_COLOURS = {
  light: { bg: '#ffffff', text: '#1f2328', muted: '#57606a', border: '#d0d7de', link: '#0b57d0', subtle: '#f6f8fa' },
  dark: { bg: '#1f2227', text: '#e6e8eb', muted: '#a9b1ba', border: '#444c56', link: '#8ab4f8', subtle: '#2a2e35' },
} as const;

/** WCAG relative luminance of a `#rrggbb` colour. */
export function relativeLuminance(hex: string): number {
  const n = Number.parseInt(hex.replace('#', ''), 16);
  const channel = (v: number) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

/** WCAG contrast ratio between two `#rrggbb` colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** `#rrggbb` → `rgba(r, g, b, alpha)`, for translucent tints. */
export function withAlpha(hex: string, alpha: number): string {
  const n = Number.parseInt(hex.replace('#', ''), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}
