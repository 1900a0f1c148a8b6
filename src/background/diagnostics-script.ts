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

/**
 * Keeps the registration in line with the switch. Calls are queued, so a start-up read and a change
 * arriving together can't register twice. Never throws: without the script, pages record nothing.
 */
export function diagnosticsScriptKeeper(scripting: ScriptingApi | undefined): (on: boolean) => Promise<void> {
  let queue = Promise.resolve();
  const apply = async (on: boolean): Promise<void> => {
    if (!scripting?.registerContentScripts) return;
    try {
      const registered = await scripting.getRegisteredContentScripts({ ids: [DIAGNOSTICS_SCRIPT_ID] });
      if (on && registered.length === 0) {
        await scripting.registerContentScripts([
          {
            id: DIAGNOSTICS_SCRIPT_ID,
            matches: ['<all_urls>'],
            js: [DIAGNOSTICS_SCRIPT_FILE],
            runAt: 'document_start',
            persistAcrossSessions: false,
          },
        ]);
      } else if (!on && registered.length > 0) {
        await scripting.unregisterContentScripts({ ids: [DIAGNOSTICS_SCRIPT_ID] });
      }
    } catch {
      // Diagnostics are a developer's aid: without the script, pages simply record nothing.
    }
  };
  return (on) => (queue = queue.then(() => apply(on)));
}
