/**
 * Vitest global setup for the e2e suite: builds the extension for Chromium (MV3) and Firefox (MV2)
 * once per run, and packs both store archives (`wxt zip` builds, then zips), so the tests always
 * drive the current source and the store test loads the archives that would be uploaded. Set
 * POINTWISE_SKIP_BUILD=1 to reuse what is already in `.output/` (e.g. while iterating on a test).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CHROME_EXTENSION_DIR, FIREFOX_EXTENSION_DIR, ROOT_DIR } from './paths';

function build(args: string[]): void {
  const wxt = join(ROOT_DIR, 'node_modules', '.bin', 'wxt');
  const started = Date.now();
  const result = spawnSync(wxt, ['zip', ...args], { cwd: ROOT_DIR, encoding: 'utf8', env: process.env });
  if (result.status !== 0) {
    throw new Error(`wxt zip ${args.join(' ')} failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
  console.log(`[e2e] wxt zip ${args.join(' ')} done in ${Date.now() - started} ms`);
}

export default function setup(): void {
  if (process.env.POINTWISE_SKIP_BUILD === '1') {
    for (const dir of [CHROME_EXTENSION_DIR, FIREFOX_EXTENSION_DIR]) {
      if (!existsSync(join(dir, 'manifest.json'))) {
        throw new Error(`POINTWISE_SKIP_BUILD=1 but ${dir} has no build; run npm run build && npm run build:firefox`);
      }
    }
    return;
  }
  build([]);
  build(['-b', 'firefox']);
}
