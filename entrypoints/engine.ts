import { STARTED_AT } from '../src/annotate/started-at';
import { runEngine } from '../src/annotate/engine';
import { takeHandoff } from '../src/annotate/handoff';

/**
 * The engine, injected by the background into a page's content-script world when the page gate
 * asks for it (see src/annotate/engine.ts). Never listed in the manifest, never web-accessible.
 */
export default defineUnlistedScript(() => {
  const handoff = takeHandoff();
  if (!handoff || handoff.ctx.isInvalid) return;
  void runEngine(handoff.ctx, STARTED_AT, handoff.reads()).then((engine) => handoff.attach(engine));
});
