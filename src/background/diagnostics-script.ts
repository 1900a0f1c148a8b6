/**
 * The background's half of the diagnostics flag (src/shared/diagnostics-flag.ts): while the stored
 * switch is on (contracts.md §6), a content script of ours runs at `document_start` on every page
 * and raises the flag the page gate reads, so the gate never reads storage for it. Registered for
 * the browser session only and brought in line with the stored switch whenever the background
 * starts and whenever the switch changes. Browser APIs come in as arguments.
 */
import { DIAGNOSTICS_SCRIPT_FILE, DIAGNOSTICS_SCRIPT_ID } from '../shared/diagnostics-flag';

export interface ScriptingApi {
  getRegisteredContentScripts(filter: { ids: string[] }): Promise<Array<{ id: string }>>;
  registerContentScripts(
    scripts: Array<{
      id: string;
      matches: string[];
      js: string[];
      runAt: 'document_start';
      persistAcrossSessions: boolean;
    }>,
  ): Promise<void>;
  unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
}

/** Tries at registering or unregistering before giving up (a call at the service worker's start can fail). */
const ATTEMPTS = 4;

/**
 * Keeps the registration in line with the switch: call the function it returns at start-up and
 * whenever the switch changes. Each call reads the switch afresh (`readSwitch`) when its turn in the
 * queue comes, so a start-up read that answers after a change event can't undo the change, and two
 * calls can't register twice; a call that fails is tried again a few times, waiting a little longer
 * each time (`wait`, a timer). Never throws: without the script, pages record nothing.
 */
export function diagnosticsScriptKeeper(
  scripting: ScriptingApi | undefined,
  readSwitch: () => Promise<boolean>,
  wait: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
): () => Promise<void> {
  let queue = Promise.resolve();
  /** One try; true when the registration now matches `on`. */
  const attempt = async (api: ScriptingApi, on: boolean): Promise<boolean> => {
    try {
      const registered = await api.getRegisteredContentScripts({ ids: [DIAGNOSTICS_SCRIPT_ID] });
      if (on && registered.length === 0) {
        await api.registerContentScripts([
          {
            id: DIAGNOSTICS_SCRIPT_ID,
            matches: ['<all_urls>'],
            js: [DIAGNOSTICS_SCRIPT_FILE],
            runAt: 'document_start',
            persistAcrossSessions: false,
          },
        ]);
      } else if (!on && registered.length > 0) {
        await api.unregisterContentScripts({ ids: [DIAGNOSTICS_SCRIPT_ID] });
      }
      return true;
    } catch {
      return false;
    }
  };
  const apply = async (): Promise<void> => {
    if (!scripting?.registerContentScripts) return;
    for (let i = 0; i < ATTEMPTS; i++) {
      if (await attempt(scripting, await readSwitch())) return;
      if (i < ATTEMPTS - 1) await wait(250 * 2 ** i);
    }
    // Diagnostics are a developer's aid: without the script, pages simply record nothing.
  };
  return () => (queue = queue.then(apply));
}
