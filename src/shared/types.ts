/**
 * Types and constants every layer may share (the layer rule in README.md): what a shown claim is,
 * the display options, and the overlay's host tag. Imports nothing of ours but the evidence ids.
 */
import type { Stance, StatusId, TopicId } from '../evidence/ids';

/**
 * The overlay host's fixed tag, used where no random names were drawn (unit tests, the annotator's
 * default). In pages, the content script gives the host a random tag for each page load
 * (src/overlay/names.ts) and tells the annotator, which never reads its own host.
 */
export const OVERLAY_HOST_TAG = 'pointwise-overlay';

/** Which kind of page region a claim was found in; decides nothing in the overlay but the wording. */
export type ScopeKind = 'amazon-product' | 'amazon-search-result' | 'amazon-reviews' | 'article' | 'generic';

/**
 * A claim as Pointwise shows it, wherever it was found (a page, a saved file, a selection): what
 * src/page/pipeline.ts makes of the detector's claims, in one place.
 */
export interface ShownClaim {
  topic: TopicId;
  status: StatusId;
  stance: Stance;
  overstated: boolean;
  /** The claim phrase as it reads in the text. */
  phrase: string;
  /** The sentence holding the claim, trimmed (on a page, whitespace collapsed too). */
  sentence: string;
}

/** A figure a page states that the study it cites contradicts (issue 7). */
export interface ShownMisquote {
  field: 'duration' | 'participants' | 'design' | 'applied' | 'year';
  /** The page's words. */
  stated: string;
  /** What the reference says (a number, a duration, a design id, applied forms). */
  actual: string;
  /** The same as one plain sentence: "The 2012 study by Hohmann et al. lasted 14 days, not 14 weeks." */
  note: string;
}

/**
 * A study a text cites, as Pointwise shows it (src/page/cited.ts makes these): the page's words, the
 * knowledge-base reference they name (null: not one of the studies we have reviewed), how sure the
 * match is (below 0.6 it is shown as "possibly"), what kind of study it is, and misquoted figures.
 */
export interface ShownCitation {
  text: string;
  reference: string | null;
  confidence: number;
  kind: 'mat' | 'other-acupressure' | 'survey' | 'unknown';
  misquotes: ShownMisquote[];
  /** For a citation of no reviewed study that the evidence notes describe: what they say about it. */
  note?: string;
}

/**
 * One claim found on the page, ready to show. The range covers the claim phrase; it is a
 * StaticRange (cheap, not updated by the page's own DOM changes), so check `range.startContainer.isConnected`
 * before trusting it. Ids are unique for the life of the content script.
 */
export interface Annotation extends ShownClaim {
  kind?: 'claim';
  id: number;
  range: StaticRange;
  scope: ScopeKind;
  /** The studies the claim's block cites (its card shows them), if any. */
  cites?: readonly ShownCitation[];
}

/**
 * One citation of research found on the page, ready to show: its own quiet mark after the page's
 * words, and a card on what the study was. `topics` are those of the claims in the same block (what
 * the study is cited for).
 */
export interface CitationAnnotation {
  kind: 'citation';
  id: number;
  range: StaticRange;
  scope: ScopeKind;
  citation: ShownCitation;
  topics: readonly TopicId[];
}

/** Anything the overlay marks on the page. */
export type PageMark = Annotation | CitationAnnotation;

export const isCitation = (m: PageMark): m is CitationAnnotation => m.kind === 'citation';

/** How claims are shown (a user setting; the popup and options change it). */
export type BadgeStyle = 'badges' | 'highlights-only' | 'compact';

/** What the page shows, after the user's settings are applied. */
export interface DisplayOptions {
  badgeStyle: BadgeStyle;
  showHedged: boolean;
  showNegated: boolean;
  /** Citations of research get their own marks. */
  showCitations: boolean;
}

export const DEFAULT_DISPLAY: DisplayOptions = {
  badgeStyle: 'badges',
  showHedged: true,
  showNegated: false,
  showCitations: true,
};

/** Whether two display options show the same. */
export const sameDisplay = (a: DisplayOptions, b: DisplayOptions): boolean =>
  a.badgeStyle === b.badgeStyle &&
  a.showHedged === b.showHedged &&
  a.showNegated === b.showNegated &&
  a.showCitations === b.showCitations;

/** Is this annotation shown (badged, highlighted and counted) under these options? */
export function isDisplayed(a: Pick<Annotation, 'stance'> | CitationAnnotation, options: DisplayOptions): boolean {
  if ('citation' in a) return options.showCitations;
  if (a.stance === 'negated') return options.showNegated;
  if (a.stance === 'hedged') return options.showHedged;
  return true;
}
