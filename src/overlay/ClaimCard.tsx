import type { Annotation, ShownCitation } from '../shared/types';
import { PageCites, type CitationCardData } from './CitationCard';
import { topicEvidence } from '../evidence';
import { CardHeader } from './CardFrame';
import { CardFooter, FindingsSections, ReferenceList, SafetyNotes, StanceLines, StatusLine } from './EvidenceSections';
import { shorten } from '../ui/labels';

/** The parts of a claim a card shows, and the studies its block cites. */
export type ClaimCardData = Pick<Annotation, 'topic' | 'status' | 'stance' | 'overstated' | 'phrase'> & {
  kind?: 'claim';
  cites?: readonly ShownCitation[];
};

/** What a mark's card is about: a claim, or a citation of a study. */
export type CardClaim = ClaimCardData | CitationCardData;

/**
 * The evidence card for one claim on the page: topic, status and what it means, how this text
 * states it, the verdict, what trials of mats found, other forms of acupressure, what the studies
 * can't show, safety notes, references and the footer.
 */
export function ClaimCardContent(props: { claim: ClaimCardData; titleId: string; onClose: () => void }) {
  const { claim } = props;
  const topic = topicEvidence(claim.topic);
  const phrase = shorten(claim.phrase, 140);
  return (
    <>
      <CardHeader
        eyebrow="Pointwise · evidence check"
        title={topic.title}
        titleId={props.titleId}
        onClose={props.onClose}
      />
      <StatusLine status={claim.status} />
      <StanceLines stance={claim.stance} overstated={claim.overstated} />
      {phrase ? <blockquote>{`“${phrase}”`}</blockquote> : null}
      <p class="verdict">{topic.verdict}</p>
      {claim.cites ? <PageCites cites={claim.cites} topic={claim.topic} /> : null}
      <FindingsSections topic={topic} />
      <SafetyNotes />
      <ReferenceList references={topic.references} />
      <CardFooter />
    </>
  );
}

/**
 * The card for a selection the user asked to check (context menu): the selected text, then each
 * claim found in it with its evidence, or a plain statement that none was found.
 */
export function SelectionCardContent(props: {
  text: string;
  claims: readonly ClaimCardData[];
  titleId: string;
  onClose: () => void;
}) {
  const quote = shorten(props.text, 220);
  const claims = dedupeClaims(props.claims);
  return (
    <>
      <CardHeader
        eyebrow="Pointwise · selection check"
        title="Checked selection"
        titleId={props.titleId}
        onClose={props.onClose}
      />
      {quote ? <blockquote>{`“${quote}”`}</blockquote> : null}
      {claims.length === 0 ? (
        <>
          <p>No claim about acupressure-mat topics was found in this selection.</p>
          <p class="small muted">
            Pointwise looks for statements about what acupressure mats do, such as easing pain, improving sleep or
            reducing stress.
          </p>
        </>
      ) : (
        <>
          <p class="small muted">
            {claims.length === 1
              ? '1 claim found in this selection.'
              : `${claims.length} claims found in this selection.`}
          </p>
          {claims.map((claim, i) => {
            const topic = topicEvidence(claim.topic);
            const phrase = shorten(claim.phrase, 120);
            return (
              <section class="claim" key={`${claim.topic}-${i}`} aria-label={`Claim about ${topic.title}`}>
                <h3>{topic.title}</h3>
                <StatusLine status={claim.status} />
                <StanceLines stance={claim.stance} overstated={claim.overstated} />
                {phrase ? <blockquote>{`“${phrase}”`}</blockquote> : null}
                <p class="verdict">{topic.verdict}</p>
                <details>
                  <summary>Evidence details</summary>
                  <FindingsSections topic={topic} />
                  <ReferenceList references={topic.references} />
                </details>
              </section>
            );
          })}
        </>
      )}
      <SafetyNotes />
      <CardFooter />
    </>
  );
}

/** The same topic stated the same way twice in one selection is shown once. */
function dedupeClaims(claims: readonly ClaimCardData[]): ClaimCardData[] {
  const seen = new Set<string>();
  return claims.filter((c) => {
    const key = `${c.topic}|${c.stance}|${c.overstated}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
