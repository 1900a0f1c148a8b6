import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { holdsSignStem, mentionsMatWords, MatSignal, SIGN_STEMS } from '../../src/detect/mat-words';
import { judgeRelevance } from '../../src/detect/relevance';
import {
  addressOrTitleCouldBeAboutMats,
  GATE_TEXT_BUDGET,
  pageCouldBeAboutMats,
  readSkimmedNouns,
  watchForMats,
} from '../../src/page/gate';
import { generateLargePage } from '../e2e/fixtures/generate-large';
import { generateManyClaimsPage } from '../e2e/fixtures/generate-many-claims';

/**
 * Issue 8: the gate in front of the engine must never turn away a page the engine would find
 * relevant. Checked on every document of the six accuracy corpora and on every e2e fixture.
 */
const CORPORA = [
  'tests/corpus',
  'tests/corpus-holdout',
  'tests/corpus-holdout-3',
  'tests/corpus-holdout-4',
  'tests/corpus-holdout-5',
  'tests/corpus-holdout-6',
  'tests/corpus-holdout-7',
  'tests/corpus-holdout-8',
  'tests/corpus-holdout-9',
  'tests/corpus-holdout-10',
  'tests/corpus-holdout-11',
  'tests/corpus-holdout-12',
];
const FIXTURES = 'tests/e2e/fixtures';

interface Doc {
  name: string;
  text: string;
  relevant: boolean;
}

function corpusDocuments(): Doc[] {
  const docs: Doc[] = [];
  for (const dir of CORPORA) {
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.labels.json'))) {
      const labels = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { relevant: boolean };
      const text = readFileSync(join(dir, file.replace(/\.labels\.json$/, '.txt')), 'utf8');
      docs.push({ name: `${dir}/${file}`, text, relevant: labels.relevant });
    }
  }
  return docs;
}

/** A saved page as the gate sees it: each line a paragraph. */
function asPage(text: string, title = ''): Document {
  const { document } = parseHTML('<!doctype html><html><head><title></title></head><body></body></html>');
  document.title = title;
  for (const line of text.split('\n')) {
    const p = document.createElement('p');
    p.textContent = line;
    document.body.append(p);
  }
  return document;
}

const docs = corpusDocuments();

describe('the gate lets through every page the engine could find relevant', () => {
  test('the corpora are all there', () => {
    expect(docs.filter((d) => d.relevant).length).toBeGreaterThanOrEqual(60);
  });

  test.each(docs.filter((d) => d.relevant).map((d) => [d.name, d] as const))('%s', (_name, doc) => {
    expect(mentionsMatWords(doc.text)).toBe(true);
    expect(pageCouldBeAboutMats(asPage(doc.text), 'https://shop.example/item')).toBe(true);
  });

  // Not only the labelled relevant documents: any text the relevance judge accepts.
  test.each(docs.map((d) => [d.name, d] as const))('judged relevant ⇒ passes the gate: %s', (_name, doc) => {
    const blocks = doc.text.split('\n');
    if (judgeRelevance({ blocks }).relevant || judgeRelevance({ title: blocks[0], blocks }).relevant)
      expect(mentionsMatWords(doc.text)).toBe(true);
  });

  const relevantFixtures = readdirSync(FIXTURES).filter(
    (f) => f.endsWith('.html') && !['unrelated.html', 'index.html', 'claim-target.html', 'spa-shop.html'].includes(f),
  );
  test.each(relevantFixtures)('e2e fixture %s', (file) => {
    const { document } = parseHTML(readFileSync(join(FIXTURES, file), 'utf8'));
    expect(pageCouldBeAboutMats(document, `http://127.0.0.1/${file}`)).toBe(true);
  });

  test.each([
    ['large-page.html', generateLargePage({ targetChars: 200_000 })],
    ['many-claims.html', generateManyClaimsPage(2_000)],
  ])('generated fixture %s', (file, html) => {
    const { document } = parseHTML(html);
    expect(pageCouldBeAboutMats(document, `http://127.0.0.1/${file}`)).toBe(true);
  });

  test('an Amazon search page whose one mat result is far down the list', () => {
    const cards = Array.from({ length: 47 }, (_, i) => `Stainless steel water bottle ${i}, 750 ml, keeps drinks cold.`);
    cards.push('Lotus Acupressure Mat and Pillow Set for back and neck relief');
    const doc = asPage(cards.join('\n'), 'shop.example : gifts');
    expect(pageCouldBeAboutMats(doc, 'https://shop.example/s?k=gifts')).toBe(true);
  });

  test('a product named only in its address', () => {
    const doc = asPage('Add to basket\nIn stock', '');
    expect(pageCouldBeAboutMats(doc, 'https://shop.example/Acupressure-Mat-Pillow-Set/dp/B0TEST')).toBe(true);
  });
});

