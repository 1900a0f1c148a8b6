/**
 * The evidence knowledge base: what research says about each claim topic, its status, references,
 * safety notes and general limitations. Pure data and lookups; no DOM, no browser API, so it runs the
 * same in the page, the `scan` command and vitest.
 */
import type { StatusId, TopicId } from './ids';
import { knowledgeBaseData } from './knowledge-base';
import { parseKnowledgeBase } from './schema';
import type { KnowledgeBase, TopicEvidence } from './schema';

export * from './ids';
export {
  CAUTION_BASES,
  Caution,
  CautionBasis,
  EVIDENCE_SOURCES,
  EvidenceSource,
  KnowledgeBase,
  Limitation,
  REFERENCE_KINDS,
  Reference,
  ReferenceKind,
  Safety,
  SellerEvidenceWarning,
  TopicEvidence,
  parseKnowledgeBase,
} from './schema';
export type { KnowledgeBaseInput } from './schema';

/** Freezes a parsed value all the way down, so no consumer can edit the shared knowledge base. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/**
 * The validated knowledge base. Parsed once when this module loads, so a bad edit to
 * ./knowledge-base.ts throws here (and fails every test that imports it) with a message naming the
 * offending path. Frozen: it is shared by every caller.
 */
export const knowledgeBase: KnowledgeBase = deepFreeze(parseKnowledgeBase(knowledgeBaseData));

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
