/** Where things are, for the e2e harness. */
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = resolve(fileURLToPath(new URL('.', import.meta.url)));

/** The repository root. */
export const ROOT_DIR = resolve(HERE, '../..');
/**
 * Where `wxt build` puts the Chromium build. `POINTWISE_CHROME_DIR` points the suite at another
 * build (with POINTWISE_SKIP_BUILD=1), e.g. an older commit's, to show a new test fails there.
 */
export const CHROME_EXTENSION_DIR = process.env.POINTWISE_CHROME_DIR ?? join(ROOT_DIR, '.output', 'chrome-mv3');
/** Where `wxt build -b firefox` puts the Firefox build (`POINTWISE_FIREFOX_DIR` overrides, likewise). */
export const FIREFOX_EXTENSION_DIR = process.env.POINTWISE_FIREFOX_DIR ?? join(ROOT_DIR, '.output', 'firefox-mv2');
/** The fixture pages. */
export const FIXTURES_DIR = join(HERE, 'fixtures');
/** Screenshots land here as `<browser>-<name>.png` (git-ignored). */
export const ARTIFACTS_DIR = join(HERE, 'artifacts');
