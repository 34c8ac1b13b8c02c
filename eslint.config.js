// One linter for the whole tree. Type-aware rules catch what reviews miss in a codebase that
// handles survivors' data: floating promises, `any` leaking across boundaries, switches that
// forget a new enumeration value.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'data/**', 'bench/results/**'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The domain package has no I/O and no knowledge of the apps that use it.
    files: ['packages/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*'], message: 'packages/core is pure domain: no Node I/O.' },
            {
              group: ['@sanad/server', '@sanad/console', '@sanad/survivor', '**/apps/**'],
              message: 'packages/core must not depend on an app.',
            },
          ],
        },
      ],
    },
  },
  {
    // Apps talk to each other only through the API: the console and survivor app never import
    // the server, and no app imports another app.
    files: ['apps/console/**/*.{ts,tsx}', 'apps/survivor/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@sanad/server', '**/apps/server/**'],
              message: 'Front-ends reach the server through the HTTP API only.',
            },
          ],
        },
      ],
    },
  },
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
  prettier,
);
