/**
 * Imports made from the real boundaries in ../shared/fixtures (skipped when
 * absent): a province's communes as a zipped Shapefile in its VN-2000 zone,
 * with a CSV of figures whose codes lost their leading zeros; and a national
 * file at survey density, cancelled mid-way.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import proj4 from 'proj4';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeDenseCommunes } from '../../scripts/bench/dense-communes';
import {
  mapCoordinates,
  vn2000Prj,
  writePolygonShapefile,
  zipShapefile,
} from '../../scripts/fixtures/shapefile-writer';
import { vn2000Definition } from '../../src/formats/projection';
import { waitForMapIdle } from './chromium';
import { chooseTable, Harness, importFiles, ROOT, SHARED_FIXTURES, legendText } from './harness';
import { colourShares } from './pixels';

const COMMUNES = join(SHARED_FIXTURES, 'vn-2025/communes.geojson');
const present = existsSync(COMMUNES);
const generated = join(ROOT, '.bench/test-data/import-real');

type Commune = Feature<
  Polygon | MultiPolygon,
  { code: string; fullName: string; province_code: string }
>;

/** Quảng Ninh's communes in its provincial VN-2000 zone (central meridian 107°45′), zipped. */
function writeQuangNinh(): Commune[] {
  const all = (JSON.parse(readFileSync(COMMUNES, 'utf8')) as FeatureCollection)
    .features as Commune[];
  const communes = all.filter((f) => f.properties.province_code === '22');
  const toGrid = proj4('WGS84', vn2000Definition({ centralMeridian: 107.75, scale: 0.9999 }));
  const projected = communes.map((f) =>
    mapCoordinates(
      {
        ...f,
        properties: {
          code: f.properties.code,
          name: f.properties.fullName,
          level: 'commune',
          parent: '22',
        },
      },
      (p) => toGrid.forward([p[0] as number, p[1] as number]),
    ),
  );
  const layer = writePolygonShapefile(projected, ['code', 'name', 'level', 'parent']);
  writeFileSync(
    join(generated, 'quang-ninh-vn2000.zip'),
    zipShapefile('xa_quang_ninh', layer, vn2000Prj('VN_2000_Quang_Ninh_107_45', 107.75, 0.9999)),
  );
  // Codes typed into a spreadsheet lose their zeros: "06712" becomes 6712.
  const rows = communes.map(
    (f) =>
      `${Number(f.properties.code)},${f.properties.fullName},${(Number(f.properties.code) * 7) % 20}`,
  );
  writeFileSync(
    join(generated, 'quang-ninh-2025.csv'),
    ['Mã xã,Tên xã,Số tiêu chí NTM đạt', ...rows].join('\n'),
  );
  return communes;
}

describe.skipIf(!present)('importing files made from the real boundaries', () => {
  const harness = new Harness();
  let communes: Commune[] = [];
  let denseFile = '';
  beforeAll(async () => {
    mkdirSync(generated, { recursive: true });
    communes = writeQuangNinh();
    // About 65 MB: long enough to parse that Cancel can be pressed while it runs.
    denseFile = join(generated, 'communes-dense-10.geojson');
    writeDenseCommunes(COMMUNES, denseFile, 10);
    await harness.start();
  });
  afterAll(() => harness.stop());

  it('maps a zipped VN-2000 Shapefile of Quảng Ninh with a CSV whose codes lost their zeros', async () => {
    const page = await harness.open('?v=2025');
    await chooseTable(page, [
      join(generated, 'quang-ninh-vn2000.zip'),
      join(generated, 'quang-ninh-2025.csv'),
    ]);
    await page.locator('#import-load').click();
    const report = page.locator('atlas-import #report');
    await report.waitFor({ timeout: 60_000 });
    const summary = (await report.locator('.summary').innerText()).replace(/\s+/g, ' ');
    expect(summary).toContain(`${communes.length} xã / communes`);
    expect(summary).toMatch(
      new RegExp(
        `Matched, with values: ${communes.length} · .*units without values: 0 · .*codes without a boundary: 0`,
      ),
    );
    // Every one of Quảng Ninh's 54 codes starts with 0 ("06712"): all 54 were padded, and the report says so, once, by column.
    const problems = (await report.locator('table').innerText()).replace(/\s+/g, ' ');
    expect(problems).toMatch(
      /column "Mã xã" .*54 codes had lost their leading zeros \(Excel drops them\) and were padded as commune codes: \d{4} → 0\d{4}/,
    );
    expect(problems.match(/leading zeros/g)).toHaveLength(1);
    await report.getByRole('button', { name: /Xem bản đồ/ }).click();
    await waitForMapIdle(page);
    const png = await page
      .locator('ntp-atlas-app #map')
      .screenshot({ path: join(ROOT, 'test-results/import-quang-ninh.png') });
    const classes = [
      '#fef0d9',
      '#fdcc8a',
      '#fc8d59',
      '#d7301f',
      '#ffffcc',
      '#a1dab4',
      '#41b6c4',
      '#225ea8',
    ];
    expect(colourShares(png, classes).reduce((a, b) => a + b, 0)).toBeGreaterThan(0.1);
    // Reprojected back where it belongs: Móng Cái 1's box matches the original within ~1 m.
    const original = communes.find((f) => f.properties.code === '06712')!;
    const coordinates = JSON.stringify(original.geometry.coordinates)
      .match(/-?\d+\.\d+/g)!
      .map(Number);
    const lngs = coordinates.filter((_, i) => i % 2 === 0);
    const lats = coordinates.filter((_, i) => i % 2 === 1);
    const box = await page.evaluate(() => {
      const { state } = document.querySelector('ntp-atlas-app') as unknown as {
        state: {
          view: { vintage: string };
          data: Record<string, { boundaries: { bounds: Map<string, number[]> } }>;
        };
      };
      return state.data[state.view.vintage]!.boundaries.bounds.get('06712');
    });
    expect(box![0]).toBeCloseTo(Math.min(...lngs), 4);
    expect(box![1]).toBeCloseTo(Math.min(...lats), 4);
    expect(box![2]).toBeCloseTo(Math.max(...lngs), 4);
    expect(box![3]).toBeCloseTo(Math.max(...lats), 4);
    expect(harness.offOrigin()).toEqual([]);
    await page.close();
  });

  it('cancels a large import mid-way and keeps the map that was shown', async () => {
    const page = await harness.open('?v=2025');
    const legend = await legendText(page);
    expect(legend).toMatch(/Không có dữ liệu/);
    await importFiles(page, [denseFile]);
    const cancel = page.locator('#import-cancel');
    await cancel.waitFor({ timeout: 30_000 });
    expect(await page.locator('atlas-import progress').count()).toBe(1);
    await page.waitForTimeout(300);
    await cancel.click();
    await cancel.waitFor({ state: 'detached', timeout: 5_000 });
    expect(await page.locator('atlas-import .error').count()).toBe(0);
    expect(await page.locator('atlas-import .status').innerText()).toMatch(/Đã hủy/);
    expect(await page.locator('atlas-import #report').count()).toBe(0);
    // The dialog is ready for another try, and the map behind it is unchanged.
    expect(await page.locator('#import-load').isEnabled()).toBe(true);
    await page.locator('atlas-import').getByRole('button', { name: /Đóng/ }).click();
    expect(await legendText(page)).toBe(legend);
    await page.close();
  });
});
