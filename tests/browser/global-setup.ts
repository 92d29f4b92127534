import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Browser tests load the built app, exactly what a user is served. */
export default function setup() {
  const root = join(__dirname, '../..');
  if (process.env.SKIP_BUILD === '1' && existsSync(join(root, 'dist/index.html'))) return;
  execFileSync(
    process.execPath,
    [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
}
