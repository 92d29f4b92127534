/**
 * `npm run bench`: how fast the atlas draws and restyles at national scale,
 * beside a bare MapLibre page drawing the same polygons (the floor), in one
 * run, in headless Chromium with software WebGL. Prints a markdown table.
 *
 * Data: the real 3,321 communes of 2025 (../shared/fixtures, skipped when
 * absent) and a synthetic set of ~10,600 communes (Voronoi cells in 63
 * rectangular "provinces"), both written to .bench/ (never committed).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as turf from '@turf/turf';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { launchChromium } from '../tests/browser/chromium';
import { serveStatic } from '../tests/browser/server';
import { measureLargeImport, type ImportMeasure } from './bench/import-large';
import { measureHistoryYears } from './bench/history-years';
import { measureManyUnits } from './bench/many-units';
import { measureMotion, MOTION_HEADER, writeClassColours } from './bench/motion';
import { shuffledOrder } from './bench/shuffled-order';
import { UNITS_SOURCE_OPTIONS } from '../src/map/style';
import { createRandom } from './demo/random';
import {
  BENCH_PERIODS,
  writeBenchIndicators,
  writeSyntheticCountry,
} from './bench/synthetic-country';

const root = join(import.meta.dirname, '..');
const out = join(root, '.bench');
const fixtures = join(root, '../shared/fixtures');
const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const LOADS = Number(process.env.BENCH_LOADS ?? 7);
const MOTION_LOADS = Number(process.env.BENCH_MOTION_LOADS ?? 5);
/** A pause between page loads, so that one page's clearing up does not slow the next. */
const SETTLE_MS = 500;

interface Dataset {
  name: string;
  /** Boundary URLs for the app, one or more ways, and the commune file for the bare page. */
  appBoundaries: { label: string; urls: string[] }[];
  communes: string;
  indicators: string;
  count: number;
  /** Each commune's class colour (criteria met 2025, breaks 5, 10, 15) for the pages that compare pictures. */
  colours: string;
  /** A camera holding the whole country in the atlas's map (`c=lng,lat,zoom`). */
  camera: string;
}

/** The layers switched to, in order, each for the first time: rates, counts and money. */
const NEW_LAYERS = [
  'poor_rate',
  'near_poor_households',
  'multidim_poor_rate',
  'ocop_total',
  'funds_allocated_total',
  'funds_disbursement_rate',
];

function syntheticCountry(folder: string): Dataset {
  const codes = writeSyntheticCountry(folder);
  return {
    name: `synthetic ${codes.length.toLocaleString('en')} communes`,
    appBoundaries: [
      {
        label: 'atlas (feature-state colours, labels, outlines)',
        urls: ['bench/synthetic/provinces.geojson', 'bench/synthetic/communes.geojson'],
      },
    ],
    communes: 'bench/synthetic/communes.geojson',
    indicators: 'bench/synthetic/indicators.json',
    count: codes.length,
    colours: classColours(folder, 'bench/synthetic'),
    camera: 'c=106.05,16,4.75',
  };
}

/** Writes colours.json beside the dataset's indicators; returns its address on the server. */
function classColours(folder: string, served: string): string {
  writeClassColours(join(folder, 'indicators.json'), join(folder, 'colours.json'));
  return `${served}/colours.json`;
}

function realCountry(folder: string): Dataset | null {
  const file = join(fixtures, 'vn-2025/communes.geojson');
  if (!existsSync(file)) return null;
  mkdirSync(folder, { recursive: true });
  const read = (name: string) =>
    JSON.parse(readFileSync(join(fixtures, 'vn-2025', name), 'utf8')) as GeoJSON.FeatureCollection;
  const [provinces, communes] = [read('provinces.geojson'), read('communes.geojson')];
  const codes = communes.features.map((f) => f.properties!.code as string);
  writeBenchIndicators(codes, join(folder, 'indicators.json'));
  // The whole country in one file, all levels, codes as text: what `npm run data:prepare` writes.
  writeFileSync(
    join(folder, 'vietnam-2025.geojson'),
    JSON.stringify(turf.featureCollection([...provinces.features, ...communes.features])),
  );
  return {
    name: `real 2025 (${codes.length.toLocaleString('en')} communes)`,
    appBoundaries: [
      {
        label: 'atlas, one prepared file (the map reads it while it is checked)',
        urls: ['bench/real/vietnam-2025.geojson'],
      },
      {
        label: 'atlas, provinces and communes as two files (the map reads a checked copy)',
        urls: ['fixtures/vn-2025/provinces.geojson', 'fixtures/vn-2025/communes.geojson'],
      },
    ],
    communes: 'fixtures/vn-2025/communes.geojson',
    indicators: 'bench/real/indicators.json',
    count: codes.length,
    colours: classColours(folder, 'bench/real'),
    camera: 'c=110,14.8,4.45',
  };
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

async function heapMb(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  await session.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await session.send('Runtime.getHeapUsage')) as { usedSize: number };
  return usedSize / 1024 / 1024;
}

