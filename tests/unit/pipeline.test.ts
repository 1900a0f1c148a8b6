/**
 * One scan pipeline (src/page/pipeline.ts): the content script (the Annotator, stepping through it in
 * time slices) and the `scan` command (running it to the end, as `eval` does) must report the same
 * claims for the same page, long pages and long blocks included.
 *
 * The content script runs here on a linkedom document, as the other DOM tests do; the browser parts
 * linkedom lacks (StaticRange, a window's scroll position and frames) are small stand-ins.
 */
import { parseHTML } from 'linkedom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Annotator, type AnnotationSink, type PageClaim } from '../../src/annotate/annotator';
import { predictDocument } from '../../src/cli/run-eval';
import { scanHtml, scanPlainText, type ScannedClaim } from '../../src/cli/run-scan';
import { findClaims } from '../../src/detect';
import {
  domScopeSource,
  RELEVANCE_CHARS,
  scanScope,
  scanScopeToEnd,
  scopeWalkOptions,
  type ScopeSource,
  type TextBlock,
  type TextFindings,
  type TextReader,
  type WaitStep,
} from '../../src/page/pipeline';
import { BLOCK_SLICE_CHARS, detectText, localReader, readTexts, toShownClaims } from '../../src/page/read-text';
import { findScopes } from '../../src/page/sites';
import { remoteReader } from '../../src/annotate/remote-reader';
import { packAnswer, unpackAnswer } from '../../src/page/findings-wire';
import { ReadTextsResponse } from '../../src/messaging/messages';
import type { DisplayOptions } from '../../src/shared/types';
import { setDiagnostics } from '../../src/shared/timing';

/** Every claim shown, negated ones too: the comparison is about what is found. */
const SHOW_ALL: DisplayOptions = { badgeStyle: 'badges', showHedged: true, showNegated: true, showCitations: true };

class FakeStaticRange {
  readonly startContainer: Node;
  readonly startOffset: number;
  readonly endContainer: Node;
  readonly endOffset: number;
  constructor(init: StaticRangeInit) {
    this.startContainer = init.startContainer;
    this.startOffset = init.startOffset;
    this.endContainer = init.endContainer;
    this.endOffset = init.endOffset;
  }
}

/**
 * Stands in for the browser's MutationObserver (linkedom's reports every change as one to the
 * observed root): the test hands the annotator the records a browser would.
 */
class FakeMutationObserver {
  static last: FakeMutationObserver | undefined;
  constructor(readonly callback: (records: MutationRecord[]) => void) {
    FakeMutationObserver.last = this;
  }
  observe() {}
  disconnect() {}
  /** A browser's record of `el`'s children being replaced. */
  static replaceChildren(el: Element, text: string): void {
    const removed = [...el.childNodes];
    el.textContent = text;
    const record = { type: 'childList', target: el, addedNodes: [...el.childNodes], removedNodes: removed };
    FakeMutationObserver.last?.callback([record as unknown as MutationRecord]);
  }
}

/**
 * The browser's answer to compareDocumentPosition, for linkedom's nodes (linkedom answers
 * "preceding" for every pair): the popup's list is sorted into page order with it, and claims of
 * different scopes are found in any order while their reads are out.
 */
function documentPosition(this: Node, other: Node): number {
  if (this === other) return 0;
  const path = (n: Node) => {
    const nodes: Node[] = [];
    for (let x: Node | null = n; x; x = x.parentNode) nodes.unshift(x);
    return nodes;
  };
  const a = path(this);
  const b = path(other);
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (i === 0) return 1; // different documents: disconnected
  if (i === a.length) return 16 | 4; // `other` is inside this node, so it follows
  if (i === b.length) return 8 | 2; // this node is inside `other`, which precedes it
  const siblings = [...a[i - 1]!.childNodes];
  return siblings.indexOf(b[i] as ChildNode) > siblings.indexOf(a[i] as ChildNode) ? 4 : 2;
}

/** The fields both paths report, in the order found. */
interface Found {
  topic: string;
  stance: string;
  overstated: boolean;
  status: string;
  sentence: string;
}

