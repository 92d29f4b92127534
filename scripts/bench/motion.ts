/**
 * The benchmark's national-view section: the atlas, the bare MapLibre floor
 * with the atlas's tiling settings and with other settings, and a Leaflet
 * canvas page, all drawing the same communes in the same colours at the same
 * camera. For each: first draw, how far its picture is from the floor's,
 * and frame times while a person pans and zooms.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { UNITS_SOURCE_OPTIONS } from '../../src/map/style';
import { createRandom } from '../demo/random';
import { panZoomFrames, type FrameTimes } from './pan-zoom';
import { pictureDifference } from './picture-match';
import { shuffledOrder } from './shuffled-order';

/** ColorBrewer YlGnBu in 4 classes, and the breaks the atlas is given by URL. */
const CLASS_COLOURS = ['#ffffcc', '#a1dab4', '#41b6c4', '#225ea8'];
const SEA = '#eef2f5';
const CLASSING = 'm=manual&b=5,10,15&pal=YlGnBu&names=0&p=2025';

export interface MotionData {
  readonly name: string;
  /** The boundary URLs the atlas reads, and the commune file the other pages draw. */
  readonly appBoundaries: readonly string[];
  readonly communes: string;
  readonly indicators: string;
  /** A camera that holds the whole country (and both archipelagos) in the atlas's map. */
  readonly camera: string;
}

/** Each commune's class colour for criteria met in 2025 (breaks 5, 10, 15), as the atlas is asked to colour it. */
export function writeClassColours(indicatorsFile: string, out: string): void {
  const file = JSON.parse(readFileSync(indicatorsFile, 'utf8')) as {
    values: Record<string, Record<string, { ntm_criteria_met?: number }>>;
  };
  const colours: Record<string, string> = {};
  for (const [code, row] of Object.entries(file.values['2025'] ?? {})) {
    const v = row.ntm_criteria_met;
    if (v === undefined) continue;
    colours[code] = CLASS_COLOURS[v < 5 ? 0 : v < 10 ? 1 : v < 15 ? 2 : 3]!;
  }
  writeFileSync(out, JSON.stringify(colours));
}

interface Variant {
  readonly label: string;
  /** Opens the page; returns the map's box on the page and when it was first drawn (ms). */
  readonly open: (page: Page) => Promise<{ box: Box; firstDraw: number }>;
  readonly viewport: 'atlas' | 'map';
}

type Box = { x: number; y: number; width: number; height: number };

