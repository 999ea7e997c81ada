// @ts-check
// ESLint flat config: typescript-eslint's recommended rules everywhere, plus the project's own
// architecture rule (eslint-rules/): modules import each other only through their index.ts.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import jiyue from './eslint-rules/index.js';

// Module paths are resolved from the repository root, wherever eslint is started from.
const root = path.dirname(fileURLToPath(import.meta.url));

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'coverage/**',
      'data/**',
      'test-results/**',
      'bench/results/**',
      // generated from the OpenAPI document by scripts/gen-api.ts
      'admin/src/api/schema.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    linterOptions: { reportUnusedDisableDirectives: 'warn' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-console': 'off',
    },
  },
  {
    // Node.js: the server, scripts, benchmarks, end-to-end journeys and configs.
    files: ['server/**', 'scripts/**', 'bench/**', 'e2e/**', 'eslint-rules/**', '*.{js,mjs,ts}', '.ci/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // The admin console runs in the browser. Hooks rules: the two classic ones (the React Compiler
    // rules of plugin v7 assume code written for the compiler).
    files: ['admin/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    files: ['server/src/**/*.ts'],
    plugins: { jiyue },
    rules: { 'jiyue/module-boundaries': ['error', { root }] },
  },
);
