import { expect, test } from 'vitest';
import { BADGE_STYLE_CHOICES, badgeStyleText, focusAfterRemoval, sortSites } from '../../src/options/options-model';
import { BADGE_STYLES } from '../../src/settings';

test('every badge style is offered once, in the settings order, with a label and a description', () => {
  expect(BADGE_STYLE_CHOICES.map((c) => c.value)).toEqual([...BADGE_STYLES]);
  for (const style of BADGE_STYLES) {
    const text = badgeStyleText(style);
    expect(text.label).toMatch(/\w/);
    expect(text.description.length).toBeGreaterThan(20);
  }
  expect(badgeStyleText('badges').label).toBe('Badges and highlights');
  expect(badgeStyleText('highlights-only').label).toBe('Highlights only');
  expect(badgeStyleText('compact').label).toBe('Compact');
});

test.each<[string[], string[]]>([
  [[], []],
  [
    ['zen.example', 'amazon.com', 'blog.example'],
    ['amazon.com', 'blog.example', 'zen.example'],
  ],
  [
    ['b.example', 'a.example', 'b.example'],
    ['a.example', 'b.example'],
  ],
])('sortSites(%j)', (sites, expected) => {
  expect(sortSites(sites)).toEqual(expected);
});

test.each<[number, number, number | null]>([
  [1, 0, null], // the last site: focus goes to the heading
  [3, 0, 0], // the first: the next one moves up into its place
  [3, 1, 1],
  [3, 2, 1], // the last of several: the previous one
])('focusAfterRemoval(length %i, index %i) → %s', (length, index, expected) => {
  expect(focusAfterRemoval(length, index)).toBe(expected);
});
