import js from '@eslint/js';
import litPlugin from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wcPlugin from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'size-out/',
      'node_modules/',
      'custom-elements.json',
      'coverage/',
      'demo/dist/',
      'examples/*/dist*/',
      'examples/*/.angular/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'demo/**/*.ts'],
    ...litPlugin.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'demo/**/*.ts'],
    ...wcPlugin.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'demo/**/*.ts'],
    ...litA11y.configs.recommended,
  },
  {
    files: ['src/**/*.ts', 'demo/**/*.ts'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['**/*.mjs', '**/*.js', 'scripts/**', 'test/support/*.mjs', 'demo/server/**', 'src/server/**'],
    languageOptions: { globals: globals.node },
  },
  {
    // The example apps run in the browser; their build configs in Node.
    files: ['examples/*/src/**'],
    languageOptions: { globals: globals.browser },
  },
  {
    // The benchmark's page-side helpers (npm run bench) and the security suites' page scripts run in the browser.
    files: ['bench/**/*.js', 'test/e2e/security/fixtures/*.js'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['test/**/*.ts'],
    languageOptions: { globals: { ...globals.browser, ...globals.mocha } },
    rules: { '@typescript-eslint/no-unused-expressions': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    // What the browser and the server share imports nothing outside its folder: no element, no DOM, no server code.
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^(?!\\./)', message: 'src/shared/ imports only from src/shared/.' }] },
      ],
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
);
