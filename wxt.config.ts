import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  hooks: {
    // The knowledge base is checked against its zod schema before every build (the shipped
    // extension then trusts it rather than re-checking it on every page): a bad edit stops the build.
    'build:before': async () => {
      const { knowledgeBaseData } = await import('./src/evidence/knowledge-base');
      const { parseKnowledgeBase } = await import('./src/evidence/schema');
      parseKnowledgeBase(knowledgeBaseData);
    },
  },
  vite: () => ({
    plugins: [preact()],
    // POINTWISE_NO_MINIFY=1 keeps names readable in browser CPU profiles.
    build: process.env.POINTWISE_NO_MINIFY ? { minify: false } : {},
  }),
  manifest: ({ browser }) => ({
    name: 'Pointwise',
    description:
      'Marks health claims about acupressure mats on shopping and wellness pages and shows what research says. Runs locally; sends nothing.',
    // storage: settings (local only); contextMenus: "Check this text with Pointwise" on a selection.
    permissions: ['storage', 'contextMenus'],
    action: { default_title: 'Pointwise' },
    commands: {
      'toggle-site': {
        suggested_key: { default: 'Alt+Shift+P' },
        description: 'Switch Pointwise annotations on or off for this site',
      },
    },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'pointwise@pointwise.example', strict_min_version: '128.0' } } }
      : {}),
  }),
});
