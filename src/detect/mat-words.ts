/**
 * The gate's question: could this text be about acupressure mats? A deliberately wide net, cheap
 * enough to ask of every page: one look for a mat brand, or for a mat kind ("acupressure", "spike",
 * "nails", …) together with a mat noun ("mat", "pad", "set", …) anywhere in the text seen so far.
 *
 * It must never say no where `judgeRelevance` (./relevance.ts) could say yes, since a page the gate
 * turns away is never read: relevance needs a mat phrase (a kind word followed by a mat noun), a
 * brand, spike words with "the mat" (or "the pillow", "the pad", "the set"), or "the mat" with "the
 * pillow", and each of those contains a kind word and a noun, a brand, or "mat" and "pillow", which
 * this looks for separately. Saying yes too often costs only the engine's load on that
 * page (it then judges relevance itself). Tests check it against every relevant corpus document and
 * e2e fixture. No other module of the detector is imported: the gate must stay small.
 */

/**
 * Brand (group 1), mat kind (group 2), mat noun (group 3): one pass of one expression per piece.
 * "Mat" (group 4) and "pillow" (group 5) are nouns too, and together they are a mat-and-pillow set
 * even on a review page that never names its kind.
 */
const WORDS =
  /\b(?:(pranamat|nayoya|spoonk|shaktimat|shakti|champaca|yantra|kanjo|beds?\s+of\s+nails)|(acupressure|acupuncture|spikes?|spiked|spiky|needles?|nails?|lotus)|(pads?|mattress(?:es)?|sets?|cushions?)|(mats?)|(pillows?))\b/gi;

/**
 * One lower-case stem inside every brand, mat kind and "pillow" that WORDS finds ("spik" in spike,
 * spiked and spiky; "nail" in nails and bed of nails; "shakti" in shaktimat). Passing needs a
 * brand, a kind or "pillow", so a text holding none of these can't make a fresh signal pass, and
 * asking `includes` of one long string is far cheaper than walking a page node by node (issue 8).
 */
export const SIGN_STEMS = [
  'acupressure',
  'acupuncture',
  'spik',
  'needle',
  'nail',
  'lotus',
  'pranamat',
  'nayoya',
  'spoonk',
  'shakti',
  'champaca',
  'yantra',
  'kanjo',
  'pillow',
] as const;

/** Whether `text` holds a {@link SIGN_STEMS} stem anywhere, even inside a longer word. */
export function holdsSignStem(text: string): boolean {
  const lower = text.toLowerCase();
  for (const stem of SIGN_STEMS) if (lower.includes(stem)) return true;
  return false;
}

/** What has been seen so far of a page's text; feed it pieces, in any order. */
export class MatSignal {
  private kind = false;
  private noun = false;
  private brand = false;
  private mat = false;
  private pillow = false;
  /** Characters looked at so far. */
  read = 0;
  /**
   * Text was only skimmed for stems ({@link holdsSignStem}), so its mat nouns were not recorded:
   * the page gate reads it properly once {@link waitsForNoun} (a kind word arrived later).
   */
  nounsUnread = false;

  /** Look at one more piece of text; returns whether the page could now be about mats. */
  feed(text: string): boolean {
    this.read += text.length;
    WORDS.lastIndex = 0;
    for (let m = WORDS.exec(text); m !== null; m = WORDS.exec(text)) {
      if (m[1] !== undefined) this.brand = true;
      else if (m[2] !== undefined) this.kind = true;
      else {
        this.noun = true;
        if (m[4] !== undefined) this.mat = true;
        else if (m[5] !== undefined) this.pillow = true;
      }
      if (this.passed) return true;
    }
    return false;
  }

  /**
   * A mat kind or "pillow" was seen without its partner: a mat noun (or "mat") in text with no
   * stem at all could now make the signal pass.
   */
  get waitsForNoun(): boolean {
    return !this.passed && (this.kind || this.pillow);
  }

  get passed(): boolean {
    return this.brand || (this.kind && this.noun) || (this.mat && this.pillow);
  }
}

/** Could this whole text be about acupressure mats? */
export function mentionsMatWords(text: string): boolean {
  return new MatSignal().feed(text);
}
