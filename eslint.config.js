import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import i18next from 'eslint-plugin-i18next';

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'node_modules/**',
      '.bench/**',
      'test-results/**',
      'playwright-report/**',
      'tests/e2e/screenshots/**',
      'coverage/**',
      'reports/**',
      '.stryker-tmp/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    // Which folder may import what is checked by dependency-cruiser (.dependency-cruiser.cjs).
    files: ['content/**/*.ts'],
    languageOptions: { globals: {} },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
    },
  },
  {
    // Every word a person reads comes from a catalog (renderer/locales): a literal in JSX,
    // as text or in an attribute a person reads or hears, fails the lint.
    files: ['renderer/**/*.tsx'],
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': [
        'error',
        {
          mode: 'jsx-only',
          'jsx-attributes': {
            exclude: [
              'className',
              'style',
              'type',
              'key',
              'id',
              'name',
              'role',
              'href',
              'rel',
              'htmlFor',
              'autoComplete',
              'inputMode',
              'aria-hidden',
              'aria-live',
              'aria-current',
              'aria-haspopup',
              'aria-controls',
              'aria-describedby',
              'aria-labelledby',
              'aria-pressed',
              'aria-orientation',
              'data-.*',
              'value',
              'defaultValue',
              'accept',
              'src',
              'viewBox',
              'd',
              'fill',
              'stroke',
              'stroke.*',
              'transform',
              'xmlns',
              'preserveAspectRatio',
              'width',
              'height',
              'lang',
              'dir',
              'method',
              'target',
              'step',
              'min',
              'max',
              'to',
              'variant',
              'size',
              'kind',
              'tone',
              'as',
            ],
          },
        },
      ],
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
