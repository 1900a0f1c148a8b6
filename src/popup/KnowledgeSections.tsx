/**
 * The knowledge base's cross-topic material, shown in the popup whatever the page: the limits of
 * the research, the safety notes, and every topic's status at a glance. Text comes from the
 * knowledge base unchanged.
 */
import { knowledgeBase } from '../evidence';
import { StatusBadge } from '../ui/StatusBadge';
import { CAUTION_BASIS_LABELS } from '../ui/wording';

/** "What the research can’t tell you": the general limitations. */
export function ResearchLimits() {
  return (
    <ul class="limits">
      {knowledgeBase.limitations.map((limit) => (
        <li key={limit.title}>
          <strong class="item-title">{limit.title}</strong>
          <span class="item-detail">{limit.detail}</span>
        </li>
      ))}
    </ul>
  );
}

/** "Safety notes": who should avoid mats or ask a clinician first, side effects seen, and the caveat. */
export function SafetyNotes() {
  const safety = knowledgeBase.safety;
  return (
    <>
      <h3 class="sub-heading" id="avoid-heading">
        Who should avoid mats or ask a clinician first
      </h3>
      <ul class="cautions" aria-labelledby="avoid-heading">
        {safety.avoidOrAsk.map((caution) => (
          <li key={caution.group}>
            <strong class="item-title">{caution.group}</strong>
            <span class="item-detail">{caution.why}</span>
            <span class="item-source">
              <span class="basis">{CAUTION_BASIS_LABELS[caution.basis]}</span>
              {` · ${caution.source}`}
            </span>
          </li>
        ))}
      </ul>
      <h3 class="sub-heading" id="side-effects-heading">
        Side effects seen in trials
      </h3>
      <ul class="side-effects" aria-labelledby="side-effects-heading">
        {safety.sideEffects.map((effect) => (
          <li key={effect}>{effect}</li>
        ))}
      </ul>
      <p class="note">{safety.note}</p>
    </>
  );
}

/** "Evidence at a glance": every topic with its status; each opens to its one-line verdict. */
export function EvidenceGlance() {
  return (
    <ul class="glance">
      {knowledgeBase.topics.map((topic) => (
        <li key={topic.id}>
          <details class="glance-item" data-topic={topic.id}>
            <summary>
              <span class="glance-title">{topic.title}</span>
              <StatusBadge status={topic.status} />
            </summary>
            <p class="glance-verdict">{topic.verdict}</p>
          </details>
        </li>
      ))}
    </ul>
  );
}
