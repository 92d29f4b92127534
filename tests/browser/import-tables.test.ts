import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForMapIdle } from './chromium';
import { app, chooseTable, Harness, ROOT, legendText } from './harness';
import { colourShares } from './pixels';

const harness = new Harness();
beforeAll(() => harness.start());
afterAll(() => harness.stop());

const GOOD = join(ROOT, 'tests/fixtures/good');
const BAD = join(ROOT, 'tests/fixtures/bad');

const mappingOf = (page: Page) =>
  page.locator('atlas-table-mapping tbody tr').evaluateAll((rows) =>
    rows.map((row) => {
      const select = row.querySelector('select') as HTMLSelectElement;
      return `${row.querySelector('th')?.textContent?.trim()} = ${select.selectedOptions[0]?.textContent?.trim()}`;
    }),
  );
const summaryOf = async (page: Page) =>
  (await page.locator('atlas-import #report .summary').innerText()).replace(/\s+/g, ' ');
/** The report's rows as an English reader reads them: a cell's English part where it has two. */
const problemsOf = async (page: Page) =>
  (
    await page
      .locator('atlas-import #report table tr')
      .evaluateAll((rows) =>
        rows
          .map((row) =>
            [...row.children]
              .map((cell) => (cell.querySelector('[lang=en]') ?? cell).textContent?.trim())
              .join('\t'),
          )
          .join('\n'),
      )
  ).replace(/[ \t]+/g, ' ');

