import { join } from 'node:path';
import readXlsxFile from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { app, Harness, ROOT, saveDownload } from './harness';

/**
 * The demo's default view as a person reads it, every figure typed in by
 * hand from data/demo/indicators-2021.json (2025 column, 300 communes of the
 * 2021 geography), not computed with the atlas's own code:
 *
 * - criteria met per commune: 15 below 10, 34 from 10 to 14, 13 from 15 to
 *   18, 238 with all 19; none without data;
 * - Xã Chiềng Kỳ (40000, Huyện Lũng Thắng) met 6 criteria (nos. 1, 3, 8, 15,
 *   18 and 19), the fewest of all 300 communes: rank 300; it has 235 poor
 *   households out of 1,143, a rate of 235 / 1143 = 20.56 % (vi: "20,56%").
 */
const harness = new Harness();
beforeAll(() => harness.start());
afterAll(() => harness.stop());

describe("the demo's default view, in figures worked out by hand", () => {
  it('lists the legend classes with their communes', async () => {
    const page = await harness.open('');
    const rows = await app(page).locator('atlas-legend li').allInnerTexts();
    expect(rows.map((r) => r.replace(/\s+/g, ' ').trim())).toEqual([
      '0–9 15',
      '10–14 34',
      '15–18 13',
      '19 238',
      'Không có dữ liệu No data 0',
    ]);
    await page.close();
  });

  it("shows Xã Chiềng Kỳ's criteria, checklist and poverty in its panel", async () => {
    const page = await harness.open('?u=40000');
    const panel = app(page).locator('atlas-detail');
    await expect(panel.locator('h2').innerText()).resolves.toContain('Xã Chiềng Kỳ');
    await expect(
      panel.locator('dd[data-indicator="ntm_criteria_met"]').innerText(),
    ).resolves.toMatch(/^6 tiêu chí/);
    const met = await panel
      .locator('.checklist li.met')
      .evaluateAll((items) => items.map((li) => li.getAttribute('data-criterion')));
    expect(met).toEqual(['1', '3', '8', '15', '18', '19']);
    await expect(panel.locator('dd[data-indicator="poor_rate"]').innerText()).resolves.toMatch(
      /^20,56% \(235\/1\.143\)/,
    );
    await page.close();
  });

  it("writes Xã Chiềng Kỳ's row in the table's CSV", async () => {
    const page = await harness.open('');
    await app(page).locator('#table-toggle').click();
    const table = app(page).locator('atlas-unit-table');
    await table.locator('tbody tr').first().waitFor();
    const csv = await saveDownload(
      page,
      table.locator('#table-csv'),
      join(ROOT, 'test-results/demo-default.csv'),
    );
    const lines = csv.toString('utf8').slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(301);
    expect(lines.find((line) => line.startsWith('40000,'))).toBe(
      '40000,Xã Chiềng Kỳ,Huyện Lũng Thắng,6,300,0–9',
    );
    await page.close();
  });

  it("writes Xã Chiềng Kỳ's poverty in the table's Excel workbook, typed", async () => {
    const page = await harness.open('?i=poor_rate&p=2025');
    await app(page).locator('#table-toggle').click();
    const table = app(page).locator('atlas-unit-table');
    await table.locator('tbody tr').first().waitFor();
    const file = await saveDownload(
      page,
      table.locator('#table-xlsx'),
      join(ROOT, 'test-results/demo-poverty.xlsx'),
    );
    const sheets = (await readXlsxFile(file)) as unknown as { sheet: string; data: unknown[][] }[];
    const rows = sheets.find((s) => s.sheet === 'Bảng · Table')?.data ?? [];
    expect(rows).toHaveLength(301);
    const row = rows.find((r) => r[0] === '40000');
    // 235 poor households of 1,143: a number, 20.56 % stored as 0.2056, its parts numbers too.
    expect(row?.slice(1, 3)).toEqual(['Xã Chiềng Kỳ', 'Huyện Lũng Thắng']);
    expect(row?.[3]).toBeCloseTo(235 / 1143, 4);
    expect(row?.slice(4, 6)).toEqual([235, 1143]);
    const about = sheets.find((s) => s.sheet === 'Nguồn · About')?.data ?? [];
    expect(about.find((r) => r[0] === 'Giai đoạn / Programme period')?.[1]).toBe(
      'giai đoạn 2021–2025 / 2021–2025 period',
    );
    await page.close();
  });
});
