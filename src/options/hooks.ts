/**
 * The options page's own live data, beside the settings (`useSettings` in ../ui/hooks): the
 * switched-off sites, kept in one storage key each (see ../settings), and the diagnostics switch.
 * Both are read, kept current when they change anywhere, and changed at once on screen.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import {
  clearOffSites,
  listOffSites,
  loadDiagnostics,
  saveDiagnostics,
  setSiteEnabled,
  watchDiagnostics,
  watchOffSites,
} from '../settings';

export interface OffSites {
  /** The switched-off sites, alphabetically; null until read. */
  sites: string[] | null;
  /** Switch one site back on; resolves once stored. */
  turnOn: (site: string) => Promise<void>;
  /** Switch every site back on; resolves once stored. */
  turnAllOn: () => Promise<void>;
}

/** The sites where Pointwise is off, read again whenever one is switched (here, in the popup, by shortcut). */
export function useOffSites(): OffSites {
  const [sites, setSites] = useState<string[] | null>(null);
  useEffect(() => {
    let live = true;
    let asked = 0;
    const load = () => {
      const seq = ++asked;
      listOffSites().then(
        (list) => {
          // An older listing finishing after a newer one says nothing new.
          if (live && seq === asked) setSites(list);
        },
        () => {
          if (live && seq === asked) setSites((s) => s ?? []);
        },
      );
    };
    load();
    const unwatch = watchOffSites(load);
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  const turnOn = useCallback(async (site: string) => {
    setSites((s) => s && s.filter((x) => x !== site));
    await setSiteEnabled(site, true);
  }, []);
  const turnAllOn = useCallback(async () => {
    setSites([]);
    await clearOffSites();
  }, []);
  return { sites, turnOn, turnAllOn };
}

/** The diagnostics switch (null until read) and a way to change it. */
export function useDiagnostics(): [on: boolean | null, set: (on: boolean) => Promise<void>] {
  const [on, setOn] = useState<boolean | null>(null);
  useEffect(() => {
    let live = true;
    void loadDiagnostics().then((value) => live && setOn(value));
    const unwatch = watchDiagnostics((value) => live && setOn(value));
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  const set = useCallback(async (next: boolean) => {
    setOn(next);
    await saveDiagnostics(next);
  }, []);
  return [on, set];
}
