/**
 * The evidence knowledge base: what research says about each claim topic, its status, references,
 * safety notes and general limitations. Pure data and lookups; no DOM, no browser API, so it runs the
 * same in the page, the `scan` command and vitest.
 */
import type { StatusId, TopicId } from './ids';
import { knowledgeBaseData } from './knowledge-base';
import type { KnowledgeBase, TopicEvidence } from './schema';

export * from './ids';
export type {
  Caution,
  CautionBasis,
  EvidenceSource,
  KnowledgeBase,
  KnowledgeBaseInput,
  Limitation,
  Reference,
  ReferenceKind,
  Safety,
  SellerEvidenceWarning,
  TopicEvidence,
} from './schema';

/** Freezes a parsed value all the way down, so no consumer can edit the shared knowledge base. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/**
 * The knowledge base, frozen: it is shared by every caller. It is our own static data, so it is
 * checked against its zod schema where a bad edit can be stopped — by the tests and before every
 * build (wxt.config.ts) — and not again here: this module is in the content script, which runs on
 * every page, and building zod schemas alone cost it tens of milliseconds at start-up.
 */
export const knowledgeBase: KnowledgeBase = deepFreeze(knowledgeBaseData);

const byTopic: ReadonlyMap<TopicId, TopicEvidence> = new Map(
  knowledgeBase.topics.map((topic) => [topic.id, topic] as const),
);

/**
 * Everything the knowledge base says about one topic. The schema guarantees every topic id is
 * present exactly once; an id outside the contract (e.g. from an untyped message) throws.
 */
export function topicEvidence(id: TopicId): TopicEvidence {
  const topic = byTopic.get(id);
  if (topic === undefined) {
    throw new Error(`Unknown topic id: ${JSON.stringify(id)}`);
  }
  return topic;
}

/** The evidence status of a topic (contracts.md §2), as shown on badges and in `scan` output. */
export function statusOf(id: TopicId): StatusId {
  return topicEvidence(id).status;
}
