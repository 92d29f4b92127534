import { defineConfig } from 'vite';
import { SHARED_BUILD } from './vite.config';

/**
 * `npm run build:embed`: the `<ntp-atlas>` element as one module file,
 * dist-embed/ntp-atlas.js, beside its assets (workers, the label font, the
 * demo data). Relative addresses: the folder can be copied onto any site.
 */
export default defineConfig({
  ...SHARED_BUILD,
  build: {
    ...SHARED_BUILD.build,
    outDir: 'dist-embed',
    emptyOutDir: true,
    modulePreload: false,
    chunkSizeWarningLimit: 2500,
    rollupOptions: {
      input: 'src/embed.ts',
      preserveEntrySignatures: 'exports-only',
      output: {
        format: 'es',
        entryFileNames: 'ntp-atlas.js',
        // One module: the app's lazily loaded parts are folded into it.
        inlineDynamicImports: true,
        assetFileNames: 'assets/[name]-[hash][extname]',
      },
    },
  },
});
