import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** Process boundaries, enforced: each folder may import only what its process can load. */
const noElectron = {
  name: 'electron',
  message: 'Only electron/app (the shell) and electron/preload may import electron.',
};

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'node_modules/**',
      '.bench/**',
      'test-results/**',
      'playwright-report/**',
      'tests/e2e/screenshots/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-restricted-imports': ['error', { paths: [noElectron] }],
    },
  },
  {
    files: ['content/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectron, { name: 'react', message: 'content/ is pure data and planning.' }],
          patterns: [
            {
              group: ['node:*', 'fs', 'path', 'os'],
              message: 'content/ does no I/O; the caller reads files.',
            },
            {
              group: ['**/electron/**', '**/renderer/**'],
              message: 'content/ imports nothing from the processes.',
            },
          ],
        },
      ],
    },
  },
  {
    // electron/app is the Electron shell and the preload its bridge: the only code that may.
    files: ['electron/app/**/*.ts', 'electron/preload/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // The renderer may know the contract's types, never main-process code.
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [noElectron],
          patterns: [
            {
              group: ['**/electron/**', '!**/electron/common/**'],
              message: 'The renderer reaches main only through window.unknot.',
            },
            {
              group: ['**/electron/common/**'],
              allowTypeImports: true,
              message: 'Import the contract as types only (import type ...).',
            },
            { group: ['node:*'], message: 'The renderer is sandboxed: no Node modules.' },
          ],
        },
      ],
      'no-restricted-imports': 'off',
    },
  },
  {
    // Indexing fixtures is routine in tests; a wrong guess fails the test loudly anyway.
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    // Playwright fixtures with no dependencies are declared with an empty pattern.
    files: ['tests/e2e/fixtures.ts'],
    rules: { 'no-empty-pattern': 'off' },
  },
  {
    files: ['tests/harness/page-bridge.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['scripts/**/*.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
);