const fromPage = (c: PageClaim): Found => ({
  topic: c.topic,
  stance: c.stance,
  overstated: c.overstated,
  status: c.status,
  sentence: c.sentence,
});
const fromScan = (c: ScannedClaim): Found => ({
  topic: c.topic,
  stance: c.stance,
  overstated: c.overstated,
  status: c.status,
  sentence: c.text,
});

interface PageRun {
  doc: Document;
  annotator: Annotator;
  /** Resolves once the annotator has read everything queued. */
  settled(): Promise<{ relevant: boolean; claims: Found[]; citations: FoundCitation[] }>;
}

/** A citation as both paths report it. */
type FoundCitation = { text: string; reference: string | null; kind: string };

const controllers: AbortController[] = [];

const LinkedomNode = parseHTML('<p></p>').Node;
const linkedomPosition = Object.getOwnPropertyDescriptor(LinkedomNode.prototype, 'compareDocumentPosition')!;
const LinkedomElement = parseHTML('<p></p>').Element;
const linkedomRect = Object.getOwnPropertyDescriptor(LinkedomElement.prototype, 'getBoundingClientRect')!;

beforeEach(() => {
  vi.stubGlobal('StaticRange', FakeStaticRange);
  LinkedomNode.prototype.compareDocumentPosition = documentPosition;
});

afterEach(() => {
  for (const c of controllers.splice(0)) c.abort();
  vi.unstubAllGlobals();
  Object.defineProperty(LinkedomNode.prototype, 'compareDocumentPosition', linkedomPosition);
});

/**
 * The extension's reader: texts go to a stand-in for the background, which reads them as the real
 * one does (readTexts, packed) a task later, and its answer goes through a JSON round trip (as
 * runtime messages do), the message schema and unpacking (as the engine checks it).
 */
function backgroundReader() {
  return remoteReader(async (texts) => {
    await new Promise((resolve) => setTimeout(resolve, 0));
    const answer = ReadTextsResponse.safeParse(JSON.parse(JSON.stringify(packAnswer(readTexts(texts)))));
    if (!answer.success) throw new Error(answer.error.message);
    return unpackAnswer(texts, answer.data);
  });
}

/** The content script's path: an Annotator on the page, run by its own time-sliced scheduler. */
function runContentScript(html: string, reader = backgroundReader()): PageRun {
  const { document } = parseHTML(html);
  vi.stubGlobal('MutationObserver', FakeMutationObserver);
  const controller = new AbortController();
  controllers.push(controller);
  const sink: AnnotationSink = { update() {}, reveal: () => false, whenIdle: () => Promise.resolve() };
  const win = {
    location: { hostname: '', pathname: '' },
    scrollY: 0,
    innerHeight: 800,
    requestAnimationFrame: (fn: () => void) => setTimeout(fn, 0),
  } as unknown as Window;
  const annotator = new Annotator({ doc: document, win, signal: controller.signal, sink, reader, display: SHOW_ALL });
  annotator.start();
  return {
    doc: document,
    annotator,
    async settled() {
      await vi.waitFor(
        () => {
          if (!annotator.summary().ready) throw new Error('still reading');
        },
        { timeout: 20_000, interval: 5 },
      );
      const summary = annotator.summary();
      return {
        relevant: summary.relevant,
        claims: summary.claims.map(fromPage),
        citations: summary.citations.map(({ text, reference, kind }) => ({ text, reference, kind })),
      };
    },
  };
}

async function contentScriptClaims(
  html: string,
): Promise<{ relevant: boolean; claims: Found[]; citations: FoundCitation[] }> {
  return runContentScript(html).settled();
}

/** The `scan` command's path. */
function cliClaims(html: string): { relevant: boolean; claims: Found[]; citations: FoundCitation[] } {
  const scan = scanHtml(html);
  return {
    relevant: scan.relevant,
    claims: scan.claims.map(fromScan),
    citations: scan.citations.map(({ text, reference, kind }) => ({ text, reference, kind })),
  };
}

function doc(body: string, title = 'Notes'): string {
  return `<!DOCTYPE html><html><head><title>${title}</title></head><body>${body}</body></html>`;
}

