/**
 * Every message that crosses between the content script, the background and the popup, typed once
 * and checked with zod on receipt: a message that does not parse is ignored, never trusted.
 */
import { browser } from 'wxt/browser';
import { z } from '../shared/zod';
import { GATE_WAKE_KEY } from '../shared/gate-wake';
import { Stance, StatusId, TopicId } from '../evidence/ids';
import { lazySchema } from '../evidence/lazy-schema';

/**
 * The schemas are built on first use, not when this module loads: it is part of the content
 * script, which starts on every page, and building zod schemas is the costliest part of starting.
 * They are built in three groups, so that each side builds only what it receives: the content
 * script's requests, the background's messages, and the findings and summaries (the engine's first
 * need, for the background's answers).
 */
function buildContentSchemas() {
  /** Background → content script: say your count again (after the service worker restarted). */
  const ReportCountMessage = z.object({ type: z.literal('pointwise:report-count') });

  /** Popup → content script: what is on this page? */
  const SummaryRequest = z.object({ type: z.literal('pointwise:summary') });

  /** Popup → content script: scroll to a claim and flash it. */
  const RevealRequest = z.object({ type: z.literal('pointwise:reveal'), id: z.int().check(z.positive()) });

  /** Background → content script: check the selected text and show the result in a card. */
  const CheckSelectionRequest = z.object({
    type: z.literal('pointwise:check-selection'),
    text: z.string().check(z.maxLength(100_000)),
  });

  /** Background → content script: the keyboard shortcut asks to switch annotations for this site. */
  const ToggleSiteRequest = z.object({ type: z.literal('pointwise:toggle-site') });

  /** Anything the content script accepts. */
  const ContentMessage = z.discriminatedUnion('type', [
    ReportCountMessage,
    SummaryRequest,
    RevealRequest,
    CheckSelectionRequest,
    ToggleSiteRequest,
  ]);
  return {
    ReportCountMessage,
    SummaryRequest,
    RevealRequest,
    CheckSelectionRequest,
    ToggleSiteRequest,
    ContentMessage,
  };
}

/** The most text one read-texts request may carry (runtime messages may be 64 MB). */
const MAX_READ_CHARS = 16_000_000;
/** Most texts one read-texts request carries. */
const MAX_READ_TEXTS = 10_000;

function buildBackgroundSchemas() {
  /**
   * Content script → background: how many claims this tab shows now (after the user's settings),
   * and whether annotations are on for its site (the toolbar icon is muted where they are off).
   */
  const CountMessage = z.object({
    type: z.literal('pointwise:count'),
    count: z.int().check(z.minimum(0), z.maximum(1_000_000)),
    enabled: z.boolean(),
  });

  /**
   * Page gate → background: this page could be about acupressure mats (or the user asked for a
   * check); inject the engine into the sender's frame.
   */
  const LoadEngineMessage = z.object({
    type: z.literal('pointwise:load-engine'),
    /** Only if the sender's site is switched on (a page that passed its gate, not a user's request). */
    whenSiteOn: z.optional(z.boolean()),
  });

  /**
   * Engine → background: read these blocks' texts for claims and citations (issue 8: the detector
   * runs in the background, off the page's main thread). The engine sends about 256 KB at a time,
   * but a block of its own can be longer (one huge text node): at most 16 MB in all.
   */
  const ReadTextsRequest = z.object({
    type: z.literal('pointwise:read-texts'),
    texts: z.array(z.string().check(z.maxLength(MAX_READ_CHARS))).check(
      z.maxLength(MAX_READ_TEXTS),
      z.refine((texts) => texts.reduce((n, t) => n + t.length, 0) <= MAX_READ_CHARS, 'at most 16 MB of text'),
    ),
  });

  /**
   * Engine → background: the badges' text widths, which the background measures once for every
   * page (src/overlay/badge-size.ts `badgeWidthTable`).
   */
  const BadgeWidthsRequest = z.object({ type: z.literal('pointwise:badge-widths') });

  /** Anything the background accepts. */
  const BackgroundMessage = z.discriminatedUnion('type', [
    CountMessage,
    LoadEngineMessage,
    ReadTextsRequest,
    BadgeWidthsRequest,
  ]);
  return { CountMessage, LoadEngineMessage, BackgroundMessage };
}

