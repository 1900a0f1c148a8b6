import { describe, expect, it } from 'vitest';
import {
  authorsShort,
  citedSummary,
  countCited,
  kindNote,
  misquoteNote,
  referenceLabel,
  studiedTopic,
} from '../../src/evidence/citing';
import { referencesById } from '../../src/evidence/knowledge-base';
import { referenceFacts } from '../../src/evidence/reference-facts';
import { citationsInText, tidySpan } from '../../src/page/cited';
import { citeAccessibleName, citeParts } from '../../src/ui/cite-labels';
import { SummaryResponse } from '../../src/messaging/messages';

describe('references by id', () => {
  it('every reference of the knowledge base has facts, and every fact a reference', () => {
    expect(Object.keys(referencesById).sort()).toEqual(Object.keys(referenceFacts).sort());
  });

  it('names references the way citations do', () => {
    expect(authorsShort('Hohmann C, Ullrich I, Lauche R, et al.')).toBe('Hohmann et al.');
    expect(authorsShort('Saha FJ, et al.')).toBe('Saha et al.');
    expect(authorsShort('Chen YW, Wang HH')).toBe('Chen & Wang');
    expect(authorsShort('Olsson E, von Schéele B')).toBe('Olsson & von Schéele');
    expect(authorsShort('UK Advertising Standards Authority')).toBe('UK Advertising Standards Authority');
    expect(referenceLabel('hohmann2012')).toBe('Hohmann et al., 2012');
    expect(referenceLabel('kjellgren2011')).toBe('Kjellgren et al., 2011');
  });
});

describe('misquote sentences', () => {
  it('say the study’s figure and the page’s, plainly', () => {
    expect(misquoteNote('hohmann2012', { field: 'duration', stated: '14 weeks', actual: '14 days' })).toBe(
      'The 2012 study by Hohmann et al. lasted 14 days, not 14 weeks.',
    );
    expect(misquoteNote('hohmann2012', { field: 'participants', stated: '120 patients', actual: '82' })).toBe(
      'The 2012 study by Hohmann et al. had 82 participants, not 120 patients.',
    );
    expect(misquoteNote('hohmann2012', { field: 'year', stated: '2014', actual: '2012' })).toBe(
      'The study by Hohmann et al. was published in 2012, not 2014.',
    );
    expect(misquoteNote('userSurvey1999', { field: 'design', stated: 'clinical trial', actual: 'survey' })).toBe(
      'The 1999 survey by Zilberter and Roman was a questionnaire survey with no control group, not “clinical trial”.',
    );
    expect(misquoteNote('chenWang2014', { field: 'applied', stated: 'used a mat', actual: 'finger' })).toBe(
      'The 2014 review by Chen & Wang tested pressure by hand on chosen points, not a mat.',
    );
  });
});

describe('what a page cites, counted', () => {
  it('counts each study once and each unidentified mention on its own', () => {
    const counts = countCited([
      { reference: 'hohmann2012', kind: 'mat' },
      { reference: 'hohmann2012', kind: 'mat' },
      { reference: 'chenWang2014', kind: 'other-acupressure' },
      { reference: 'liT2021', kind: 'other-acupressure' },
      { reference: 'userSurvey1999', kind: 'survey' },
      { reference: null, kind: 'unknown' },
      { reference: null, kind: 'unknown' },
    ]);
    expect(counts).toEqual({ total: 6, mat: 1, other: 2, survey: 1, unknown: 2 });
    expect(citedSummary(counts)).toBe(
      'Cites 6 studies: 1 of mats, 2 of other kinds of acupressure, 1 user survey, 2 not identified.',
    );
    expect(citedSummary(countCited([{ reference: 'saha2016', kind: 'mat' }]))).toBe('Cites 1 study: 1 of mats.');
  });

  it('says whether a study looked at a topic, or that the facts do not say', () => {
    expect(studiedTopic('hohmann2012', 'back-neck')).toBe(true);
    expect(studiedTopic('hohmann2012', 'sleep')).toBe(false);
    expect(studiedTopic(null, 'sleep')).toBeNull();
  });

  it('describes each kind neutrally', () => {
    expect(kindNote('other-acupressure', ['finger'])).toBe(
      'Not a study of mats: it tested pressure by hand on chosen points. Its result does not show what a mat does.',
    );
    expect(kindNote('unknown')).toMatch(/not one of the studies we have reviewed/i);
  });
});

