/**
 * When the content script's code began to run. Imported first by the content script, so the time
 * its modules take to load (word tables, the knowledge base) can be recorded as our work too.
 */
export const STARTED_AT = typeof performance !== 'undefined' ? performance.now() : 0;
