/**
 * Lists whose lead-in speaks for their items (src/detect/lead-in.ts): labelling.md hedges what a
 * page hands to others ("sellers promise") and negates a list it rejects, and a list's items are
 * blocks of their own, so the scan pipeline carries the lead-in from block to block.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { scanPlainText } from '../../src/cli/run-scan';
import { isListItem, labelOf, LeadInTracker, leadInOf, stanceUnder } from '../../src/detect/lead-in';
import { textsBefore, walkBlocks } from '../../src/page/blocks';
import { scanBlocks } from '../../src/page/pipeline';
import { localReader } from '../../src/page/read-text';

describe('leadInOf', () => {
  it.each<[string, string | undefined]>([
    ['Sellers found a remarkably consistent list of promises. Mats are said to:', 'attributed'],
    ['Taken together, the mat apparently:', 'attributed'],
    ['We collected the promises from six boxes and listings:', 'attributed'],
    ['According to the box, the mat will:', 'attributed'],
    ['A spike mat will not:', 'denied'],
    ["What it can't do:", 'denied'],
    // Warnings and plain headings introduce no one's promises.
    ['Do not use an acupressure mat if you:', undefined],
    ['Talk to a doctor before using one if you:', undefined],
    ["Here's my scorecard:", undefined],
    ['Reply from Jens_Aarhus:', undefined],
    // Not a lead-in at all.
    ['Mats are said to relieve back pain.', undefined],
    // A table whose header names its rows' claims as the sellers'.
    ['Mat | Price | Spike points | Benefits claimed by the seller', 'attributed'],
    ['Mat | Price | Headline claims', 'attributed'],
    ['Topic | What studies found | How strong', undefined],
    ['Claim | 2019 trial | Verdict', undefined],
  ])('%s', (text, expected) => {
    expect(leadInOf(text)).toBe(expected);
  });
});

describe('labelOf', () => {
  it.each<[string, string | undefined]>([
    ['On the box: "Soothes headaches and tension in minutes"', 'attributed'],
    ['Claim: "It lowers your cortisol."', 'attributed'],
    ['• The claim: it melts belly fat', 'attributed'],
    ['Myth: a spike mat detoxes your blood', 'denied'],
    // The page's own voice, and labels of another kind.
    ['Verdict: possible for some people, since winding down helps.', undefined],
    ['Claims of relief are everywhere: the box, the ads, the listing.', undefined],
    ['Colour: grey', undefined],
  ])('%s', (text, expected) => {
    expect(labelOf(text)).toBe(expected);
  });
});

describe('isListItem', () => {
  it.each<[string, boolean]>([
    ['melt away stress and anxiety in minutes;', true],
    ['Boosts circulation and brings down blood pressure', true],
    ['"Relieves back pain and sciatica in minutes"', true],
    ['- Detoxifies the body', true],
    ['3. Improves sleep.', true],
    ['Several listings added that the mats were "safe for everyone". None of it holds up.', false],
    ['The research on mats is thin.', false],
    ['', false],
  ])('%s', (text, expected) => {
    expect(isListItem(text)).toBe(expected);
  });
});

describe('LeadInTracker', () => {
  it('covers the items under a lead-in, up to the first block of prose', () => {
    const tracker = new LeadInTracker();
    const blocks = [
      'Mats are said to:',
      'melt away stress in minutes;',
      'ease headaches and period pain;',
      'The research tells a different story.',
      'Boosts circulation',
    ];
    expect(blocks.map((b) => tracker.next(b))).toEqual([undefined, 'attributed', 'attributed', undefined, undefined]);
  });

  it('lets a lead-in follow a list directly', () => {
    const tracker = new LeadInTracker();
    const under = ['The box promises:', 'Deep sleep', 'It will not:', 'Cure arthritis'].map((b) => tracker.next(b));
    expect(under).toEqual([undefined, 'attributed', undefined, 'denied']);
  });

  it('reads a labelled block in its own label’s voice, lead-in or not', () => {
    const tracker = new LeadInTracker();
    const under = ['Claim: it lowers cortisol', 'Verdict: not shown', 'Myth: it detoxes'].map((b) => tracker.next(b));
    expect(under).toEqual(['attributed', undefined, 'denied']);
  });
});

describe('stanceUnder', () => {
  it('hedges what others promise and negates what the lead-in denies', () => {
    expect(stanceUnder('attributed', { stance: 'asserted', overstated: true })).toEqual({
      stance: 'hedged',
      overstated: true,
    });
    expect(stanceUnder('denied', { stance: 'hedged', overstated: true })).toEqual({
      stance: 'negated',
      overstated: false,
    });
    expect(stanceUnder('attributed', { stance: 'negated', overstated: false })).toEqual({
      stance: 'negated',
      overstated: false,
    });
  });
});

describe('through the scan pipeline', () => {
  const page = [
    'Spike mats put to the test',
    'We read forty acupressure mat listings. Mats are said to:',
    'melt away stress and anxiety in minutes;',
    'help you fall asleep faster;',
    'Our testers were less sure. One tester says the acupressure mat relieves her back pain.',
    'A spike mat will not:',
    '- cure arthritis',
    'I find the mat relieves my neck pain.',
    'On the box: "Soothes headaches in minutes"',
  ].join('\n');

  it('reads each item in its lead-in’s voice, and the prose after the list in its own', () => {
    const stances = scanPlainText(page).claims.map((c) => `${c.line} ${c.topic} ${c.stance}`);
    expect(stances).toContain('3 stress-anxiety hedged');
    expect(stances).toContain('4 sleep hedged');
    expect(stances).toContain('7 disease negated');
    expect(stances).toContain('8 back-neck asserted');
    expect(stances).toContain('9 headache hedged');
  });
});

describe('a table of what sellers claim', () => {
  it("reads each row's claims as the sellers', and the prose after the table as the writer's", () => {
    const page = [
      'The acupressure mats we bought, and what their listings promise.',
      'Mat | Price | Benefits claimed by the seller',
      'Lotusbed Classic | £12.99 | Relieves back and neck pain; better sleep',
      'Nordwell Pro | £34.99 | Boosts circulation; reduces stress and anxiety',
      'Our tester says the acupressure mat relieved her back pain. I find it relieves my neck pain.',
    ].join('\n');
    const stances = scanPlainText(page).claims.map((c) => `${c.line} ${c.topic} ${c.stance}`);
    expect(stances).toContain('3 back-neck hedged');
    expect(stances).toContain('3 sleep hedged');
    expect(stances).toContain('4 circulation hedged');
    expect(stances).toContain('4 stress-anxiety hedged');
    expect(stances).not.toContain('3 back-neck asserted');
  });
});

describe('a walk that starts partway down (a rescan of one changed region)', () => {
  it('starts under the lead-in the texts above it end with, past the list items between', () => {
    const tracker = LeadInTracker.after([
      'melt away stress in minutes;',
      'Mats are said to:',
      'We read forty listings.',
    ]);
    expect(tracker.next('help you fall asleep faster;')).toBe('attributed');
  });

  it('starts under nothing when prose stands between', () => {
    const tracker = LeadInTracker.after(['The research tells a different story.', 'Mats are said to:']);
    expect(tracker.next('help you fall asleep faster;')).toBeUndefined();
    expect(LeadInTracker.after([]).next('help you fall asleep faster;')).toBeUndefined();
  });

  it('reads a re-rendered list of the page under its lead-in, through the pipeline', () => {
    const { document } = parseHTML(
      '<html><body><h1>Spike mats put to the test</h1><p>We read forty acupressure mat listings.</p>' +
        '<p>Mats are said to:</p><div id="list"><ul><li>melt away stress and anxiety in minutes;</li>' +
        '<li>help you fall asleep faster;</li></ul></div><p>I find the mat relieves my neck pain.</p></body></html>',
    );
    const list = document.getElementById('list')!;
    expect([...textsBefore(list, document.body)].slice(0, 2)).toEqual([
      'Mats are said to:',
      'We read forty acupressure mat listings.',
    ]);
    const stances = (tracker: LeadInTracker) => {
      const out: string[] = [];
      for (const step of scanBlocks(walkBlocks(list), localReader, { chars: 0 }, tracker))
        if (step && step.kind === 'block') for (const c of step.claims) out.push(`${c.topic} ${c.stance}`);
      return out;
    };
    expect(stances(LeadInTracker.after(textsBefore(list, document.body)))).toEqual([
      'stress-anxiety hedged',
      'sleep hedged',
    ]);
    // Without the look back, the items read in their own voice.
    expect(stances(new LeadInTracker())).toEqual(['stress-anxiety asserted', 'sleep asserted']);
  });
});
