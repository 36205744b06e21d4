// @ts-check
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');
const reactHooks = require('eslint-plugin-react-hooks');

module.exports = tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'dist/**',
      'functions/dist/**',
      'addin/dist/**',
      'coverage/**',
      'test-results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.js'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: {
        require: 'readonly',
        module: 'writable',
        process: 'readonly',
        console: 'readonly',
        __dirname: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        Buffer: 'readonly',
        fetch: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    rules: {
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': 'off',
    },
  },
  {
    // Outside shared/, the domain core is reached only through its package entry points (shared/package.json
    // "exports"), never a path into its files.
    files: ['addin/**', 'cli/**', 'functions/**', 'bench/**', 'examples/**', 'scripts/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(\\.\\.?/)+shared(/|$)',
              message:
                "Import the core through '@thidua/core' or one of its entry points (shared/package.json exports).",
            },
            {
              regex: '^@thidua/core/(src|test|types)(/|$)|^@thidua/core/adapters/[^/]+/',
              message: 'Only the entry points listed in shared/package.json exports are public.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['shared/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            'node:*',
            'fs',
            'path',
            'os',
            'http',
            'https',
            'crypto',
            'child_process',
            '@azure/*',
            'exceljs',
            'react',
          ],
        },
      ],
    },
  },
  {
    // the pane's components and hooks: hooks called unconditionally, effects and memos listing what they read
    files: ['addin/**/*.tsx', 'addin/src/ui/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.flat.recommended.rules,
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
);
