/**
 * "Research this page cites" (issue 7): how many studies the page cites and of what kind, then each
 * study once (the first place it is cited), a button that scrolls the page to it, with any figure
 * the page gives that differs from the study.
 */
import { useState } from 'preact/hooks';
import { citedSummary, countCited, distinctCited, referenceLabel } from '../evidence/citing';
import type { SummaryResponse } from '../messaging/messages';
import { GoArrow } from './ClaimList';
import { isPossible } from '../ui/cite-labels';

type PageCitation = SummaryResponse['citations'][number];

const KIND_LINE: Record<PageCitation['kind'], string> = {
  mat: 'A study of mats',
  'other-acupressure': 'Not a study of mats',
  survey: 'A user survey with no control group',
  unknown: 'Not one of the studies Pointwise has reviewed',
};

export function CitedList({
  citations,
  onReveal,
}: {
  citations: readonly PageCitation[];
  onReveal: (id: number) => Promise<boolean>;
}) {
  const [message, setMessage] = useState('');
  if (citations.length === 0) return null;
  const list = distinctCited(citations);
  const misquoted = citations.reduce((n, c) => n + c.misquotes.length, 0);
  const reveal = async (id: number) => {
    setMessage('');
    const found = await onReveal(id);
    setMessage(found ? 'Shown on the page.' : 'That citation is no longer on the page.');
  };
  return (
    <section class="cited topic-group" aria-labelledby="cited-heading">
      <div class="topic-head">
        <h3 id="cited-heading" class="topic-title">
          Research this page cites
        </h3>
      </div>
      <p class="topic-meaning cited-summary">
        {citedSummary(countCited(citations))}
        {misquoted > 0
          ? ` ${misquoted === 1 ? '1 figure differs' : `${misquoted} figures differ`} from the study.`
          : ''}
      </p>
      <ul class="claims">
        {list.map((c) => (
          <li key={c.id}>
            <button
              type="button"
              class="claim cited-item"
              data-cite-id={String(c.id)}
              data-reference={c.reference ?? ''}
              onClick={() => void reveal(c.id)}
            >
              <span class="claim-text">
                <strong>
                  {c.reference === null
                    ? `“${c.text}”`
                    : `${isPossible(c) ? 'Possibly ' : ''}${referenceLabel(c.reference)}`}
                </strong>
                {` — ${KIND_LINE[c.reference === null ? 'unknown' : c.kind]}.`}
                {c.note ? <span class="cited-note">{c.note}</span> : null}
                {c.misquotes.map((m, i) => (
                  <span key={i} class="cited-misquote">
                    {m.note}
                  </span>
                ))}
              </span>
              <GoArrow />
            </button>
          </li>
        ))}
      </ul>
      <p class="reveal-status" role="status" aria-live="polite">
        {message}
      </p>
    </section>
  );
}
