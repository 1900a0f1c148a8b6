/** The diagnostics switch (contracts.md §6): storage key `diagnostics`, off unless it holds `true`. */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadDiagnostics, saveDiagnostics, watchDiagnostics } from '../../src/settings';

beforeEach(() => fakeBrowser.reset());

describe('diagnostics', () => {
  it('is off when nothing is stored', async () => {
    expect(await loadDiagnostics()).toBe(false);
  });

  it.each<[unknown, boolean]>([
    [true, true],
    [false, false],
    ['true', false],
    [1, false],
    [{ on: true }, false],
  ])('stored %j reads as %s', async (value, on) => {
    await fakeBrowser.storage.local.set({ diagnostics: value });
    expect(await loadDiagnostics()).toBe(on);
  });

  it('is the plain key `diagnostics`, outside the settings and without version meta', async () => {
    await saveDiagnostics(true);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ diagnostics: true });
    await saveDiagnostics(false);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('tells watchers, including about values set directly (as benchmarks do)', async () => {
    const seen: boolean[] = [];
    const unwatch = watchDiagnostics((on) => seen.push(on));
    await fakeBrowser.storage.local.set({ diagnostics: true });
    await saveDiagnostics(false);
    await fakeBrowser.storage.local.set({ diagnostics: 'yes' });
    await fakeBrowser.storage.local.set({ diagnostics: true });
    unwatch();
    await saveDiagnostics(false);
    expect(seen).toEqual([true, false, false, true]);
  });
});