/**
 * The parts the findings share. Each node is built once and reused (zod schemas are immutable), and
 * the citation parts only when the first citation arrives: building a zod node costs the page its
 * share of a few milliseconds, and the engine builds these on a page's visible path (issue 8).
 */
const findingParts = memo(() => {
  const Index = z.int().check(z.minimum(0));
  const claim = {
    topic: TopicId,
    status: StatusId,
    stance: Stance,
    overstated: z.boolean(),
    phrase: z.string(),
    sentence: z.string(),
  };
  return { Index, Span: z.object({ start: Index, end: Index }), claim };
});

const citationParts = memo(() => {
  const { Index, Span } = findingParts();
  const Note = z.string().check(z.maxLength(1_000));
  const Fact = z.string().check(z.maxLength(500));
  const citation = {
    text: z.string().check(z.maxLength(2_000)),
    reference: z.nullable(z.string().check(z.maxLength(100))),
    confidence: z.number().check(z.minimum(0), z.maximum(1)),
    kind: z.enum(['mat', 'other-acupressure', 'survey', 'unknown']),
    misquotes: z
      .array(
        z.object({
          field: z.enum(['duration', 'participants', 'design', 'applied', 'year']),
          stated: Fact,
          actual: Fact,
          note: Note,
        }),
      )
      .check(z.maxLength(20)),
    note: z.optional(Note),
  };
  /** A citation as the background finds it in a text: where it is, and where each misquote starts. */
  const FoundCitation = z.object({
    ...citation,
    span: Span,
    found: Span,
    misquoteStarts: z.array(Index).check(z.maxLength(20)),
  });
  return { citation, FoundCitation };
});

/**
 * Background → engine: what the texts asked hold (the engine's first need). Only the texts that
 * hold something are answered, each by its place in the request (`at`, ascending), with `texts` the
 * number asked: most blocks of a page hold nothing, and an entry for each was most of the answer
 * (19,700 of them on a 2 MB listing, 20–30 ms of checking on the page's main thread). Claims travel
 * packed, eight numbers each (src/page/findings-wire.ts): here only digits and commas are checked,
 * every number against the id lists and the text when they are unpacked.
 */
function buildAnswerSchemas() {
  const ReadTextsResponse = z.object({
    texts: z.int().check(z.minimum(0), z.maximum(MAX_READ_TEXTS)),
    found: z
      .array(
        z.object({
          at: z.int().check(z.minimum(0), z.maximum(MAX_READ_TEXTS - 1)),
          claims: z.string().check(z.maxLength(MAX_READ_CHARS), z.regex(/^(?:\d{1,9}(?:,\d{1,9})*)?$/)),
          // Most pages cite no study: the citation schema is built when the first one is checked.
          citations: z.array(z.lazy(() => citationParts().FoundCitation)).check(z.maxLength(10_000)),
        }),
      )
      .check(z.maxLength(MAX_READ_TEXTS)),
  });
  /** Background → engine: text widths by font and text, or null where it has no canvas. */
  const BadgeWidthsResponse = z.nullable(
    z
      .record(z.string().check(z.maxLength(400)), z.number().check(z.minimum(0), z.maximum(5_000)))
      .check(z.refine((table) => Object.keys(table).length <= 2_000, 'at most 2,000 widths')),
  );
  return { ReadTextsResponse, BadgeWidthsResponse };
}

function buildResultSchemas() {
  const PageClaimSchema = z.object({ id: z.int(), ...findingParts().claim });
  const PageCitationSchema = z.object({ id: z.int(), ...citationParts().citation });

  /** Content script → popup: the page's summary. */
  const SummaryResponse = z.object({
    /** The page's site key (settings' `disabledSites` holds these). */
    site: z.string(),
    /** Annotations are on for this page. */
    enabled: z.boolean(),
    relevant: z.boolean(),
    ready: z.boolean(),
    claims: z.array(PageClaimSchema),
    total: z.int().check(z.minimum(0)),
    /** The studies the page cites (older content scripts send none). */
    citations: z._default(z.array(PageCitationSchema).check(z.maxLength(10_000)), []),
    hasSafetyWarning: z.boolean(),
  });
  return { PageClaimSchema, SummaryResponse };
}

