import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vitest/config';
import { NATIONAL_CROSSWALK_PATH, nationalCrosswalkJson } from './scripts/national-crosswalk';

/** Converts the national crosswalk from its npm package when the app is built or served. */
function nationalCrosswalk(): Plugin {
  let json: string | null = null;
  const get = () => (json ??= nationalCrosswalkJson());
  return {
    name: 'national-crosswalk',
    configureServer(server) {
      server.middlewares.use(`/${NATIONAL_CROSSWALK_PATH}`, (_request, response) => {
        response.setHeader('content-type', 'application/json');
        response.end(get());
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: NATIONAL_CROSSWALK_PATH, source: get() });
    },
  };
}

/**
 * `npm start` serves the app from source; the briefing page it fills for
 * "Tải tệp trình chiếu" is a build of its own (vite.briefing.config.ts),
 * made on the first request when dist/ has none, then served from there.
 */
function briefingPageInDev(): Plugin {
  const root = fileURLToPath(new URL('.', import.meta.url));
  const page = join(root, 'dist/briefing/briefing.html');
  return {
    name: 'briefing-page-in-dev',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use('/briefing/briefing.html', (_request, response) => {
        if (!existsSync(page)) {
          execFileSync(
            process.execPath,
            [
              join(root, 'node_modules/vite/bin/vite.js'),
              'build',
              '--config',
              'vite.briefing.config.ts',
              '--logLevel',
              'warn',
            ],
            { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } },
          );
        }
        response.setHeader('content-type', 'text/html; charset=utf-8');
        response.end(readFileSync(page));
      });
    },
  };
}

/** What the app and the embeddable element are both built with. */
export const SHARED_BUILD = {
  // Relative asset paths, so the build works from any folder of any static server.
  base: './',
  // The national crosswalk, converted at build time (the element carries it too).
  plugins: [nationalCrosswalk()],
  // Module workers, so the data worker loads its table readers only when a table is imported.
  worker: { format: 'es' as const },
  build: {
    target: 'es2022',
    // Scripts loaded into MapLibre's workers stay files, never inlined as data: URLs.
    assetsInlineLimit: (file: string) => (file.endsWith('.mjs') ? false : undefined),
  },
};

export default defineConfig({
  ...SHARED_BUILD,
  plugins: [...SHARED_BUILD.plugins, briefingPageInDev()],
  build: {
    ...SHARED_BUILD.build,
    chunkSizeWarningLimit: 1500,
  },
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'tests/core/**/*.test.ts',
            'tests/map/**/*.test.ts',
            'tests/state/**/*.test.ts',
          ],
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