describe('citations in a text, as shown', () => {
  it('marks the words that name the study, matches it and checks its figures', () => {
    const text =
      'The brand points to a 2012 German trial by Hohmann and colleagues, in which people lay on the mat for 14 weeks.';
    const [c, ...rest] = citationsInText(text);
    expect(rest).toEqual([]);
    expect(c!.text).toBe('a 2012 German trial by Hohmann and colleagues');
    expect(text.slice(c!.span.start, c!.span.end)).toBe(c!.text);
    expect(c!.reference).toBe('hohmann2012');
    expect(c!.kind).toBe('mat');
    expect(c!.misquotes.map((m) => m.note)).toEqual(['The 2012 study by Hohmann et al. lasted 14 days, not 14 weeks.']);
    expect(text.slice(c!.misquoteStarts[0])).toMatch(/^14 weeks/);
  });

  it('marks the study’s words, not the words that introduce them', () => {
    const text = 'The box also says 98% of users reported pain relief in a survey, which sounds impressive.';
    expect(citationsInText(text).map((c) => c.text)).toEqual(['98% of users reported pain relief in a survey']);
  });

  it('offsets spans by where the text starts in its block', () => {
    const [c] = citationsInText('A 2014 review of 15 studies found that acupressure eases pain.', 100);
    expect(c!.reference).toBe('chenWang2014');
    expect(c!.span.start).toBeGreaterThanOrEqual(100);
  });

  it('finds a study named by its author alone, accents or not', () => {
    expect(citationsInText('Frizziero’s group gave everyone exercise therapy.').map((c) => c.reference)).toEqual([
      'frizziero2021',
    ]);
    expect(citationsInText('Macznik and colleagues pressed a point on the hand.').map((c) => c.reference)).toEqual([
      'macznik2017',
    ]);
  });

  it('finds nothing in text that cites nothing, and says so for a study it does not know', () => {
    expect(citationsInText('I lie on my mat every evening and my back feels looser.')).toEqual([]);
    expect(citationsInText('Studies show it works.')).toEqual([]);
    const [unknown] = citationsInText('A 2021 study from a clinic in Spain found the same.');
    expect(unknown).toMatchObject({ reference: null, kind: 'unknown', misquotes: [] });
  });

  it('reads a cited survey’s further percentages as its figures, not as more citations', () => {
    const text =
      'A questionnaire of mat users in Carrboro is the source: 98% reported pain relief. Later, 96% reported better relaxation.';
    expect(citationsInText(text).map((c) => c.reference)).toEqual(['userSurvey1999']);
  });

  it('cites a study once per block, adding what its later words misquote', () => {
    const text =
      'The 2012 Hohmann pilots are the best evidence. Hohmann et al. also say people used the pad for 14 weeks.';
    const cites = citationsInText(text);
    expect(cites.map((c) => c.reference)).toEqual(['hohmann2012']);
    expect(cites[0]!.misquotes.map((m) => [m.field, m.stated])).toEqual([['duration', '14 weeks']]);
  });

  it('reads a journal named "… Studies" as a journal, and authors in brackets as the study’s', () => {
    expect(
      citationsInText('Kjellgren’s pilot appeared in Alternative Medicine Studies in 2011.').map((c) => c.reference),
    ).toEqual(['kjellgren2011']);
    expect(
      citationsInText('A 2019 meta-analysis (Armour et al.) pooled self-care trials for period pain.').map(
        (c) => c.reference,
      ),
    ).toEqual(['armour2019']);
  });

  it('checks a count against who took part, not who was asked', () => {
    // 126 of about 200 replied: 200 were asked, and the notes give that figure too.
    const asked = citationsInText('In the 1999 Carrboro questionnaire, 126 of roughly 200 mat users replied.');
    expect(asked.map((c) => [c.reference, c.misquotes.length])).toEqual([['userSurvey1999', 0]]);
    const sent = citationsInText('The 1999 Carrboro questionnaire was sent to 200 mat users.');
    expect(sent.map((c) => [c.reference, c.misquotes.length])).toEqual([['userSurvey1999', 0]]);
    // Said to have used the mat, 200 is wrong: 126 took part.
    const used = citationsInText('In the 1999 Carrboro study, 200 mat users tried the mat for a month.');
    expect(used[0]!.misquotes.map((m) => m.field)).toEqual(['participants']);
  });

  it('shows a citation the notes call fabricated or unreviewed as no match, with what the notes say', () => {
    for (const text of [
      'A 2012 Swedish RCT by Kjerryd et al. with 82 patients found 98% pain relief.',
      'A 2018 German randomized trial with 100 participants found less back pain after 8 weeks.',
      'The ShaktiMat and KENKOU app study followed 120 people for six weeks.',
    ]) {
      const [c, ...rest] = citationsInText(text);
      expect(rest, text).toEqual([]);
      expect(c, text).toMatchObject({ reference: null, kind: 'unknown', misquotes: [] });
      expect(c!.note, text).toMatch(/notes/);
    }
    expect(citationsInText('The ShaktiMat and KENKOU app study followed 120 people.')[0]!.text).toBe(
      'The ShaktiMat and KENKOU app study',
    );
  });

  it('does not flag a wrong figure the page quotes only to correct it', () => {
    const text = 'Shops say “14 weeks”, but in the 2012 Essen pilots people used the pad for 14 days.';
    const [c] = citationsInText(text);
    expect(c).toMatchObject({ reference: 'hohmann2012', misquotes: [] });
    const wrong = citationsInText('In the 2012 Essen pilots people used the pad for 14 weeks.');
    expect(wrong[0]!.misquotes.map((m) => m.field)).toEqual(['duration']);
  });

  it('does not read a follow-up as how long the mat was used', () => {
    for (const text of [
      'Saha’s 2016 single-arm study of 91 patients saw no lasting change at the 14-week follow-up.',
      'Saha’s 2016 study in the European Journal of Integrative Medicine followed 91 patients with back pain for 14 weeks.',
    ]) {
      const [c] = citationsInText(text);
      expect(c!.reference, text).toBe('saha2016');
      expect(
        c!.misquotes.filter((m) => m.field === 'duration'),
        text,
      ).toEqual([]);
    }
    // Used for 14 weeks is a duration, and Saha's was 14 days.
    const used = citationsInText('In Saha’s 2016 study 91 patients used the mat every day for 14 weeks.');
    expect(used[0]!.misquotes.map((m) => m.field)).toEqual(['duration']);
  });

  it('reads an appeal to studies in general as no citation, even beside a date', () => {
    expect(
      citationsInText('Sellers say scientific studies have shown it works, and one brand is lab-tested since 2012.'),
    ).toEqual([]);
  });

  it('does not flag "a mat" where the page says the study used none', () => {
    const text = 'A 2015 trial at Chang Gung (Lan et al.) gave patients point acupressure, and nobody used a mat.';
    const [c] = citationsInText(text);
    expect(c).toMatchObject({ reference: 'lan2015', misquotes: [] });
    const said = citationsInText('A 2015 trial at Chang Gung (Lan et al.) had patients lie on a mat each day.');
    expect(said[0]!.misquotes.map((m) => m.field)).toEqual(['applied']);
  });

  it('reads a sample of outpatients, athletes or residents as a sample', () => {
    expect(citationsInText('A Taiwanese trial of 80 hypertensive outpatients pressed one point.')[0]).toMatchObject({
      reference: 'linGH2016',
    });
  });

  it('does not read a writer’s own test or a seller’s own figures as research', () => {
    expect(citationsInText('I ran my own experiment, n = 1: the mat every night for three weeks.')).toEqual([]);
    expect(citationsInText('And 92% of customers in our 2022 feedback form said they sleep better.')).toEqual([]);
  });

  it('keeps spans on whole words', () => {
    const text = 'patients said a 2012 trial helped';
    const words = (s: number, e: number) => {
      const span = tidySpan(text, s, e);
      return text.slice(span.start, span.end);
    };
    // "ients said a 2012 " starts at "said" and ends before the space.
    expect(words(3, 21)).toBe('said a 2012');
    // " a 2012 tri" ends at the end of "trial".
    expect(words(13, 24)).toBe('a 2012 trial');
  });
});