describe('importing CSV and Excel tables', () => {
  it('maps an Excel report with a merged two-row header onto the 2021 communes', async () => {
    const page = await harness.open('?v=2021');
    await chooseTable(page, [join(GOOD, 'ntm-2024-merged-header.xlsx')]);
    await page.screenshot({ path: join(ROOT, 'test-results/import-mapping.png') });
    expect(await page.locator('atlas-table-mapping #table-meta').innerText()).toMatch(
      /ntm-2024-merged-header\.xlsx › Kết quả 2024 · Excel \.xlsx · dòng tiêu đề 3–4.*header row 3–4/,
    );
    expect(await mappingOf(page)).toEqual([
      'STT = Bỏ qua / Ignore',
      'Mã xã = Mã đơn vị / Unit code',
      'Tên xã = Tên đơn vị / Unit name',
      'Huyện = Tên cấp trên (huyện, tỉnh) / Parent name (district, province)',
      'Nông thôn mới / Số tiêu chí đạt = Số tiêu chí NTM đạt / NTM criteria met',
      'Nông thôn mới / Mức đạt = Mức đạt chuẩn nông thôn mới / New Rural Development status',
      'Giảm nghèo / Số hộ nghèo = Số hộ nghèo / Poor households',
      'Giảm nghèo / Tổng số hộ = Tổng số hộ / Households',
      'Giảm nghèo / Tỷ lệ hộ nghèo (%) = Tỷ lệ hộ nghèo / Poor-household rate',
    ]);
    // No year column: the year is read from the file name, and can be changed.
    expect(await page.locator('atlas-table-mapping #table-period').inputValue()).toBe('2024');
    await page.locator('#import-load').click();
    await page.locator('atlas-import #report').waitFor({ timeout: 30_000 });
    expect(await summaryOf(page)).toMatch(
      /Boundary vintage: 2021 .*Matched, with values: 300 · .*units without values: 0 · .*codes without a boundary: 0/,
    );
    expect(await problemsOf(page)).toMatch(
      /Cảnh báo .*ntm-2024-merged-header\.xlsx › Kết quả 2024\s+row \d+\s+"Tổng cộng" is a total row; skipped/,
    );
    await page.getByRole('button', { name: /Xem bản đồ/ }).click();
    await waitForMapIdle(page);
    const png = await page
      .locator('ntp-atlas-app #map')
      .screenshot({ path: join(ROOT, 'test-results/import-xlsx.png') });
    expect(
      colourShares(png, ['#ffffcc', '#a1dab4', '#41b6c4', '#225ea8']).reduce((a, b) => a + b),
    ).toBeGreaterThan(0.2);
    expect(harness.offOrigin()).toEqual([]);

    // The same table again: the mapping the user changed is remembered for its shape.
    await chooseTable(page, [join(GOOD, 'ntm-2024-merged-header.xlsx')]);
    expect(await page.locator('#mapping-remembered').count()).toBe(1);
    await page.locator('atlas-table-mapping select[data-column="5"]').selectOption('ignore');
    await page.locator('#import-load').click();
    await page.getByRole('button', { name: /Xem bản đồ/ }).click();
    await chooseTable(page, [join(GOOD, 'ntm-2024-merged-header.xlsx')]);
    expect(await page.locator('#mapping-remembered').count()).toBe(1);
    expect((await mappingOf(page))[5]).toBe('Nông thôn mới / Mức đạt = Bỏ qua / Ignore');
    await page.close();
  });

  it('reads a Windows-1258 CSV of names without codes and matches them within their province', async () => {
    const page = await harness.open('?v=2025');
    await chooseTable(page, [join(GOOD, 'ocop-2025-windows-1258.csv')]);
    expect(await page.locator('atlas-table-mapping #table-meta').innerText()).toContain(
      'Windows-1258, ","',
    );
    expect((await mappingOf(page)).slice(0, 2)).toEqual([
      'Tên xã = Tên đơn vị / Unit name',
      'Tỉnh = Tên cấp trên (huyện, tỉnh) / Parent name (district, province)',
    ]);
    // The header, read in the right encoding, keeps its diacritics.
    expect(await page.locator('atlas-table-mapping tbody th').first().innerText()).toBe('Tên xã');
    await page.locator('#import-load').click();
    await page.locator('atlas-import #report').waitFor({ timeout: 30_000 });
    expect(await summaryOf(page)).toMatch(
      /Matched, with values: 100 · .*units without values: 0 · .*codes without a boundary: 0/,
    );
    await page.close();
  });

  const tables: [string, RegExp, RegExp | null][] = [
    ['ho-ngheo-2025-bom.csv', /Matched, with values: 100 · .*codes without a boundary: 0/, null],
    [
      'von-2024-semicolon.csv',
      /Boundary vintage: 2021 .*Matched, with values: 300 · .*codes without a boundary: 0/,
      /column "Vốn giải ngân, tổng \(triệu đồng\)"\s+2 empty cells or "no figure" marks \(rows 5, 6\); shown as no data, not 0/,
    ],
  ];
  for (const [file, summary, problem] of tables) {
    it(`imports ${file}`, async () => {
      const page = await harness.open(file.includes('2024') ? '?v=2021' : '?v=2025');
      await chooseTable(page, [join(GOOD, file)]);
      await page.locator('#import-load').click();
      await page.locator('atlas-import #report').waitFor({ timeout: 30_000 });
      expect(await summaryOf(page)).toMatch(summary);
      if (problem) expect(await problemsOf(page)).toMatch(problem);
      else
        expect(await page.locator('atlas-import #report').innerText()).toContain(
          'Không có vấn đề nào',
        );
      await page.close();
    });
  }

  it('lists every row-level problem of a table, and shows HTML in a name as text', async () => {
    const page = await harness.open('?v=2025');
    await chooseTable(page, [join(BAD, 'table-problems-2025.csv')]);
    await page.locator('#import-load').click();
    await page.locator('atlas-import #report').waitFor({ timeout: 30_000 });
    const problems = await problemsOf(page);
    for (const expected of [
      /row 3, column "Số hộ nghèo"\s+a count must be a whole number ≥ 0, found -5; counted as no data/,
      /row 3, column "Tỷ lệ hộ nghèo \(%\)"\s+104\.5 is outside 0–100; counted as no data/,
      /row 4, column "Số hộ nghèo"\s+"mười hai" is not a number; counted as no data/,
      /row 5\s+repeats 40366 \(Xã Kỳ Tiến\) for \d{4}, first given in row 2; the first row is kept/,
      /row 6, column "Mã xã"\s+code 99999 is not a commune of the 2025 boundaries; row not shown/,
      /row 7 \("Xã <img src=x onerror="document.title='pwned'">Bình An"\)\s+no unit has this name/,
      /column "Số hộ nghèo"\s+1 empty cell or "no figure" mark \(row 8\)/,
    ]) {
      expect(problems).toMatch(expected);
    }
    expect(await summaryOf(page)).toMatch(/codes without a boundary: 2/);
    expect(await page.locator('atlas-import img').count()).toBe(0);
    expect(await page.title()).not.toBe('pwned');
    await page.close();
  });

  it('refuses a mapping without a unit column, keeping the map that was shown', async () => {
    const page = await harness.open('?v=2025');
    const legend = await legendText(page);
    expect(legend).toMatch(/Không có dữ liệu/);
    await chooseTable(page, [join(GOOD, 'ho-ngheo-2025-bom.csv')]);
    await page.locator('atlas-table-mapping select[data-column="0"]').selectOption('ignore');
    await page.locator('atlas-table-mapping select[data-column="1"]').selectOption('ignore');
    await page.locator('#import-load').click();
    expect(await page.locator('atlas-import .error').innerText()).toMatch(
      /Chọn cột mã đơn vị hoặc cột tên đơn vị/,
    );
    await page.locator('atlas-import').getByRole('button', { name: /Đóng/ }).click();
    expect(await legendText(page)).toBe(legend);
    await page.close();
  });

  it('asks which unit a name means when two communes share it, and uses the answer', async () => {
    const page = await harness.open('?v=2025');
    await chooseTable(page, [
      join(GOOD, 'demo-2025-twin-names.geojson'),
      join(GOOD, 'twin-names-2025.csv'),
    ]);
    await page.locator('#import-load').click();
    const choices = page.locator('atlas-name-choices');
    await choices.waitFor({ timeout: 30_000 });
    await page.screenshot({ path: join(ROOT, 'test-results/import-name-choices.png') });
    expect(await choices.locator('#ambiguous-intro').innerText()).toMatch(
      /1 dòng có tên trùng với nhiều đơn vị/,
    );
    const select = choices.locator('select');
    const options = (await select.locator('option').allInnerTexts()).map((o) => o.trim());
    expect(options).toHaveLength(3);
    expect(options[2]).toMatch(/^Xã Kỳ Tiến, Tỉnh .* \(\d{5}\)$/);
    await select.selectOption({ index: 2 });
    await page.locator('#names-confirm').click();
    await page.locator('atlas-import #report').waitFor({ timeout: 30_000 });
    expect(await summaryOf(page)).toMatch(/Matched, with values: 2 · /);
    await page.close();
  });
});