type ContentSchemas = ReturnType<typeof buildContentSchemas>;
type BackgroundSchemas = ReturnType<typeof buildBackgroundSchemas>;
type AnswerSchemas = ReturnType<typeof buildAnswerSchemas>;
type ResultSchemas = ReturnType<typeof buildResultSchemas>;
type Schemas = ContentSchemas & BackgroundSchemas & AnswerSchemas & ResultSchemas;

const groups = {
  content: memo(buildContentSchemas),
  background: memo(buildBackgroundSchemas),
  answer: memo(buildAnswerSchemas),
  result: memo(buildResultSchemas),
};

function memo<T>(build: () => T): () => T {
  let built: T | undefined;
  return () => (built ??= build());
}

function lazy<K extends keyof Schemas>(group: keyof typeof groups, name: K): Schemas[K] {
  return lazySchema(() => (groups[group]() as Schemas)[name]);
}

export const CountMessage = /* @__PURE__ */ lazy('background', 'CountMessage');
export const LoadEngineMessage = /* @__PURE__ */ lazy('background', 'LoadEngineMessage');
export const BackgroundMessage = /* @__PURE__ */ lazy('background', 'BackgroundMessage');
export const ReportCountMessage = /* @__PURE__ */ lazy('content', 'ReportCountMessage');
export const SummaryRequest = /* @__PURE__ */ lazy('content', 'SummaryRequest');
export const RevealRequest = /* @__PURE__ */ lazy('content', 'RevealRequest');
export const CheckSelectionRequest = /* @__PURE__ */ lazy('content', 'CheckSelectionRequest');
export const ToggleSiteRequest = /* @__PURE__ */ lazy('content', 'ToggleSiteRequest');
export const ContentMessage = /* @__PURE__ */ lazy('content', 'ContentMessage');
export const PageClaimSchema = /* @__PURE__ */ lazy('result', 'PageClaimSchema');
export const SummaryResponse = /* @__PURE__ */ lazy('result', 'SummaryResponse');
export const ReadTextsResponse = /* @__PURE__ */ lazy('answer', 'ReadTextsResponse');
export const BadgeWidthsResponse = /* @__PURE__ */ lazy('answer', 'BadgeWidthsResponse');

export type SummaryResponse = z.infer<Schemas['SummaryResponse']>;
export type ContentMessage = z.infer<Schemas['ContentMessage']>;
export type BackgroundMessage = z.infer<Schemas['BackgroundMessage']>;

/**
 * Send a message to the background. Typed at the sender (a typo in `type` or a missing field does
 * not compile) and checked with zod where it is received.
 */
export function sendToBackground(message: BackgroundMessage): Promise<unknown> {
  return browser.runtime.sendMessage(message);
}

/**
 * Send a message to a tab's content script (its top frame unless `frameId` says otherwise). Typed
 * at the sender, checked with zod by the receiver.
 */
export async function sendToTab(tabId: number, message: ContentMessage, frameId = 0): Promise<unknown> {
  try {
    return await browser.tabs.sendMessage(tabId, message, { frameId });
  } catch (error) {
    // Nobody listening: a page the gate turned away listens for nothing until asked (issue 8).
    if (!(await wakeGate(tabId, frameId))) throw error;
    return browser.tabs.sendMessage(tabId, message, { frameId });
  }
}

/**
 * Have the page gate in a tab start listening for messages (src/shared/gate-wake.ts: the function
 * is run in the content scripts' world, where the gate left its "listen" function). True only when
 * it was not listening before, so a message is never sent twice to a listener that got it once.
 */
async function wakeGate(tabId: number, frameId: number): Promise<boolean> {
  if (!browser.scripting) return false;
  try {
    const [injected] = await browser.scripting.executeScript({
      target: { tabId, frameIds: [frameId] },
      func: (key: string) => {
        const listen = (globalThis as unknown as Record<symbol, unknown>)[Symbol.for(key)];
        return typeof listen === 'function' && (listen as () => boolean)() === true;
      },
      args: [GATE_WAKE_KEY],
    });
    return injected?.result === true;
  } catch {
    // The browser keeps extensions off this page, or the tab is gone.
    return false;
  }
}

/** Parse a received message; undefined when it is not one of ours or is malformed. */
export function parseMessage<T extends z.ZodMiniType>(schema: T, message: unknown): z.infer<T> | undefined {
  const result = schema.safeParse(message);
  return result.success ? result.data : undefined;
}