/**
 * One load of the atlas and its switches. With `prepare`, the switches wait
 * until the other layers of the level have been prepared while the page was
 * idle (as they are by the time a person has moved to the layer list), and
 * the time that took is reported; without, each switch computes its classes
 * on the click.
 */
async function measureApp(
  page: Page,
  origin: string,
  data: Dataset,
  boundaries: string[],
  prepare: boolean,
) {
  if (!prepare)
    await page.addInitScript(() => {
      void customElements.whenDefined('ntp-atlas-app').then(() => {
        const app = document.querySelector('ntp-atlas-app') as unknown as {
          prepareLayers: boolean;
        };
        app.prepareLayers = false;
      });
    });
  const url = `${origin}/?vintage=2025&boundaries=${boundaries.join(',')}&indicators=${data.indicators}&v=2025&l=commune&i=ntm_criteria_met`;
  await page.goto(url);
  const firstIdle = await page.evaluate(async () => {
    const app = document.querySelector('ntp-atlas-app') as HTMLElement & {
      mapIdle: boolean;
      shadowRoot: ShadowRoot;
    };
    while (!app.mapIdle) await new Promise((r) => setTimeout(r, 20));
    const canvas = app.shadowRoot
      .querySelector('#map')
      ?.shadowRoot?.querySelector('canvas') as HTMLCanvasElement;
    const gl = canvas.getContext('webgl2');
    const asked = performance.now();
    gl?.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
    // The moment the map went idle with the data drawn, plus the wait for its
    // pixels, as the bare page marks it: not when this loop, polling every
    // 20 ms, happened to notice.
    const idle = performance.getEntriesByName('atlas-first-idle')[0]?.startTime ?? NaN;
    return idle + (performance.now() - asked);
  });
  // Until every other layer of the level is prepared: how long, and the work it took.
  const preparation = prepare
    ? await page.evaluate(async () => {
        const app = document.querySelector('ntp-atlas-app') as unknown as {
          layersPrepared: boolean;
        };
        const start = performance.now();
        while (!app.layersPrepared) await new Promise((r) => setTimeout(r, 20));
        const work = performance.getEntriesByName('atlas-prepare');
        return {
          until: performance.now() - start,
          work: work.reduce((sum, m) => sum + m.duration, 0),
          layers: work.length,
        };
      })
    : null;
  const heap = await heapMb(page);
  const switches: Switch[] = [];
  // First to a layer never shown, then to the other new layers, then back and forth.
  const targets = [
    ...NEW_LAYERS,
    ...Array.from({ length: RUNS }, (_, i) => (i % 2 === 0 ? 'ntm_criteria_met' : 'poor_rate')),
  ];
  for (const target of targets) {
    switches.push(
      await page.evaluate(async (layer) => {
        const app = document.querySelector('ntp-atlas-app') as HTMLElement & {
          mapIdle: boolean;
          updateComplete: Promise<boolean>;
          shadowRoot: ShadowRoot;
        };
        // The layer panel's radio button, as a user picks a layer.
        const radio = app.shadowRoot
          .querySelector('atlas-layer-panel')
          ?.shadowRoot?.querySelector(`label[data-layer="${layer}"] input`) as HTMLInputElement;
        performance.clearMeasures('atlas-compute');
        performance.clearMeasures('atlas-restyle');
        const t0 = performance.now();
        radio.click();
        await app.updateComplete;
        while (!app.mapIdle) await new Promise((r) => requestAnimationFrame(r));
        const canvas = app.shadowRoot
          .querySelector('#map')
          ?.shadowRoot?.querySelector('canvas') as HTMLCanvasElement;
        const gl = canvas.getContext('webgl2');
        gl?.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
        const total = performance.now() - t0;
        // Data work: deriving values and classes, and handing colours to the map.
        const compute = performance.getEntriesByName('atlas-compute').pop()?.duration ?? NaN;
        const work =
          compute + (performance.getEntriesByName('atlas-restyle').pop()?.duration ?? NaN);
        return [work, total, compute] as [number, number, number];
      }, target),
    );
  }
  if (process.env.BENCH_DEBUG) console.log(switches.map((s) => s[0].toFixed(1)).join(' '));
  return { ...switchTimes(firstIdle, heap, switches, NEW_LAYERS.length), preparation };
}

