// ESLint flat config: typescript-eslint's type-aware rules everywhere, jsx-a11y on the Preact
// components, Prettier for formatting (eslint-config-prettier switches off the rules it owns), and
// the layer rule from README.md ("How the code is laid out") as no-restricted-imports per folder.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

/** Folders of src/ and what each may not import (a layer never imports a layer that depends on it). */
const layers = {
  shared: [
    'detect',
    'page',
    'overlay',
    'annotate',
    'settings',
    'messaging',
    'background',
    'cli',
    'popup',
    'options',
    'ui',
  ],
  evidence: [
    'shared',
    'detect',
    'page',
    'overlay',
    'annotate',
    'settings',
    'messaging',
    'background',
    'cli',
    'popup',
    'options',
    'ui',
  ],
  detect: ['page', 'overlay', 'annotate', 'settings', 'messaging', 'background', 'cli', 'popup', 'options', 'ui'],
  page: ['overlay', 'annotate', 'settings', 'messaging', 'background', 'cli', 'popup', 'options', 'ui'],
  settings: ['page', 'overlay', 'annotate', 'messaging', 'background', 'cli', 'popup', 'options', 'ui'],
  messaging: ['page', 'overlay', 'annotate', 'settings', 'background', 'cli', 'popup', 'options', 'ui'],
  ui: ['page', 'overlay', 'annotate', 'background', 'cli', 'popup', 'options'],
  overlay: ['annotate', 'background', 'cli', 'popup', 'options'],
  annotate: ['background', 'cli', 'popup', 'options'],
  background: ['page', 'overlay', 'annotate', 'cli', 'popup', 'options', 'ui'],
  cli: ['overlay', 'annotate', 'background', 'popup', 'options', 'settings', 'messaging', 'ui'],
  popup: ['annotate', 'background', 'cli', 'options', 'overlay', 'page'],
  options: ['annotate', 'background', 'cli', 'popup', 'overlay', 'page'],
};

const layerRules = Object.entries(layers).map(([layer, banned]) => ({
  files: [`src/${layer}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        // zod only through src/shared/zod, which configures it before any schema parses.
        paths:
          layer === 'shared'
            ? []
            : ['zod', 'zod/mini'].map((name) => ({ name, message: 'import z from src/shared/zod' })),
        patterns: [
          ...banned.map((b) => ({
            // src/shared/zod (and zod-messages, the same with English messages) is open to every
            // layer (it is zod, configured).
            ...(b === 'shared'
              ? { regex: '^\\.\\./shared(/(?!zod(-messages)?$).*)?$' }
              : { group: [`../${b}`, `../${b}/*`] }),
            message: `src/${layer} may not import src/${b} (layer rule, README.md)`,
          })),
          { group: ['**/entrypoints/**'], message: 'src/ never imports an entrypoint' },
          ...(layer === 'shared'
            ? [
                {
                  regex: '^\\.\\./evidence(/(?!ids$).*)?$',
                  message: 'src/shared imports only evidence/ids',
                },
              ]
            : []),
        ],
      },
    ],
  },
}));

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'tests/e2e/artifacts/**', 'stats.html'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js', '*.mjs'] },
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      // Unused arguments named _x are deliberate (table-test names, interface shapes).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
    },
  },
  // This file: jsx-a11y ships no types, so type-aware rules would only see `any` here.
  { files: ['eslint.config.js'], ...tseslint.configs.disableTypeChecked },
  {
    // Fixture pages' own scripts: plain browser JavaScript outside the TypeScript project.
    files: ['tests/e2e/fixtures/**/*.js'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: globals.browser,
      sourceType: 'script',
    },
  },
  {
    files: ['**/*.tsx'],
    ...jsxA11y.flatConfigs.recommended,
  },
  {
    files: ['tests/**/*.ts'],
    rules: {
      // Fakes and test tables implement async interfaces without needing to await anything.
      '@typescript-eslint/require-await': 'off',
      // vitest's asymmetric matchers (expect.any, expect.objectContaining) are typed `any`.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      // Mocks stand in for promise-returning browser APIs typed as returning void by the fakes.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false } }],
    },
  },
  ...layerRules,
  prettier,
);
