/**
 * The options page's pure parts: what each badge style looks like in words, the order of the
 * switched-off sites list, and where focus goes after a site is removed from it.
 * tests/unit/options-model.test.ts checks them.
 */
import type { BadgeStyle } from '../shared/types';
import { BADGE_STYLES } from '../settings';

/** Each badge style's name and what it shows, in the order the options page lists them. */
export const BADGE_STYLE_CHOICES: ReadonlyArray<{ value: BadgeStyle; label: string; description: string }> =
  BADGE_STYLES.map((value) => ({ value, ...badgeStyleText(value) }));

/** A badge style's name and a sentence on what it shows. */
export function badgeStyleText(style: BadgeStyle): { label: string; description: string } {
  switch (style) {
    case 'badges':
      return {
        label: 'Badges and highlights',
        description:
          'Each claim is tinted and underlined, with a badge that names its evidence status. Where the text is crowded the badge shrinks to one character, so it never covers a word.',
      };
    case 'highlights-only':
      return {
        label: 'Highlights only',
        description: 'Claims are tinted and underlined, with no badges. The popup still lists them.',
      };
    case 'compact':
      return {
        label: 'Compact',
        description: 'A one-character badge instead of the full label; hover over it or focus it to read the card.',
      };
  }
}

/** The switched-off sites, alphabetically (as a person scans a list), without duplicates. */
export function sortSites(sites: readonly string[]): string[] {
  return [...new Set(sites)].sort((a, b) => a.localeCompare(b, 'en'));
}

/**
 * After removing the item at `index` from a list that had `length` items: the index of the item
 * that should take focus in the shorter list (the next one, else the previous one), or null when
 * the list is now empty.
 */
export function focusAfterRemoval(length: number, index: number): number | null {
  const remaining = length - 1;
  if (remaining <= 0) return null;
  return Math.min(index, remaining - 1);
}
