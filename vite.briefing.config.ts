import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { SHARED_BUILD } from './vite.config';

/**
 * The offline briefing file's page (dist/briefing/briefing.html): the whole
 * atlas in ONE HTML file — its code, styles, fonts, workers and MapLibre's
 * worker inlined — into which "Tải tệp trình chiếu" writes the data, view and
 * story. It opens from disk (file://) with no server and no network.
 */

/** The demo's files are not carried: a briefing file holds the data it was made with. */
function withoutDemo(): Plugin {
  return {
    name: 'briefing-without-demo',
    enforce: 'pre',
    resolveId(source) {
      return /\/data\/demo\/[^?]+\?url$/.test(source) ? '\0briefing-no-demo' : null;
    },
    load(id) {
      return id === '\0briefing-no-demo' ? 'export default "";' : null;
    },
  };
}

const inlineWorker = fileURLToPath(new URL('./src/state/data-worker-inline.ts', import.meta.url));

export default defineConfig({
  ...SHARED_BUILD,
  root: 'src/briefing',
  base: './',
  plugins: [
    withoutDemo(),
    {
      // The data worker comes from the page itself, not from a file beside it.
      name: 'briefing-inline-data-worker',
      enforce: 'pre',
      resolveId(source, importer) {
        return source === './data-worker-factory' && importer?.includes('/src/state/')
          ? inlineWorker
          : null;
      },
    },
    viteSingleFile({ removeViteModuleLoader: true }),
  ],
  // A classic worker: Chromium refuses module workers from blob: addresses on a file:// page.
  worker: {
    format: 'iife',
    rolldownOptions: { output: { codeSplitting: false } },
  },
  build: {
    target: 'es2022',
    outDir: fileURLToPath(new URL('./dist/briefing', import.meta.url)),
    emptyOutDir: true,
    // Everything inlined: fonts, MapLibre's worker, the PDF writer's fonts.
    assetsInlineLimit: () => true,
    chunkSizeWarningLimit: 12_000,
    reportCompressedSize: false,
    rollupOptions: {
      input: fileURLToPath(new URL('./src/briefing/briefing.html', import.meta.url)),
    },
  },
});
