/**
 * Imports of many small units (issue 20, point 10b): 100,000 square communes
 * as one GeoJSON, then a 49 MB CSV of their figures over 16 years (1.6
 * million rows) onto them. Each once held the page for 1–5 s in one task.
 * Measured as the large import is: the longest main-thread task, tasks over
 * 200 ms, the longest heartbeat delay, time to the report and to the map.
 */
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { waitForMapIdle } from '../../tests/browser/chromium';
import { now, openDemo, responsiveness, type ImportMeasure } from './import-large';

const UNITS = 100_000;
const YEARS = 16;

/** 100,000 squares in a grid over the country, codes 00000–99999, one feature per line. */
function writePolygons(file: string): void {
  const side = Math.ceil(Math.sqrt(UNITS));
  const step = { x: 7.2 / side, y: 14.6 / side };
  const lines: string[] = [];
  for (let i = 0; i < UNITS; i += 1) {
    const x = 102.2 + (i % side) * step.x;
    const y = 8.6 + Math.floor(i / side) * step.y;
    const d = step.x * 0.9;
    const code = String(i).padStart(5, '0');
    lines.push(
      JSON.stringify({
        type: 'Feature',
        properties: { code, name: `Xã ${code}`, level: 'commune' },
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [x, y],
              [x + d, y],
              [x + d, y + d],
              [x, y + d],
              [x, y],
            ],
          ],
        },
      }),
    );
  }
  writeFileSync(file, `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}`);
}

/** Every unit's figures for 16 years, with a year column, as a statistics office exports them. */
function writeTable(file: string): void {
  const lines = [
    'Mã xã,Năm,Tổng số hộ,Số hộ nghèo,Số hộ cận nghèo,Số tiêu chí NTM đạt,Tỷ lệ hộ nghèo (%)',
  ];
  for (let year = 0; year < YEARS; year += 1) {
    for (let i = 0; i < UNITS; i += 1) {
      const households = 500 + ((i * 7919) % 4000);
      const poor = (i * 31 + year) % 300;
      const rate = ((poor / households) * 100).toFixed(2);
      lines.push(
        `${String(i).padStart(5, '0')},${2000 + year},${households},${poor},${(poor * 3) % 200},${(i + year) % 20},${rate}`,
      );
    }
  }
  writeFileSync(file, lines.join('\n'));
}

export async function measureManyUnits(
  browser: Browser,
  origin: string,
  out: string,
): Promise<ImportMeasure[]> {
  const folder = join(out, 'import');
  mkdirSync(folder, { recursive: true });
  const polygons = join(folder, 'polygons-100000.geojson');
  const table = join(folder, 'table-100000x16.csv');
  if (!existsSync(polygons)) writePolygons(polygons);
  if (!existsSync(table)) writeTable(table);
  const rows: ImportMeasure[] = [];

  const page = await openDemo(browser, origin);
  let t0 = await now(page);
  await page.locator('#import-open').click();
  await page.locator('atlas-import input[type=file]').setInputFiles(polygons);
  await page.locator('#import-load').click();
  await page.locator('atlas-import #report').waitFor({ timeout: 600_000 });
  let toReport = (await now(page)) - t0;
  await page.getByRole('button', { name: /Xem bản đồ/ }).click();
  await waitForMapIdle(page, 600_000);
  rows.push({
    label: 'import dialog, 100,000 square communes (GeoJSON)',
    fileMb: statSync(polygons).size / 1e6,
    toReport,
    toMapIdle: (await now(page)) - t0,
    ...(await responsiveness(page, t0)),
  });

  // The table alone goes onto the 100,000 units now shown.
  t0 = await now(page);
  await page.locator('#import-open').click();
  await page.locator('atlas-import input[type=file]').setInputFiles(table);
  await page.locator('atlas-table-mapping #table-meta').waitFor({ timeout: 600_000 });
  await page.locator('#import-load').click();
  await page.locator('atlas-import #report').waitFor({ timeout: 600_000 });
  toReport = (await now(page)) - t0;
  await page.getByRole('button', { name: /Xem bản đồ/ }).click();
  await waitForMapIdle(page, 600_000);
  rows.push({
    label: `import dialog, CSV of their figures (${YEARS} years, ${((UNITS * YEARS) / 1e6).toFixed(1)} million rows)`,
    fileMb: statSync(table).size / 1e6,
    toReport,
    toMapIdle: (await now(page)) - t0,
    ...(await responsiveness(page, t0)),
  });
  // Kept in the browser's storage (the local workspace): the table's figures packed and
  // written to IndexedDB after the map is drawn. "To map idle" here is until it is kept.
  t0 = await now(page);
  await page.waitForFunction(
    async () => {
      const app = document.querySelector('ntp-atlas-app') as unknown as {
        workspace: { list(): Promise<unknown[]> } | null;
      };
      return ((await app.workspace?.list()) ?? []).length >= 2;
    },
    undefined,
    { timeout: 600_000, polling: 100 },
  );
  rows.push({
    label: 'then: both imports kept in the browser (IndexedDB), until kept',
    fileMb: NaN,
    toReport: NaN,
    toMapIdle: (await now(page)) - t0,
    ...(await responsiveness(page, t0)),
  });
  // The same map afterwards, with no import: what drawing 100,000 units costs
  // anyway. A drag of 200 px (nothing changes but the camera), then a switch
  // to another layer (every unit a new colour, as after the CSV).
  t0 = await now(page);
  const box = await page.locator('#map canvas').boundingBox();
  if (box) {
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await page.mouse.move(x, y);
    await page.mouse.down();
    for (let step = 1; step <= 10; step += 1) await page.mouse.move(x + step * 20, y);
    await page.mouse.up();
  }
  await waitForMapIdle(page, 600_000);
  rows.push({
    label: 'then: drag the map of 100,000 units by 200 px (no data change)',
    fileMb: NaN,
    toReport: NaN,
    toMapIdle: (await now(page)) - t0,
    ...(await responsiveness(page, t0)),
  });
  t0 = await now(page);
  await page
    .getByRole('radio', { name: /^Số hộ nghèo/ })
    .first()
    .click();
  await waitForMapIdle(page, 600_000);
  rows.push({
    label: 'then: switch layer (every unit a new colour)',
    fileMb: NaN,
    toReport: NaN,
    toMapIdle: (await now(page)) - t0,
    ...(await responsiveness(page, t0)),
  });
  await page.screenshot({ path: join(folder, 'after-many-units.png') });
  await page.close();
  return rows;
}
