/**
 * The background's answer to a read-texts request, as it travels (issue 8). A claim's words are the
 * page's own, which the engine already holds, so a claim travels as eight numbers: its topic,
 * status and stance (indexes into the id lists), whether it is overstated, and the spans of its
 * phrase and of its sentence in the text it was read from. All of a text's claims go as one string
 * of comma-separated numbers, which the message schema checks with one expression
 * (src/messaging/messages.ts, ReadTextsResponse); {@link unpackFindings} then checks every number against the id
 * lists and the text. A 2 MB listing's thousands of claims each cost an object of seven checked
 * fields before (60–120 ms of zod on the page's main thread in all) and a JSON copy of their
 * sentences both ways.
 *
 * Citations are rare and richer: they travel as objects, checked field by field.
 *
 * Only the texts that hold something are answered ({@link packAnswer}): each entry says which text
 * it is for by its place in the request, and the answer says how many texts it covers.
 */
import { STANCES, STATUS_IDS, TOPIC_IDS } from '../evidence/ids';
import type { BlockCitation } from './cited';
import type { BlockClaim, TextFindings } from './pipeline';

/** One text's findings as they travel. */
export interface PackedFindings {
  /** Eight numbers per claim, comma-separated: topic, status, stance, overstated (0/1), phrase span, sentence span. */
  claims: string;
  citations: BlockCitation[];
}

/** The answer to one request, as it travels: the number of texts asked, and the findings of those that hold any. */
export interface PackedAnswer {
  texts: number;
  /** In ascending order of `at`, each text at most once. */
  found: Array<PackedFindings & { at: number }>;
}

/** Numbers per claim. */
const FIELDS = 8;

const indexOf = <T extends string>(list: readonly T[]) => new Map<T, number>(list.map((id, i) => [id, i]));
const TOPIC_INDEX = indexOf(TOPIC_IDS);
const STATUS_INDEX = indexOf(STATUS_IDS);
const STANCE_INDEX = indexOf(STANCES);

/** Pack one text's findings for the engine (the background's side). */
export function packFindings(found: TextFindings): PackedFindings {
  const numbers: number[] = [];
  for (const c of found.claims) {
    numbers.push(
      TOPIC_INDEX.get(c.topic)!,
      STATUS_INDEX.get(c.status)!,
      STANCE_INDEX.get(c.stance)!,
      c.overstated ? 1 : 0,
      c.phraseSpan.start,
      c.phraseSpan.end,
      c.sentenceSpan.start,
      c.sentenceSpan.end,
    );
  }
  return { claims: numbers.join(','), citations: found.citations };
}

/** Pack the findings of every text asked, in order, for the engine (the background's side). */
export function packAnswer(findings: readonly TextFindings[]): PackedAnswer {
  const found: PackedAnswer['found'] = [];
  findings.forEach((f, at) => {
    if (f.claims.length > 0 || f.citations.length > 0) found.push({ at, ...packFindings(f) });
  });
  return { texts: findings.length, found };
}

/**
 * The findings of each of `texts` from the background's answer (already checked by the message
 * schema), in order; texts it did not list hold nothing. Throws when the answer is for another
 * number of texts, lists a text twice or out of order, or holds findings that do not fit
 * ({@link unpackFindings}).
 */
export function unpackAnswer(texts: readonly string[], answer: PackedAnswer): TextFindings[] {
  if (answer.texts !== texts.length) throw new Error('Pointwise: the background answered for other texts');
  const out: TextFindings[] = texts.map(() => ({ claims: [], citations: [] }));
  let last = -1;
  for (const entry of answer.found) {
    if (!(entry.at > last && entry.at < texts.length))
      throw new Error('Pointwise: the background sent findings out of order or for no text');
    last = entry.at;
    out[entry.at] = unpackFindings(texts[entry.at]!, entry);
  }
  return out;
}

/**
 * The findings of `text` from what the background sent (already checked by the message schema:
 * digits and commas only). Throws when a number does not fit: an index past its list, a flag other
 * than 0 or 1, a span backwards or past the text's end, a count that is not whole claims.
 */
export function unpackFindings(text: string, packed: PackedFindings): TextFindings {
  const claims: BlockClaim[] = [];
  if (packed.claims !== '') {
    const n = packed.claims.split(',').map(Number);
    if (n.length % FIELDS !== 0) throw new Error('Pointwise: the background sent part of a claim');
    const span = (start: number, end: number) => {
      if (!(start <= end && end <= text.length)) throw new Error('Pointwise: the background sent a span past its text');
      return { start, end };
    };
    for (let i = 0; i < n.length; i += FIELDS) {
      const topic = TOPIC_IDS[n[i]!];
      const status = STATUS_IDS[n[i + 1]!];
      const stance = STANCES[n[i + 2]!];
      const overstated = n[i + 3];
      if (!topic || !status || !stance || (overstated !== 0 && overstated !== 1))
        throw new Error('Pointwise: the background sent an unknown topic, status or stance');
      const phraseSpan = span(n[i + 4]!, n[i + 5]!);
      const sentenceSpan = span(n[i + 6]!, n[i + 7]!);
      claims.push({
        topic,
        status,
        stance,
        overstated: overstated === 1,
        phrase: text.slice(phraseSpan.start, phraseSpan.end),
        sentence: text.slice(sentenceSpan.start, sentenceSpan.end),
        phraseSpan,
        sentenceSpan,
      });
    }
  }
  return { claims, citations: packed.citations };
}
