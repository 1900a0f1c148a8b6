/**
 * The building blocks of evidence cards, all rendered from the knowledge base. Wording describes
 * the evidence and how the page states a claim; it never advises and never judges the product.
 */
import { knowledgeBase, STATUS_LABELS, STATUS_MEANINGS } from '../evidence';
import type { Reference, ReferenceKind, TopicEvidence } from '../evidence';
import type { Stance, StatusId } from '../evidence/ids';
import { footerText, OVERSTATED_NOTE, stanceDescription } from '../ui/labels';

/** The status chip and what the status means. */
export function StatusLine({ status }: { status: StatusId }) {
  return (
    <p class="status">
      <span class={`chip s-${status}`}>{STATUS_LABELS[status]}</span>
      <span class="meaning">{STATUS_MEANINGS[status]}</span>
    </p>
  );
}

/** How the text states the claim, and the "stated as proven" note. */
export function StanceLines({ stance, overstated }: { stance: Stance; overstated: boolean }) {
  const how = stanceDescription(stance);
  return (
    <>
      <p class="how">
        <strong>How this text states it: </strong>
        {`${how.label}: ${how.detail}`}
      </p>
      {overstated && stance !== 'negated' ? (
        <p class="over">
          <span class="mark" aria-hidden="true">
            !
          </span>
          <span>
            <strong>{`${OVERSTATED_NOTE.label}: `}</strong>
            {OVERSTATED_NOTE.detail}
          </span>
        </p>
      ) : null}
    </>
  );
}

const KIND_LABELS: Record<ReferenceKind, string> = {
  mat: 'Mat trial',
  'other-acupressure': 'Other acupressure',
  review: 'Review',
  regulator: 'Regulator',
  industry: 'Industry',
};

/** Where a reference can be read: its own link, else its DOI, else its PubMed entry. */
export function referenceHref(ref: Reference): string | null {
  if (ref.url) return ref.url;
  if (ref.doi) return `https://doi.org/${ref.doi}`;
  if (ref.pmid) return `https://pubmed.ncbi.nlm.nih.gov/${ref.pmid}/`;
  return null;
}

/** One reference: authors, year, title/journal, design, participants, note; the title links out. */
export function ReferenceItem({ reference: ref }: { reference: Reference }) {
  const href = referenceHref(ref);
  const name = ref.title ?? ref.journal ?? '';
  const design = ref.participants ? `${ref.design}; ${ref.participants} participants.` : `${ref.design}.`;
  return (
    <li>
      <span class="kind">{KIND_LABELS[ref.kind]}</span>
      {`${ref.authors} (${ref.year}). `}
      {href ? (
        <a href={href} target="_blank" rel="noopener noreferrer">
          {name}
        </a>
      ) : (
        name
      )}
      {ref.title && ref.journal ? `. ${ref.journal}. ` : '. '}
      <span class="muted">{design}</span>
      {ref.note ? <span class="muted small">{` ${ref.note}`}</span> : null}
    </li>
  );
}

/** The topic's references, in a disclosure. */
export function ReferenceList({ references }: { references: readonly Reference[] }) {
  if (references.length === 0) return null;
  return (
    <details class="refs">
      <summary>{`References (${references.length})`}</summary>
      <ol>
        {references.map((ref, i) => (
          <ReferenceItem key={`${ref.authors}-${ref.year}-${i}`} reference={ref} />
        ))}
      </ol>
    </details>
  );
}

/** What trials of mats found, other forms of acupressure, and what the studies can't show. */
export function FindingsSections({ topic }: { topic: TopicEvidence }) {
  return (
    <>
      <h3>What trials of mats found</h3>
      <p>{topic.matFindings}</p>
      {topic.otherFormsNote ? (
        <>
          <h3>Other forms of acupressure</h3>
          <p>{topic.otherFormsNote}</p>
        </>
      ) : null}
      <h3>What the studies can’t show</h3>
      <ul>
        {topic.cannotShow.map((item, i) => (
          <li key={i}>{item}</li>
        ))}
      </ul>
    </>
  );
}

/** The safety notes, in a disclosure: groups with cautions, side effects seen, and the caveat. */
export function SafetyNotes() {
  const safety = knowledgeBase.safety;
  return (
    <details class="safety">
      <summary>Safety notes</summary>
      <p class="small">Groups with cautions (from trial exclusions, makers’ lists or health-site guidance):</p>
      <ul class="small">
        {safety.avoidOrAsk.map((caution, i) => (
          <li key={i}>{caution.group}</li>
        ))}
      </ul>
      <p class="small">
        <strong>Seen in mat studies:</strong>
      </p>
      <ul class="small">
        {safety.sideEffects.map((effect, i) => (
          <li key={i}>{effect}</li>
        ))}
      </ul>
      <p class="small muted">{safety.note}</p>
    </details>
  );
}

/** "Not medical advice · knowledge base v…, date". */
export function CardFooter() {
  return <p class="foot">{footerText(knowledgeBase.version, knowledgeBase.date)}</p>;
}
