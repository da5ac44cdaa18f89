import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'build/', 'src/generated/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  wc.configs['flat/recommended'],
  lit.configs['flat/recommended'],
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['**/*.test.ts'],
    rules: { 'no-console': 'off', '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    files: ['demo/**/*.js'],
    languageOptions: {
      globals: {
        document: 'readonly', location: 'readonly', navigator: 'readonly', Event: 'readonly', URL: 'readonly',
        fetch: 'readonly',
      },
    },
  },
  {
    files: ['**/*.mjs', 'scripts/**'],
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly', document: 'readonly' },
    },
  },
  {
    // The benchmark's page-side functions and baseline elements run in the browser.
    files: ['scripts/bench.mjs', 'scripts/bench/**'],
    languageOptions: {
      globals: {
        window: 'readonly', performance: 'readonly', requestAnimationFrame: 'readonly',
        PerformanceObserver: 'readonly', customElements: 'readonly',
      },
    },
  },
);