// Our own sentences (design.md: never from seeds or web pages).
const CLAIMS = [
  'Lying on the acupressure mat relieves my lower back pain after long drives.',
  'Since I started using the mat, it helped me fall asleep faster.',
  'My tension headaches are gone most evenings.',
  'There is no evidence that the mat lowers blood pressure.',
  'The seller says it is clinically proven to relieve neck pain.',
  'It may ease stress after a hard day.',
];
/** Text with nothing about mats or health: a page's other matter. */
const FILLER = 'The garden path winds past the old stone wall, the quiet pond and a row of pear trees. ';

function filler(chars: number): string {
  return FILLER.repeat(Math.ceil(chars / FILLER.length)).trim();
}

/** Paragraphs of filler adding up to at least `chars` characters. */
function fillerParagraphs(chars: number): string {
  const paragraph = filler(2_000);
  return `<p>${paragraph}</p>`.repeat(Math.ceil(chars / paragraph.length));
}

async function expectSameClaims(
  html: string,
): Promise<{ relevant: boolean; claims: Found[]; citations: FoundCitation[] }> {
  const page = await contentScriptClaims(html);
  const cli = cliClaims(html);
  expect(page).toEqual(cli);
  return cli;
}

describe('the content script and `scan` report the same claims', () => {
  it('on an article whose relevance comes from its text, with readers’ comments after it', async () => {
    const html = doc(
      `<main><h1>What thirty evenings of lying down taught me</h1>
        <p>I bought an acupressure mat in the spring and kept a diary.</p>
        ${CLAIMS.map((c) => `<p>${c}</p>`).join('\n')}
        <p>Most nights I lie on the mat for twenty minutes.</p>
      </main>
      <div id="comments"><p>Mine <b>helped me fall asleep</b> faster too.</p></div>`,
    );
    const found = await expectSameClaims(html);
    expect(found.relevant).toBe(true);
    expect(found.claims.map((c) => c.topic)).toEqual([
      'back-neck',
      'sleep',
      'headache',
      'blood-pressure',
      'back-neck',
      'stress-anxiety',
      'sleep',
    ]);
  });

  it('on an article citing studies: the same citations, matched to the same references', async () => {
    const html = doc(
      `<main><h1>Does an acupressure mat work?</h1>
        <p>A 2012 German trial by Hohmann and colleagues had people lie on a mat daily for 14 weeks.</p>
        <p>A 2014 review of 15 studies found that acupressure eases pain.</p>
        <p>There is also a 2021 study from a clinic in Spain that I could not find.</p></main>`,
    );
    const found = await expectSameClaims(html);
    expect(found.citations.map((c) => [c.reference, c.kind])).toEqual([
      ['hohmann2012', 'mat'],
      ['chenWang2014', 'other-acupressure'],
      [null, 'unknown'],
    ]);
  });

  it('on a saved search page, card by card: the yoga mat gets nothing', async () => {
    const card = (title: string, text: string) =>
      `<div data-component-type="s-search-result" data-asin="X"><h2>${title}</h2><p>${text}</p></div>`;
    const html = doc(
      [
        card('Acupressure Mat and Pillow Set', 'Relieves back pain and helps you sleep better.'),
        card('Non-slip Yoga Mat', 'Relieves back pain and helps you sleep better.'),
        card('Spike Mat for Relaxation', 'May ease stress and tension headaches.'),
      ].join(''),
    );
    const found = await expectSameClaims(html);
    expect(found.claims.length).toBeGreaterThan(2);
    expect(found.claims.every((c) => !c.sentence.includes('Yoga'))).toBe(true);
  });

  it('on a page longer than the relevance budget whose mats come only after it: not relevant in either', async () => {
    const tail = `<p>I bought an acupressure mat in the spring.</p>${CLAIMS.map((c) => `<p>${c}</p>`).join('')}`;
    const html = doc(`<main>${fillerParagraphs(RELEVANCE_CHARS + 5_000)}${tail}</main>`);
    expect(html.length).toBeGreaterThan(RELEVANCE_CHARS);
    // The tail alone is about mats: only the budget makes the page irrelevant.
    expect(scanHtml(doc(`<main>${tail}</main>`)).relevant).toBe(true);
    const found = await expectSameClaims(html);
    expect(found).toEqual({ relevant: false, claims: [], citations: [] });
  });

  it('on a relevant page longer than the relevance budget: claims past it are found by both', async () => {
    const html = doc(
      `<main><p>I bought an acupressure mat in the spring and kept a diary of every evening on the mat.</p>
        <p>${CLAIMS[0]}</p>${fillerParagraphs(RELEVANCE_CHARS + 5_000)}${CLAIMS.slice(1)
          .map((c) => `<p>${c}</p>`)
          .join('')}</main>`,
    );
    expect(html.length).toBeGreaterThan(RELEVANCE_CHARS + 5_000);
    const found = await expectSameClaims(html);
    expect(found.relevant).toBe(true);
    expect(found.claims).toHaveLength(CLAIMS.length);
  });

  it('on a block longer than the slice size: every claim found, none lost or doubled at a cut', async () => {
    // One paragraph of about 50,000 characters, a claim every few thousand characters, so claims sit
    // on both sides of every cut.
    const parts: string[] = [];
    const sentences = [...CLAIMS, ...CLAIMS, ...CLAIMS];
    for (const claim of sentences) parts.push(filler(2_900), claim);
    const paragraph = parts.join(' ');
    expect(paragraph.length).toBeGreaterThan(3 * BLOCK_SLICE_CHARS);
    const html = doc(`<h1>My acupressure mat diary</h1><p>${paragraph}</p>`);
    const found = await expectSameClaims(html);
    expect(found.relevant).toBe(true);
    expect(found.claims.map((c) => c.sentence)).toEqual(sentences);
  });

  it('on a page that is not about mats at all', async () => {
    const html = doc(`<main><h1>Garden notes</h1><p>${filler(3_000)}</p><p>Pruning relieves my back pain.</p></main>`);
    expect(await expectSameClaims(html)).toEqual({ relevant: false, claims: [], citations: [] });
  });

  it('after the page changes: the content script’s rescans match a scan of the changed page', async () => {
    const run = runContentScript(
      doc(
        `<main><h1>My acupressure mat diary</h1><p id="p1">${CLAIMS[0]}</p><p id="p2">${filler(300)}</p>
          <div id="p3">${CLAIMS[2]}</div><div contenteditable="true"><p id="typed">Draft</p></div></main>`,
      ),
    );
    expect((await run.settled()).claims.map((c) => c.topic)).toEqual(['back-neck', 'headache']);
    const replace = (id: string, text: string) =>
      FakeMutationObserver.replaceChildren(run.doc.getElementById(id)!, text);
    replace('p2', CLAIMS[1]!);
    replace('p3', filler(100));
    // Text typed into an editable region is read by neither (the skip rules, isInSkippedPart).
    replace('typed', CLAIMS[5]!);
    const cli = cliClaims(`<!DOCTYPE html>${run.doc.documentElement.outerHTML}`);
    expect(cli.claims.map((c) => c.topic)).toEqual(['back-neck', 'sleep']);
    // A rescan runs in the mutation callback, or (past its time budget) in the scheduler's next slices.
    await vi.waitFor(async () => expect(await run.settled()).toEqual(cli), { timeout: 20_000, interval: 10 });
  });
});

