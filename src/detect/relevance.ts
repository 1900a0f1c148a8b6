/**
 * Is a scope (a product, a search result card, an article, a file) about acupressure mats at all?
 * A yoga-mat listing that promises back relief, or a guide to pressing points by hand that mentions
 * a mat once, is not, and gets no claims.
 */
import { plainText } from './literal';

/** What relevance is judged on: one scope of a page (a product, a search result card, an article) or one file. */
export interface RelevanceInput {
  /** The scope's title: a product title, a result card's title, an article's headline, a document's <title>/<h1>. */
  title?: string;
  /** The scope's text blocks in document order. */
  blocks: readonly string[];
}

export interface Relevance {
  relevant: boolean;
  /**
   * A roundup of other products that gives a mat its own entry (labelling.md: each listing judged
   * alone): relevant, but only the mat's entries hold claims ({@link RoundupEntries}).
   */
  roundup?: boolean;
  /**
   * How many times acupressure mats (or a mat brand) are named: in the title when the title names
   * one (the text is then not read), else in the text.
   */
  matMentions: number;
}

// Linear patterns: literal alternations and bounded gaps only, nothing nested that could backtrack.
const MAT_PHRASE =
  /\b(?:acupressure|acupuncture|spike|spikes|spiked|spiky|needle|nail|lotus)[ \t-]+(?:(?:massage|therapy|relief|relaxation|yoga|stimulation|body|foot|feet|neck|head)[ \t-]+)?(?:mat|mats|pad|pads|mattress|mattresses|set|sets|cushion|cushions|pillow|pillows)\b/gi;
const MAT_BRAND =
  /\b(?:bed|beds)\s+of\s+nails\b|\b(?:pranamat|nayoya|spoonk|shaktimat|shakti\s+mat|shakti\s+mats|champaca\s+mat|yantra\s+mat|kanjo\s+mat)\b/gi;
const SHAKTI = /\bshakti\b/gi;
const MAT_WORD = /\b(?:mat|mats)\b/gi;
/** "the mat", "my mat", "this mat": a text that named its acupressure mat once keeps calling it that. */
const MAT_ANAPHORA = /\b(?:the|this|my|your|our|her|his|a|that)\s+mat\b/gi;
/** Kinds of mat that are not acupressure mats ("yoga mat", "bath mat"), as an alternation. */
const OTHER_MAT_KINDS =
  'yoga|exercise|pilates|gym|fitness|workout|floor|bath|door|mouse|camping|sleeping|play|changing';
/**
 * "Sundari Mat", "the Lotusbed Mats": a product named as a mat of its own brand, which a shop's
 * pages say where others say "the mat". Case-sensitive: a capitalised name before a capitalised
 * "Mat". Determiners and other mats' kinds ("The Mat", "Yoga Mat") are left out by NOT_A_NAME.
 */
const NAMED_MAT = /\b([A-Z][A-Za-z]+)\s+Mats?\b/g;
const NOT_A_NAME = new RegExp(
  `^(?:the|this|my|your|our|her|his|a|an|that|these|those|${OTHER_MAT_KINDS}|acupressure|acupuncture|spike|spikes|spiked|spiky|needle|nail|nails|lotus|massage|therapy|relief|relaxation|body|foot|feet|neck|head|best|new|original|premium)$`,
  'i',
);

/**
 * "the pillow", "this pad": what a review page of a spike pillow or a foot pad calls it, with its
 * spikes. Group 1 is "pillow": beside "the mat" again and again, a mat-and-pillow set.
 */
const PIECE_ANAPHORA = /\b(?:the|this|my|your|our|her|his|a|that)\s+(?:(pillow)|pad|foot\s+pad|set)\b/gi;
/** Signs that a text is about pressing points by hand, by ear or with needles rather than lying on a mat. */
const OTHER_ACUPRESSURE =
  /\b(?:acupoints?|pressure\s+points?|with\s+your\s+(?:fingers?|thumbs?|knuckles?)|fingertips?|finger\s+pressure|thumb\s+pressure|LI4|LI-4|HT7|PC6|SP6|GB20|ear\s+seeds?|auricular|wristbands?|sea[- ]band|reflexology|acupuncturists?|needles\s+inserted)\b/gi;

/** The kind of mat named on its own ("small studies on acupressure"), beside "the mat" again and again. */
const KIND_WORD = /\bacupressure\b/gi;

/** The spikes a review keeps talking about when it never says "acupressure" ("this mat … the spikes"). */
const SPIKE_WORDS = /\b(?:spikes|spiky|spiked|nails)\b/gi;
/** Other products that share pages and promises with mats: a text mostly about them is about them. */
const OTHER_PRODUCTS =
  /\b(?:yoga\s+mats?|massage\s+guns?|foam\s+rollers?|rollers?|rolling|massage\s+balls?|percussion|shiatsu|massagers?|kneading|nodes?|memory\s+foam|heating\s+pads?)\b/gi;

/** Mats of other kinds: where they outnumber acupressure mats, "the mat" means one of them. */
const OTHER_MATS = new RegExp(`\\b(?:${OTHER_MAT_KINDS})\\s+mats?\\b`, 'gi');

/** How often a text that names only the kind must say "the mat". */
const MAT_TALK = 4;

function count(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text) !== null) n++;
  return n;
}

