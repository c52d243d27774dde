// Lint for the whole repository (`npm run lint`): typescript-eslint's recommended rules
// with `any` forbidden, React's hook rules in the admin, and no formatting rules
// (Prettier owns formatting; eslint-config-prettier turns the overlapping rules off).
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/build/**',
      '**/.strapi/**',
      '**/.tmp/**',
      'coverage/**',
      'data/**',
      'tests/.artifacts/**',
      'bench/results/**',
      'playground/types/generated/**',
      'playground/src/extensions/**',
      'playground/public/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // `require` is how the CommonJS scripts and Strapi's config files load modules.
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  {
    files: ['admin/src/**/*.{ts,tsx}', 'examples/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    files: ['tests/**/*.ts', '**/__tests__/**/*.{ts,tsx}', '**/*.test.{ts,tsx}'],
    languageOptions: { globals: { ...globals.jest } },
  },
  {
    // Tests, benches, scripts and the playground read untyped HTTP answers and Strapi
    // objects (supertest's `body` is `any` itself): the rule guards the shipped code only.
    files: ['tests/**', 'bench/**', 'scripts/**', 'playground/**', '**/__tests__/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  prettier
);
