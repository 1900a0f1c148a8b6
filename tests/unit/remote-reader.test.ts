/**
 * The content script's reader (src/annotate/remote-reader.ts): texts go to the background, the scan
 * waits for the answer, and texts answered before are answered again at once.
 */
import { describe, expect, it } from 'vitest';
import {
  FIRST_BATCH_CHARS,
  MAX_BATCH_CHARS,
  MAX_MESSAGE_CHARS,
  remoteReader,
  type ReadRequest,
} from '../../src/annotate/remote-reader';
import type { Reading, TextFindings, TextReader } from '../../src/page/pipeline';
import { readTexts } from '../../src/page/read-text';

const TEXTS = ['The acupressure mat relieves my back pain.', 'The box was green.', 'It may ease stress after work.'];

/** A background that reads texts as the real one does, and records what it was asked. */
function fakeBackground(answer: (texts: string[]) => TextFindings[] = readTexts) {
  const asked: string[][] = [];
  const request: ReadRequest = (texts) => {
    asked.push(texts);
    return Promise.resolve().then(() => answer(texts));
  };
  return { asked, request };
}

/** Step through a read the way the scheduler does: wait wherever it waits. */
async function readAll(reader: TextReader, texts: string[]): Promise<{ found: TextFindings[]; waits: number }> {
  return stepThrough(reader.read(texts, { chars: 0 }));
}

async function drain(reading: Reading): Promise<TextFindings[]> {
  return (await stepThrough(reading)).found;
}

async function stepThrough(reading: Reading): Promise<{ found: TextFindings[]; waits: number }> {
  const steps = reading.steps;
  let waits = 0;
  for (;;) {
    const r = steps.next();
    if (r.done) return { found: r.value, waits };
    if (r.value?.kind === 'wait') {
      waits++;
      await r.value.until;
    }
  }
}

describe('remoteReader', () => {
  it('waits for the background, then gives what each text holds, in order', async () => {
    const background = fakeBackground();
    const { found, waits } = await readAll(remoteReader(background.request), TEXTS);
    expect(waits).toBeGreaterThanOrEqual(1);
    expect(found).toEqual(readTexts(TEXTS));
    expect(found[0]!.claims.map((c) => c.topic)).toEqual(['back-neck']);
    expect(background.asked).toEqual([TEXTS]);
  });

  it('reports handing each message over and taking its answer in as work of its own', async () => {
    const work: Array<[number, number]> = [];
    const background = fakeBackground();
    await readAll(
      remoteReader(background.request, (start, end) => work.push([start, end])),
      TEXTS,
    );
    // One message: its hand-over, then its answer, each a stretch forward in time.
    expect(work).toHaveLength(2);
    for (const [start, end] of work) expect(end).toBeGreaterThanOrEqual(start);
    expect(work[1]![0]).toBeGreaterThanOrEqual(work[0]![1]);
  });

  it('asks once for a text met twice, and answers a text it has read before without asking', async () => {
    const background = fakeBackground();
    const reader = remoteReader(background.request);
    await readAll(reader, [TEXTS[0]!, TEXTS[0]!]);
    expect(background.asked).toEqual([[TEXTS[0]]]);
    const again = await readAll(reader, [TEXTS[0]!, TEXTS[2]!]);
    expect(background.asked).toEqual([[TEXTS[0]], [TEXTS[2]]]);
    expect(reader.read([TEXTS[2]!], { chars: 0 }).ready).toBe(true);
    const known = await readAll(reader, [TEXTS[2]!, TEXTS[0]!]);
    expect(known.waits).toBe(0);
    expect(background.asked).toHaveLength(2);
    expect(known.found).toEqual([again.found[1], again.found[0]]);
  });

  it('sends the reads started in one task as one message', async () => {
    const background = fakeBackground();
    const reader = remoteReader(background.request);
    const first = reader.read([TEXTS[0]!, TEXTS[1]!], { chars: 0 });
    const second = reader.read([TEXTS[1]!, TEXTS[2]!], { chars: 0 });
    expect(background.asked).toEqual([]);
    expect(first.ready).toBe(false);
    await Promise.resolve();
    expect(background.asked).toEqual([TEXTS]);
    const [a, b] = await Promise.all([drain(first), drain(second)]);
    expect([...a, ...b]).toEqual(readTexts([TEXTS[0]!, TEXTS[1]!, TEXTS[1]!, TEXTS[2]!]));
  });

  it('sends a text longer than a message on its own, and what follows in another message', async () => {
    const background = fakeBackground((texts) => texts.map(() => ({ claims: [], citations: [] })));
    const reader = remoteReader(background.request);
    const long = 'x '.repeat(MAX_MESSAGE_CHARS);
    const a = reader.read([TEXTS[0]!], { chars: 0 });
    const b = reader.read([long], { chars: 0 });
    const c = reader.read([TEXTS[1]!], { chars: 0 });
    await Promise.all([drain(a), drain(b), drain(c)]);
    expect(background.asked.map((texts) => texts.map((t) => t.length))).toEqual([
      [TEXTS[0]!.length],
      [long.length],
      [TEXTS[1]!.length],
    ]);
  });

  it('starts with a first viewport’s worth of text and gathers more with every request', async () => {
    const reader = remoteReader(fakeBackground().request);
    expect(reader.batchChars).toBe(FIRST_BATCH_CHARS);
    await readAll(reader, [TEXTS[0]!]);
    expect(reader.batchChars).toBe(FIRST_BATCH_CHARS * 4);
    for (const text of ['a b c', 'd e f', 'g h i', 'j k l']) await readAll(reader, [text]);
    expect(reader.batchChars).toBe(MAX_BATCH_CHARS);
  });

  it('fails the read when the background does not answer, or answers for other texts', async () => {
    const gone = remoteReader(() => Promise.reject(new Error('Could not establish connection')));
    await expect(readAll(gone, TEXTS)).rejects.toThrow('Could not establish connection');
    const short = remoteReader(fakeBackground((texts) => readTexts(texts.slice(1))).request);
    await expect(readAll(short, TEXTS)).rejects.toThrow('other texts');
  });

  it('drops a claim or citation whose span lies outside its text', async () => {
    const [real] = readTexts([TEXTS[0]!]);
    const claim = real!.claims[0]!;
    const beyond = { ...claim, phraseSpan: { start: 10, end: TEXTS[0]!.length + 5 } };
    const backwards = { ...claim, phraseSpan: { start: 9, end: 3 } };
    const reader = remoteReader(fakeBackground(() => [{ claims: [claim, beyond, backwards], citations: [] }]).request);
    const { found } = await readAll(reader, [TEXTS[0]!]);
    expect(found[0]!.claims).toEqual([claim]);
  });
});
