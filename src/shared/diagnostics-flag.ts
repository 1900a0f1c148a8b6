/**
 * Whether diagnostics are on (contracts.md §6), told to the page gate without a storage read.
 *
 * The gate runs on every page; reading `diagnostics` from storage there cost a call into the
 * extension APIs and a task of its own on every page, for a switch that is off for everyone but
 * benchmarks and tests. Instead the background mirrors the stored switch into a content script of
 * its own (entrypoints/diagnostics.ts, registered with `scripting.registerContentScripts` only while
 * the switch is on, at `document_start`), which raises this flag in the content scripts' world before
 * the gate runs. Page script can neither see nor raise it: that world's global object is ours.
 */
const FLAG = Symbol.for('pointwise.diagnostics');

type Slot = Record<symbol, unknown>;

/** The id of the registered content script that raises the flag. */
export const DIAGNOSTICS_SCRIPT_ID = 'pointwise-diagnostics';
/** Its file in the built extension. */
export const DIAGNOSTICS_SCRIPT_FILE = 'diagnostics.js';

/** Raise the flag (the registered script, on every page while diagnostics are on). */
export function raiseDiagnosticsFlag(scope: object = globalThis): void {
  (scope as Slot)[FLAG] = true;
}

/** Is the flag raised in this world? */
export function diagnosticsFlagged(scope: object = globalThis): boolean {
  return (scope as Slot)[FLAG] === true;
}
