import { STARTED_AT } from '../src/annotate/started-at';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { runEngine } from '../src/annotate/engine';
import { takeHandoff } from '../src/annotate/handoff';
import { shieldStartupEvent } from '../src/annotate/page-guards';

/**
 * The engine, injected by the background into a page's content-script world when the page gate
 * asks for it (see src/annotate/engine.ts). Never listed in the manifest, never web-accessible.
 * Its lifetime is WXT's content-script context, ended with the gate's.
 */
export default defineUnlistedScript(() => {
  const handoff = takeHandoff();
  if (!handoff || handoff.signal.aborted) return;
  // Before the context exists: a page must not be able to stop us with WXT's own start-up event.
  shieldStartupEvent(window, handoff.signal);
  const ctx = new ContentScriptContext('engine', { noScriptStartedPostMessage: true });
  handoff.signal.addEventListener('abort', () => ctx.abort('the page gate stopped'));
  void runEngine(ctx, STARTED_AT, handoff.reads()).then((engine) => handoff.attach(engine));
});
