import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForMapIdle } from './chromium';
import { Harness, importFiles, ROOT, legendText } from './harness';
import { colourShares } from './pixels';

const harness = new Harness();
beforeAll(() => harness.start());
afterAll(() => harness.stop());

const GOOD = join(ROOT, 'tests/fixtures/good');
const BAD = join(ROOT, 'tests/fixtures/bad');
const DEMO = join(ROOT, 'data/demo');
const CLASS_COLOURS = ['#ffffcc', '#a1dab4', '#41b6c4', '#225ea8'];

/** The state a failed import must leave untouched. */
async function viewOf(page: Page) {
  return {
    vintage: await page.locator('#vintage').inputValue(),
    legend: await legendText(page),
  };
}

describe('importing files in the browser', () => {
  it('loads a zipped Shapefile in VN-2000 with an indicator file, reports the match, and maps it', async () => {
    const page = await harness.open('?v=2021');
    await importFiles(page, [
      join(GOOD, 'demo-2025-vn2000.zip'),
      join(DEMO, 'indicators-2025.json'),
    ]);
    const report = page.locator('atlas-import #report');
    await report.waitFor({ timeout: 30_000 });
    const summary = (await report.locator('.summary').innerText()).replace(/\s+/g, ' ');
    expect(summary).toContain('Địa giới năm Boundary vintage: 2025');
    expect(summary).toMatch(/2 tỉnh \/ provinces · 100 xã \/ communes/);
    expect(summary).toMatch(
      /Khớp mã, có số liệu Matched, with values: 100 · .*units without values: 0 · .*codes without a boundary: 0/,
    );
    await report.getByRole('button', { name: /Xem bản đồ/ }).click();
    await expect.poll(() => page.locator('#vintage').inputValue()).toBe('2025');
    await waitForMapIdle(page);
    const png = await page
      .locator('ntp-atlas-app #map')
      .screenshot({ path: join(ROOT, 'test-results/import-vn2000.png') });
    const shares = colourShares(png, CLASS_COLOURS);
    expect(shares.reduce((a, b) => a + b, 0)).toBeGreaterThan(0.2);
    // The reprojected communes sit where the demo's own do: "Xã Kỳ Tiến" is found and fitted.
    await page.locator('atlas-search input').fill('ky tien');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('atlas-detail h2').innerText()).toMatch(/Kỳ Tiến/);
    expect(harness.offOrigin()).toEqual([]);
    await page.close();
  });

  it('loads TopoJSON and infers its vintage from its communes, saying why', async () => {
    const page = await harness.open('?v=2021');
    await importFiles(page, [join(GOOD, 'demo-2025.topojson')]);
    const report = page.locator('atlas-import #report');
    await report.waitFor({ timeout: 30_000 });
    expect((await report.locator('.summary').innerText()).replace(/\s+/g, ' ')).toMatch(
      /2025 \(xã trực thuộc tỉnh communes belong directly to provinces\)/,
    );
    // Boundaries alone are drawn plain (not hatched as "no data"), so the user sees what loaded.
    await report.getByRole('button', { name: /Xem bản đồ/ }).click();
    await waitForMapIdle(page);
    const png = await page
      .locator('ntp-atlas-app #map')
      .screenshot({ path: join(ROOT, 'test-results/import-boundaries-only.png') });
    expect(colourShares(png, ['#d5dde6'])[0]).toBeGreaterThan(0.2);
    // No indicator: no layer to pick, no table to open.
    expect(await page.locator('atlas-layer-panel input[type=radio]').count()).toBe(0);
    expect(await page.locator('#table-toggle').isDisabled()).toBe(true);
    await page.close();
  });

  /** Each bad file's message, in Vietnamese then English: both are on screen by default. */
  const corpus: [string, RegExp, RegExp][] = [
    [
      'malformed.geojson',
      /^malformed\.geojson: không phải JSON hợp lệ/,
      /malformed\.geojson: is not valid JSON/,
    ],
    [
      'projected-no-prj.zip',
      /projected-no-prj\.zip: xa_khong_prj\.shp: có tọa độ như \(.*\) tính bằng mét, không phải kinh độ\/vĩ độ, và không có tệp \.prj/,
      /projected-no-prj\.zip: xa_khong_prj\.shp: has coordinates such as \(.*\) that are metres, not longitude\/latitude, and no \.prj file/,
    ],
    [
      'numeric-codes.geojson',
      /numeric-codes\.geojson: không có đơn vị nào dùng được cho bộ ranh giới 2025 \(vấn đề đầu tiên: đối tượng 1 \(mã số 366\): mã 366 là số nên mất các số 0 đứng đầu/,
      /numeric-codes\.geojson: has no usable unit for vintage 2025 \(first problem: feature 1 \(code number 366\): code 366 is a number, so its leading zeros are lost/,
    ],
    // The hardening classes (issue 20): each refused with its own words.
    [
      'swapped-lat-lon.geojson',
      /swapped-lat-lon\.geojson: features\[0\] \(\d+\): có tọa độ như \(.*\): vĩ độ đứng trước kinh độ/,
      /has positions such as \(.*\): latitude before longitude; GeoJSON writes \[longitude, latitude\]/,
    ],
    [
      'typo-latitude.geojson',
      /typo-latitude\.geojson: features\[1\] \(\d+\): có tọa độ \(.*210,5\) ngoài phạm vi/,
      /has a position \(.*210\.5\) outside longitude ±180, latitude ±90 \(1 of \d+ positions\); a typo\?/,
    ],
    [
      'zip-bomb.zip',
      /zip-bomb\.zip: xa\.dbf nén \d+ lần \(64 MB\)/,
      /xa\.dbf is compressed \d+ times \(64 MB\), beyond any real boundary file .*possibly a zip bomb; not read/,
    ],
    [
      'hostile-colour-2021.json',
      /hostile-colour-2021\.json: indicators\[0\]\.categories\[1\]\.color: cần một màu như #1a9850/,
      /expected a colour such as #1a9850, #abc, rgb\(26, 152, 80\), hsl\(140, 70%, 35%\), found/,
    ],
  ];
  for (const [file, vietnamese, english] of corpus) {
    it(`refuses ${file} with its own message and keeps the map that was shown`, async () => {
      const page = await harness.open('?v=2021');
      const before = await viewOf(page);
      await importFiles(page, [join(BAD, file)]);
      const error = page.locator('atlas-import .error');
      await error.waitFor({ timeout: 30_000 });
      expect(await error.innerText()).toMatch(vietnamese);
      expect(await error.innerText()).toMatch(english);
      await page.locator('atlas-import').getByRole('button', { name: /Đóng/ }).click();
      expect(await viewOf(page)).toEqual(before);
      await page.close();
    });
  }

  const reported: [string, RegExp][] = [
    [
      'null-geometries.geojson',
      /feature 2 \(code "98"\)\s+expected a Polygon or MultiPolygon geometry, found null; feature skipped\s+.*\s+null-geometries.geojson\s+feature 3 \(code "40366"\)\s+expected a Polygon or MultiPolygon geometry, found "Point"/,
    ],
    [
      'duplicate-codes.geojson',
      /duplicate-codes\.geojson feature 3, duplicate-codes\.geojson feature 4\s+code "40366" appears 2 times; only the first is drawn/,
    ],
    [
      'rings.geojson',
      /1 unclosed ring was closed \(the first position added at the end\)[\s\S]*ring 1 of polygon 1 crosses itself near \(/,
    ],
  ];
  for (const [file, row] of reported) {
    it(`loads ${file} and lists each of its problems in the report`, async () => {
      // In English alone, so each cell holds one language.
      const page = await harness.open('?v=2021&lang=en');
      await importFiles(page, [join(BAD, file)]);
      const report = page.locator('atlas-import #report');
      await report.waitFor({ timeout: 30_000 });
      expect(await report.locator('table').innerText()).toMatch(row);
      await page.close();
    });
  }

  it('shows HTML in a unit name as text, never as markup', async () => {
    const page = await harness.open('?v=2021');
    await importFiles(page, [join(BAD, 'html-in-names.geojson')]);
    await page
      .locator('atlas-import #report')
      .getByRole('button', { name: /Xem bản đồ/ })
      .click();
    await waitForMapIdle(page);
    await page.locator('atlas-search input').fill('binh an');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('atlas-detail h2').innerText()).toContain('<img src=x');
    expect(await page.locator('ntp-atlas-app img').count()).toBe(0);
    expect(await page.title()).not.toBe('pwned');
    await page.close();
  });
});
