/**
 * The popup's and options page's live data: the user's settings (loaded, watched, changed), one
 * site's switch (the same, for the site of the popup's tab), and the page summary (asked of the tab's content script, and asked again while the popup is open, so a
 * page that is still being read, or that loads more reviews, fills in by itself).
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  isSiteOn,
  loadSettings,
  parseSettings,
  setSiteEnabled,
  updateSettings,
  watchSettings,
  watchSite,
  type Settings,
} from '../settings';
import { findTargetTab, isTabLoading, requestSummary } from './page-link';
import type { PageProbe } from './page-view';

/** Change some settings; resolves once stored (the content scripts react to the storage change). */
export type ChangeSettings = (change: Partial<Settings> | ((current: Settings) => Settings)) => Promise<Settings>;

/**
 * Storage writes from one component that run one after another, in the order they were asked for,
 * with how many are still in flight: while any is, storage events are echoes of our own earlier
 * writes, and the hooks below ignore them so a switch never flicks back.
 */
function useOrderedWrites() {
  const pending = useRef(0);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  return useMemo(
    () => ({
      pending: () => pending.current,
      async run<T>(write: () => Promise<T>): Promise<T> {
        pending.current++;
        const done = queue.current.then(write);
        queue.current = done.catch(() => undefined);
        try {
          return await done;
        } finally {
          pending.current--;
        }
      },
    }),
    [],
  );
}

/**
 * The settings (null until loaded), kept current when they change anywhere, and a way to change them.
 * A change shows at once (the switch or radio must not flick back while storage is written), writes
 * run one after another in order, and storage events that arrive meanwhile — echoes of our own
 * earlier writes — are ignored until the last write has landed.
 */
export function useSettings(): [Settings | null, ChangeSettings] {
  const [settings, setSettings] = useState<Settings | null>(null);
  const latest = useRef<Settings | null>(null);
  const writes = useOrderedWrites();
  const show = useCallback((s: Settings) => {
    latest.current = s;
    setSettings(s);
  }, []);
  useEffect(() => {
    let live = true;
    void loadSettings().then((s) => live && writes.pending() === 0 && show(s));
    const unwatch = watchSettings((s) => {
      if (writes.pending() === 0) show(s);
    });
    return () => {
      live = false;
      unwatch();
    };
  }, [show, writes]);
  const change = useCallback<ChangeSettings>(
    async (c) => {
      const base = latest.current ?? (await loadSettings());
      show(parseSettings(typeof c === 'function' ? c(base) : { ...base, ...c }));
      return writes.run(async () => {
        const stored = await updateSettings(c);
        // The last write in flight: what storage now holds is what to show.
        if (writes.pending() === 1) show(stored);
        return stored;
      });
    },
    [show, writes],
  );
  return [settings, change];
}

/**
 * One site's switch: true when the site is on, null until read (or when `site` is null), kept
 * current when it changes anywhere, and a way to change it. Like `useSettings`, a change shows at
 * once, writes run in order, and storage events arriving while one runs are ignored.
 */
export function useSiteSwitch(site: string | null): [on: boolean | null, set: (on: boolean) => Promise<void>] {
  const [state, setState] = useState<{ site: string; on: boolean } | null>(null);
  const writes = useOrderedWrites();
  useEffect(() => {
    if (site === null) return;
    let live = true;
    const show = (on: boolean) => {
      if (live && writes.pending() === 0) setState({ site, on });
    };
    void isSiteOn(site).then(show);
    const unwatch = watchSite(site, show);
    return () => {
      live = false;
      unwatch();
    };
  }, [site, writes]);
  const set = useCallback(
    async (on: boolean) => {
      if (site === null) return;
      setState({ site, on });
      await writes.run(() => setSiteEnabled(site, on));
    },
    [site, writes],
  );
  return [state !== null && state.site === site ? state.on : null, set];
}

/** How often the popup asks the page again: quickly while it is being read, then at a calm pace. */
const POLL_READING_MS = 400;
const POLL_SETTLED_MS = 2500;
/** First answers may be missing only because the content script is still starting. */
const QUICK_RETRIES = 3;

export interface PageLink {
  /** The tab the popup speaks for, once known; null when there is none. */
  tabId: number | null | undefined;
  probe: PageProbe;
  /** Ask the page again now (e.g. right after a switch changed). */
  refresh: () => void;
}

/** Find the tab, ask its content script what is on the page, and keep asking while open. */
export function usePageLink(): PageLink {
  const [tabId, setTabId] = useState<number | null | undefined>(undefined);
  const [probe, setProbe] = useState<PageProbe>({ kind: 'pending' });
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const poll = useRef<() => void>(() => {});

  useEffect(() => {
    let live = true;
    let failures = 0;
    let id: number | undefined;
    const schedule = (ms: number) => {
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void ask(), ms);
    };
    let asked = 0;
    const ask = async () => {
      if (!live || id === undefined) return;
      const seq = ++asked;
      const answer = await requestSummary(id);
      // An older answer arriving after a newer question says nothing new.
      if (!live || seq !== asked) return;
      if (answer.kind === 'ok') {
        failures = 0;
        setProbe(answer);
        schedule(answer.summary.ready ? POLL_SETTLED_MS : POLL_READING_MS);
        return;
      }
      failures += 1;
      // Keep saying "looking" while the content script may still be starting.
      const starting = failures <= QUICK_RETRIES || (await isTabLoading(id));
      if (!live || seq !== asked) return;
      if (!starting) setProbe(answer);
      schedule(starting ? 250 : POLL_SETTLED_MS);
    };
    poll.current = () => void ask();
    void findTargetTab()
      .catch(() => undefined)
      .then((tab) => {
        if (!live) return;
        id = tab?.id;
        setTabId(id ?? null);
        if (id === undefined) setProbe({ kind: 'unreachable' });
        else void ask();
      });
    return () => {
      live = false;
      clearTimeout(timer.current);
    };
  }, []);

  const refresh = useCallback(() => poll.current(), []);
  return { tabId, probe, refresh };
}
