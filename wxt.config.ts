import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import sharp from 'sharp';
import type { Plugin } from 'vite';

/** The one source icon; every PNG the browsers and stores need is made from it at build. */
const ICON_SOURCE = 'assets/icon.svg';
/**
 * Page text is data, never markup: Pointwise never uses `dangerouslySetInnerHTML` (the lint config
 * forbids it). This takes the one place that would act on it out of Preact's renderer, so that no
 * future change can write markup into a page or a card by accident, and so that the stores'
 * linters (web-ext's UNSAFE_VAR_ASSIGNMENT) find no dynamic innerHTML in what we ship. Fails the
 * build if a Preact upgrade changes that code, rather than silently leaving it in.
 */
function preactWithoutInnerHtml(): Plugin {
  return {
    name: 'pointwise:preact-without-inner-html',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]preact[\\/]dist[\\/]preact\.(module\.js|mjs)$/.test(id)) return null;
      const pattern = /\((\w+)\.innerHTML=(\w+)\.__html\)/g;
      if (!pattern.test(code))
        throw new Error(`Preact's innerHTML assignment not found in ${id}: update wxt.config.ts`);
      return { code: code.replace(pattern, '(void 0)'), map: null };
    },
  };
}

/** Sizes of the muted toolbar icon (a tab whose site has Pointwise switched off). */
const MUTED_SIZES = [16, 32, 48];

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/auto-icons'],
  // icons/{16,32,48,96,128}.png from the SVG (manifest.icons is filled in by the module). The dev
  // build keeps the same colours: a grey icon is what "off for this site" looks like.
  autoIcons: { baseIconPath: ICON_SOURCE, sizes: [128, 96, 48, 32, 16], developmentIndicator: false },
  hooks: {
    // Firefox: WXT builds browser_action from the popup and drops these. The toolbar icon, and the
    // toolbar itself as its place (Firefox otherwise hides a new extension's button in its
    // extensions panel, where the count can't be seen).
    'build:manifestGenerated': (wxt, manifest) => {
      const action = manifest.browser_action as
        { default_icon?: Record<string, string>; default_area?: string } | undefined;
      if (wxt.config.browser !== 'firefox' || !action) return;
      action.default_icon = { 16: 'icons/16.png', 32: 'icons/32.png', 48: 'icons/48.png' };
      action.default_area = 'navbar';
    },
    // The muted icon: the same mark in grey at about half strength, drawn from the same source.
    'build:done': async (wxt, output) => {
      await mkdir(resolve(wxt.config.outDir, 'icons'), { recursive: true });
      for (const size of MUTED_SIZES) {
        const fileName = `icons/muted-${size}.png`;
        await sharp(resolve(wxt.config.root, ICON_SOURCE))
          .resize(size)
          .grayscale()
          // Keep 55% of each pixel's opacity (dest-in with a 55%-opaque tile).
          .composite([
            {
              input: Buffer.from([0, 0, 0, 140]),
              raw: { width: 1, height: 1, channels: 4 },
              tile: true,
              blend: 'dest-in',
            },
          ])
          .png()
          .toFile(resolve(wxt.config.outDir, fileName));
        output.publicAssets.push({ type: 'asset', fileName });
      }
    },
    // The knowledge base is checked against its zod schema before every build (the shipped
    // extension then trusts it rather than re-checking it on every page): a bad edit stops the build.
    'build:before': async () => {
      const { knowledgeBaseData } = await import('./src/evidence/knowledge-base');
      const { parseKnowledgeBase } = await import('./src/evidence/schema');
      parseKnowledgeBase(knowledgeBaseData);
    },
  },
  vite: () => ({
    plugins: [preactWithoutInnerHtml(), preact()],
    // POINTWISE_NO_MINIFY=1 keeps names readable in browser CPU profiles.
    build: process.env.POINTWISE_NO_MINIFY ? { minify: false } : {},
  }),
  manifest: ({ browser }) => ({
    name: 'Pointwise',
    description:
      'Marks health claims about acupressure mats on shopping and wellness pages and shows what research says. Runs locally; sends nothing.',
    // storage: settings (local only); contextMenus: "Check this text with Pointwise" on a selection;
    // scripting + host permissions: the background injects the engine into pages whose gate passed
    // (issue 8), and registers the diagnostics flag's script while diagnostics are on. The gate
    // already runs on every page, so the install prompt is the same.
    permissions: ['storage', 'contextMenus', 'scripting'],
    host_permissions: ['<all_urls>'],
    // The page gate (entrypoints/gate.ts), the one script on every page. Built by WXT as an
    // unlisted script and listed here, so that it loads neither WXT's content-script context nor
    // the polyfill (issue 8). Top frames only, once the page is parsed.
    content_scripts: [{ matches: ['<all_urls>'], js: ['gate.js'], run_at: 'document_idle' }],
    action: {
      default_title: 'Pointwise',
      default_icon: { 16: 'icons/16.png', 32: 'icons/32.png', 48: 'icons/48.png' },
    },
    commands: {
      'toggle-site': {
        suggested_key: { default: 'Alt+Shift+P' },
        description: 'Switch Pointwise annotations on or off for this site',
      },
    },
    // Chromium 134: highlights inherit (src/overlay/highlight-css.ts writes their rules on the root).
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'pointwise@pointwise.example',
              // 142: the first version (desktop and Android) that reads data_collection_permissions.
              strict_min_version: '142.0',
              // Firefox's data-collection declaration: Pointwise collects and transmits nothing.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : { minimum_chrome_version: '134' }),
  }),
});
