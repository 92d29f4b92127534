/**
 * Issue 18: Hoàng Sa and Trường Sa on every national map of real data — on
 * screen at every level and vintage of the fixtures, in the embed, and in
 * the exported PNG, SVG and PDF. Each island cluster (islands of the fixture
 * grouped here, within 0.3° of each other) must have at least one filled
 * pixel, and each archipelago its Vietnamese name written beside it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { waitUntilDrawn } from './chromium';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  app,
  Harness,
  importFiles,
  ROOT,
  saveDownload,
  SHARED_FIXTURES,
  writeCriteriaFile,
} from './harness';

const present = existsSync(join(SHARED_FIXTURES, 'vn-2025/communes.geojson'));
if (!present) console.warn(`Skipping the sovereignty checks: ${SHARED_FIXTURES} is absent.`);

const SEA = [0xee, 0xf2, 0xf5];
/** The archipelagos' names are written in this blue (src/core/archipelagos.ts). */
const NAME_INK = [0x1f, 0x4e, 0x79];
/** The national view: in a 1280 × 800 window the map (660 × 584 px or more) holds the whole country. */
const NATIONAL = { lng: 110, lat: 14.8, zoom: 4.45 };
/** Where the names are written, and hand-typed islands for a file that lacks the archipelago. */
const NAMES = { 'Quần đảo Hoàng Sa': [111.95, 17.55], 'Quần đảo Trường Sa': [114.4, 12.0] };
const SONG_TU_TAY: Position = [114.33, 11.43];
const TRUONG_SA_LON: Position = [111.92, 8.64];

type Boundary = Feature<Polygon | MultiPolygon, { code: string }>;
const read = (file: string) =>
  (JSON.parse(readFileSync(join(SHARED_FIXTURES, file), 'utf8')) as { features: Boundary[] })
    .features;

/**
 * The outer ring of each part of the units `codes` out at sea: east of
 * 110.5° E, or of 109.3° E south of 9° N (Trường Sa's banks); Khánh Hòa's
 * coastal islands (109.2–109.4° E, 12–13° N) are not the archipelago.
 */
function islandRings(file: string, codes: string[]): Position[][] {
  return read(file)
    .filter((f) => codes.includes(f.properties.code))
    .flatMap((f) =>
      f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates,
    )
    .map((polygon) => polygon[0]!)
    .filter((ring) => {
      const [lng, lat] = ring[0] as [number, number];
      return lat > 5 && lat < 17.5 && (lng > 110.5 || (lng > 109.3 && lat < 9));
    });
}

/** Every vertex of those islands: a filled pixel near any of them shows the island. */
const islandsOf = (file: string, codes: string[]) => islandRings(file, codes).flat();

/** Islands within 0.3° of each other (single linkage) form one cluster. */
function clusters(points: Position[]): Position[][] {
  const groups: Position[][] = [];
  for (const p of points) {
    const near = groups.filter((g) =>
      g.some((q) => Math.hypot(p[0]! - q[0]!, p[1]! - q[1]!) < 0.3),
    );
    const merged = [p, ...near.flat()];
    for (const g of near) groups.splice(groups.indexOf(g), 1);
    groups.push(merged);
  }
  return groups;
}

