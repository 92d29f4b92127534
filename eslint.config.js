// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * One `no-restricted-imports` rule per part of the house (a later rule for
 * the same files replaces an earlier one, so each repeats the two that hold
 * everywhere: no maplibre-gl outside src/map, no unsafeHTML).
 */
function boundaries(parts) {
  return parts.map(({ files, ignores, patterns, maplibre = false }) => ({
    files,
    ...(ignores ? { ignores } : {}),
    rules: {
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'lit/directives/unsafe-html.js', message: 'Never render data as HTML.' }],
          patterns: [
            ...(maplibre
              ? []
              : [
                  {
                    group: ['maplibre-gl', 'maplibre-gl/*'],
                    message: 'Only src/map imports maplibre-gl.',
                  },
                ]),
            ...patterns,
          ],
        },
      ],
    },
  }));
}

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
  ...boundaries([
    {
      // Only the map adapter may import maplibre-gl; nothing from a data file becomes markup.
      files: ['src/**/*.ts'],
      ignores: ['src/map/**', 'src/core/**', 'src/formats/**'],
      patterns: [],
    },
    {
      // State holds the data and the view; it knows neither how they are shown nor the map.
      files: ['src/state/**/*.ts'],
      patterns: [
        {
          group: ['**/components/**', 'lit/decorators*'],
          message: 'src/state imports no components.',
        },
        { group: ['**/map/**'], message: 'src/state does not know the map.' },
      ],
    },
    {
      // The map adapter draws what it is given: no components, no state.
      files: ['src/map/**/*.ts'],
      maplibre: true,
      patterns: [
        { group: ['**/components/**', 'lit', 'lit/*'], message: 'src/map imports no components.' },
        { group: ['**/state/**'], message: 'src/map does not read the state.' },
      ],
    },
    {
      // Exports are drawn from core figures: no map, no state, no components.
      files: ['src/export/**/*.ts'],
      patterns: [
        {
          group: ['**/map/**', '**/state/**', '**/components/**'],
          message: 'src/export needs only core.',
        },
      ],
    },
    {
      // Components reach the map only through atlas-map-view, and files and workers through state.
      files: ['src/components/**/*.ts'],
      ignores: ['src/components/atlas-map-view/**'],
      patterns: [
        { group: ['**/map/**'], message: 'Only atlas-map-view imports src/map.' },
        {
          group: ['**/workers/**', '**/formats/**'],
          message: 'Components reach files and workers through src/state.',
          allowTypeImports: true,
        },
      ],
    },
  ]),
);
