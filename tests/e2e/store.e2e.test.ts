/**
 * The store archives (`npm run zip`, `npm run zip:firefox`, packed by the e2e global setup) hold
 * what the extension needs and load as they are: the Chrome archive unpacked into Chromium, the
 * Firefox archive installed into Firefox as the .zip itself. In each, a page with claims gets them
 * highlighted and counted on the toolbar.
 */
import JSZip from 'jszip';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ICON_PATHS, MUTED_ICON_PATHS } from '../../src/background/badge';
import { launchChromium, launchFirefox, type BrowserSession } from './browsers';
import { claimHighlights } from './claims';
import { FixturePage } from './pages';
import { ROOT_DIR } from './paths';
import { startServer, type FixtureServer } from './server';

const OUTPUT = join(ROOT_DIR, '.output');

/** The one archive in .output/ whose name ends with `suffix` (e.g. `-chrome.zip`). */
function archive(suffix: string): string {
  const found = readdirSync(OUTPUT).filter((f) => f.endsWith(suffix));
  if (found.length !== 1) throw new Error(`expected one *${suffix} in ${OUTPUT}, found ${JSON.stringify(found)}`);
  return join(OUTPUT, found[0]!);
}

async function unpack(zipPath: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'pointwise-unzipped-'));
  const zip = await JSZip.loadAsync(readFileSync(zipPath));
  for (const [name, entry] of Object.entries(zip.files)) {
    if (entry.dir) continue;
    const target = join(dir, name);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, await entry.async('nodebuffer'));
  }
  return dir;
}

describe.each([
  ['chromium', '-chrome.zip'],
  ['firefox', '-firefox.zip'],
] as const)('store archive in %s', (name, suffix) => {
  let server: FixtureServer;
  let session: BrowserSession;
  let unpacked: string | undefined;
  let files: string[] = [];

  beforeAll(async () => {
    server = await startServer();
    const zipPath = archive(suffix);
    files = Object.keys((await JSZip.loadAsync(readFileSync(zipPath))).files);
    if (name === 'chromium') {
      unpacked = await unpack(zipPath);
      session = await launchChromium(unpacked);
    } else {
      session = await launchFirefox(zipPath);
    }
  });
  afterAll(async () => {
    await session?.close();
    await server?.stop();
    if (unpacked) rmSync(unpacked, { recursive: true, force: true });
  });

  test('holds the manifest, the icons (normal and muted) and no source maps', () => {
    expect(files).toContain('manifest.json');
    for (const path of [...Object.values(ICON_PATHS), ...Object.values(MUTED_ICON_PATHS), '/icons/128.png']) {
      expect(files, `archive has ${path}`).toContain(path.slice(1));
    }
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
  });

  test('loads as it is and marks the claims on a blog post', async () => {
    const page = await FixturePage.open(session, server, 'blog-post.html');
    try {
      const texts = await page.highlightedTexts();
      expect(texts.length).toBeGreaterThan(0);
      expect(texts.some((t) => /back\s+pain/i.test(t))).toBe(true);
      expect((await page.badges()).length).toBeGreaterThan(0);
      // The toolbar counts every shown claim (badges are drawn only near the viewport).
      await page.waitForToolbarBadge(String((await claimHighlights(page)).length));
      expect(page.errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
