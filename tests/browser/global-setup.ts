import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Browser tests load the built app and the built embeddable element, exactly what users are served. */
export default function setup() {
  const root = join(__dirname, '../..');
  const built =
    existsSync(join(root, 'dist/index.html')) &&
    existsSync(join(root, 'dist/embed/ntp-atlas.js')) &&
    existsSync(join(root, 'dist/briefing/briefing.html'));
  if (process.env.SKIP_BUILD === '1' && built) return;
  const vite = (...args: string[]) =>
    execFileSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), ...args], {
      cwd: root,
      stdio: 'inherit',
      // Vitest sets NODE_ENV=test, which would make Vite resolve Lit's development build
      // ("Lit is in dev mode"): the tests must load the production build users get.
      env: { ...process.env, NODE_ENV: 'production' },
    });
  vite('build', '--logLevel', 'warn');
  // The element beside the app, as `npm run build` places it: the share dialog points there.
  vite('build', '--config', 'vite.embed.config.ts', '--outDir', 'dist/embed', '--logLevel', 'warn');
  // The offline briefing file's page, which "Tải tệp trình chiếu" fills with the data shown.
  vite('build', '--config', 'vite.briefing.config.ts', '--logLevel', 'warn');
}
