// ESLint (typescript-eslint, flat config): the recommended correctness rules for our TypeScript and
// scripts, no stylistic rules (formatting is Prettier's job: `npm run format:check`). Run by `npm test`
// through `npm run lint`.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'cli/dist/**', 'cli/schemas/**', 'node_modules/**', 'out/**', '.vscode-test/**', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: { ...globals.node } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `_`-prefixed names are deliberately unused (callback signatures, destructuring to omit a key).
      // Tests match indented text with literal spaces; `/\n  <key>/` reads better than `/\n {2}<key>/`.
      'no-regex-spaces': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
    },
  },
  {
    // Tests read JSON answers of any shape from the server and the manifest; `any` there is the honest type.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // The VS Code integration suite is CommonJS loaded by the extension host (it must `require('vscode')`).
    files: ['test/vscode/**/*.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
