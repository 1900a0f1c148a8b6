/**
 * Lists whose lead-in speaks for their items (labelling.md, Stance). A block ending with a colon
 * may introduce the blocks under it: "Mats are said to:" hands the promises that follow to the
 * sellers (hedged), "A spike mat will not:" denies them (negated). Each item is its own block, so
 * the detector, which reads one block at a time, cannot see the lead-in; the scan pipeline walks
 * the blocks in order and asks this module how a lead-in bears on each block after it.
 *
 * Pure text in and out; the words are the lexicon's.
 */
import {
  LABEL_ATTRIBUTIONS,
  LABEL_DENIALS,
  LEAD_IN_ATTRIBUTIONS,
  LEAD_IN_DENIAL_WORDS,
  LEAD_IN_DENIALS,
} from './lexicon';
import { literalAlternation, plainText } from './literal';
import type { Stance } from '../evidence/ids';

/** How a lead-in bears on its items: their claims are someone else's, or denied. */
export type LeadIn = 'attributed' | 'denied';

/** The longest block read as a list item under a lead-in. */
const ITEM_CHARS = 200;
/** The most items one lead-in speaks for. */
const MAX_ITEMS = 15;

const ATTRIBUTION = literalAlternation(LEAD_IN_ATTRIBUTIONS, 'i');
const DENIAL = literalAlternation(LEAD_IN_DENIALS, 'i');
/** A label at a block's start, before its colon, after any bullet or opening quotation mark. */
const label = (words: readonly string[]) =>
  new RegExp(`^\\s*(?:[-*•]\\s*)?["“]?${literalAlternation(words, '').source}\\s*:`, 'i');
const LABEL_ATTRIBUTION = label(LABEL_ATTRIBUTIONS);
const LABEL_DENIAL = label(LABEL_DENIALS);
/** Bullets and numbering an item may start with. */
const ITEM_MARK = /^(?:[-*•✔✓✅►▶–—]|\d{1,2}[.):])\s*/u;

/** A cell of a table's header that names the rows' claims as someone else's: "Headline claims", "Benefits claimed by the seller". */
const CLAIMS_CELL = /\bclaim(?:s|ed)\b|\bpromise[sd]?\b|\badvertised\b/i;

/**
 * A table's header row ("Mat | Price | Benefits claimed by the seller"): three or more short cells,
 * no figures, one of them naming claims. The rows under it (each a block of cells, read as list
 * items) carry the sellers' claims, not the writer's.
 */
function claimsTableHeader(t: string): boolean {
  if (t.length > 200 || /\d/.test(t)) return false;
  const cells = t.split(' | ');
  return cells.length >= 3 && cells.every((c) => c.length <= 60) && cells.some((c) => CLAIMS_CELL.test(c));
}

/** What the block `text` introduces, if it is a lead-in (it ends with a colon, or heads a table of claims). */
export function leadInOf(text: string): LeadIn | undefined {
  const t = text.trimEnd();
  if (claimsTableHeader(t)) return 'attributed';
  if (!t.endsWith(':') || t.length > 400) return undefined;
  // Its last sentence only: "Our tester liked it. Mats are said to:".
  const body = t.slice(0, -1);
  const last = body.slice(Math.max(body.lastIndexOf('. '), body.lastIndexOf('! '), body.lastIndexOf('? ')) + 1);
  const words = last.trim().split(/\s+/);
  if (DENIAL.test(words.slice(-LEAD_IN_DENIAL_WORDS).join(' '))) return 'denied';
  return ATTRIBUTION.test(last) ? 'attributed' : undefined;
}

/** The voice a block's own opening label gives it ("On the box: …", "Claim: …", "Myth: …"). */
export function labelOf(text: string): LeadIn | undefined {
  if (LABEL_DENIAL.test(text)) return 'denied';
  return LABEL_ATTRIBUTION.test(text) ? 'attributed' : undefined;
}

/**
 * Whether a block reads as an item of the list above it: short, one statement, and shaped like an
 * item (a bullet or number, a quoted promise, a lower-case continuation, or no full stop at all).
 * A sentence of prose ends the list.
 */
export function isListItem(text: string): boolean {
  const t = text.trim();
  // A block ending with a colon opens a list of its own.
  if (t.length === 0 || t.length > ITEM_CHARS || t.endsWith(':')) return false;
  if (ITEM_MARK.test(t)) return true;
  // More than one sentence is prose.
  if (/[.!?]["”]?\s+\S/.test(t)) return false;
  const first = t.charAt(0);
  if (first === '"' || first === '\u201c') return true;
  if (first !== first.toUpperCase()) return true;
  return !/[.!?]["”]?$/.test(t);
}

/**
 * Follows the blocks of a walk, in order, and says which lead-in (if any) each one is under. A walk
 * of a whole scope starts with none; a walk that starts partway down (the content script's rescan
 * of one changed region: a list a page re-rendered) starts from {@link LeadInTracker.after} the
 * texts above it.
 */
export class LeadInTracker {
  private lead: LeadIn | undefined = undefined;
  private items = 0;

  /**
   * A tracker for a walk that starts right after `textsBefore` (the texts just above it, nearest
   * first): under the lead-in they end with, when only list items (at most MAX_ITEMS) stand
   * between.
   */
  static after(textsBefore: Iterable<string>): LeadInTracker {
    const tracker = new LeadInTracker();
    let items = 0;
    for (const raw of textsBefore) {
      const text = plainText(raw);
      const lead = leadInOf(text);
      if (lead) {
        tracker.lead = lead;
        tracker.items = items;
        break;
      }
      if (items >= MAX_ITEMS || !isListItem(text)) break;
      items++;
    }
    return tracker;
  }

  /**
   * The voice the block `text` (the next in order) reads in: its own opening label's, else the
   * lead-in's it is an item of; then remember what it introduces.
   */
  next(raw: string): LeadIn | undefined {
    const text = plainText(raw);
    const own = labelOf(text);
    let under: LeadIn | undefined;
    if (this.lead && this.items < MAX_ITEMS && isListItem(text)) {
      under = this.lead;
      this.items++;
    } else this.lead = undefined;
    const introduces = leadInOf(text);
    if (introduces) {
      this.lead = introduces;
      this.items = 0;
    }
    return own ?? under;
  }
}

/** A claim's stance and overstatement under a lead-in. */
export function stanceUnder(
  lead: LeadIn,
  claim: { stance: Stance; overstated: boolean },
): { stance: Stance; overstated: boolean } {
  if (claim.stance === 'negated') return claim;
  if (lead === 'denied') return { stance: 'negated', overstated: false };
  return claim.stance === 'asserted' ? { stance: 'hedged', overstated: claim.overstated } : claim;
}
