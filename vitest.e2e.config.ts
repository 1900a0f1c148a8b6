import { defineConfig } from 'vitest/config';

/**
 * End-to-end tests: the built extension in Debian's Chromium and Firefox ESR against fixture pages
 * served on 127.0.0.1. Run with `npm run test:e2e`; see tests/e2e/README.md.
 */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts', 'tests/e2e/harness.test.ts'],
    environment: 'node',
    // Builds both extensions once per run (skip with POINTWISE_SKIP_BUILD=1); starts nothing else.
    globalSetup: ['tests/e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    teardownTimeout: 30_000,
    // Two cores: one browser at a time.
    fileParallelism: false,
    // Browsers are real processes; never run tests of one file concurrently either.
    sequence: { concurrent: false },
  },
});
