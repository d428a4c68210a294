// Lint: typescript-eslint's recommended rules, plus the layering rules of ARCHITECTURE.md:
// the core (shared/) imports no Electron and no DOM; the renderer imports only the domain
// types and the contract from shared/; raw IPC stays in electron/.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', '.electron-native/**', 'test/fixtures/**', 'test-results/**', 'sample/output/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { files: ['**/*.{js,mjs,cjs}'], languageOptions: { globals: { ...globals.node } } },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-control-regex': 'off',
      '@typescript-eslint/no-empty-object-type': 'off',
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['electron', 'electron/*'], message: 'The core (shared/) must not import Electron.' }, { group: ['react', 'react-dom', 'react/*'], message: 'The core (shared/) must not import React.' }] },
      ],
    },
  },
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/shared/store/**', '**/shared/service/**', '**/shared/node/**', '**/shared/sources/**', '**/shared/extract/**', '**/shared/practice/**', '**/shared/crosscheck/**', '**/shared/report/**'], message: 'The renderer imports only shared/domain and shared/contract.' },
            { group: ['node:*', 'fs', 'path', 'child_process', 'electron'], message: 'The renderer has no Node and no Electron.' },
          ],
        },
      ],
      'no-restricted-properties': ['error', { property: 'innerHTML', message: 'Never render text as HTML.' }, { property: 'outerHTML', message: 'Never render text as HTML.' }, { property: 'insertAdjacentHTML', message: 'Never render text as HTML.' }],
      'no-restricted-syntax': ['error', { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Crawled text is untrusted: render it as text, never as HTML.' }],
    },
  },
);