/**
 * Switches come in three kinds, reported apart. The first after a load pays
 * for compiling the code it runs. A switch to a layer not shown before lays
 * out the columns it reads and computes its classes. A return to a layer
 * shown before finds both kept.
 */
/** One switch: data work, total until the pixels exist, and the atlas's computing part of the data work. */
type Switch = [work: number, total: number, compute?: number];

function switchTimes(firstIdle: number, heap: number, switches: Switch[], newLayers: number) {
  const fresh = switches.slice(1, newLayers);
  const returns = switches.slice(newLayers);
  return {
    firstIdle,
    heap,
    firstWork: switches[0]?.[0] ?? NaN,
    firstCompute: switches[0]?.[2] ?? NaN,
    newWork: median(fresh.map((s) => s[0])),
    work: median(returns.map((s) => s[0])),
    total: median(returns.map((s) => s[1])),
  };
}

async function measureBare(page: Page, origin: string, data: Dataset, method: string) {
  await page.goto(`${origin}/bare/bare.html?data=/${data.communes}&method=${method}`);
  const firstIdle = await page.evaluate(async () => {
    await (window as unknown as { bench: { ready: Promise<void> } }).bench.ready;
    return performance.getEntriesByName('bare-first-idle')[0]?.startTime ?? NaN;
  });
  const heap = await heapMb(page);
  const switches: Switch[] = [];
  if (method !== 'constant') {
    for (let i = 0; i < RUNS; i += 1) {
      switches.push(
        await page.evaluate(() =>
          (
            window as unknown as { bench: { restyle(): Promise<[number, number]> } }
          ).bench.restyle(),
        ),
      );
    }
  }
  // The bare page recolours the same layer each time: its first switch, then the rest.
  return { ...switchTimes(firstIdle, heap, switches, 1), preparation: null };
}

