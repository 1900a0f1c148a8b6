/**
 * How the page gate (the small content script on every page) hands a page over to the engine
 * (detector, knowledge base, overlay), which the background injects into the same content-script
 * world only where the gate passed. The two share that world's global object, which page script
 * cannot reach, so the handoff goes through a symbol-keyed slot there: the gate offers its lifetime
 * (the engine's ends with it) and a callback; the engine takes them and attaches its message handler.
 */

/** What the engine gives the gate: every message for the content script, once it is running. */
export interface EngineHandle {
  handle(message: unknown): Promise<unknown> | undefined;
}

export interface Handoff {
  /** The gate's lifetime: aborted when a newer gate takes over the document or the extension goes. */
  signal: AbortSignal;
  attach(engine: EngineHandle): void;
  /**
   * The gate's storage read (whether diagnostics are on, contracts.md §6, and the settings as
   * stored): the engine starts from it rather than waiting for a read of its own on the way to the
   * first marks. `stored` is left out when the settings changed after the gate read them.
   */
  reads(): Promise<{ diagnostics: boolean; stored?: Record<string, unknown> }>;
}

const KEY = Symbol.for('pointwise.handoff');

type Slot = Record<symbol, Handoff | undefined>;

/** The gate: leave the handoff for the engine about to be injected. */
export function offerHandoff(handoff: Handoff, scope: object = globalThis): void {
  (scope as Slot)[KEY] = handoff;
}

/** The engine: take the handoff (once). */
export function takeHandoff(scope: object = globalThis): Handoff | undefined {
  const slot = scope as Slot;
  const handoff = slot[KEY];
  delete slot[KEY];
  return handoff;
}
