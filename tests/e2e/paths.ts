/** Where things are, for the e2e harness. */
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = resolve(fileURLToPath(new URL('.', import.meta.url)));

/** The repository root. */
export const ROOT_DIR = resolve(HERE, '../..');
/** Where `wxt build` puts the Chromium build. */
export const CHROME_EXTENSION_DIR = join(ROOT_DIR, '.output', 'chrome-mv3');
/** Where `wxt build -b firefox` puts the Firefox build. */
export const FIREFOX_EXTENSION_DIR = join(ROOT_DIR, '.output', 'firefox-mv2');
/** The fixture pages. */
export const FIXTURES_DIR = join(HERE, 'fixtures');
/** Screenshots land here as `<browser>-<name>.png` (git-ignored). */
export const ARTIFACTS_DIR = join(HERE, 'artifacts');
