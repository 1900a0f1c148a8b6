/**
 * Cards for research a page cites (issue 7): the citation's own card, and the "What this page
 * cites" section of a claim's card. Everything comes from the knowledge base and the reference
 * facts (src/evidence/citing.ts); the wording describes the study, never the product.
 */
import { topicEvidence } from '../evidence';
import { appliedPhrase, factsOf, kindNote, referenceLabel, referenceOf, studiedTopic } from '../evidence/citing';
import type { TopicId } from '../evidence/ids';
import type { ShownCitation } from '../shared/types';
import { isPossible } from '../ui/cite-labels';
import { shorten } from '../ui/labels';
import { CardHeader } from './CardFrame';
import { CardFooter, ReferenceItem } from './EvidenceSections';

/** A citation's card subject: the citation and the topics of the claims beside it. */
export interface CitationCardData {
  kind: 'citation';
  citation: ShownCitation;
  topics: readonly TopicId[];
}

function titleOf(c: ShownCitation): string {
  if (c.reference === null) return 'A study Pointwise has not reviewed';
  return `${isPossible(c) ? 'Possibly ' : ''}${referenceLabel(c.reference)}`;
}

/** The figures the page gives that the study contradicts, one plain sentence each. */
function Misquotes({ citation }: { citation: ShownCitation }) {
  if (citation.misquotes.length === 0) return null;
  return (
    <div class="misquotes" role="note" aria-label="Figures that differ from the study">
      {citation.misquotes.map((m, i) => (
        <p key={i}>
          <strong>Figure check: </strong>
          {m.note}
        </p>
      ))}
    </div>
  );
}

/** What the study was: design, participants, what was applied, what it found. */
function StudyFacts({ id }: { id: string }) {
  const ref = referenceOf(id);
  const facts = factsOf(id);
  if (!ref) return null;
  return (
    <dl class="facts">
      <dt>Design</dt>
      <dd>{ref.design}</dd>
      {ref.participants ? (
        <>
          <dt>Participants</dt>
          <dd>{String(ref.participants)}</dd>
        </>
      ) : null}
      {facts?.applied ? (
        <>
          <dt>What was applied</dt>
          <dd>{appliedPhrase(facts.applied)}</dd>
        </>
      ) : null}
      {facts?.finding ? (
        <>
          <dt>What it found</dt>
          <dd>{facts.finding}</dd>
        </>
      ) : null}
    </dl>
  );
}

/** Whether the study looked at what the claims beside the citation are about. */
function CitedFor({ citation, topics }: { citation: ShownCitation; topics: readonly TopicId[] }) {
  if (citation.reference === null || topics.length === 0) return null;
  const lines = topics.flatMap((topic) => {
    const studied = studiedTopic(citation.reference, topic);
    if (studied === null) return [];
    const title = topicEvidence(topic).title;
    return [
      studied
        ? `${title}: the study looked at this.`
        : `${title}: the study did not look at this, so it cannot support the claim beside it.`,
    ];
  });
  if (lines.length === 0) return null;
  return (
    <>
      <h3>The claim beside it</h3>
      <ul>
        {lines.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
    </>
  );
}

/** The card of a citation's mark. */
export function CitationCardContent(props: { data: CitationCardData; titleId: string; onClose: () => void }) {
  const { citation, topics } = props.data;
  const quote = shorten(citation.text, 160);
  const ref = referenceOf(citation.reference);
  return (
    <>
      <CardHeader
        eyebrow="Pointwise · cited research"
        title={titleOf(citation)}
        titleId={props.titleId}
        onClose={props.onClose}
      />
      {quote ? <blockquote>{`“${quote}”`}</blockquote> : null}
      <Misquotes citation={citation} />
      <p class="verdict">{kindNote(citation.kind, factsOf(citation.reference)?.applied)}</p>
      {citation.note ? (
        <p>
          <strong>What the evidence notes say: </strong>
          {citation.note}
        </p>
      ) : null}
      {isPossible(citation) ? (
        <p class="small muted">
          The page gives few details: this is the closest match among the studies Pointwise has reviewed, not a sure
          one.
        </p>
      ) : null}
      {citation.reference !== null ? <StudyFacts id={citation.reference} /> : null}
      <CitedFor citation={citation} topics={topics} />
      {ref ? (
        <>
          <h3>Reference</h3>
          <ol class="refs-one">
            <ReferenceItem reference={ref} />
          </ol>
        </>
      ) : null}
      <CardFooter />
    </>
  );
}

/** The "What this page cites" section of a claim's card: each study its block cites, briefly. */
export function PageCites({ cites, topic }: { cites: readonly ShownCitation[]; topic: TopicId }) {
  if (cites.length === 0) return null;
  return (
    <section class="cites" aria-label="What this page cites">
      <h3>What this page cites</h3>
      <ul>
        {cites.map((c, i) => {
          const studied = studiedTopic(c.reference, topic);
          return (
            <li key={i}>
              <strong>{titleOf(c)}</strong>
              {`: ${kindNote(c.kind, factsOf(c.reference)?.applied)}`}
              {studied === false ? ' It did not look at this topic.' : ''}
              {c.note ? ` ${c.note}` : ''}
              <Misquotes citation={c} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
