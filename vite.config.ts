import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Relative asset paths, so the built app works from any folder of any static server.
  base: './',
  // Module workers, so the data worker loads its table readers only when a table is imported.
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
  },
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/core/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/browser/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // One Chromium at a time: two cores, software WebGL.
          fileParallelism: false,
        },
      },
    ],
  },
});
