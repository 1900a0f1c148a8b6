/**
 * The diagnostics switch (contracts.md §6): `browser.storage.local` key `diagnostics`, a key of its
 * own outside the settings item and without version meta. While it holds `true`, the content script
 * records its timing in the page's performance timeline (which the page can read); absent or any
 * other value means off. Benchmarks and tests set it directly (`chrome.storage.local.set({ diagnostics:
 * true })`); the options page offers the switch.
 */
import { storage } from 'wxt/utils/storage';

const DIAGNOSTICS_KEY = 'local:diagnostics';

/** Are diagnostics on? False when nothing, or anything but `true`, is stored. Never throws. */
export async function loadDiagnostics(): Promise<boolean> {
  try {
    return (await storage.getItem<unknown>(DIAGNOSTICS_KEY)) === true;
  } catch {
    return false;
  }
}

/** Call `listener` with the new state whenever the stored value changes. */
export function watchDiagnostics(listener: (on: boolean) => void): () => void {
  return storage.watch<unknown>(DIAGNOSTICS_KEY, (value) => listener(value === true));
}

/** Switch diagnostics on (`true` stored) or off (the key removed: absent means off). */
export async function saveDiagnostics(on: boolean): Promise<void> {
  if (on) await storage.setItem(DIAGNOSTICS_KEY, true);
  else await storage.removeItem(DIAGNOSTICS_KEY);
}