describe('citation marks', () => {
  const hohmann = {
    kind: 'mat' as const,
    reference: 'hohmann2012',
    confidence: 1,
    misquotes: [{ field: 'duration' as const, stated: '14 weeks', actual: '14 days', note: '' }],
  };

  it('say the kind of study, a misquote, and a weak match as "possibly"', () => {
    expect(citeParts(hohmann)).toEqual({ main: 'Cited: mat study', tag: 'figure differs' });
    expect(citeParts({ ...hohmann, misquotes: [] }, 'compact')).toEqual({ main: '“”', tag: null });
    expect(citeParts(hohmann, 'compact')).toEqual({ main: '“”!', tag: null });
    expect(citeParts({ ...hohmann, confidence: 0.5, misquotes: [] }).main).toBe('Cited: possibly a mat study');
    expect(citeParts({ kind: 'unknown', reference: null, confidence: 0, misquotes: [] }).main).toBe(
      'Cited: not reviewed',
    );
  });

  it('have an accessible name that starts with their visible words and names the study', () => {
    expect(citeAccessibleName(hohmann)).toBe(
      'Cited: mat study · figure differs — Hohmann et al., 2012. Open study card',
    );
    expect(citeAccessibleName({ kind: 'unknown', reference: null, confidence: 0, misquotes: [] })).toBe(
      'Cited: not reviewed — a study Pointwise has not reviewed. Open study card',
    );
  });
});

describe('the popup summary message', () => {
  const base = {
    site: 'a.example',
    enabled: true,
    relevant: true,
    ready: true,
    claims: [],
    total: 0,
    hasSafetyWarning: false,
  };

  it('accepts a summary from an older content script without citations', () => {
    expect(SummaryResponse.parse(base).citations).toEqual([]);
  });

  it('refuses a citation of an unknown kind', () => {
    const bad = {
      ...base,
      citations: [{ id: 1, text: 'x', reference: null, confidence: 0, kind: 'rumour', misquotes: [] }],
    };
    expect(SummaryResponse.safeParse(bad).success).toBe(false);
  });
});
