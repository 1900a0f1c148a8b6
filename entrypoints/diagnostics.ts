import { raiseDiagnosticsFlag } from '../src/shared/diagnostics-flag';

/**
 * Registered by the background as a content script (document_start, every page) only while
 * diagnostics are on (contracts.md §6); tells the page gate so without a storage read on every page
 * (src/shared/diagnostics-flag.ts). Never listed in the manifest, never web-accessible.
 */
export default defineUnlistedScript(() => raiseDiagnosticsFlag());
