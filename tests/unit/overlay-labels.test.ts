import { describe, expect, it, test } from 'vitest';
import { STANCES, STATUS_IDS, STATUS_LABELS, topicEvidence, type Stance, type StatusId } from '../../src/evidence';
import {
  BADGE_TEXT,
  COMPACT_GLYPH,
  badgeAccessibleName,
  badgeParts,
  badgeVisibleText,
  footerText,
  shorten,
  stanceDescription,
} from '../../src/ui/labels';

const combos: Array<[StatusId, Stance, boolean]> = STATUS_IDS.flatMap((status) =>
  STANCES.flatMap((stance) =>
    [false, true].map((overstated) => [status, stance, overstated] as [StatusId, Stance, boolean]),
  ),
);

describe('badge text for every status × stance × overstated', () => {
  test.each(combos)('%s / %s / overstated=%s', (status, stance, overstated) => {
    const claim = { status, stance, overstated };
    const marked = overstated && stance !== 'negated';

    const text = badgeVisibleText(claim, 'badges');
    expect(text).toContain(BADGE_TEXT[status]);
    expect(text.startsWith('! ')).toBe(marked);
    expect(text.endsWith(' · hedged')).toBe(stance === 'hedged');
    expect(text.endsWith(' · negated')).toBe(stance === 'negated');

    const compact = badgeVisibleText(claim, 'compact');
    expect(compact).toBe(marked ? `! ${COMPACT_GLYPH[status]}` : COMPACT_GLYPH[status]);
    expect([...COMPACT_GLYPH[status]].length).toBe(1);

    const name = badgeAccessibleName({ ...claim, topicTitle: 'Back and neck pain' });
    expect(name).toContain('Back and neck pain');
    expect(name).toContain(`: ${STATUS_LABELS[status]}${stance === 'asserted' ? '' : `, ${stance}`}.`);
    // Label in Name (WCAG 2.5.3): the visible words, punctuation aside, appear in order in the name.
    const words = (t: string) =>
      t
        .toLowerCase()
        .replace(/[^\p{L}\p{N}\s]/gu, ' ')
        .split(/\s+/)
        .filter(Boolean)
        .join(' ');
    expect(words(name)).toContain(words(text));
    expect(name.endsWith('Open evidence card')).toBe(true);
    expect(name.includes('stated as proven')).toBe(marked);
    expect(name.startsWith('Hedged claim about')).toBe(stance === 'hedged');
    expect(name.startsWith('Statement doubting a claim about')).toBe(stance === 'negated');
    expect(name.startsWith('Claim about')).toBe(stance === 'asserted');
    // Text, not colour, carries the meaning: the visible text names the status.
    expect(badgeParts(claim, 'badges').main.length).toBeGreaterThan(3);
  });

  it('reads as the brief describes for a plain asserted claim', () => {
    expect(
      badgeAccessibleName({
        status: 'mixed',
        stance: 'asserted',
        overstated: false,
        topicTitle: topicEvidence('back-neck').title,
      }),
    ).toBe('Claim about Back and neck pain: Some evidence, mixed. Open evidence card');
    expect(
      badgeAccessibleName({
        status: 'preliminary',
        stance: 'asserted',
        overstated: true,
        topicTitle: 'Sleep and insomnia',
      }),
    ).toBe('Claim about Sleep and insomnia, stated as proven: Preliminary. Open evidence card');
    expect(
      badgeAccessibleName({
        status: 'preliminary',
        stance: 'hedged',
        overstated: false,
        topicTitle: 'Sleep and insomnia',
      }),
    ).toBe('Hedged claim about Sleep and insomnia: Preliminary, hedged. Open evidence card');
    expect(badgeVisibleText({ status: 'mixed', stance: 'asserted', overstated: true })).toBe('! Some evidence, mixed');
    expect(badgeVisibleText({ status: 'preliminary', stance: 'hedged', overstated: false })).toBe(
      'Preliminary · hedged',
    );
  });

  it('gives every status a distinct badge text and a distinct compact glyph', () => {
    expect(new Set(STATUS_IDS.map((s) => BADGE_TEXT[s])).size).toBe(STATUS_IDS.length);
    expect(new Set(STATUS_IDS.map((s) => COMPACT_GLYPH[s])).size).toBe(STATUS_IDS.length);
  });

  it('keeps badge texts short', () => {
    for (const s of STATUS_IDS) expect(BADGE_TEXT[s].length).toBeLessThanOrEqual(20);
  });
});

describe('card wording', () => {
  test.each([
    ['asserted', 'Asserted', 'the text states this effect.'],
    ['hedged', 'Hedged', 'the text itself is tentative.'],
    ['negated', 'Negated', 'the text denies or doubts this effect.'],
  ] as const)('stance %s', (stance, label, detail) => {
    expect(stanceDescription(stance)).toEqual({ label, detail });
  });

  it('writes the footer with version and date', () => {
    expect(footerText('1.0.0', '2026-11-21')).toBe('Not medical advice · knowledge base v1.0.0, 2026-11-21');
  });

  test.each([
    ['short text', 20, 'short text'],
    ['  spaced\n\t out   text ', 40, 'spaced out text'],
    ['one two three four five six seven eight', 20, 'one two three four…'],
    ['averyveryverylongwordwithoutspaces', 10, 'averyvery…'],
  ])('shorten(%j, %i)', (input, max, expected) => {
    const out = shorten(input, max);
    expect(out).toBe(expected);
    expect(out.length).toBeLessThanOrEqual(max);
  });
});
