/**
 * `npm run demo`: opens Chromium with the built extension loaded, on the fixture pages served from
 * 127.0.0.1 (an Amazon-like listing, search results, blog posts, a cautious article…), in a fresh
 * profile. Stop it with Ctrl+C. Needs a display; set POINTWISE_CHROMIUM to use another Chromium.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROME_EXTENSION_DIR } from './paths';
import { startServer } from './server';

const candidates = [
  process.env.POINTWISE_CHROMIUM,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];
const executable = candidates.find((c): c is string => !!c && existsSync(c));

const server = await startServer({ port: Number(process.env.PORT ?? 0) || undefined });
const start = server.url('index.html');
console.log(`Demo pages: ${start}`);

if (!executable) {
  console.log('No Chromium found (install Debian\'s "chromium" or set POINTWISE_CHROMIUM).');
  console.log(
    `Load ${CHROME_EXTENSION_DIR} unpacked in your browser (chrome://extensions, Developer mode) and open the address above.`,
  );
} else if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.log('No display here: open the address above in a browser with Pointwise loaded');
  console.log(`(chrome://extensions → Developer mode → Load unpacked → ${CHROME_EXTENSION_DIR}).`);
} else {
  const profile = mkdtempSync(join(tmpdir(), 'pointwise-demo-'));
  const browser = spawn(
    executable,
    [
      `--user-data-dir=${profile}`,
      `--disable-extensions-except=${CHROME_EXTENSION_DIR}`,
      `--load-extension=${CHROME_EXTENSION_DIR}`,
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      start,
    ],
    { stdio: 'ignore' },
  );
  browser.on('exit', () => {
    rmSync(profile, { recursive: true, force: true });
    void server.stop().finally(() => process.exit(0));
  });
}
console.log('Press Ctrl+C to stop.');
process.on('SIGINT', () => {
  void server.stop().finally(() => process.exit(0));
});
