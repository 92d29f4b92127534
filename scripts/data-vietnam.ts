/**
 * `npm run data:vietnam`: the real country in one command. Downloads the
 * national 2025 boundaries (34 provinces, 3,321 communes) from the public
 * repository thanglequoc/vietnamese-provinces-database (MIT licence as
 * declared by its author; geometry derived from the national reference map
 * sapnhap.bando.com.vn), then prepares them like `npm run data:prepare`.
 *
 * Options:
 *   --from FOLDER   use files already on disk (the repository's json/geojson
 *                   folder, or any part of it) instead of downloading
 *   --ref REF       branch, tag or commit to download (default: the default branch)
 *   --out FILE      default public/local/vietnam-2025.geojson
 *   --keep F        share of points kept (default 0.05)
 *
 * Downloads are kept in .cache/vietnam/<commit>/ and not fetched again.
 */
import { problemLine } from '../src/core/problems';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { runPrepare } from './data-prepare';

const REPOSITORY = 'thanglequoc/vietnamese-provinces-database';
const FOLDER = 'json/geojson/';
const PARALLEL = 12;

interface Options {
  from: string | null;
  ref: string;
  out: string;
  keep: number;
}

function parseOptions(args: readonly string[]): Options {
  const options: Options = {
    from: null,
    ref: 'HEAD',
    out: join('public', 'local', 'vietnam-2025.geojson'),
    keep: 0.05,
  };
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    const value = args[i + 1];
    if (value === undefined) throw new Error(`${arg} needs a value`);
    i += 1;
    if (arg === '--from') options.from = value;
    else if (arg === '--ref') options.ref = value;
    else if (arg === '--out') options.out = value;
    else if (arg === '--keep') options.keep = Number(value);
    else throw new Error(`unknown option ${arg}`);
  }
  return options;
}

async function request(url: string, tries = 3): Promise<Response> {
  const headers: Record<string, string> = { 'user-agent': 'ntp-atlas data:vietnam' };
  if (process.env.GITHUB_TOKEN && url.startsWith('https://api.github.com/'))
    headers.authorization = `Bearer ${process.env.GITHUB_TOKEN}`;
  for (let attempt = 1; ; attempt += 1) {
    try {
      const response = await fetch(url, { headers });
      if (response.ok) return response;
      if (attempt >= tries || response.status === 404 || response.status === 403)
        throw new Error(`HTTP ${response.status} for ${url}`);
    } catch (error) {
      if (attempt >= tries) throw error;
    }
    await new Promise((r) => setTimeout(r, 1000 * attempt));
  }
}

/** Downloads json/geojson/ at `ref` into the cache; returns the folder and the commit. */
async function download(ref: string): Promise<{ folder: string; commit: string }> {
  const commit = (
    (await (
      await request(`https://api.github.com/repos/${REPOSITORY}/commits/${encodeURIComponent(ref)}`)
    ).json()) as { sha: string }
  ).sha;
  const tree = (await (
    await request(`https://api.github.com/repos/${REPOSITORY}/git/trees/${commit}?recursive=1`)
  ).json()) as { tree: { path: string; type: string; size?: number }[]; truncated: boolean };
  if (tree.truncated) throw new Error('GitHub sent a truncated file list; use --from with a clone');
  const files = tree.tree.filter(
    (entry) =>
      entry.type === 'blob' && entry.path.startsWith(FOLDER) && entry.path.endsWith('.geojson'),
  );
  const folder = join('.cache', 'vietnam', commit);
  let done = 0;
  const queue = [...files];
  const worker = async () => {
    for (let entry = queue.shift(); entry; entry = queue.shift()) {
      const target = join(folder, entry.path);
      if (!existsSync(target) || statSync(target).size !== entry.size) {
        const response = await request(
          `https://raw.githubusercontent.com/${REPOSITORY}/${commit}/${entry.path}`,
        );
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, new Uint8Array(await response.arrayBuffer()));
      }
      done += 1;
      if (done % 200 === 0 || done === files.length)
        process.stdout.write(`\r  ${done} / ${files.length} files`);
    }
  };
  console.log(`Downloading ${files.length} files of ${REPOSITORY} at ${commit.slice(0, 10)}…`);
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  process.stdout.write('\n');
  return { folder: join(folder, FOLDER), commit };
}

async function main(): Promise<void> {
  let options: Options;
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (error) {
    console.error(`data:vietnam: ${(error as Error).message}`);
    console.error(
      'usage: npm run data:vietnam -- [--from FOLDER] [--ref REF] [--out FILE] [--keep 0.05]',
    );
    process.exit(2);
  }
  let folder = options.from;
  if (!folder) {
    try {
      folder = (await download(options.ref)).folder;
    } catch (error) {
      console.error(
        `data:vietnam: could not download from GitHub (${(error as Error).message}).\n` +
          `Clone https://github.com/${REPOSITORY} yourself and run: npm run data:vietnam -- --from <clone>/json/geojson`,
      );
      process.exit(1);
    }
  }
  const { result, out, vintage } = runPrepare({
    inputs: [folder],
    out: options.out,
    vintage: '2025',
    keep: options.keep,
    precision: 5,
    allowProblems: false,
  });
  const counts = Object.entries(result.counts)
    .map(([level, n]) => `${n} ${level}${n === 1 ? '' : 's'}`)
    .join(', ');
  for (const p of result.problems) {
    console.log(`${p.severity}: ${problemLine(p.file, p.where, p.message).en}`);
  }
  if (result.problems.some((p) => p.severity === 'error')) {
    console.error('Some features could not be used; nothing written.');
    process.exit(1);
  }
  console.log(`Vintage ${vintage}: ${counts}; wrote ${out}.`);
  console.log(
    `Source: ${REPOSITORY} (MIT licence as declared; geometry from sapnhap.bando.com.vn).`,
  );
  console.log(
    `Open it: npm start, then http://127.0.0.1:5173/?vintage=2025&boundaries=local/${out.split(/[\\/]/).pop()}`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) await main();