async function main() {
  mkdirSync(out, { recursive: true });
  console.log('Building the app and the bare MapLibre page…');
  await build({ root, logLevel: 'warn' });
  await build({
    root: join(root, 'tests/bench'),
    base: './',
    logLevel: 'warn',
    build: {
      outDir: join(out, 'bare'),
      emptyOutDir: true,
      rollupOptions: {
        input: [join(root, 'tests/bench/bare.html'), join(root, 'tests/bench/leaflet.html')],
      },
    },
  });
  console.log('Writing benchmark data to .bench/…');
  const only = process.env.BENCH_ONLY;
  const datasets = [
    !only || only === 'real' || only === 'motion' ? realCountry(join(out, 'real')) : null,
    !only || only === 'synthetic' || only === 'motion'
      ? syntheticCountry(join(out, 'synthetic'))
      : null,
  ].filter((d): d is Dataset => d !== null);
  if (!existsSync(join(fixtures, 'vn-2025')))
    console.log(`(${fixtures} is absent: the real-boundary rows are skipped)`);
  const { server, origin } = await serveStatic(join(root, 'dist'), {
    '/fixtures': fixtures,
    '/bench': out,
    '/bare': join(out, 'bare'),
  });
  const browser = await launchChromium();
  const f = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '–');
  const lines = [
    `First idle: median of ${LOADS} page loads, interleaved in a shuffled order with a ${SETTLE_MS} ms pause between pages; data work = deriving values and classes + handing colours to the map; first switch = the first after a load (to a layer not shown yet), with the part spent computing values and classes in brackets (the rest is handing each unit's colour to MapLibre, as the bare feature-state page does); new layer = median of the ${NEW_LAYERS.length - 1} switches to other layers not shown yet; return = median of ${RUNS} switches back and forth between two layers shown before; each the median over the loads; "prepared while idle" = the level's other numeric layers whose classes the atlas computed after first idle, their total work and when the last was done (the switches start after it; JS heap is measured then); "nothing prepared" = the same page with that turned off, every switch computing its classes on the click; indicators over ${BENCH_PERIODS.length} periods, breaks pooled over all; times in ms; "paint" = until the pixels exist (gl.readPixels after idle); the atlas and the bare pages cut tiles with the same settings (tolerance ${UNITS_SOURCE_OPTIONS.tolerance} px, buffer ${UNITS_SOURCE_OPTIONS.buffer}), so both draw every unit. Chromium ${browser.version()}, software WebGL (SwiftShader).`,
  ];
  const loadLines = datasets.length
    ? [
        '',
        '| data | page | first idle | prepared while idle: layers · work · done after | data work: first switch | data work: new layer | data work: return | return: total | JS heap (MB) |',
        '|---|---|---:|---:|---:|---:|---:|---:|---:|',
      ]
    : [];
  try {
    if (process.env.BENCH_ONLY === 'import' || !process.env.BENCH_ONLY) {
      const row = (r: ImportMeasure) =>
        `| ${r.label} | ${f(r.fileMb)} | ${f(r.toReport)} | ${f(r.toMapIdle)} | ${f(r.longestTask)} | ${r.tasksOver200} | ${f(r.longestFrameGap)} |`;
      lines.push(
        '',
        '| large import | file (MB) | to report (ms) | to map idle (ms) | longest main-thread task (ms) | tasks > 200 ms | longest heartbeat delay (ms) |',
        '|---|---:|---:|---:|---:|---:|---:|',
      );
      if (existsSync(join(fixtures, 'vn-2025'))) {
        console.log('Importing a ~180 MB GeoJSON through the dialog…');
        const { rows, cancel } = await measureLargeImport(browser, origin, fixtures, out);
        lines.push(
          ...rows.map(row),
          `| Cancel 1 s into the import: until the dialog is back | | ${f(cancel.toIdle)} | | ${f(cancel.longestTask)} | | |`,
        );
      } else {
        console.log(`(${fixtures} is absent: the large-import row is skipped)`);
      }
      console.log('Importing 100,000 communes and a CSV of 1.6 million rows…');
      lines.push(...(await measureManyUnits(browser, origin, out)).map(row), '');
    }
    if (!only || only === 'history') {
      console.log('Years across the reform: the old communes carried to the new ones…');
      lines.push(...measureHistoryYears(fixtures));
    }
    if (!only || only === 'motion' || only === 'real' || only === 'synthetic') {
      lines.push(
        '',
        `National view, every unit drawn: the same communes in the same four class colours at the same camera (both archipelagos in view), median of ${MOTION_LOADS} loads interleaved in a shuffled order; first draw = the page's own mark (atlas: first idle with the data drawn; MapLibre: first idle; Leaflet: two frames after adding the layer); picture: each pixel put in the class of the nearest of sea and the 4 class colours (or "other": outlines, names, island dots, blended edges), the share of pixels whose class differs from the floor's among those in a class on both; pan/zoom: requestAnimationFrame deltas during a 30-step drag then 10 wheel steps in and 10 out, 100 ms apart.`,
        '',
        ...MOTION_HEADER,
      );
      for (const data of datasets) {
        console.log(`Pan, zoom and picture: ${data.name}…`);
        lines.push(
          ...(await measureMotion(
            browser,
            origin,
            {
              name: data.name,
              appBoundaries: data.appBoundaries[0]!.urls,
              communes: data.communes,
              indicators: data.indicators,
              camera: data.camera,
            },
            data.colours,
            MOTION_LOADS,
          )),
        );
      }
    }
    if (only === 'motion') datasets.length = 0;
    lines.push(...(datasets.length ? loadLines : []));
    for (const data of datasets) {
      const results: [string, Awaited<ReturnType<typeof measureApp>>][] = [];
      const fresh = async () => browser.newPage({ viewport: { width: 1280, height: 800 } });
      // A throw-away load first: the first page of a browser pays for its cold start.
      const warm = await fresh();
      await measureBare(warm, origin, data, 'constant');
      await warm.close();
      type Measure = (p: Page) => Promise<Awaited<ReturnType<typeof measureApp>>>;
      const variants: [string, Measure][] = [
        [
          'bare MapLibre, constant colour (floor)',
          (p: Page) => measureBare(p, origin, data, 'constant'),
        ],
        [
          'bare MapLibre, restyle by feature-state',
          (p: Page) => measureBare(p, origin, data, 'feature-state'),
        ],
        [
          'bare MapLibre, restyle by data-driven expression',
          (p: Page) => measureBare(p, origin, data, 'data-driven'),
        ],
        ...data.appBoundaries.map(({ label, urls }): [string, Measure] => [
          label,
          (p: Page) => measureApp(p, origin, data, urls, true),
        ]),
        // The same page with nothing prepared: every switch computes on the click.
        [
          `${data.appBoundaries[0]!.label}, nothing prepared while idle`,
          (p: Page) => measureApp(p, origin, data, data.appBoundaries[0]!.urls, false),
        ],
      ];
      // Loads are interleaved so that a machine that slows down or speeds up
      // during the run weighs on every page alike, each round in a shuffled
      // order: in a fixed rotation every page would always follow the same
      // one, and a page loaded after a heavy one (the data-driven restyles)
      // starts while the browser is still clearing up after it. A pause
      // between pages lets the browser settle.
      const order = createRandom(5);
      const loads: Awaited<ReturnType<typeof measureApp>>[][] = variants.map(() => []);
      for (let i = 0; i < LOADS; i += 1) {
        const round = shuffledOrder(variants.length, order);
        for (const v of round) {
          const page = await fresh();
          loads[v]!.push(await variants[v]![1](page));
          await page.close();
          await new Promise((settle) => setTimeout(settle, SETTLE_MS));
        }
      }
      variants.forEach(([label], v) => {
        const runs = loads[v]!;
        // First idle: median of LOADS fresh pages; restyles: from the last of them.
        results.push([
          label,
          {
            firstIdle: median(runs.map((l) => l.firstIdle)),
            heap: median(runs.map((l) => l.heap)),
            firstWork: median(runs.map((l) => l.firstWork)),
            firstCompute: median(runs.map((l) => l.firstCompute)),
            newWork: median(runs.map((l) => l.newWork)),
            work: median(runs.map((l) => l.work)),
            total: median(runs.map((l) => l.total)),
            preparation: runs[0]?.preparation
              ? {
                  layers: median(runs.map((l) => l.preparation?.layers ?? NaN)),
                  work: median(runs.map((l) => l.preparation?.work ?? NaN)),
                  until: median(runs.map((l) => l.preparation?.until ?? NaN)),
                }
              : null,
          },
        ]);
      });
      for (const [label, r] of results)
        lines.push(
          `| ${data.name} | ${label} | ${f(r.firstIdle)} | ${r.preparation ? `${r.preparation.layers} · ${f(r.preparation.work)} · ${f(r.preparation.until)}` : ''} | ${f(r.firstWork)}${Number.isFinite(r.firstCompute) ? ` (${f(r.firstCompute)} computing)` : ''} | ${f(r.newWork)} | ${f(r.work)} | ${f(r.total)} | ${f(r.heap)} |`,
        );
      const floor = results[0]![1].firstIdle;
      for (const [label, r] of results.slice(3))
        lines.push(
          `| ${data.name} | ${label.replace(/ \([^)]*\)/g, '')}: first idle ÷ floor | ${(r.firstIdle / floor).toFixed(2)}× | | | | | | |`,
        );
    }
  } finally {
    await browser.close();
    server.close();
  }
  console.log(lines.join('\n'));
}

await main();
