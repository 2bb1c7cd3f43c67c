// Lint rules, including the layer rules of STYLE.md: imports only point down.
//   shared/   pure: no Node built-ins, no electron, no DOM-free-breaking globals
//   renderer/ only shared/ and its own files: no Node, no electron, no electron/ code
//   electron/ services, store, cli, server: plain Node, never `electron`
//   electron/main, electron/preload: the only files allowed to import `electron`
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

const restrict = (message, extraPatterns = []) => ({
  'no-restricted-imports': [
    'error',
    {
      paths: [...nodeBuiltins.map((name) => ({ name, message })), { name: 'electron', message }],
      patterns: extraPatterns,
    },
  ],
});

export default tseslint.config(
  {
    ignores: [
      'out/',
      'dist/',
      'release/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'data/',
      'build/',
      'tmp/', // scratch space, git-ignored
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      ...restrict('shared/ is pure TypeScript: no Node built-ins and no electron (DESIGN.md, Layers).', [
        {
          group: ['**/electron/**', '**/renderer/**'],
          message: 'shared/ imports nothing from the layers above it.',
        },
      ]),
      'no-restricted-globals': [
        'error',
        'process',
        'Buffer',
        'require',
        '__dirname',
        '__filename',
        'window',
        'document',
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict('The renderer never touches Node or electron; it calls the WorkbenchApi.', [
        { group: ['**/electron/**'], message: 'The renderer talks to services only through the API client.' },
      ]),
    },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/main/**', 'electron/preload/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message:
                'Only electron/main and electron/preload import electron; services run under plain Node.',
            },
          ],
          patterns: [
            {
              group: ['**/renderer/**', '**/electron/main/**', '**/electron/preload/**'],
              message: 'Services never import the doors.',
            },
          ],
        },
      ],
    },
  },
);