describe('the content script reads through the background', () => {
  it('a paragraph re-rendered with the same words has its claims back inside the mutation callback', async () => {
    const run = runContentScript(doc(`<main><h1>My acupressure mat diary</h1><p id="p1">${CLAIMS[0]}</p></main>`));
    expect((await run.settled()).claims.map((c) => c.topic)).toEqual(['back-neck']);
    FakeMutationObserver.replaceChildren(run.doc.getElementById('p1')!, CLAIMS[0]!);
    // No await: read from the reader's memory, in the callback, so its highlight never flickers.
    expect(run.annotator.summary().claims.map((c) => c.topic)).toEqual(['back-neck']);
    // New words wait for the background's answer.
    FakeMutationObserver.replaceChildren(run.doc.getElementById('p1')!, CLAIMS[2]!);
    expect(run.annotator.summary().claims).toEqual([]);
    await vi.waitFor(() => expect(run.annotator.summary().claims.map((c) => c.topic)).toEqual(['headache']));
  });
});

/**
 * A reader elsewhere (as the background is): each batch is answered `30 × n` ms after it was sent
 * (n: its number, so later batches come later), with what `readTexts` finds; `events` hears each
 * sending and answer.
 */
function slowReader(events: string[] = []): TextReader {
  let sent = 0;
  return {
    batchChars: 3_000,
    inFlight: 3,
    read(texts) {
      const n = ++sent;
      events.push(`sent ${n}`);
      let answered = false;
      const until = new Promise<void>((resolve) =>
        setTimeout(() => {
          answered = true;
          events.push(`answered ${n}`);
          resolve();
        }, 30 * n),
      );
      function* steps(): Generator<WaitStep, TextFindings[], undefined> {
        while (!answered) yield { kind: 'wait', until };
        return readTexts(texts);
      }
      return {
        get ready() {
          return answered;
        },
        settled: until,
        steps: steps(),
      };
    },
  };
}

