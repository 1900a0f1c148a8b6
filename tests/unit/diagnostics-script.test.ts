/**
 * The background keeps the diagnostics flag's content script registered exactly while the stored
 * switch is on (src/background/diagnostics-script.ts).
 */
import { describe, expect, test, vi } from 'vitest';
import { diagnosticsScriptKeeper, type ScriptingApi } from '../../src/background/diagnostics-script';
import { DIAGNOSTICS_SCRIPT_FILE, DIAGNOSTICS_SCRIPT_ID } from '../../src/shared/diagnostics-flag';

function fakeScripting() {
  const registered = new Map<string, { js: string[]; runAt: string }>();
  const api = {
    getRegisteredContentScripts: vi.fn(async ({ ids }: { ids: string[] }) =>
      ids.filter((id) => registered.has(id)).map((id) => ({ id })),
    ),
    registerContentScripts: vi.fn(async (scripts: Array<{ id: string; js: string[]; runAt: string }>) => {
      // A little later, as the browser's own call would be.
      await new Promise((resolve) => setTimeout(resolve, 1));
      for (const script of scripts) {
        if (registered.has(script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
        registered.set(script.id, script);
      }
    }),
    unregisterContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => {
      for (const id of ids) registered.delete(id);
    }),
  };
  return { api: api as ScriptingApi, calls: api, registered };
}

const noWait = () => Promise.resolve();

describe('the diagnostics script', () => {
  test('is registered while diagnostics are on, once, and unregistered when they go off', async () => {
    const { api, calls, registered } = fakeScripting();
    let on = true;
    const sync = diagnosticsScriptKeeper(api, async () => on, noWait);
    // The start-up sync and a change arriving together.
    await Promise.all([sync(), sync()]);
    expect(calls.registerContentScripts).toHaveBeenCalledTimes(1);
    expect(registered.get(DIAGNOSTICS_SCRIPT_ID)).toMatchObject({
      js: [DIAGNOSTICS_SCRIPT_FILE],
      runAt: 'document_start',
    });
    on = false;
    await sync();
    expect(registered.size).toBe(0);
    await sync();
    expect(calls.unregisterContentScripts).toHaveBeenCalledTimes(1);
  });

  test('a start-up read that was out when the switch changed cannot undo the change', async () => {
    const { api, registered } = fakeScripting();
    let on = false;
    const sync = diagnosticsScriptKeeper(api, async () => on, noWait);
    // Start-up: a sync is queued; then the switch goes on and its change event syncs again.
    const startUp = sync();
    on = true;
    const change = sync();
    await Promise.all([startUp, change]);
    expect(registered.has(DIAGNOSTICS_SCRIPT_ID)).toBe(true);
  });

  test('a browser without the API, or one that refuses, leaves diagnostics off without an error', async () => {
    await expect(diagnosticsScriptKeeper(undefined, async () => true)()).resolves.toBeUndefined();
    const { api, calls } = fakeScripting();
    calls.registerContentScripts.mockRejectedValue(new Error('refused'));
    const waits: number[] = [];
    const sync = diagnosticsScriptKeeper(
      api,
      async () => true,
      async (ms) => void waits.push(ms),
    );
    await expect(sync()).resolves.toBeUndefined();
    // Tried four times, waiting longer each time, then given up.
    expect(calls.registerContentScripts).toHaveBeenCalledTimes(4);
    expect(waits).toEqual([250, 500, 1000]);
    // The queue goes on after a failure.
    calls.registerContentScripts.mockResolvedValue(undefined);
    await sync();
    expect(calls.registerContentScripts).toHaveBeenCalledTimes(5);
  });

  test('a call that fails at first (the service worker just started) is tried again', async () => {
    const { api, calls, registered } = fakeScripting();
    calls.getRegisteredContentScripts.mockRejectedValueOnce(new Error('not ready'));
    await diagnosticsScriptKeeper(api, async () => true, noWait)();
    expect(registered.has(DIAGNOSTICS_SCRIPT_ID)).toBe(true);
  });
});
