// Lint rules: typescript-eslint's recommended set plus the layer bans from architecture.md.
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');
const globals = require('globals');

module.exports = tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'coverage/**', '.local-cloud/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
  {
    files: ['**/*.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Product code never depends on the local cloud: no code path asks "am I in the emulator?".
    files: ['server/**/*.ts', 'cloudfunctions/**/*.ts', 'miniprogram/**/*.ts', 'typings/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ group: ['**/emulator/**'], message: 'product code must not import the local cloud' }],
        },
      ],
    },
  },
  {
    // Pages run in WeChat: no Node built-ins, no ajv (it needs eval), no server code.
    files: ['miniprogram/**/*.ts'],
    ignores: ['**/*.test.ts'],
    languageOptions: {
      globals: {
        wx: 'readonly',
        App: 'readonly',
        Page: 'readonly',
        Component: 'readonly',
        getApp: 'readonly',
        getCurrentPages: 'readonly',
        Behavior: 'readonly',
      },
    },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/emulator/**', '**/server/**', '**/cloudfunctions/**'],
              message: 'pages reach the server through services/cloud.ts only',
            },
            { group: ['ajv', 'wx-server-sdk', 'node:*'], message: 'not available in the mini program' },
          ],
        },
      ],
    },
  },
  {
    // Domain code is pure: no SDK, no I/O.
    files: ['server/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['wx-server-sdk', 'node:*', '**/repositories/**', '**/gateways/**', '**/emulator/**'],
              message: 'domain code is pure',
            },
          ],
        },
      ],
    },
  },
);