describe('the first viewport comes first', () => {
  it('nothing else is walked or sent while the page’s first texts are out being read', async () => {
    // A page far longer than the first batch: without the wait, the walk would send its next
    // batches (up to three out at once) before the first answer came back.
    const paragraphs = [...CLAIMS, ...CLAIMS, ...CLAIMS].map((c) => `<p>${c} ${filler(1_500)}</p>`);
    const body = `<main><h1>My acupressure mat diary</h1>${paragraphs.join('')}</main>`;
    const events: string[] = [];
    const reader = slowReader(events);
    const page = await runContentScript(doc(body), reader).settled();
    expect(page).toEqual(cliClaims(doc(body)));
    expect(events.filter((e) => e.startsWith('sent')).length).toBeGreaterThan(2);
    expect(events.slice(0, 3)).toEqual(['sent 1', 'answered 1', 'sent 2']);
    // After the first answer, the walk goes on while later batches are out, as before.
    expect(events.indexOf('sent 3')).toBeLessThan(events.indexOf('answered 2'));
  });
});

describe('pointwise:visible', () => {
  afterEach(() => {
    setDiagnostics(false);
    performance.clearMarks();
    performance.clearMeasures();
    Object.defineProperty(LinkedomElement.prototype, 'getBoundingClientRect', linkedomRect);
  });

  it('a first viewport without claims is dated when it was read, once the page has claims below it', async () => {
    setDiagnostics(true);
    // Layout stand-in: each paragraph says where it is; the page is 5,000 px tall, the viewport 800.
    (
      LinkedomElement.prototype as { getBoundingClientRect: () => { top: number; bottom: number } }
    ).getBoundingClientRect = function (this: Element) {
      const top = Number(this.getAttribute('data-top') ?? 0);
      return { top, bottom: this.localName === 'main' ? 5_000 : top + 40 };
    };
    // The viewport's paragraphs are the first batch; the next, below the viewport and without
    // claims, the second; the claims further down come in the third, 30 ms later.
    const quiet = [100, 300, 500].map((top) => `<p data-top="${top}">${filler(1_100)}</p>`);
    const next = `<p data-top="900">${filler(12_500)}</p>`;
    const below = [1_200, 2_400, 3_600].map((top, i) => `<p data-top="${top}">${CLAIMS[i]}</p>`);
    const body = `<main><h1>My acupressure mat diary</h1>${quiet.join('')}${next}${below.join('')}</main>`;
    const run = runContentScript(doc(body), slowReader());
    expect((await run.settled()).claims.length).toBeGreaterThan(0);
    await vi.waitFor(() => expect(performance.getEntriesByName('pointwise:ready', 'mark')).toHaveLength(1));
    const visible = performance.getEntriesByName('pointwise:visible', 'mark');
    expect(visible).toHaveLength(1);
    // Dated when the viewport was read past (the second answer), not when the claims came (the third).
    const ready = performance.getEntriesByName('pointwise:ready', 'mark')[0]!.startTime;
    expect(ready - visible[0]!.startTime).toBeGreaterThanOrEqual(20);
  });
});

