import { STARTED_AT } from '../src/annotate/started-at';
import { runGate, type GateApi } from '../src/annotate/gate-main';
import { diagnosticsFlagged } from '../src/shared/diagnostics-flag';

/**
 * The page gate, on every page (src/annotate/gate-main.ts). Listed in the manifest as the one
 * content script by wxt.config.ts rather than defined as a WXT content script: WXT's wrapper of a
 * content script builds its context, which loads the browser-API polyfill, and the two cost more on
 * every page than the gate's own work (issue 8). The engine, injected only where the gate passes,
 * has both.
 *
 * The APIs are the browser's own, looked up only when first needed: `browser` in Firefox, `chrome`
 * in Chromium, which in MV3 returns promises for the calls the gate makes (the polyfill adds
 * nothing to those).
 */
export default defineUnlistedScript(() => {
  const g = globalThis as unknown as { browser?: GateApi; chrome?: GateApi };
  runGate({
    api: () => (g.browser?.runtime?.id ? g.browser : g.chrome),
    doc: document,
    startedAt: STARTED_AT,
    diagnostics: diagnosticsFlagged(),
  });
});