function project([lng, lat]: Position, zoom: number): [number, number] {
  const world = 512 * 2 ** zoom;
  const sin = Math.sin((lat! * Math.PI) / 180);
  return [
    ((lng! + 180) / 360) * world,
    (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * world,
  ];
}

/** Where the map lies in a picture: its top-left corner, its size on screen and its scale from it. */
interface Frame {
  x: number;
  y: number;
  width: number;
  height: number;
  scale: number;
  zoom: number;
}

/** Screen or picture position of a place on the national map. */
function toPicture(place: Position, frame: Frame): [number, number] {
  const [cx, cy] = project([NATIONAL.lng, NATIONAL.lat], frame.zoom);
  const [x, y] = project(place, frame.zoom);
  return [
    frame.x + (x - cx + frame.width / 2) * frame.scale,
    frame.y + (y - cy + frame.height / 2) * frame.scale,
  ];
}

const close = (a: ArrayLike<number>, b: readonly number[], tolerance: number) =>
  [0, 1, 2].every((i) => Math.abs(a[i]! - b[i]!) <= tolerance);

/** ColorBrewer YlGnBu, 4 classes (manual breaks 5, 10, 15 on criteria met). */
const YLGNBU_4 = [
  [0xff, 0xff, 0xcc],
  [0xa1, 0xda, 0xb4],
  [0x41, 0xb6, 0xc4],
  [0x22, 0x5e, 0xa8],
];
const NO_DATA_INK = [0xf4, 0xf4, 0xf4];
/** Units drawn without an indicator file, and a landmark of a missing archipelago. */
const PLAIN_FILL = [0xd5, 0xdd, 0xe6];
const WHITE = [0xff, 0xff, 0xff];
const MANUAL = 'm=manual&b=5,10,15&pal=YlGnBu';

/** A filled pixel: one of `colours`, not a blend of the sea with a ring or an outline. */
const filledWith =
  (colours: readonly number[][]) =>
  (pixel: ArrayLike<number>): boolean =>
    colours.some((colour) => close(pixel, colour, 10));

/** The clusters with no filled pixel within `reach` px of one of their islands. */
function emptyClusters(
  png: Buffer,
  groups: Position[][],
  frame: Frame,
  reach = 2,
  isFilled: (pixel: ArrayLike<number>) => boolean,
): string[] {
  const { width, height, data } = PNG.sync.read(png);
  const r = Math.ceil(reach * Math.max(1, frame.scale));
  return groups
    .filter((group) =>
      group.every((island) => {
        const [x, y] = toPicture(island, frame).map(Math.round) as [number, number];
        for (let j = Math.max(0, y - r); j <= Math.min(height - 1, y + r); j += 1)
          for (let i = Math.max(0, x - r); i <= Math.min(width - 1, x + r); i += 1)
            if (isFilled(data.subarray((j * width + i) * 4))) return false;
        return true;
      }),
    )
    .map((group) => group[0]!.map((n) => n.toFixed(2)).join(','));
}

/** Pixels of the names' ink around where each name is written. */
function nameInk(png: Buffer, frame: Frame): Record<string, number> {
  const { width, height, data } = PNG.sync.read(png);
  const out: Record<string, number> = {};
  for (const [name, at] of Object.entries(NAMES)) {
    const [x, y] = toPicture(at, frame);
    const [w, h] = [70 * frame.scale, 10 * frame.scale];
    let ink = 0;
    for (let j = Math.max(0, Math.round(y - h)); j <= Math.min(height - 1, y + h); j += 1)
      for (let i = Math.max(0, Math.round(x - w)); i <= Math.min(width - 1, x + w); i += 1)
        if (close(data.subarray((j * width + i) * 4), NAME_INK, 40)) ink += 1;
    out[name] = ink;
  }
  return out;
}

/** Finds the map of `screen` size in an exported picture: the box of its sea-coloured pixels. */
function frameIn(png: Buffer, screen: { width: number; height: number }): Frame {
  const { width, height, data } = PNG.sync.read(png);
  let [x0, y0, x1] = [Infinity, Infinity, -Infinity];
  for (let j = 0; j < height; j += 1)
    for (let i = 0; i < width; i += 1)
      if (close(data.subarray((j * width + i) * 4), SEA, 2)) {
        x0 = Math.min(x0, i);
        y0 = Math.min(y0, j);
        x1 = Math.max(x1, i);
      }
  return { x: x0, y: y0, ...screen, scale: (x1 - x0 + 1) / screen.width, zoom: NATIONAL.zoom };
}

/** A screenshot of the map itself. */
function screenFrame(png: Buffer, zoom = NATIONAL.zoom): Frame {
  const { width, height } = PNG.sync.read(png);
  return { x: 0, y: 0, width, height, scale: 1, zoom };
}
const cameraAt = (zoom: number) => `c=${NATIONAL.lng},${NATIONAL.lat},${zoom}`;
const camera = cameraAt(NATIONAL.zoom);

describe.skipIf(!present)('Hoàng Sa and Trường Sa on every national map of real data', () => {
  const harness = new Harness();
  const generated = join(ROOT, '.bench/test-data');
  let values2025: Record<string, number> = {};
  const OUT = join(ROOT, 'test-results/sovereignty');
  const islands2025 = () => ({
    'Hoàng Sa': clusters(islandsOf('vn-2025/communes.geojson', ['20333'])),
    'Trường Sa': clusters(islandsOf('vn-2025/communes.geojson', ['22736'])),
  });
  const query2025 = `?vintage=2025&boundaries=fixtures/vn-2025/provinces.geojson,fixtures/vn-2025/communes.geojson&indicators=generated/sovereignty-2025.json&v=2025&i=ntm_criteria_met&${MANUAL}`;
  /**
   * (20333 × 7) mod 20 = 11 and (22736 × 7) mod 20 = 12 criteria: both in the
   * class 10–14 (YlGnBu #41b6c4) when they have data, the no-data ink when not.
   */
  const communeColours = () => ({
    'Hoàng Sa': ['20333' in values2025 ? YLGNBU_4[2]! : NO_DATA_INK],
    'Trường Sa': ['22736' in values2025 ? YLGNBU_4[2]! : NO_DATA_INK],
  });

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    const communes = read('vn-2025/communes.geojson');
    // Every third commune without data, as in the other real-data tests.
    values2025 = Object.fromEntries(
      communes
        .filter((_, i) => i % 3 !== 2)
        .map((f) => [f.properties.code, (Number(f.properties.code) * 7) % 20]),
    );
    writeCriteriaFile(join(generated, 'sovereignty-2025.json'), values2025);
    await harness.start({ '/fixtures': SHARED_FIXTURES, '/generated': generated });
  });
  afterAll(() => harness.stop());

  async function onScreen(query: string, shot: string): Promise<{ page: Page; png: Buffer }> {
    const page = await harness.open(query);
    const png = await app(page)
      .locator('#map')
      .screenshot({ path: join(OUT, `${shot}.png`) });
    expect((page as unknown as { errors: string[] }).errors).toEqual([]);
    return { page, png };
  }

  function expectBothArchipelagos(
    png: Buffer,
    groups: Record<string, Position[][]>,
    frame: Frame,
    colours: readonly number[][] | Record<string, readonly number[][]>,
  ) {
    for (const [name, group] of Object.entries(groups)) {
      const allowed = Array.isArray(colours)
        ? colours
        : (colours as Record<string, number[][]>)[name]!;
      expect(group.length, name).toBeGreaterThan(0);
      expect(emptyClusters(png, group, frame, 2, filledWith(allowed)), name).toEqual([]);
    }
    const ink = nameInk(png, frame);
    for (const [name, count] of Object.entries(ink)) expect(count, name).toBeGreaterThan(15);
  }

  it('2025 communes: every island cluster in its class colour, both names written', async () => {
    // 45 islands in Hoàng Sa, 140 in Trường Sa (the fixture's parts, counted by hand).
    expect(islandRings('vn-2025/communes.geojson', ['20333', '22736'])).toHaveLength(185);
    for (const zoom of [NATIONAL.zoom, 3.5]) {
      const { page, png } = await onScreen(
        `${query2025}&l=commune&${cameraAt(zoom)}`,
        `communes-2025-z${zoom}`,
      );
      expectBothArchipelagos(png, islands2025(), screenFrame(png, zoom), communeColours());
      await page.close();
    }
  });

  it('a click on an island picks its commune, as a click on any unit does', async () => {
    const { page, png } = await onScreen(`${query2025}&l=commune&${camera}`, 'island-click');
    // Song Tử Tây's ring, the northernmost island of Trường Sa: its dot is at the mean of its corners.
    const ring = islandRings('vn-2025/communes.geojson', ['22736']).sort(
      (a, b) => b[0]![1]! - a[0]![1]!,
    )[0]!;
    const corners = ring.slice(0, -1);
    const mean: Position = [0, 1].map(
      (k) => corners.reduce((sum, p) => sum + p[k]!, 0) / corners.length,
    );
    const [x, y] = toPicture(mean, screenFrame(png));
    const box = (await app(page).locator('#map').boundingBox())!;
    await page.mouse.click(box.x + x, box.y + y);
    await expect.poll(() => page.url()).toContain('u=22736');
    await expect.poll(() => app(page).locator('atlas-detail h2').innerText()).toMatch(/Trường Sa/);
    await page.close();
  });

  it('2025 provinces: the islands of Đà Nẵng and Khánh Hòa', async () => {
    const { page, png } = await onScreen(`${query2025}&l=province&${camera}`, 'provinces-2025');
    // The province file is simplified on its own: its islands, not the communes'.
    const islands = {
      'Hoàng Sa': clusters(islandsOf('vn-2025/provinces.geojson', ['48'])),
      'Trường Sa': clusters(islandsOf('vn-2025/provinces.geojson', ['56'])),
    };
    expectBothArchipelagos(png, islands, screenFrame(png), YLGNBU_4);
    await page.close();
  });

  it('the provinces before 2025: a file without Trường Sa still marks and names it, and says so', async () => {
    const { page, png } = await onScreen(
      `?vintage=2021&boundaries=fixtures/vn-2021-legacy/provinces.geojson&v=2021&l=province&${camera}`,
      'provinces-2021',
    );
    expectBothArchipelagos(
      png,
      {
        'Hoàng Sa': clusters(islandsOf('vn-2021-legacy/provinces.geojson', ['48'])),
        'Trường Sa': [[SONG_TU_TAY], [TRUONG_SA_LON]],
      },
      screenFrame(png),
      { 'Hoàng Sa': [PLAIN_FILL], 'Trường Sa': [WHITE] },
    );
    await page.close();
    // Imported through the dialog, the same file's report says what is missing and what is done.
    const importing = await harness.open('');
    await importFiles(importing, [join(SHARED_FIXTURES, 'vn-2021-legacy/provinces.geojson')]);
    const report = importing.locator('atlas-import #report');
    await report.waitFor({ timeout: 60_000 });
    const text = (await report.innerText()).replace(/\s+/g, ' ');
    expect(text).toContain('không có đảo nào của Quần đảo Trường Sa (Khánh Hòa)');
    expect(text).not.toContain('Quần đảo Hoàng Sa (Đà Nẵng)');
    await importing.close();
  });

  it('the districts before 2025: Huyện Hoàng Sa and Huyện Trường Sa', async () => {
    const { page, png } = await onScreen(
      `?vintage=2021&boundaries=fixtures/vn-2021-legacy/provinces.geojson,fixtures/vn-2021-legacy/districts.geojson&v=2021&l=district&${camera}`,
      'districts-2021',
    );
    expectBothArchipelagos(
      png,
      {
        'Hoàng Sa': clusters(islandsOf('vn-2021-legacy/districts.geojson', ['498'])),
        'Trường Sa': clusters(islandsOf('vn-2021-legacy/districts.geojson', ['576'])),
      },
      screenFrame(png),
      [PLAIN_FILL],
    );
    await page.close();
  });

  it('in the embedded atlas (embed=1)', async () => {
    const { page, png } = await onScreen(`${query2025}&l=commune&embed=1&${camera}`, 'embed-2025');
    expectBothArchipelagos(png, islands2025(), screenFrame(png), communeColours());
    await page.close();
  });

  it('in the <ntp-atlas> element on a host page whose text is upper case', async () => {
    writeFileSync(
      join(generated, 'host.html'),
      `<!doctype html><html lang="en"><head><meta charset="UTF-8" /><title>Host</title>
<style>body { text-transform: uppercase; color: rgb(200, 0, 0); font-family: serif; }</style>
<script type="module" src="/embed/ntp-atlas.js"></script></head><body>
<ntp-atlas boundaries="/fixtures/vn-2025/provinces.geojson,/fixtures/vn-2025/communes.geojson"
  indicators="/generated/sovereignty-2025.json" vintage="2025" level="commune"
  indicator="ntm_criteria_met" period="2025" camera="${NATIONAL.lng},${NATIONAL.lat},${NATIONAL.zoom}"
  style="display: block; width: 1000px; height: 700px"></ntp-atlas></body></html>`,
    );
    const page = await harness.open('generated/host.html', undefined, false);
    await waitUntilDrawn(page, () => {
      const atlas = document.querySelector('ntp-atlas') as Element & {
        app?: { mapIdle?: boolean };
      };
      return atlas?.app?.mapIdle === true;
    });
    const png = await page.locator('ntp-atlas #map').screenshot({ path: join(OUT, 'element.png') });
    expect((page as unknown as { errors: string[] }).errors).toEqual([]);
    // Default classes here (quantiles): any class colour of the palette the legend shows.
    const legend = await page
      .locator('ntp-atlas atlas-legend .swatch')
      .evaluateAll((swatches) => swatches.map((s) => getComputedStyle(s).backgroundColor));
    expect(legend.length).toBeGreaterThan(0);
    const classColours = legend
      .map((rgb) => rgb.match(/\d+/g)!.slice(0, 3).map(Number))
      .concat([NO_DATA_INK]);
    expectBothArchipelagos(png, islands2025(), screenFrame(png), classColours);
    const names = await page.locator('ntp-atlas .archipelago-name').allInnerTexts();
    expect(names).toEqual(['Quần đảo Hoàng Sa', 'Quần đảo Trường Sa']);
    await page.close();
  });

  it('in the exported PNG, SVG and PDF', async () => {
    const page = await harness.open(`${query2025}&l=commune&${camera}`);
    await app(page).locator('#export-open').click();
    const save = async (button: string, name: string) => {
      await saveDownload(page, app(page).locator(button), join(OUT, name));
      return join(OUT, name);
    };
    const box = (await app(page).locator('#map').boundingBox())!;
    const screen = { width: Math.round(box.width), height: Math.round(box.height) };
    const png = readFileSync(await save('#png-1', 'national@1x.png'));
    expectBothArchipelagos(png, islands2025(), frameIn(png, screen), communeColours());

    const svg = readFileSync(await save('#svg', 'national.svg'), 'utf8');
    expect([...svg.matchAll(/<circle /g)]).toHaveLength(185);
    for (const name of Object.keys(NAMES)) expect(svg).toContain(`>${name}</text>`);

    const pdf = await save('#pdf', 'national.pdf');
    // The names are text in the vector PDF, as written, with their diacritics.
    const words = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
    for (const name of Object.keys(NAMES)) expect(words).toContain(name);
    execFileSync('pdftoppm', ['-r', '150', '-png', '-singlefile', pdf, pdf.replace(/\.pdf$/, '')]);
    const rendered = readFileSync(pdf.replace(/\.pdf$/, '.png'));
    expectBothArchipelagos(rendered, islands2025(), frameIn(rendered, screen), communeColours());
    await page.close();
  });

  it('made no request off the origin', () => {
    expect(harness.offOrigin()).toEqual([]);
  });
});
