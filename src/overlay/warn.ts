/** Overlay trouble is logged once per page, as a warning: Pointwise's trouble must never look like the page's. */
let warned = false;
export function warnOnce(error: unknown): void {
  if (warned) return;
  warned = true;
  // A warning, not an error: Pointwise's trouble must never look like the page's.
  console.warn('[Pointwise] overlay problem (further ones are not logged):', error);
}
