/**
 * zod (./zod.ts) with English error messages, for where a person reads them: the build's check of
 * the knowledge base, and the CLI's label files. Zod Mini leaves messages out unless a locale is
 * configured; the extension's scripts only need to know whether a value parses, so they import
 * ./zod.ts and carry none.
 */
import { z } from './zod';

z.config(z.locales.en());

export { z };
