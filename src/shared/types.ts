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
 * One claim found on the page, ready to show. The range covers the claim phrase; it is a
 * StaticRange (cheap, not updated by the page's own DOM changes), so check `range.startContainer.isConnected`
 * before trusting it. Ids are unique for the life of the content script.
 */
export interface Annotation {
  id: number;
  topic: TopicId;
  status: StatusId;
  stance: Stance;
  overstated: boolean;
  range: StaticRange;
  /** The claim phrase as it reads on the page. */
  phrase: string;
  /** The sentence holding the claim, whitespace collapsed. */
  sentence: string;
  scope: ScopeKind;
}

/** How claims are shown (a user setting; the popup and options change it). */
export type BadgeStyle = 'badges' | 'highlights-only' | 'compact';

/** What the page shows, after the user's settings are applied. */
export interface DisplayOptions {
  badgeStyle: BadgeStyle;
  showHedged: boolean;
  showNegated: boolean;
}

export const DEFAULT_DISPLAY: DisplayOptions = { badgeStyle: 'badges', showHedged: true, showNegated: false };

/** Is this annotation shown (badged, highlighted and counted) under these options? */
export function isDisplayed(a: Pick<Annotation, 'stance'>, options: DisplayOptions): boolean {
  if (a.stance === 'negated') return options.showNegated;
  if (a.stance === 'hedged') return options.showHedged;
  return true;
}