interface Result {
  firstDraw: number[];
  frames: FrameTimes[];
  picture: Buffer | null;
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

async function waitForMark(page: Page, mark: string): Promise<number> {
  return page.evaluate(async (name) => {
    for (;;) {
      const entry = performance.getEntriesByName(name)[0];
      if (entry) return entry.startTime;
      await new Promise((r) => setTimeout(r, 20));
    }
  }, mark);
}

/**
 * Runs the section for one dataset: `loads` loads of each page, interleaved
 * in a shuffled order; returns the markdown rows.
 */
export async function measureMotion(
  browser: Browser,
  origin: string,
  data: MotionData,
  colours: string,
  loads: number,
): Promise<string[]> {
  const bare = (label: string, tolerance: number, buffer: number): Variant => ({
    label,
    viewport: 'map',
    open: async (page) => {
      await page.goto(
        `${origin}/bare/bare.html?data=/${data.communes}&method=colours&colours=/${colours}&${data.camera}&tolerance=${tolerance}&buffer=${buffer}`,
      );
      const firstDraw = await waitForMark(page, 'bare-first-idle');
      const size = page.viewportSize()!;
      return { box: { x: 0, y: 0, ...size }, firstDraw };
    },
  });
  const variants: Variant[] = [
    {
      label: `atlas (tolerance ${UNITS_SOURCE_OPTIONS.tolerance}, buffer ${UNITS_SOURCE_OPTIONS.buffer})`,
      viewport: 'atlas',
      open: async (page) => {
        await page.goto(
          `${origin}/?vintage=2025&boundaries=${data.appBoundaries.join(',')}&indicators=${data.indicators}&v=2025&l=commune&i=ntm_criteria_met&${CLASSING}&${data.camera}`,
        );
        const firstDraw = await waitForMark(page, 'atlas-first-idle');
        const box = (await page.locator('ntp-atlas-app #map').boundingBox())!;
        return { box, firstDraw };
      },
    },
    bare(
      `bare MapLibre, floor (tolerance ${UNITS_SOURCE_OPTIONS.tolerance}, buffer ${UNITS_SOURCE_OPTIONS.buffer})`,
      UNITS_SOURCE_OPTIONS.tolerance,
      UNITS_SOURCE_OPTIONS.buffer,
    ),
    bare('bare MapLibre, tolerance 2 (before issue 18: drops units)', 2, 128),
    bare("bare MapLibre, buffer 128 (MapLibre's default)", UNITS_SOURCE_OPTIONS.tolerance, 128),
    bare('bare MapLibre, buffer 64', UNITS_SOURCE_OPTIONS.tolerance, 64),
    {
      label: 'Leaflet canvas (no outlines)',
      viewport: 'map',
      open: async (page) => {
        await page.goto(
          `${origin}/bare/leaflet.html?data=/${data.communes}&colours=/${colours}&${data.camera}`,
        );
        const firstDraw = await waitForMark(page, 'leaflet-first-draw');
        const size = page.viewportSize()!;
        return { box: { x: 0, y: 0, ...size }, firstDraw };
      },
    },
  ];
  // The other pages get a window the size of the atlas's map, so all draw the same picture.
  const probe = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const { box: atlasBox } = await variants[0]!.open(probe);
  await probe.close();
  const mapSize = { width: Math.round(atlasBox.width), height: Math.round(atlasBox.height) };

  const results: Result[] = variants.map(() => ({ firstDraw: [], frames: [], picture: null }));
  const order = createRandom(13);
  for (let load = 0; load < loads; load += 1) {
    const round = shuffledOrder(variants.length, order);
    for (const v of round) {
      const variant = variants[v]!;
      const page = await browser.newPage({
        viewport: variant.viewport === 'atlas' ? { width: 1280, height: 800 } : mapSize,
      });
      const { box, firstDraw } = await variant.open(page);
      // Let the pixels land before the picture is taken.
      await page.evaluate(
        () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
      );
      const result = results[v]!;
      result.firstDraw.push(firstDraw);
      result.picture ??= await page.screenshot({ clip: box });
      result.frames.push(await panZoomFrames(page, box));
      await page.close();
      await new Promise((settle) => setTimeout(settle, 500));
    }
  }
  const floor = results[1]!.picture!;
  const f = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '–');
  const frames = (r: Result, pick: (t: FrameTimes) => number) => median(r.frames.map(pick));
  const rows = variants.map((variant, v) => {
    const r = results[v]!;
    const diff = v === 1 ? null : pictureDifference(r.picture!, floor, [SEA, ...CLASS_COLOURS]);
    return `| ${data.name} | ${variant.label} | ${f(median(r.firstDraw))} | ${diff ? `${(diff.differing * 100).toFixed(2)} % of ${(diff.compared * 100).toFixed(0)} %` : '(reference)'} | ${f(frames(r, (t) => t.median))} | ${f(frames(r, (t) => t.p95))} | ${frames(r, (t) => t.over50)} of ${frames(r, (t) => t.frames)} |`;
  });
  const [atlas, bareFloor, leaflet] = [results[0]!, results[1]!, results[results.length - 1]!];
  const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
  rows.push(
    `| ${data.name} | atlas ÷ floor | ${ratio(median(atlas.firstDraw), median(bareFloor.firstDraw))} | | ${ratio(
      frames(atlas, (t) => t.median),
      frames(bareFloor, (t) => t.median),
    )} | ${ratio(
      frames(atlas, (t) => t.p95),
      frames(bareFloor, (t) => t.p95),
    )} | |`,
    `| ${data.name} | atlas ÷ Leaflet canvas | ${ratio(median(atlas.firstDraw), median(leaflet.firstDraw))} | | ${ratio(
      frames(atlas, (t) => t.median),
      frames(leaflet, (t) => t.median),
    )} | ${ratio(
      frames(atlas, (t) => t.p95),
      frames(leaflet, (t) => t.p95),
    )} | |`,
  );
  return rows;
}

export const MOTION_HEADER = [
  '| data | page | first draw (ms) | picture differs from the floor: pixels · of pixels compared | pan/zoom frame median (ms) | frame p95 (ms) | frames over 50 ms |',
  '|---|---|---:|---:|---:|---:|---:|',
];