describe('the gate turns away what is plainly not about mats', () => {
  test.each([
    ['unrelated.html', readFileSync(join(FIXTURES, 'unrelated.html'), 'utf8')],
    ['spa-shop.html before it navigates', readFileSync(join(FIXTURES, 'spa-shop.html'), 'utf8')],
  ])('%s', (_name, html) => {
    const { document } = parseHTML(html);
    expect(pageCouldBeAboutMats(document, 'http://127.0.0.1/page.html')).toBe(false);
  });

  test.each([
    'City council approves new cycle lanes; energy prices expected to fall; back to top',
    'Our yoga mat is non-slip and relieves back pain',
    'Press the LI4 point between thumb and finger to ease a headache',
    'Silicone baking mat, set of two',
  ])('%s', (text) => {
    expect(mentionsMatWords(text)).toBe(false);
  });

  test('reads no more than its budget of a huge page', () => {
    const lines = Array.from(
      { length: 20_000 },
      () => 'Nothing here about any of that, just a long line of news text.',
    );
    lines.push('Acupressure mat reviews');
    const doc = asPage(lines.join('\n'));
    // The mat line lies past the budget: the gate's load-time look stops before it (the change
    // watcher and the engine's own relevance are for pages that grow).
    expect(lines.join('\n').length).toBeGreaterThan(GATE_TEXT_BUDGET);
    expect(pageCouldBeAboutMats(doc, 'https://news.example/')).toBe(false);
  });
});

describe('MatSignal', () => {
  test('a kind word and a mat noun may arrive in different pieces', () => {
    const signal = new MatSignal();
    expect(signal.feed('Why I bought an acupressure')).toBe(false);
    expect(signal.feed('mat last spring')).toBe(true);
  });

  test.each(['Pranamat ECO', 'Nayoya set', 'a bed of nails', 'Spoonk'])('a brand alone: %s', (text) => {
    expect(mentionsMatWords(text)).toBe(true);
  });
});

