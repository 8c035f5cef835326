// ESLint flat config (CommonJS: package.json has no "type": "module").
// Beyond the recommended rules it enforces the process boundaries; tests/architecture.test.ts
// checks the same rules (plus require() and dynamic import()) without ESLint.
const { builtinModules } = require('node:module');
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');

const electronOnlyInShell = {
  name: 'electron',
  message: "Only electron/main/** and electron/preload/** may import 'electron'. Use the Api in electron/api instead.",
};

const nodeBuiltins = [...new Set(builtinModules.filter((m) => !m.startsWith('_')).map((m) => m.split('/')[0]))];

module.exports = tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'out/**',
      'dist/**',
      'coverage/**',
      'test-results/**',
      'tests/artifacts/**',
      '.tmp/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // 'electron' everywhere except the thin shell.
  {
    files: ['**/*.{ts,tsx,mts,cts,js,mjs,cjs}'],
    ignores: ['electron/main/**', 'electron/preload/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [electronOnlyInShell], patterns: [{ group: ['electron/*'], message: electronOnlyInShell.message }] },
      ],
    },
  },
  // The renderer: a web page. No Node, no SQLite, no database layer (only its pure helpers).
  {
    files: ['renderer/**/*.{ts,tsx,js,jsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            electronOnlyInShell,
            { name: 'better-sqlite3', message: 'The renderer reaches the database only through window.api.' },
            ...nodeBuiltins.map((name) => ({
              name,
              message: 'The renderer runs in a sandboxed page: no Node modules.',
            })),
          ],
          patterns: [
            { group: ['node:*'], message: 'The renderer runs in a sandboxed page: no Node modules.' },
            { group: ['electron/*', 'better-sqlite3/*'], message: 'The renderer talks to nothing but window.api.' },
            ...nodeBuiltins.map((name) => ({
              group: [`${name}/*`],
              message: 'The renderer runs in a sandboxed page: no Node modules.',
            })),
            {
              // db, db/index, db/sql … but not db/thai, db/thai/* or db/import/types.
              regex: '(^|/)db(/(?!thai(/|$)|import/types$).*)?$',
              message: 'From db/ the renderer may import only db/thai and db/import/types; data comes from window.api.',
            },
          ],
        },
      ],
    },
  },
  // This file and other CommonJS configs.
  {
    files: ['**/*.cjs', 'eslint.config.js'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { require: 'readonly', module: 'writable', __dirname: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
