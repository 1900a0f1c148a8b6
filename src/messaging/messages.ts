/**
 * Every message that crosses between the content script, the background and the popup, typed once
 * and checked with zod on receipt: a message that does not parse is ignored, never trusted.
 */
import { z } from 'zod';
import { Stance, StatusId, TopicId } from '../evidence/ids';

/** Content script → background: how many claims this tab shows now (after the user's settings). */
export const CountMessage = z.object({ type: z.literal('pointwise:count'), count: z.number().int().min(0).max(1_000_000) });

/** Background → content script: say your count again (after the service worker restarted). */
export const ReportCountMessage = z.object({ type: z.literal('pointwise:report-count') });

/** Popup → content script: what is on this page? */
export const SummaryRequest = z.object({ type: z.literal('pointwise:summary') });

/** Popup → content script: scroll to a claim and flash it. */
export const RevealRequest = z.object({ type: z.literal('pointwise:reveal'), id: z.number().int().positive() });

/** Background → content script: check the selected text and show the result in a card. */
export const CheckSelectionRequest = z.object({ type: z.literal('pointwise:check-selection'), text: z.string().max(100_000) });

/** Background → content script: the keyboard shortcut asks to switch annotations for this site. */
export const ToggleSiteRequest = z.object({ type: z.literal('pointwise:toggle-site') });

export const PageClaimSchema = z.object({
  id: z.number().int(),
  topic: TopicId,
  status: StatusId,
  stance: Stance,
  overstated: z.boolean(),
  phrase: z.string(),
  sentence: z.string(),
});

/** Content script → popup: the page's summary. */
export const SummaryResponse = z.object({
  /** The page's site key (settings' `disabledSites` holds these). */
  site: z.string(),
  /** Annotations are on for this page. */
  enabled: z.boolean(),
  relevant: z.boolean(),
  ready: z.boolean(),
  claims: z.array(PageClaimSchema),
  total: z.number().int().min(0),
  hasSafetyWarning: z.boolean(),
});
export type SummaryResponse = z.infer<typeof SummaryResponse>;

/** Anything the content script accepts. */
export const ContentMessage = z.discriminatedUnion('type', [
  ReportCountMessage,
  SummaryRequest,
  RevealRequest,
  CheckSelectionRequest,
  ToggleSiteRequest,
]);
export type ContentMessage = z.infer<typeof ContentMessage>;

/** Anything the background accepts. */
export const BackgroundMessage = z.discriminatedUnion('type', [CountMessage]);
export type BackgroundMessage = z.infer<typeof BackgroundMessage>;

/** Parse a received message; undefined when it is not one of ours or is malformed. */
export function parseMessage<T extends z.ZodType>(schema: T, message: unknown): z.infer<T> | undefined {
  const result = schema.safeParse(message);
  return result.success ? result.data : undefined;
}
