import readXlsxFile from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForMapIdle } from './chromium';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { app, chooseTable, Harness, importFiles, ROOT } from './harness';
import { loadDemo } from './layer-expectations';
import { VIETNAMESE_LETTERS, visibleStrings, withoutNames } from './visible-text';

const harness = new Harness();
beforeAll(() => harness.start());
afterAll(() => harness.stop());

const { old, current } = loadDemo();
/** Place names are data and stay as written; longest first so "Huyện X" goes before "X". */
const names = [...old.hierarchy.units.values(), ...current.hierarchy.units.values()]
  .flatMap((unit) => [
    unit.name,
    unit.name.replace(/^(Tỉnh|Thành phố|Huyện|Thị xã|Quận|Xã|Phường|Thị trấn) /, ''),
  ])
  // The archipelagos are named in Vietnamese in every language (a sovereignty rule).
  .concat(['Hoàng Sa', 'Trường Sa'])
  .sort((a, b) => b.length - a.length);
const commune = [...old.hierarchy.units.values()].find((u) => u.level === 'commune')!;

/** Words of the English interface that must not be left on a Vietnamese screen. */
const ENGLISH_WORDS =
  /\b(the|of|and|Province|District|Commune|Level|Layers?|Table|Import|Year|no data|Source|Classes|Palette|units?|criteria|households?|Find|Whole area|Change|Old|new)\b/;

