/**
 * The studies a text cites (issue 7), as shown: each mention of research found by the recogniser
 * (src/detect/citations.ts), matched to a knowledge-base reference, with the figures it misquotes.
 * The one conversion from the recogniser's output to what the overlay, the popup, `scan --json`
 * and `eval:citations` see.
 */
import {
  citationIndexOf,
  findCitations,
  fold,
  matchCitation,
  misquotesOf,
  type CitationFacts,
} from '../detect/citations';
import type { Span } from '../detect';
import { plainText } from '../detect/literal';
import { misquoteNote } from '../evidence/citing';
import { referenceFacts, unreviewedCitations } from '../evidence/reference-facts';
import type { ShownCitation } from '../shared/types';

/** Ids of the citations the notes describe but the knowledge base holds no study for. */
const UNREVIEWED = 'unreviewed:';

/**
 * What the recogniser matches against, checked by zod in the tests: the references' checkable
 * facts, and the unreviewed citations under ids of their own (a match to one is shown as no match,
 * with what the notes say about it).
 */
const FACTS = {
  ...referenceFacts,
  ...Object.fromEntries(Object.entries(unreviewedCitations).map(([id, facts]) => [UNREVIEWED + id, facts])),
} as unknown as Readonly<Record<string, CitationFacts>>;

/** A citation found in a block: what is shown, and where its words lie in the block's text. */
export interface BlockCitation extends ShownCitation {
  /** The words that name the study (what is marked), in the block's text. */
  span: Span;
  /** The recogniser's wider span around them, and where each misquoted figure starts (for `eval:citations`). */
  found: Span;
  misquoteStarts: number[];
}

/** Quick test before the recogniser runs: most blocks name no study at all. */
const MAYBE_CITES =
  /stud(?:y|ies)|trial|review|analys|research|scientist|survey|questionnaire|paper|experiment|abstract|pilot|\d\s?%|\bet al\b|colleagues|\b(?:19|20)\d\d\b/i;

/** A capitalised word (a surname as a page writes it: "Hohmann", "Mącznik's", "ASA"). */
const CAPITALISED = /\p{Lu}[\p{L}\p{M}'’-]*/gu;

/** The authors' surnames, folded, each also with "'s" and "’s"; and the longest of these. */
let surnames: { names: Set<string>; longest: number } | undefined;

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7e) return false;
  return true;
}

/**
 * Any known author's surname, as written with or without its accents ("Mącznik", "Macznik"): each
 * capitalised word looked up in a set (one pass over the text, not one pattern per name). Most
 * blocks hold many capitalised words and no surname, so an ASCII word longer than every name is
 * passed over and the others are only lower-cased (issue 8: this test was a third of the citation work
 * on a listing).
 */
function mayNameAuthor(text: string): boolean {
  if (!surnames) {
    const names = new Set<string>();
    for (const a of citationIndexOf(FACTS).authors) for (const end of ['', "'s", '’s']) names.add(a + end);
    surnames = { names, longest: Math.max(0, ...[...names].map((n) => n.length)) };
  }
  const { names, longest } = surnames;
  for (const m of text.matchAll(CAPITALISED)) {
    const word = m[0];
    // An ASCII word folds to its lower case: the accent-stripping fold only for the others.
    if (!isAscii(word)) {
      if (names.has(fold(word))) return true;
    } else if (word.length <= longest && names.has(word.toLowerCase())) return true;
  }
  return false;
}

/**
 * The citations of one text, in text order. A study the text has already cited is not cited
 * again: "the 2012 Hohmann trial … Hohmann et al. also found …", a survey's further percentages
 * ("… 96% reported better relaxation"). Its later words only add the figures they misquote to the
 * first citation, so one study gets one mark per block.
 */
export function citationsInText(raw: string, offset = 0): BlockCitation[] {
  // Other spaces and apostrophes as plain ones, one for one: offsets hold.
  const text = plainText(raw);
  if (!MAYBE_CITES.test(text) && !mayNameAuthor(text)) return [];
  const first = new Map<string, BlockCitation>();
  return findCitations(text, FACTS).flatMap((mention) => {
    const raw = matchCitation(mention, FACTS);
    const unreviewed = raw.reference?.startsWith(UNREVIEWED) ? raw.reference.slice(UNREVIEWED.length) : undefined;
    const match = unreviewed === undefined ? raw : { reference: null, confidence: 0, kind: 'unknown' as const };
    const reference = match.reference;
    const facts = reference === null ? undefined : FACTS[reference];
    const flags = facts ? misquotesOf(text, mention, facts) : [];
    const misquotes = flags.map(({ field, stated, actual }) => ({
      field,
      stated,
      actual,
      note: misquoteNote(reference!, { field, stated, actual }),
    }));
    const kind = match.kind === 'regulator' ? 'unknown' : match.kind;
    const span = tidySpan(text, mention.core.start, mention.core.end);
    const earlier = reference === null ? undefined : first.get(reference);
    if (earlier) {
      flags.forEach((flag, i) => {
        if (earlier.misquotes.some((m) => m.field === flag.field)) return;
        earlier.misquotes.push(misquotes[i]!);
        earlier.misquoteStarts.push(flag.start + offset);
      });
      return [];
    }
    const citation: BlockCitation = {
      text: text.slice(span.start, span.end),
      reference,
      confidence: Math.round(match.confidence * 100) / 100,
      kind: reference === null ? 'unknown' : kind,
      misquotes,
      ...(unreviewed === undefined ? {} : { note: unreviewedCitations[unreviewed]!.note }),
      span: { start: span.start + offset, end: span.end + offset },
      found: { start: mention.start + offset, end: mention.end + offset },
      misquoteStarts: flags.map((f) => f.start + offset),
    };
    if (reference !== null) first.set(reference, citation);
    return [citation];
  });
}

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}'’-]/u.test(c);

/**
 * The mention's span on whole words: a start inside a word moves to the next word, an end inside
 * a word moves to that word's end, and spaces and commas at either end are left out.
 */
export function tidySpan(text: string, start: number, end: number): Span {
  let s = start;
  let e = Math.min(end, text.length);
  if (s > 0 && isWordChar(text[s - 1])) while (s < e && isWordChar(text[s])) s += 1;
  while (e < text.length && isWordChar(text[e - 1]) && isWordChar(text[e])) e += 1;
  while (s < e && /[\s,;:(]/.test(text[s]!)) s += 1;
  while (e > s && /[\s,;:(]/.test(text[e - 1]!)) e -= 1;
  return s < e ? { start: s, end: e } : { start, end };
}
