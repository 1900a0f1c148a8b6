/**
 * The options page: every setting, the sites where Pointwise is off, and what Pointwise promises.
 * Each change is stored at once (open tabs follow through the storage watch) and confirmed with a
 * quiet "Saved" that screen readers announce politely. The switched-off sites and the diagnostics
 * switch are stored apart from the settings (see ../settings) and read through ./hooks.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { knowledgeBase } from '../evidence';
import type { Settings } from '../settings';
import { useSettings } from '../ui/hooks';
import { formatReviewDate } from '../ui/page-view';
import { Switch } from '../ui/Switch';
import { PRIVACY_PROMISE } from '../ui/wording';
import { BadgeStylePicker } from './BadgeStylePicker';
import { useDiagnostics, useOffSites } from './hooks';
import { SiteList } from './SiteList';

/** How long "Saved" stays visible. */
const SAVED_MS = 2500;

export function OptionsPage() {
  const [settings, changeSettings] = useSettings();
  const offSites = useOffSites();
  const [diagnostics, changeDiagnostics] = useDiagnostics();
  const [saved, setSaved] = useState<'idle' | 'saved' | 'failed'>('idle');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const shortcut = useShortcut();

  useEffect(() => () => clearTimeout(timer.current), []);

  /** Say "Saved" once `write` has stored a change, or that it failed. */
  const track = (write: Promise<unknown>) => {
    clearTimeout(timer.current);
    setSaved('idle');
    write.then(
      () => {
        setSaved('saved');
        timer.current = setTimeout(() => setSaved('idle'), SAVED_MS);
      },
      () => setSaved('failed'),
    );
  };
  const save = (change: Partial<Settings> | ((current: Settings) => Settings)) => track(changeSettings(change));

  return (
    <div class="options animate">
      <header class="options-top">
        <h1 class="options-title">
          <svg class="logo" viewBox="0 0 24 24" width="26" height="26" aria-hidden="true" focusable="false">
            <circle cx="12" cy="12" r="10" fill="none" stroke="currentColor" stroke-width="1.5" opacity="0.35" />
            <circle cx="12" cy="12" r="6" fill="none" stroke="currentColor" stroke-width="1.5" opacity="0.65" />
            <circle cx="12" cy="12" r="2.6" fill="currentColor" />
          </svg>
          Pointwise settings
        </h1>
        <p class={`saved is-${saved}`} role="status" aria-live="polite">
          {saved === 'saved' ? 'Saved' : saved === 'failed' ? 'Couldn’t save; try again' : ''}
        </p>
      </header>

      <main class="options-main">
        {settings === null || offSites.sites === null ? (
          <p class="card-intro">Loading your settings…</p>
        ) : (
          <>
            <section class="card" aria-labelledby="marking-heading">
              <h2 id="marking-heading" class="card-title">
                Annotations
              </h2>
              <div class="switch-list">
                <Switch
                  id="opt-enabled"
                  label="On everywhere"
                  hint="Mark claims on every site, except the sites listed below. When off, Pointwise marks nothing."
                  checked={settings.enabled}
                  onChange={(on) => save({ enabled: on })}
                />
                <Switch
                  id="opt-hedged"
                  label="Show hedged claims"
                  hint="Claims the page itself softens, such as “may help” or “some users report”. They get an outlined badge."
                  checked={settings.showHedged}
                  onChange={(on) => save({ showHedged: on })}
                />
                <Switch
                  id="opt-negated"
                  label="Show statements that doubt a claim"
                  hint="Sentences that deny or question an effect, such as “there is no evidence it lowers blood pressure”. They get a grey badge."
                  checked={settings.showNegated}
                  onChange={(on) => save({ showNegated: on })}
                />
                <Switch
                  id="opt-citations"
                  label="Show cited research"
                  hint="Where a page cites a study (“a 2012 German trial”), an outlined mark says what kind of study it was and opens a card on it."
                  checked={settings.showCitations}
                  onChange={(on) => save({ showCitations: on })}
                />
              </div>
            </section>

            <div class="card">
              <BadgeStylePicker value={settings.badgeStyle} onChange={(style) => save({ badgeStyle: style })} />
            </div>

            <SiteList
              sites={offSites.sites}
              onRemove={(site) => track(offSites.turnOn(site))}
              onClear={() => track(offSites.turnAllOn())}
            />

            <section class="card" aria-labelledby="advanced-heading">
              <h2 id="advanced-heading" class="card-title">
                Advanced
              </h2>
              <div class="switch-list">
                <Switch
                  id="opt-diagnostics"
                  label="Diagnostics"
                  hint="Record Pointwise’s timing in each page’s performance timeline, for benchmarks. Pages can read these entries."
                  checked={diagnostics === true}
                  disabled={diagnostics === null}
                  onChange={(on) => track(changeDiagnostics(on))}
                />
              </div>
            </section>
          </>
        )}

        <section class="card about" aria-labelledby="about-heading">
          <h2 id="about-heading" class="card-title">
            About
          </h2>
          <p class="privacy">
            <svg class="shield" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
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
            <strong>{PRIVACY_PROMISE}</strong>
          </p>
          <p>Settings are kept in this browser’s local storage and are never synced.</p>
          <dl class="facts">
            <dt>Knowledge base</dt>
            <dd>{`Version ${knowledgeBase.version}, reviewed ${formatReviewDate(knowledgeBase.date)}`}</dd>
            <dt>Keyboard shortcut</dt>
            <dd>
              {shortcut === undefined
                ? '…'
                : shortcut === ''
                  ? 'None set. You can assign one in the browser’s extension shortcut settings.'
                  : `${shortcut} switches Pointwise on or off for the site you are on.`}
            </dd>
          </dl>
          <p class="muted">
            <strong>Not medical advice.</strong> Pointwise describes what studies found about acupressure mats; it
            doesn’t recommend or judge products.
          </p>
        </section>
      </main>
    </div>
  );
}

/** The keyboard shortcut the browser has for 'toggle-site' ('' when none is set; undefined while asking). */
function useShortcut(): string | undefined {
  const [shortcut, setShortcut] = useState<string | undefined>(undefined);
  useEffect(() => {
    browser.commands
      .getAll()
      .then((commands) => setShortcut(commands.find((c) => c.name === 'toggle-site')?.shortcut ?? ''))
      .catch(() => setShortcut(''));
  }, []);
  return shortcut;
}
