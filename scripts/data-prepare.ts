/**
 * `npm run data:prepare -- <input…> [options]`: turns boundary files (large
 * ones included) into the one GeoJSON file the atlas draws as it is:
 * all levels in one file, codes checked as text, shapes simplified with
 * shared borders kept shared, a label point per unit, the vintage declared.
 *
 * Inputs: GeoJSON, TopoJSON, zipped or loose Shapefiles (VN-2000 .prj
 * reprojected), or folders of them; a folder in the layout of
 * thanglequoc/vietnamese-provinces-database (`NN_name/NN_name.geojson`,
 * `NN_name/wards/*.geojson`) is recognised and read as provinces + communes.
 *
 * Options:
 *   --out FILE          where to write (default public/local/<first input>.geojson)
 *   --vintage V         2021, 2025 or auto (default auto: declared, else inferred)
 *   --keep F            share of points kept, 0–1 (default 0.05; 1 keeps all)
 *   --precision N       decimals of the coordinates (default 5, about 1 m)
 *   --allow-problems    write the file even when features had to be skipped
 */
import { problemLine } from '../src/core/problems';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import { inferVintage } from '../src/core/infer-vintage';
import { isVintage, type Vintage } from '../src/core/units';
import { readBoundarySources, type SourceFile } from '../src/formats/boundary-source';
import { prepareBoundaries, type PrepareResult } from './prepare/prepare-boundaries';
import { collectionsOfLayout, layoutRole } from './prepare/upstream-layout';

export interface PrepareCommand {
  inputs: string[];
  out: string | null;
  vintage: Vintage | 'auto';
  keep: number;
  precision: number;
  allowProblems: boolean;
}

const BOUNDARY_EXTENSIONS = [
  '.geojson',
  '.json',
  '.topojson',
  '.zip',
  '.shp',
  '.dbf',
  '.prj',
  '.cpg',
];

export function parseArguments(args: readonly string[]): PrepareCommand {
  const command: PrepareCommand = {
    inputs: [],
    out: null,
    vintage: 'auto',
    keep: 0.05,
    precision: 5,
    allowProblems: false,
  };
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    const value = () => {
      const next = args[(i += 1)];
      if (next === undefined) throw new Error(`${arg} needs a value`);
      return next;
    };
    if (arg === '--out') command.out = value();
    else if (arg === '--vintage') {
      const v = value();
      if (v !== 'auto' && !isVintage(v))
        throw new Error(`--vintage must be 2021, 2025 or auto, not "${v}"`);
      command.vintage = v as Vintage | 'auto';
    } else if (arg === '--keep') {
      command.keep = Number(value());
      if (!(command.keep > 0 && command.keep <= 1))
        throw new Error('--keep must be a share of points above 0 and at most 1, e.g. 0.05');
    } else if (arg === '--precision') {
      command.precision = Number(value());
      if (!Number.isInteger(command.precision) || command.precision < 3 || command.precision > 8)
        throw new Error('--precision must be a whole number of decimals from 3 to 8');
    } else if (arg === '--allow-problems') command.allowProblems = true;
    else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}`);
    else command.inputs.push(arg);
  }
  if (command.inputs.length === 0) throw new Error('give at least one boundary file or folder');
  return command;
}

function filesBelow(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .map((path) => join(folder, path))
    .filter((path) => statSync(path).isFile())
    .sort();
}

/** Reads inputs as the app would: the upstream layout by its paths, everything else by its kind. */
export function readInputs(inputs: readonly string[]): { name: string; json: unknown }[] {
  const collections: { name: string; json: unknown }[] = [];
  const layout: { path: string; json: unknown }[] = [];
  const others: SourceFile[] = [];
  for (const input of inputs) {
    const paths = statSync(input).isDirectory() ? filesBelow(input) : [input];
    for (const path of paths) {
      if (!BOUNDARY_EXTENSIONS.includes(extname(path).toLowerCase())) continue;
      const shown = relative(process.cwd(), path) || path;
      const posix = resolve(path).split(sep).join('/');
      if (layoutRole(posix))
        layout.push({ path: posix, json: JSON.parse(readFileSync(path, 'utf8')) });
      else others.push({ name: shown, bytes: new Uint8Array(readFileSync(path)) });
    }
  }
  if (layout.length > 0) collections.push(...collectionsOfLayout(layout).collections);
  if (others.length > 0) collections.push(...readBoundarySources(others));
  if (collections.length === 0) throw new Error(`no boundary file found in ${inputs.join(', ')}`);
  return collections;
}

export function runPrepare(command: PrepareCommand): {
  result: PrepareResult;
  out: string;
  vintage: Vintage;
} {
  const collections = readInputs(command.inputs);
  const vintage = command.vintage === 'auto' ? inferVintage(collections).vintage : command.vintage;
  const result = prepareBoundaries(collections, {
    vintage,
    keep: command.keep,
    precision: command.precision,
  });
  const out =
    command.out ??
    join(
      'public',
      'local',
      `${basename(command.inputs[0]!).replace(/\.[^.]+$/, '')}-${vintage}.geojson`,
    );
  const errors = result.problems.filter((p) => p.severity === 'error');
  if (errors.length === 0 || command.allowProblems) {
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(
      out,
      JSON.stringify({
        type: 'FeatureCollection',
        vintage,
        generator: 'ntp-atlas data:prepare',
        features: result.collection.features,
      }),
    );
  }
  return { result, out, vintage };
}

function main(): void {
  let command: PrepareCommand;
  try {
    command = parseArguments(process.argv.slice(2));
  } catch (error) {
    console.error(`data:prepare: ${(error as Error).message}\n`);
    console.error(
      'usage: npm run data:prepare -- <file or folder…> [--out FILE] [--vintage 2021|2025|auto] [--keep 0.05] [--precision 5] [--allow-problems]',
    );
    process.exit(2);
  }
  const { result, out, vintage } = runPrepare(command);
  const counts = Object.entries(result.counts)
    .map(([level, n]) => `${n} ${level}${n === 1 ? '' : 's'}`)
    .join(', ');
  console.log(`Vintage ${vintage}: ${counts}.`);
  console.log(
    `Points: ${result.pointsBefore.toLocaleString('en')} → ${result.pointsAfter.toLocaleString('en')} (borders shared between units stay shared).`,
  );
  for (const p of result.problems) {
    console.log(`${p.severity}: ${problemLine(p.file, p.where, p.message).en}`);
  }
  const errors = result.problems.filter((p) => p.severity === 'error').length;
  if (errors > 0 && !command.allowProblems) {
    console.error(
      `\n${errors} feature(s) could not be used; nothing written. Fix them, or pass --allow-problems to write the rest.`,
    );
    process.exit(1);
  }
  console.log(`\nWrote ${out}.`);
  if (out.startsWith(`public${sep}`) || out.startsWith('public/')) {
    const path = out.slice('public/'.length).split(sep).join('/');
    console.log(
      `Open it: npm start, then http://127.0.0.1:5173/?vintage=${vintage}&boundaries=${path}`,
    );
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) main();
