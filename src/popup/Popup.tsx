/**
 * The toolbar popup: switches for this site and everywhere, what this page claims, and the
 * knowledge base's limits, safety notes and statuses. Settings changes are written to storage,
 * where every tab's content script picks them up at once.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { knowledgeBase } from '../evidence';
import { Disclosure } from './Disclosure';
import { useSettings, usePageLink, useSiteSwitch } from '../ui/hooks';
import { EvidenceGlance, ResearchLimits, SafetyNotes } from './KnowledgeSections';
import { revealClaim } from '../ui/page-link';
import { choosePageState, formatReviewDate } from '../ui/page-view';
import { PageSection } from './PageSection';
import { Switch } from '../ui/Switch';
import { PRIVACY_PROMISE } from '../ui/wording';

type Panel = 'limits' | 'safety' | 'glance';

export function Popup() {
  const [settings, changeSettings] = useSettings();
  const { tabId, probe, refresh } = usePageLink();
  const [open, setOpen] = useState<Record<Panel, boolean>>({ limits: false, safety: false, glance: false });
  const safetyButton = useRef<HTMLButtonElement>(null);

  const site = probe.kind === 'ok' ? probe.summary.site : null;
  const [siteStored, changeSite] = useSiteSwitch(site);
  // Until the site's own key has been read, the page's answer tells: on for this page means on for
  // its site; off while Pointwise is on everywhere means off for the site.
  const siteFromPage =
    probe.kind === 'ok' && settings ? (probe.summary.enabled ? true : settings.enabled ? false : null) : null;
  const siteState = siteStored ?? siteFromPage;
  const animate = useAnimateOnceSettled(
    settings !== null && probe.kind !== 'pending' && (site === null || siteState !== null),
  );
  const state = choosePageState(probe, settings, siteState);
  const everywhere = settings?.enabled ?? true;
  const siteOn = siteState ?? false;

  const setSite = (on: boolean) => {
    if (site === null) return;
    void changeSite(on).then(refresh);
  };
  const setEverywhere = (on: boolean) => {
    void changeSettings({ enabled: on }).then(refresh);
  };
  const toggle = (panel: Panel) => (next: boolean) => setOpen((o) => ({ ...o, [panel]: next }));
  const showSafety = () => {
    setOpen((o) => ({ ...o, safety: true }));
    requestAnimationFrame(() => {
      safetyButton.current?.focus();
      safetyButton.current?.scrollIntoView({ block: 'start', behavior: 'smooth' });
    });
  };

  return (
    <div class={`popup${animate ? ' animate' : ''}`}>
      <header class="top">
        <h1 class="brand">
          <Logo />
          Pointwise
        </h1>
        <button type="button" class="icon-button" aria-label="Settings" title="Settings" onClick={openOptions}>
          <GearIcon />
        </button>
      </header>

      <section class="switches" aria-label="Annotations">
        <Switch
          id="switch-site"
          label="On this site"
          hint={siteHint(site, everywhere, probe.kind)}
          checked={siteOn && everywhere}
          disabled={site === null || !everywhere || settings === null || siteState === null}
          onChange={setSite}
        />
        <Switch
          id="switch-everywhere"
          label="Everywhere"
          hint={everywhere ? 'All sites, except those switched off' : 'Off on every site'}
          checked={everywhere}
          disabled={settings === null}
          onChange={setEverywhere}
        />
      </section>

      <div class="scroll">
        <main class="content">
          <PageSection
            state={state}
            onReveal={(id) => (tabId ? revealClaim(tabId, id) : Promise.resolve(false))}
            onEnableSite={() => setSite(true)}
            onEnableEverywhere={() => setEverywhere(true)}
            onShowSafety={showSafety}
          />
          <Disclosure
            id="limits"
            title="What the research can’t tell you"
            open={open.limits}
            onToggle={toggle('limits')}
          >
            <ResearchLimits />
          </Disclosure>
          <Disclosure
            id="safety"
            title="Safety notes"
            open={open.safety}
            onToggle={toggle('safety')}
            buttonRef={safetyButton}
          >
            <SafetyNotes />
          </Disclosure>
          <Disclosure
            id="glance"
            title="Evidence at a glance"
            meta={`${knowledgeBase.topics.length} topics`}
            open={open.glance}
            onToggle={toggle('glance')}
          >
            <EvidenceGlance />
          </Disclosure>
        </main>
        <footer class="foot">
          <p class="foot-privacy">
            <ShieldIcon />
            {PRIVACY_PROMISE}
          </p>
          <p class="foot-advice">
            <strong>Not medical advice.</strong> Pointwise describes what studies found; it doesn’t recommend or judge
            products.
          </p>
          <div class="foot-meta">
            <p>{`Knowledge base v${knowledgeBase.version} · ${formatReviewDate(knowledgeBase.date, true)}`}</p>
            <button type="button" class="link-button" onClick={openOptions}>
              All settings
            </button>
          </div>
        </footer>
      </div>
    </div>
  );
}

/**
 * True a moment after `settled` first becomes true: the switches then move only when the user
 * changes them, not when the popup fills in its first state.
 */
