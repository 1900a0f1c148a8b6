/**
 * "On this page": the page's claims grouped by topic, each group with its status badge (as on the
 * page), each claim a button that scrolls the page to it and flashes it.
 */
import { useState } from 'preact/hooks';
import { STATUS_MEANINGS } from '../evidence/ids';
import { isOverstated } from '../ui/labels';
import { claimsToList, excerpt, groupClaimsByTopic, type SummaryClaim, type TopicGroup } from '../ui/page-view';
import { OverstatedTag, StanceTag, StatusBadge } from '../ui/StatusBadge';

export interface ClaimListProps {
  claims: readonly SummaryClaim[];
  /** Scroll the page to a claim; resolves to whether the page still had it. */
  onReveal: (id: number) => Promise<boolean>;
}

export function ClaimList({ claims, onReveal }: ClaimListProps) {
  const [message, setMessage] = useState('');
  const groups = groupClaimsByTopic(claims);
  const reveal = async (id: number) => {
    setMessage('');
    const found = await onReveal(id);
    setMessage(found ? 'Shown on the page.' : 'That sentence is no longer on the page.');
  };
  return (
    <>
      <ol class="topic-groups">
        {groups.map((group) => (
          <TopicGroupItem key={group.topic} group={group} onChoose={(id) => void reveal(id)} />
        ))}
      </ol>
      <p class="reveal-status" role="status" aria-live="polite">
        {message}
      </p>
    </>
  );
}

/** One topic: its title and status badge, what the status means, and its claims (the first few, then a button for the rest). */
function TopicGroupItem({ group, onChoose }: { group: TopicGroup; onChoose: (id: number) => void }) {
  const [expanded, setExpanded] = useState(false);
  const { shown, more } = claimsToList(group.claims, expanded);
  const headingId = `topic-${group.topic}`;
  const listId = `claims-${group.topic}`;
  const canCollapse = expanded && claimsToList(group.claims, false).more > 0;
  return (
    <li class="topic-group">
      <div class="topic-head">
        <h3 id={headingId} class="topic-title">
          {group.title}
        </h3>
        <StatusBadge status={group.status} />
      </div>
      <p class="topic-meaning">{STATUS_MEANINGS[group.status]}</p>
      <ul class="claims" id={listId} aria-labelledby={headingId}>
        {shown.map((claim) => (
          <ClaimItem key={claim.id} claim={claim} onChoose={onChoose} />
        ))}
      </ul>
      {more > 0 || canCollapse ? (
        <button
          type="button"
          class="text-button more-button"
          aria-expanded={expanded ? 'true' : 'false'}
          aria-controls={listId}
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? 'Show fewer' : `Show all ${group.claims.length}`}
        </button>
      ) : null}
    </li>
  );
}

function ClaimItem({ claim, onChoose }: { claim: SummaryClaim; onChoose: (id: number) => void }) {
  const cut = excerpt(claim.sentence, claim.phrase);
  const fullId = `claim-full-${claim.id}`;
  const overstated = isOverstated(claim);
  return (
    <li>
      <button
        type="button"
        class={`claim st-${claim.stance}`}
        data-claim-id={String(claim.id)}
        data-topic={claim.topic}
        title={cut.shortened ? claim.sentence : undefined}
        aria-describedby={cut.shortened ? fullId : undefined}
        onClick={() => onChoose(claim.id)}
      >
        <span class="claim-text">
          {cut.before}
          {cut.phrase ? <mark class="claim-phrase">{cut.phrase}</mark> : null}
          {cut.after}
        </span>
        {overstated || claim.stance !== 'asserted' ? (
          <span class="claim-tags">
            {overstated ? <OverstatedTag /> : null}
            {claim.stance !== 'asserted' ? <StanceTag stance={claim.stance} /> : null}
          </span>
        ) : null}
        <GoArrow />
      </button>
      {cut.shortened ? (
        <span id={fullId} class="visually-hidden">
          {`Full sentence: ${claim.sentence}`}
        </span>
      ) : null}
    </li>
  );
}

/** The chevron at the end of a list button that scrolls the page to something; decoration only. */
export function GoArrow() {
  return (
    <span class="claim-go" aria-hidden="true">
      <svg viewBox="0 0 16 16" width="14" height="14" focusable="false">
        <path
          d="M6 3.5 10.5 8 6 12.5"
          fill="none"
          stroke="currentColor"
          stroke-width="1.6"
          stroke-linecap="round"
          stroke-linejoin="round"
        />
      </svg>
    </span>
  );
}