/** Mentions of acupressure mats or mat brands in one piece of text. */
export function countMatMentions(text: string): number {
  return mentionsOf(plainText(text));
}

/** {@link countMatMentions} of a text already in {@link plainText}. */
function mentionsOf(text: string): number {
  let n = count(MAT_PHRASE, text) + count(MAT_BRAND, text);
  // "Shakti" alone is also a word in yoga; it counts when the text also talks about a mat.
  const shakti = count(SHAKTI, text) - count(/\bshakti\s+mats?\b/gi, text);
  if (shakti > 0 && count(MAT_WORD, text) > 0) n += shakti;
  return n;
}

/** Longest block that reads as a roundup's entry heading ("3. Best for Wind-Down: Haven Lotus Acupressure Mat"). */
const ENTRY_HEADING_MAX = 100;
/** A roundup entry's heading starts with its number: "3.", "3)", "#3", "No. 3". */
const ENTRY_NUMBER = /^\s*(?:#|no\.\s*)?\d{1,2}\s*[.):]\s+\S/i;

function isEntryHeading(block: string): boolean {
  return block.length <= ENTRY_HEADING_MAX && ENTRY_NUMBER.test(block);
}

/**
 * Which blocks of a roundup ({@link Relevance}.roundup) hold claims: those of an entry whose heading
 * names a mat, and any other block that itself speaks of an acupressure mat ("a knotty upper back
 * might suit a mat or massage gun"). The introduction and the other products' entries hold none.
 * Feed it the blocks in order.
 */
export class RoundupEntries {
  private inMatEntry = false;

  /** Whether `block` (the next block in order) may hold claims. */
  next(block: string): boolean {
    if (isEntryHeading(block)) {
      this.inMatEntry = countMatMentions(block) > 0;
      return this.inMatEntry;
    }
    return this.inMatEntry || countMatMentions(block) > 0 || count(MAT_ANAPHORA, block) > 0;
  }
}

/** Is this scope about acupressure mats? */
export function judgeRelevance(input: RelevanceInput): Relevance {
  const titleMentions = input.title ? countMatMentions(input.title) : 0;
  // A title that names a mat settles it, without reading the text.
  if (titleMentions > 0) return { relevant: true, matMentions: titleMentions };
  let bodyMentions = 0;
  let other = 0;
  let anaphora = 0;
  let pieces = 0;
  let pillows = 0;
  let spikes = 0;
  let kinds = 0;
  let products = 0;
  let otherMats = 0;
  let matHeadings = 0;
  for (const raw of input.blocks) {
    const block = plainText(raw);
    const mentions = mentionsOf(block);
    bodyMentions += mentions;
    if (mentions > 0 && isEntryHeading(block)) matHeadings++;
    other += count(OTHER_ACUPRESSURE, block);
    anaphora += count(MAT_ANAPHORA, block);
    NAMED_MAT.lastIndex = 0;
    for (let m = NAMED_MAT.exec(block); m !== null; m = NAMED_MAT.exec(block)) if (!NOT_A_NAME.test(m[1]!)) anaphora++;
    PIECE_ANAPHORA.lastIndex = 0;
    for (let m = PIECE_ANAPHORA.exec(block); m !== null; m = PIECE_ANAPHORA.exec(block)) {
      pieces++;
      if (m[1] !== undefined) pillows++;
    }
    spikes += count(SPIKE_WORDS, block);
    kinds += count(KIND_WORD, block);
    products += count(OTHER_PRODUCTS, block);
    otherMats += count(OTHER_MATS, block);
  }
  const matMentions = bodyMentions;
  // A yoga-mat roundup that links to "our acupressure mat review" once says "the mat" of its yoga mats.
  if (otherMats > bodyMentions) anaphora = 0;
  // A title that names a mat settles it. Otherwise the text must name acupressure mats more than
  // once, or once and then keep talking about "the mat", and not merely in passing within a guide
  // to other kinds of acupressure.
  // A review page may never say "acupressure": "this mat" (or "the pillow" of a spike pillow) again
  // and again, and its spikes, say it.
  // And a review page of a mat-and-pillow set may say neither: "the mat" and "the pillow", again and
  // again (a yoga or camping mat's "the mat" is zeroed above when those mats are named). A brand's
  // help pages may never put "acupressure" and "mat" side by side, but say both, "the mat" (or the
  // mat's own name, "Sundari Mat") often.
  const talksAboutMats =
    bodyMentions >= 2 ||
    (bodyMentions === 1 && anaphora >= 2) ||
    (spikes >= 2 && anaphora + pieces >= 2) ||
    (anaphora >= 2 && pillows >= 2) ||
    (kinds >= 1 && anaphora >= MAT_TALK);
  // A foam-roller blog that compares rollers with a spiky mat once is about rollers.
  const named = bodyMentions + anaphora + (spikes >= 2 ? pieces : 0);
  if (!talksAboutMats || named * 3 < other) return { relevant: false, matMentions };
  if (products < 3 * named) return { relevant: true, matMentions };
  // Mostly other products: but a roundup of recovery tools that gives a mat its own entry (a short
  // heading that names it, then "the mat" again) has a listing about mats, judged alone: relevant,
  // for that entry only.
  return matHeadings >= 1 && anaphora >= 2
    ? { relevant: true, roundup: true, matMentions }
    : { relevant: false, matMentions };
}