/** Finds a unit by search, as a person would, and returns the values of `ids` in its panel. */
async function panelValues(
  page: Page,
  name: string,
  ids = ['households_total', 'poor_households'],
): Promise<string[]> {
  const search = app(page).locator('atlas-search input');
  await search.fill(name);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  const panel = app(page).locator('atlas-detail');
  await expect.poll(() => panel.locator('h2').innerText()).toContain(name);
  return Promise.all(
    ids.map(async (id) =>
      (await panel.locator(`dd[data-indicator="${id}"]`).innerText()).replace(/\s+/g, ' '),
    ),
  );
}

describe('tables laid out as people lay them out (issue 20, point 9)', () => {
  it('offers the data sheet of a workbook whose first sheet is instructions', async () => {
    const page = await harness.open('?v=2021');
    await chooseTable(page, [join(BAD, 'instructions-first-2024.xlsx')]);
    await page.screenshot({ path: join(ROOT, 'test-results/import-instructions-sheet.png') });
    const sheets = page.locator('atlas-table-mapping #table-sheet');
    expect(await sheets.inputValue()).toBe('1');
    expect(
      (await sheets.locator('option').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim()),
    ).toEqual([
      'Hướng dẫn (không có số liệu / no data)',
      'Số liệu (300 dòng số liệu / 300 data rows)',
    ]);
    await expect(page.locator('atlas-table-mapping #sheet-note').innerText()).resolves.toMatch(
      /Trang “Hướng dẫn” không có bảng số liệu nên đang dùng trang “Số liệu”/,
    );
    expect(await mappingOf(page)).toEqual([
      'Mã xã = Mã đơn vị / Unit code',
      'Tên xã = Tên đơn vị / Unit name',
      'Tổng số hộ = Tổng số hộ / Households',
      'Số hộ nghèo = Số hộ nghèo / Poor households',
    ]);
    await page.locator('#import-load').click();
    await page.locator('atlas-import #report').waitFor({ timeout: 30_000 });
    expect(await summaryOf(page)).toMatch(
      /Matched, with values: 300 · .*codes without a boundary: 0/,
    );
    await page.getByRole('button', { name: /Xem bản đồ/ }).click();
    expect(await panelValues(page, 'Xã Chiềng Kỳ')).toEqual([
      '1.130 hộ 1,130 households',
      '292 hộ 292 households',
    ]);
    expect(harness.offOrigin()).toEqual([]);
    await page.close();
  });

  it('asks what the columns of a table without a header row are, guessing code and name from the cells', async () => {
    const page = await harness.open('?v=2025');
    await chooseTable(page, [join(BAD, 'no-header-2025.csv')]);
    await expect(page.locator('atlas-table-mapping #no-header-note').innerText()).resolves.toMatch(
      /Không thấy dòng tiêu đề: các cột được gọi theo chữ cái A, B, C…/,
    );
    await page.screenshot({ path: join(ROOT, 'test-results/import-no-header.png') });
    const headerBox = page.locator('atlas-table-mapping #header-row-choice input');
    expect(await headerBox.isChecked()).toBe(false);
    expect(await page.locator('atlas-table-mapping #table-meta').innerText()).toMatch(
      /100 dòng số liệu/,
    );
    expect(await mappingOf(page)).toEqual([
      'A = Mã đơn vị / Unit code',
      'B = Tên đơn vị / Unit name',
      'C = Bỏ qua / Ignore',
      'D = Bỏ qua / Ignore',
    ]);
    // Said to have a header, its first row names the columns; said not to, they are letters again.
    await headerBox.check();
    await expect
      .poll(async () => (await mappingOf(page)).slice(0, 2))
      .toEqual(['40366 = Mã đơn vị / Unit code', 'Xã Kỳ Tiến = Tên đơn vị / Unit name']);
    expect(await page.locator('atlas-table-mapping #table-meta').innerText()).toMatch(
      /dòng tiêu đề 1 header row 1 · 99 dòng số liệu/,
    );
    await headerBox.uncheck();
    await expect.poll(async () => (await mappingOf(page))[0]).toBe('A = Mã đơn vị / Unit code');
    await page
      .locator('atlas-table-mapping select[data-column="2"]')
      .selectOption('indicator:households_total');
    await page
      .locator('atlas-table-mapping select[data-column="3"]')
      .selectOption('indicator:poor_households');
    expect(await page.locator('atlas-table-mapping #table-period').inputValue()).toBe('2025');
    await page.locator('#import-load').click();
    await page.locator('atlas-import #report').waitFor({ timeout: 30_000 });
    expect(await summaryOf(page)).toMatch(
      /Matched, with values: 100 · .*codes without a boundary: 0/,
    );
    await page.getByRole('button', { name: /Xem bản đồ/ }).click();
    expect(await panelValues(page, 'Xã Kỳ Tiến')).toEqual([
      '9.497 hộ 9,497 households',
      '225 hộ 225 households',
    ]);
    await page.close();
  });
});