describe('`eval` scores what a user sees', () => {
  it('a labelled text’s predicted claims are the content script’s claims for the same paragraphs', async () => {
    const lines = [
      'My acupressure mat, three weeks in',
      ...CLAIMS,
      filler(20_000) + ' ' + CLAIMS[1] + ' ' + filler(2_000),
      filler(RELEVANCE_CHARS),
      CLAIMS[2]!,
    ];
    const text = lines.join('\n');
    const predicted = predictDocument('diary', { relevant: true, genre: 'personal-blog', lines: {} }, text).predicted;
    const html = doc(lines.map((l) => `<p>${l}</p>`).join(''), lines[0]);
    const page = await contentScriptClaims(html);
    expect(predicted.relevant).toBe(page.relevant);
    expect(predicted.claims.map((c) => [c.topic, c.stance, c.overstated])).toEqual(
      page.claims.map((c) => [c.topic, c.stance, c.overstated]),
    );
    expect(scanPlainText(text).claims.map((c) => c.line)).toEqual([2, 3, 4, 5, 6, 7, 8, 10]);
  });

  it('plain text obeys the same relevance budget as a page', () => {
    // Five lines first, so that the title (the first of the opening four lines naming a mat) is none.
    const opening = Array.from({ length: 5 }, () => filler((RELEVANCE_CHARS + 1_000) / 5));
    const text = [...opening, 'I bought an acupressure mat.', ...CLAIMS].join('\n');
    expect(scanPlainText(text)).toEqual({ relevant: false, claims: [], citations: [] });
    expect(scanPlainText(['I bought an acupressure mat.', ...CLAIMS].join('\n')).relevant).toBe(true);
  });
});

