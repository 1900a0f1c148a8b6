/**
 * What the popup says, as data: the empty states of "On this page" and the labels for where a
 * safety caution comes from. Pure, so tests/unit/popup-wording.test.ts checks every state has
 * words and that the words stay neutral (they describe; they never advise or judge a product).
 */
import type { CautionBasis } from '../evidence/schema';
import type { PageState } from './page-view';

/** An empty state's words, and the button it offers (if any). */
export interface StateText {
  title: string;
  body: string;
  /** A one-click way out of the state, e.g. switching annotations back on. */
  action?: { label: string; does: 'enable-site' | 'enable-everywhere' };
}

/** The words for every state except `claims` (which shows the list). */
export function pageStateText(state: Exclude<PageState, { kind: 'claims' }>): StateText {
  switch (state.kind) {
    case 'loading':
      return { title: 'Looking at this page…', body: '' };
    case 'unreachable':
      return {
        title: 'Pointwise can’t read this page',
        body:
          'Browsers keep extensions out of their own pages, such as settings, new tabs and extension stores. ' +
          'If this is an ordinary web page that was already open when Pointwise was installed or updated, reloading it lets Pointwise read it.',
      };
    case 'off-everywhere':
      return {
        title: 'Annotations are off everywhere',
        body: 'Pointwise isn’t marking claims on any site.',
        action: { label: 'Turn on everywhere', does: 'enable-everywhere' },
      };
    case 'off-site':
      return {
        title: `Annotations are off on ${state.site}`,
        body: 'Claims on this site aren’t marked. Other sites are not affected.',
        action: { label: `Turn on for ${state.site}`, does: 'enable-site' },
      };
    case 'reading':
      return { title: 'Still reading this page…', body: 'Claims appear here as they are found.' };
    case 'not-relevant':
      return {
        title: 'This page isn’t about acupressure mats',
        body:
          'Pointwise marks health claims only on pages about acupressure mats, so it leaves this one alone. ' +
          'To check a passage anyway, select it and choose “Check this text with Pointwise” from the context menu.',
      };
    case 'nothing-found':
      return {
        title: 'No health claims found',
        body:
          state.hidden > 0
            ? `This page is about acupressure mats. ${hiddenLine(state.hidden)}`
            : 'This page is about acupressure mats, but Pointwise found no health claims in it.',
      };
  }
}

/** "2 hedged or doubting statements are hidden by your settings." */
export function hiddenLine(hidden: number): string {
  return hidden === 1
    ? '1 hedged or doubting statement is hidden by your settings.'
    : `${hidden} hedged or doubting statements are hidden by your settings.`;
}

/** The note shown when the page makes claims but has no safety warning of its own. */
export const NO_SAFETY_WARNING_NOTE =
  'This page makes health claims but shows no safety warning of its own. The safety notes below list the groups that trials left out or that makers name.';

/** Where a caution comes from, in a few words. */
export const CAUTION_BASIS_LABELS: Record<CautionBasis, string> = {
  'trial-exclusion': 'Excluded from trials',
  manufacturer: 'Named by makers',
  'health-site': 'Health-site guidance',
  precautionary: 'Precautionary',
};

/** The privacy promise, word for word the same in the popup and the options page. */
export const PRIVACY_PROMISE = 'Runs entirely in your browser. Nothing is sent anywhere.';
