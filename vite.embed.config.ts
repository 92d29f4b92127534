import { defineConfig } from 'vite';
import { nationalCrosswalk } from './vite.config';

/**
 * `npm run build:embed`: the `<ntp-atlas>` element as one module file,
 * dist-embed/ntp-atlas.js, beside its assets (workers, the label font, the
 * demo data). Relative addresses: the folder can be copied onto any site.
 */
export default defineConfig({
  base: './',
  // The national crosswalk travels with the element, as with the app.
  plugins: [nationalCrosswalk()],
  worker: { format: 'es' },
  build: {
    target: 'es2022',
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
