import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
    // POINTWISE_NO_MINIFY=1 keeps names readable in browser CPU profiles.
    build: process.env.POINTWISE_NO_MINIFY ? { minify: false } : {},
  }),
  manifest: {
    name: 'Pointwise',
    description:
      'Marks health claims about acupressure mats on shopping and wellness pages and shows what research says. Runs locally; sends nothing.',
    permissions: ['storage'],
    action: { default_title: 'Pointwise' },
  },
});
