/**
 * zod, configured once for every context of the extension (and the CLI). Import `z` from here,
 * never from 'zod' directly, so the configuration runs before any schema parses.
 *
 * Zod Mini: the same schemas and parser as zod's classic API, written as functions
 * (`z.optional(s)`, `s.check(z.maxLength(9))`) rather than methods, so that a bundle carries only
 * what it uses. The classic API's schema classes carry every method and pull in all of zod:
 * about 100 KB of the engine that the background injects into a page, whose size its first
 * injection's cost follows (issue 8).
 *
 * `jitless`: on the first object parse zod probes whether it may compile a fast parser with
 * `new Function`. An extension's pages and content scripts forbid eval, so the probe throws, the
 * page's console and CSP reports may see a violation, and in the engine it cost ~10 ms of the first
 * settings read (issue 8). The interpreted parser gives the same results.
 */
import * as z from 'zod/mini';

z.config({ jitless: true });

export { z };
