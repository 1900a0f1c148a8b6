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

describe('the diagnostics script', () => {
  test('is registered while diagnostics are on, once, and unregistered when they go off', async () => {
    const { api, calls, registered } = fakeScripting();
    const keep = diagnosticsScriptKeeper(api);
    // The start-up read and a change arriving together.
    await Promise.all([keep(true), keep(true)]);
    expect(calls.registerContentScripts).toHaveBeenCalledTimes(1);
    expect(registered.get(DIAGNOSTICS_SCRIPT_ID)).toMatchObject({
      js: [DIAGNOSTICS_SCRIPT_FILE],
      runAt: 'document_start',
    });
    await keep(false);
    expect(registered.size).toBe(0);
    await keep(false);
    expect(calls.unregisterContentScripts).toHaveBeenCalledTimes(1);
  });

  test('a browser without the API, or one that refuses, leaves diagnostics off without an error', async () => {
    await expect(diagnosticsScriptKeeper(undefined)(true)).resolves.toBeUndefined();
    const { api, calls } = fakeScripting();
    calls.registerContentScripts.mockRejectedValue(new Error('refused'));
    const keep = diagnosticsScriptKeeper(api);
    await expect(keep(true)).resolves.toBeUndefined();
    // The queue goes on after a failure.
    calls.registerContentScripts.mockResolvedValue(undefined);
    await keep(true);
    expect(calls.registerContentScripts).toHaveBeenCalledTimes(2);
  });
});
