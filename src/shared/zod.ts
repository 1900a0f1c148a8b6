/**
 * zod, configured once for every context of the extension (and the CLI). Import `z` from here,
 * never from 'zod' directly, so the configuration runs before any schema parses.
 *
 * `jitless`: on the first object parse zod probes whether it may compile a fast parser with
 * `new Function`. An extension's pages and content scripts forbid eval, so the probe throws, the
 * page's console and CSP reports may see a violation, and in the engine it cost ~10 ms of the first
 * settings read (issue 8). The interpreted parser gives the same results.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