describe('a long table stays in its worker (issue 20, point 10b)', () => {
  it('shows the mapping step from the first 300 rows of 2,000 and imports them all there', async () => {
    // The demo's 100 communes of 2025 over 20 years: 2,000 rows.
    const demo = JSON.parse(
      readFileSync(join(ROOT, 'data/demo/boundaries-2025.geojson'), 'utf8'),
    ) as { features: { properties: { code: string; level: string } }[] };
    const communes = demo.features
      .map((f) => f.properties)
      .filter((u) => u.level === 'commune')
      .map((u) => u.code);
    expect(communes).toHaveLength(100);
    const lines = ['Mã xã,Năm,Tổng số hộ'];
    for (let year = 2006; year <= 2025; year += 1)
      communes.forEach((code, i) => lines.push(`${code},${year},${1000 + i + (year - 2006) * 10}`));
    const folder = join(ROOT, '.bench/test-data/long-table');
    mkdirSync(folder, { recursive: true });
    const file = join(folder, 'ho-2006-2025.csv');
    writeFileSync(file, lines.join('\n'));

    const page = await harness.open('?v=2025');
    await chooseTable(page, [file]);
    await expect(page.locator('atlas-table-mapping #table-meta').innerText()).resolves.toMatch(
      /2\.000 dòng số liệu/,
    );
    // What the page holds of the table: its first rows, for the mapping step.
    const held = await page.locator('atlas-import').evaluate((element) =>
      (
        element as unknown as {
          workflow: { state: { tables: { raw: { rows: unknown[] }; rowCount: number }[] } };
        }
      ).workflow.state.tables.map((t) => [t.raw.rows.length, t.rowCount]),
    );
    expect(held).toEqual([[300, 2001]]);
    await page.locator('#import-load').click();
    await page.locator('atlas-import #report').waitFor({ timeout: 30_000 });
    expect(await summaryOf(page)).toMatch(
      /Matched, with values: 100 · .*codes without a boundary: 0/,
    );
    await page.getByRole('button', { name: /Xem bản đồ/ }).click();
    // The first commune in 2025, the table's last year: 1000 + 0 + 19 × 10 households.
    const name = await firstCommuneName(page, communes[0]!);
    expect(await panelValues(page, name, ['households_total'])).toEqual([
      '1.190 hộ 1,190 households',
    ]);
    await page.close();
  });
});

/** The name the map gives a code, as the search would find it. */
async function firstCommuneName(page: Page, code: string): Promise<string> {
  return page.evaluate(
    (c) =>
      (
        document.querySelector('ntp-atlas-app') as unknown as {
          state: { data: Record<string, { hierarchy: { units: Map<string, { name: string }> } }> };
        }
      ).state.data['2025']!.hierarchy.units.get(c)!.name,
    code,
  );
}
