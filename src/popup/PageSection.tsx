/**
 * "On this page": the claims the page makes, or a plain sentence saying why there are none
 * (not about mats, switched off, out of the extension's reach, still reading, nothing found).
 */
import { CitedList } from './CitedList';
import { ClaimList } from './ClaimList';
import { claimsHeadline, lacksSafetyWarning, overstatedLine, type PageState } from '../ui/page-view';
import { OverstatedTag } from '../ui/StatusBadge';
import { hiddenLine, NO_SAFETY_WARNING_NOTE, pageStateText } from '../ui/wording';

export interface PageSectionProps {
  state: PageState;
  onReveal: (id: number) => Promise<boolean>;
  onEnableSite: () => void;
  onEnableEverywhere: () => void;
  onShowSafety: () => void;
}

export function PageSection({ state, onReveal, onEnableSite, onEnableEverywhere, onShowSafety }: PageSectionProps) {
  return (
    <section class="page-section" aria-labelledby="page-heading" data-state={state.kind}>
      <h2 id="page-heading" class="section-heading">
        On this page
      </h2>
      {state.kind === 'claims' ? (
        <Claims state={state} onReveal={onReveal} onShowSafety={onShowSafety} />
      ) : (
        <>
          <EmptyState state={state} onEnableSite={onEnableSite} onEnableEverywhere={onEnableEverywhere} />
          {state.kind === 'nothing-found' && state.citations ? (
            <CitedList citations={state.citations} onReveal={onReveal} />
          ) : null}
        </>
      )}
    </section>
  );
}

function Claims({
  state,
  onReveal,
  onShowSafety,
}: {
  state: Extract<PageState, { kind: 'claims' }>;
  onReveal: (id: number) => Promise<boolean>;
  onShowSafety: () => void;
}) {
  const { summary } = state;
  const overstated = overstatedLine(summary.claims);
  const hidden = Math.max(0, summary.total - summary.claims.length);
  return (
    <>
      <p class="page-headline">
        <span class="headline-count">{claimsHeadline(summary.claims)}</span>
        {overstated ? <OverstatedTag text={overstated} /> : null}
      </p>
      {!summary.ready ? <p class="page-note">Still reading; more may appear.</p> : null}
      {lacksSafetyWarning(summary) ? (
        <div class="safety-callout">
          <p>{NO_SAFETY_WARNING_NOTE}</p>
          <button type="button" class="text-button" onClick={onShowSafety}>
            Show safety notes
          </button>
        </div>
      ) : null}
      <p class="page-hint">Choose a sentence to scroll the page to it.</p>
      <ClaimList claims={summary.claims} onReveal={onReveal} />
      {hidden > 0 ? <p class="page-note">{hiddenLine(hidden)}</p> : null}
      <CitedList citations={summary.citations} onReveal={onReveal} />
    </>
  );
}

function EmptyState({
  state,
  onEnableSite,
  onEnableEverywhere,
}: {
  state: Exclude<PageState, { kind: 'claims' }>;
  onEnableSite: () => void;
  onEnableEverywhere: () => void;
}) {
  const text = pageStateText(state);
  const busy = state.kind === 'loading' || state.kind === 'reading';
  return (
    <div class={`empty-state is-${state.kind}`} role="status" aria-busy={busy ? 'true' : undefined}>
      <EmptyIcon kind={state.kind} />
      <div class="empty-text">
        <p class="empty-title">{text.title}</p>
        {text.body ? <p class="empty-body">{text.body}</p> : null}
        {text.action ? (
          <button
            type="button"
            class="button"
            onClick={text.action.does === 'enable-site' ? onEnableSite : onEnableEverywhere}
          >
            {text.action.label}
          </button>
        ) : null}
      </div>
    </div>
  );
}

/** A quiet glyph per state; decoration only. */
function EmptyIcon({ kind }: { kind: PageState['kind'] }) {
  const common = {
    fill: 'none',
    stroke: 'currentColor',
    'stroke-width': 1.6,
    'stroke-linecap': 'round',
    'stroke-linejoin': 'round',
  } as const;
  let path;
  switch (kind) {
    case 'loading':
    case 'reading':
      path = <circle cx="12" cy="12" r="7" {...common} stroke-dasharray="30 14" class="spin" />;
      break;
    case 'unreachable':
      path = (
        <>
          <rect x="5" y="10.5" width="14" height="9.5" rx="2" {...common} />
          <path d="M8.5 10.5V8a3.5 3.5 0 0 1 7 0v2.5" {...common} />
        </>
      );
      break;
    case 'off-everywhere':
    case 'off-site':
      path = (
        <>
          <rect x="3.5" y="8" width="17" height="8.5" rx="4.25" {...common} />
          <circle cx="8" cy="12.25" r="2.2" {...common} />
        </>
      );
      break;
    case 'not-relevant':
      path = (
        <>
          <path d="M7 4.5h7l4 4v11a1 1 0 0 1-1 1H7a1 1 0 0 1-1-1v-14a1 1 0 0 1 1-1z" {...common} />
          <path d="M9 12.5h6M9 15.5h4" {...common} />
        </>
      );
      break;
    default:
      path = (
        <>
          <circle cx="11" cy="11" r="6" {...common} />
          <path d="M15.5 15.5 20 20" {...common} />
        </>
      );
  }
  return (
    <svg class="empty-icon" viewBox="0 0 24 24" width="28" height="28" aria-hidden="true" focusable="false">
      {path}
    </svg>
  );
}