describe('the pipeline', () => {
  /** A scope over plain strings, counting how many blocks its walks hand out. */
  function stringScope(texts: string[], title?: string) {
    const pulled = { blocks: 0 };
    const blocks: TextBlock[] = texts.map((text) => ({ text }));
    const source: ScopeSource<TextBlock[], TextBlock> = {
      title,
      relevanceRoots: [blocks],
      roots: [blocks],
      *walk(root) {
        for (const block of root) {
          pulled.blocks++;
          yield block;
        }
      },
    };
    return { source, pulled };
  }

  it('reads relevance up to the budget and no further, and each block only once', () => {
    const { source, pulled } = stringScope(Array.from({ length: 100 }, () => filler(1_000)));
    const scan = scanScopeToEnd(source, localReader);
    expect(scan.relevant).toBe(false);
    expect(pulled.blocks).toBe(Math.ceil(RELEVANCE_CHARS / filler(1_000).length));

    const relevant = stringScope(['I bought an acupressure mat.', 'I lie on the mat daily.', ...CLAIMS]);
    const read = scanScopeToEnd(relevant.source, localReader);
    expect(read.relevant).toBe(true);
    expect(relevant.pulled.blocks).toBe(CLAIMS.length + 2);
    expect(read.blocks.map((b) => b.block.text)).toEqual([
      'I bought an acupressure mat.',
      'I lie on the mat daily.',
      ...CLAIMS,
    ]);
  });

  it('a roundup of other products that gives a mat its own entry: claims of the mat entry only', () => {
    const roundup = [
      'The 4 best recovery tools we tested this year.',
      'Foam rollers, massage guns and a massage ball: we used each for a month after runs.',
      '1. Best Foam Roller: GridCore Roller',
      'The foam roller relieves sore muscles after long runs, and rolling eases tight calves.',
      '2. Best Massage Gun: Volta Pro',
      'The massage gun boosts circulation and speeds up recovery, says the maker.',
      '3. Best for Wind-Down: Haven Lotus Acupressure Mat',
      'The mat helps you sleep better and relieves back pain, our testers found.',
      'Lying on the mat every evening eased my neck pain, says Chloe.',
      '4. Best Massage Ball: Peanut Duo',
      'The massage ball relieves back pain between the shoulder blades. Rollers, guns and balls all help.',
      'Your choice: a knotty upper back might suit the mat, which also helps you unwind.',
    ];
    const { source } = stringScope(roundup);
    const scan = scanScopeToEnd(source, localReader);
    expect(scan.relevant).toBe(true);
    const claimed = scan.blocks.filter((b) => b.claims.length > 0).map((b) => roundup.indexOf(b.block.text));
    // The mat's entry (its heading's "for Wind-Down" too) and the closing line that names the mat;
    // not the roller's, the gun's or the ball's.
    expect(claimed).toEqual([6, 7, 8, 11]);
  });

  it('a title naming a mat settles relevance without reading for it', () => {
    const { source, pulled } = stringScope([filler(RELEVANCE_CHARS), CLAIMS[0]!], 'Spoonk mat review');
    const steps = scanScope(source, localReader);
    expect(steps.next().value).toEqual({ kind: 'relevance', relevant: true });
    expect(pulled.blocks).toBe(0);
  });

  it('detects a long block in slices, pausing between them, each step under the slice size', () => {
    const text = Array.from({ length: 40 }, (_, i) => `${filler(1_200)} ${CLAIMS[i % CLAIMS.length]}`).join(' ');
    const counters = { chars: 0 };
    const steps = detectText(text, counters);
    let pauses = 0;
    let before = 0;
    let r = steps.next();
    for (; !r.done; r = steps.next()) {
      expect(r.value).toBeNull();
      pauses++;
      expect(counters.chars - before).toBeLessThanOrEqual(BLOCK_SLICE_CHARS);
      before = counters.chars;
    }
    expect(counters.chars - before).toBeLessThanOrEqual(BLOCK_SLICE_CHARS);
    expect(counters.chars).toBe(text.length);
    expect(pauses).toBeGreaterThanOrEqual(Math.floor(text.length / BLOCK_SLICE_CHARS));
    // Cut at sentence ends, the slices find what one pass over the whole text finds.
    expect(r.value).toEqual(toShownClaims(findClaims(text), text));
    for (const claim of r.value) expect(text.slice(claim.phraseSpan.start, claim.phraseSpan.end)).toBe(claim.phrase);
  });

  it('passes on the block walk’s pause points: a page of empty elements is read in short steps', () => {
    const { document } = parseHTML(
      doc(`<main><h1>Acupressure mat notes</h1>${'<div></div>'.repeat(2_000)}<p>${CLAIMS[0]}</p></main>`),
    );
    const [scope] = findScopes(document, { hostname: '', pathname: '' });
    const steps = [...scanScope(domScopeSource(scope!, scopeWalkOptions(scope!)), localReader)];
    expect(steps[0]).toEqual({ kind: 'relevance', relevant: true });
    expect(steps.filter((s) => s === null).length).toBeGreaterThanOrEqual(3);
    const blocks = steps.filter((s) => s !== null && s.kind === 'block');
    expect(blocks.map((b) => [b.block.text, b.claims.map((c) => c.topic)])).toEqual([
      ['Acupressure mat notes', []],
      [CLAIMS[0], ['back-neck']],
    ]);
  });
});

describe('toShownClaims: the one conversion from detector claims to shown claims', () => {
  it('gives status, phrase and trimmed sentence, in text order, offsets shifted into the block', () => {
    const text = '  It relieves back pain.  ';
    const claims = findClaims(text);
    expect(claims).toHaveLength(1);
    const reversed = [...findClaims(`${CLAIMS[1]} ${CLAIMS[0]}`)].reverse();
    const [shown] = toShownClaims(claims, text, 100);
    expect(shown).toMatchObject({
      topic: 'back-neck',
      status: 'mixed',
      stance: 'asserted',
      overstated: false,
      sentence: 'It relieves back pain.',
    });
    expect(shown!.phraseSpan.start).toBe(claims[0]!.phrase.start + 100);
    const ordered = toShownClaims(reversed, `${CLAIMS[1]} ${CLAIMS[0]}`);
    expect(ordered.map((c) => c.phraseSpan.start)).toEqual(
      [...ordered.map((c) => c.phraseSpan.start)].sort((a, b) => a - b),
    );
  });

  it('is what the selection check shows too', () => {
    const text = CLAIMS.join(' ');
    expect(readTexts([text])[0]!.claims).toEqual(toShownClaims(findClaims(text), text));
  });
});
