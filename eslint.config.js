// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'dist-embed/**', 'node_modules/**', 'data/**', '.bench/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { window: 'readonly', document: 'readonly', console: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      // Nothing from a data file may become markup: Lit's `unsafeHTML` is forbidden.
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'lit/directives/unsafe-html.js', message: 'Never render data as HTML.' }],
        },
      ],
    },
  },
  {
    // The core stays pure: it is tested in Node and must not reach the DOM, Lit or the map.
    files: ['src/core/**/*.ts', 'src/formats/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['lit', 'lit/*', '@lit/*'], message: 'src/core is pure: no Lit.' },
            { group: ['maplibre-gl', 'maplibre-gl/*'], message: 'src/core is pure: no map.' },
            {
              group: ['../map/*', '../components/*', '../state/*', '../workers/*'],
              message: 'src/core imports only core.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'navigator'],
    },
  },
  {
    // Only the map adapter may import maplibre-gl.
    files: ['src/**/*.ts'],
    ignores: ['src/map/**', 'src/core/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'lit/directives/unsafe-html.js', message: 'Never render data as HTML.' }],
          patterns: [
            {
              group: ['maplibre-gl', 'maplibre-gl/*'],
              message: 'Only src/map imports maplibre-gl.',
            },
          ],
        },
      ],
    },
  },
);