function useAnimateOnceSettled(settled: boolean): boolean {
  const [animate, setAnimate] = useState(false);
  useEffect(() => {
    if (!settled || animate) return;
    const timer = setTimeout(() => setAnimate(true), 100);
    return () => clearTimeout(timer);
  }, [settled, animate]);
  return animate;
}

function openOptions() {
  void browser.runtime.openOptionsPage();
}

function siteHint(site: string | null, everywhere: boolean, probe: 'pending' | 'unreachable' | 'ok'): string {
  if (site === null) return probe === 'pending' ? 'Looking at this page…' : 'Not available on this page';
  if (!everywhere) return `${site} · off everywhere`;
  return site;
}

/** Decoration only: a dot with rings, the "point" of Pointwise. */
function Logo() {
  return (
    <svg class="logo" viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
      <circle cx="12" cy="12" r="10" fill="none" stroke="currentColor" stroke-width="1.5" opacity="0.35" />
      <circle cx="12" cy="12" r="6" fill="none" stroke="currentColor" stroke-width="1.5" opacity="0.65" />
      <circle cx="12" cy="12" r="2.6" fill="currentColor" />
    </svg>
  );
}

function GearIcon() {
  return (
    <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
      <path
        d="M12 15.2a3.2 3.2 0 1 0 0-6.4 3.2 3.2 0 0 0 0 6.4z M19.4 13.5l1.6 1.2-1.8 3.1-1.9-.7a7.6 7.6 0 0 1-1.7 1l-.3 2H10.7l-.3-2a7.6 7.6 0 0 1-1.7-1l-1.9.7-1.8-3.1 1.6-1.2a7.8 7.8 0 0 1 0-2l-1.6-1.2 1.8-3.1 1.9.7a7.6 7.6 0 0 1 1.7-1l.3-2h3.6l.3 2a7.6 7.6 0 0 1 1.7 1l1.9-.7 1.8 3.1-1.6 1.2a7.8 7.8 0 0 1 0 2z"
        fill="none"
        stroke="currentColor"
        stroke-width="1.5"
        stroke-linejoin="round"
      />
    </svg>
  );
}

function ShieldIcon() {
  return (
    <svg class="shield" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
      <path
        d="M8 1.8 13 3.6v4c0 3.1-2.1 5.4-5 6.6-2.9-1.2-5-3.5-5-6.6v-4z"
        fill="none"
        stroke="currentColor"
        stroke-width="1.3"
        stroke-linejoin="round"
      />
      <path
        d="m5.8 8 1.6 1.6 2.9-3"
        fill="none"
        stroke="currentColor"
        stroke-width="1.3"
        stroke-linecap="round"
        stroke-linejoin="round"
      />
    </svg>
  );
}