describe('the language switch', () => {
  it('changes every string on screen from Vietnamese to English and keeps it on reload', async () => {
    const page = await harness.open(`?lang=vi&l=commune&u=${commune.code}`);
    await app(page).locator('#table-toggle').click();
    await waitForMapIdle(page);

    const vietnamese = (await visibleStrings(page)).map((s) => withoutNames(s, names));
    const leftInEnglish = vietnamese.filter((s) => ENGLISH_WORDS.test(s));
    expect(leftInEnglish).toEqual([]);
    expect(vietnamese.filter((s) => VIETNAMESE_LETTERS.test(s)).length).toBeGreaterThan(100);
    await page.screenshot({ path: 'test-results/language/vi.png' });

    await app(page).locator('#language').selectOption('en');
    await expect.poll(() => app(page).getAttribute('lang')).toBe('en');
    const english = (await visibleStrings(page)).map((s) => withoutNames(s, names));
    const leftInVietnamese = english.filter((s) => VIETNAMESE_LETTERS.test(s));
    expect(leftInVietnamese).toEqual([]);
    expect(english.filter((s) => ENGLISH_WORDS.test(s)).length).toBeGreaterThan(50);
    await page.screenshot({ path: 'test-results/language/en.png' });

    // The dialogs speak it too: import, export, share.
    for (const opener of ['#import-open', '#export-open', '#share-open']) {
      await app(page).locator(opener).click();
      await expect.poll(() => app(page).locator('dialog[open]').count()).toBe(1);
      const inDialog = (await visibleStrings(page)).map((s) => withoutNames(s, names));
      expect(
        inDialog.filter((s) => VIETNAMESE_LETTERS.test(s)),
        opener,
      ).toEqual([]);
      await page.keyboard.press('Escape');
      await expect.poll(() => app(page).locator('dialog[open]').count()).toBe(0);
    }

    await expect.poll(() => new URL(page.url()).searchParams.get('lang')).toBe('en');
    await page.reload();
    await waitForMapIdle(page);
    await expect
      .poll(() => app(page).locator('h1').textContent())
      .toContain('Atlas of the National Target Programs');
    expect(await app(page).locator('#language').inputValue()).toBe('en');
    expect(harness.offOrigin()).toEqual([]);
    await page.close();
  });

  it('says what is wrong with a file in the language shown, in the report and its CSV', async () => {
    const bad = (file: string) => join(ROOT, 'tests/fixtures/bad', file);
    let page = await harness.open('?v=2021&lang=vi');
    await importFiles(page, [bad('malformed.geojson')]);
    const error = page.locator('atlas-import .error');
    await error.waitFor({ timeout: 30_000 });
    expect(await error.innerText()).toMatch(/^malformed\.geojson: không phải JSON hợp lệ \(.+\)$/);

    // The dialog stays as it was while the language changes behind it.
    await page.keyboard.press('Escape');
    await app(page).locator('#language').selectOption('en');
    await app(page).locator('#import-open').click();
    expect(await error.innerText()).toMatch(/^malformed\.geojson: is not valid JSON \(.+\)$/);
    expect(await error.innerText()).not.toMatch(VIETNAMESE_LETTERS);
    await page.close();

    // A file that loads with problems: the report's places and messages, then its CSV.
    page = await harness.open('?v=2021&lang=vi');
    await importFiles(page, [bad('null-geometries.geojson')]);
    const report = page.locator('atlas-import #report');
    await report.waitFor({ timeout: 30_000 });
    const table = (await report.locator('table').innerText()).replace(/[ \t]+/g, ' ');
    expect(table).toContain(
      'đối tượng 2 (mã "98") cần hình Polygon hoặc MultiPolygon, nhưng thấy null; bỏ qua đối tượng này',
    );
    const words = (await visibleStrings(page)).map((s) => withoutNames(s, names));
    expect(words.filter((s) => ENGLISH_WORDS.test(s))).toEqual([]);
    const download = page.waitForEvent('download');
    await report.locator('#report-csv').click();
    const csv = readFileSync((await (await download).path()) as string, 'utf8');
    expect(csv.split('\r\n')[0]).toBe('\uFEFFmức độ,tệp,vị trí,vấn đề');
    expect(csv).toContain(
      'lỗi,null-geometries.geojson,"đối tượng 2 (mã ""98"")","cần hình Polygon hoặc MultiPolygon, nhưng thấy null; bỏ qua đối tượng này"',
    );
    // The same report as a workbook, in Vietnamese alone, its counts on a second sheet.
    const workbook = page.waitForEvent('download');
    await report.locator('#report-xlsx').click();
    const sheets = (await readXlsxFile(
      readFileSync((await (await workbook).path()) as string),
    )) as unknown as { sheet: string; data: unknown[][] }[];
    expect(sheets[0]?.sheet).toBe('Báo cáo · Report');
    expect(sheets[0]?.data[0]).toEqual(['mức độ', 'tệp', 'vị trí', 'vấn đề']);
    expect(sheets[0]?.data).toContainEqual([
      'lỗi',
      'null-geometries.geojson',
      'đối tượng 2 (mã "98")',
      'cần hình Polygon hoặc MultiPolygon, nhưng thấy null; bỏ qua đối tượng này',
    ]);
    expect(sheets[1]?.data.map((row) => row[0])).toContain('Lỗi');

    await page.keyboard.press('Escape');
    await app(page).locator('#language').selectOption('en');
    await app(page).locator('#import-open').click();
    expect((await report.locator('table').innerText()).replace(/[ \t]+/g, ' ')).toContain(
      'feature 2 (code "98") expected a Polygon or MultiPolygon geometry, found null; feature skipped',
    );
    const english = (await visibleStrings(page)).map((s) => withoutNames(s, names));
    expect(english.filter((s) => VIETNAMESE_LETTERS.test(s))).toEqual([]);
    expect(harness.offOrigin()).toEqual([]);
    await page.close();
  });

  it('offers the columns of a table in the language shown', async () => {
    const page = await harness.open('?v=2025&lang=en');
    await chooseTable(page, [join(ROOT, 'tests/fixtures/good/ho-ngheo-2025-bom.csv')]);
    const options = page.locator('atlas-table-mapping select[data-column] option');
    const english = await options.allTextContents();
    expect(english.length).toBeGreaterThan(20);
    expect(english.filter((o) => VIETNAMESE_LETTERS.test(o))).toEqual([]);
    expect(english.map((o) => o.trim())).toContain('Poor households');
    await page.locator('#import-load').click();
    const summary = page.locator('atlas-import #report .summary');
    await expect.poll(() => summary.innerText()).toMatch(/\b100 communes\b/);
    await page.close();
  });

  it('writes numbers in the format of the language shown', async () => {
    const page = await harness.open('?lang=vi&l=district');
    await app(page).locator('#table-toggle').click();
    const firstDecimal = () =>
      app(page)
        .locator('atlas-unit-table td.numeric')
        .evaluateAll((cells) =>
          cells.map((c) => c.textContent?.trim() ?? '').find((t) => /\d[.,]\d/.test(t)),
        );
    expect(await firstDecimal()).toMatch(/^\d+,\d+$/);
    await app(page).locator('#language').selectOption('en');
    expect(await firstDecimal()).toMatch(/^\d+\.\d+$/);
    await page.close();
  });
});