describe('the skim before the walk', () => {
  const filler = Array.from({ length: 80 }, () => 'Nothing about any of that here, just text.').join('\n');

  test.each([
    ['the address', 'https://shop.example/acupressure-mat-set/dp/B0X', 'Home'],
    ['the title', 'https://shop.example/p/123', 'Acupressure Mat and Pillow Set'],
  ])('a page whose body has no stem still passes on %s', (_name, href, title) => {
    const doc = asPage(`${filler}\nFree delivery on orders over 20`, title);
    expect(pageCouldBeAboutMats(doc, href, new MatSignal())).toBe(true);
  });

  test('a page whose title or address names a mat passes before its body is read', () => {
    for (const [href, title] of [
      ['https://shop.example/p/123', 'Acupressure Mat and Pillow Set'],
      ['https://shop.example/acupressure-mat-set/dp/B0X', 'Shop'],
    ]) {
      const doc = asPage(`${filler}\nFree delivery`, title);
      const count = vi.spyOn(doc.body, 'getElementsByTagName');
      const walk = vi.spyOn(doc, 'createTreeWalker');
      expect(pageCouldBeAboutMats(doc, href!, new MatSignal())).toBe(true);
      expect(count).not.toHaveBeenCalled();
      expect(walk).not.toHaveBeenCalled();
    }
  });

  test('a kind word arriving later meets the nouns of the skimmed address and title', () => {
    const doc = asPage(`${filler}\nFree delivery`, 'Mat and cushion deals');
    const signal = new MatSignal();
    expect(pageCouldBeAboutMats(doc, 'https://shop.example/deals', signal)).toBe(false);
    expect(signal.nounsUnread).toBe(true);
    // A kind word in a later piece of text (the gate's watcher feeds it): the title's nouns count.
    expect(signal.feed('Now with acupressure spikes')).toBe(false);
    expect(readSkimmedNouns(doc, signal)).toBe(true);
  });

  afterEach(() => {
    vi.unstubAllGlobals();
  });

  // Every spelling of a brand, a kind and "pillow" the signal knows (mat-words.ts WORDS).
  test.each([
    'Pranamat',
    'NAYOYA',
    'Spoonk',
    'Shaktimat',
    'Shakti',
    'Champaca',
    'Yantra',
    'Kanjo',
    'bed of nails',
    'beds  of nails',
    'Acupressure',
    'acupuncture',
    'spike',
    'Spikes',
    'spiked',
    'spiky',
    'needle',
    'needles',
    'nail',
    'NAILS',
    'lotus',
    'pillow',
    'Pillows',
  ])('a stem inside %s', (word) => {
    expect(holdsSignStem(`one ${word} two`)).toBe(true);
    // And the stem list holds nothing the signal doesn't need.
    expect(SIGN_STEMS.some((stem) => word.toLowerCase().includes(stem))).toBe(true);
  });

  test('no line of any corpus can pass the signal without a stem', () => {
    let passing = 0;
    for (const doc of docs)
      for (const line of doc.text.split('\n'))
        if (mentionsMatWords(line)) {
          passing++;
          expect(holdsSignStem(line), line).toBe(true);
        }
    expect(passing).toBeGreaterThan(500);
  });

  test('a page with mat nouns but no kind is skimmed, not walked', () => {
    const doc = asPage(`${filler}\nYoga mat, non-slip\nSet of two bowls\nDesk pad`, 'Home');
    const signal = new MatSignal();
    expect(pageCouldBeAboutMats(doc, 'https://shop.example/home', signal)).toBe(false);
    expect(signal.nounsUnread).toBe(true);
  });

  test('a page of many elements is walked, not skimmed (one read of all its text would be long)', () => {
    const doc = asPage(`${filler}\nYoga mat, non-slip\nSet of two bowls`, 'Home');
    const count = vi.spyOn(doc.body, 'getElementsByTagName').mockReturnValue({ length: 10_001 } as never);
    const signal = new MatSignal();
    expect(pageCouldBeAboutMats(doc, 'https://shop.example/home', signal)).toBe(false);
    expect(count).toHaveBeenCalledWith('*');
    expect(signal.nounsUnread).toBe(false);
  });

  test('a page of many bytes is walked, not skimmed', () => {
    vi.stubGlobal('performance', { getEntriesByType: () => [{ decodedBodySize: 1_000_001 }] });
    const doc = asPage(`${filler}\nYoga mat, non-slip\nSet of two bowls`, 'Home');
    const signal = new MatSignal();
    expect(pageCouldBeAboutMats(doc, 'https://shop.example/home', signal)).toBe(false);
    expect(signal.nounsUnread).toBe(false);
  });

  test('script text with a stem sends the gate on to its walk, which skips scripts', () => {
    const doc = asPage(`${filler}\nYoga mat, non-slip`, 'Home');
    const script = doc.createElement('script');
    script.textContent = 'var acupressure = 1;';
    doc.body.append(script);
    const signal = new MatSignal();
    expect(pageCouldBeAboutMats(doc, 'https://shop.example/home', signal)).toBe(false);
    expect(signal.nounsUnread).toBe(false);
  });

  test('a kind word arriving later meets the nouns of the skimmed text', async () => {
    const page = parseHTML('<!doctype html><html><head><title>Reviews</title></head><body></body></html>');
    vi.stubGlobal('MutationObserver', page.MutationObserver);
    const doc = page.document;
    for (const line of ['Customer reviews', ...filler.split('\n'), 'The mat arrived rolled up in a box.']) {
      const p = doc.createElement('p');
      p.textContent = line;
      doc.body.append(p);
    }
    const signal = new MatSignal();
    expect(pageCouldBeAboutMats(doc, 'https://shop.example/reviews', signal)).toBe(false);
    let found = 0;
    const stop = watchForMats(doc, signal, () => found++);
    const late = doc.createElement('p');
    late.textContent = 'Five stars: best acupressure purchase this year.';
    doc.body.append(late);
    await new Promise((resolve) => setTimeout(resolve, 10));
    stop();
    expect(found).toBe(1);
  });

  test('a title naming the kind meets the nouns of the skimmed text (a single-page app)', () => {
    const doc = asPage(`${filler}\nThe mat arrived rolled up.`, 'Shop');
    const signal = new MatSignal();
    expect(pageCouldBeAboutMats(doc, 'https://shop.example/', signal)).toBe(false);
    doc.title = 'Acupressure: reviews';
    expect(addressOrTitleCouldBeAboutMats(doc, 'https://shop.example/p/2', signal)).toBe(true);
  });
});
