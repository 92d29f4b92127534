import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import readXlsxFile from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { app, Harness, ROOT, saveDownload } from './harness';
import type { Page } from 'playwright-core';
import { colourCounts } from './pixels';

/** The PDF as a reader shows it, at 72 dpi. */
function renderPdf(file: string): Buffer {
  execFileSync('pdftoppm', ['-r', '72', '-png', '-singlefile', file, file.replace(/\.pdf$/, '')]);
  return readFileSync(file.replace(/\.pdf$/, '.png'));
}

/**
 * Compare and explain (issue 22), on the demo, every figure typed in by hand
 * from data/demo/indicators-2021.json (2025 column):
 *
 * - Thị trấn Định Gia (40003) of Huyện Lũng Thắng (975): 431 poor households
 *   of 4,592 = 9.386 %. Its district's ten communes: 1,443 of 15,081 =
 *   9.568 %; the region's 300 communes: 16,337 of 798,231 = 2.047 %. Five of
 *   its nine siblings have a lower rate (8.854, 3.813, 9.352, 5.043, 6.886 %),
 *   so it ranks 6th of 10, lowest first.
 * - Its poor households year by year, and its district's: 2021 911/4,378 =
 *   20.81 % (district 2,817/14,378 = 19.59 %); 2022 17.24 % (16.49 %); 2023
 *   17.22 % (14.02 %); 2024 11.77 % (11.64 %); 2025 9.39 % (9.57 %).
 * - Poverty × criteria met over the 300 communes: poverty's tertiles
 *   at 0.9085 % and 2.4321 %; criteria met cut at the 2025 floor of 15 and at
 *   19 (238 communes have all 19, so its tertiles collapse). Communes per cell,
 *   poverty low → high across, criteria < 15 / 15–18 / 19 up:
 *   [1, 9, 39 | 0, 5, 8 | 99, 86, 53]: 39 poorer communes under 15 criteria.
 * - Criteria met per district (the mean of its communes), on the policy
 *   thresholds 10 / 15 / 19: none under 10, 3 from 10 to 14, 15 from 15 to
 *   18, 7 at 19, of the 25 districts.
 * - Huyện Bản Mỹ (980), 11 communes: criteria 10 (income) and 11
 *   (multidimensional poverty) each hold back 8 of them, the most; Xã Ống
 *   Trung (40174) meets 18 of the 19, all but 17 (environment and food
 *   safety), and is the only one a criterion or two short.
 */
const harness = new Harness();
beforeAll(() => harness.start());
afterAll(() => harness.stop());

describe('a unit beside its parent and the whole map', () => {
  it('says how a commune’s rate stands against its district and the region, and its rank', async () => {
    const page = await harness.open('?l=commune&i=poor_rate&p=2025&u=40003&lang=vi');
    const block = app(page).locator('atlas-detail #benchmarks');
    await expect(block.locator('.shown-value').innerText()).resolves.toMatch(
      /^9,39% \(431\/4\.592\)/,
    );
    await expect(block.locator('li').allInnerTexts()).resolves.toEqual([
      'thấp hơn bình quân huyện 0,2 điểm % (9,57%)',
      'cao hơn bình quân toàn vùng 7,3 điểm % (2,05%)',
      'hạng 6/10 xã của huyện (1 = thấp nhất, tốt nhất)',
    ]);
    await app(page)
      .locator('atlas-detail')
      .screenshot({
        path: join(ROOT, 'test-results/compare-benchmarks.png'),
      });
    await page.close();
  });
});

describe('a unit’s trend', () => {
  it('draws a commune’s rate over the years with its district’s line, the values as a table', async () => {
    const page = await harness.open('?l=commune&i=poor_rate&p=2025&u=40003&lang=vi');
    const trend = app(page).locator('atlas-trend');
    await trend.locator('summary').click();
    const rows = await trend
      .locator('tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [...tr.children].map((cell) => cell.textContent?.trim())),
      );
    expect(rows).toEqual([
      ['2021', '20,81%', '19,59%', expect.stringMatching(/%$/)],
      ['2022', '17,24%', '16,49%', expect.stringMatching(/%$/)],
      ['2023', '17,22%', '14,02%', expect.stringMatching(/%$/)],
      ['2024', '11,77%', '11,64%', expect.stringMatching(/%$/)],
      ['2025', '9,39%', '9,57%', expect.stringMatching(/%$/)],
    ]);
    // The district's line is drawn, dashed, in its own colour; the commune's points are five.
    await expect(trend.locator('polyline[stroke="#2166ac"]').count()).resolves.toBe(1);
    await expect(trend.locator('circle.point').count()).resolves.toBe(5);
    await trend.screenshot({ path: join(ROOT, 'test-results/compare-trend.png') });
    await page.close();
  });
});

describe('a bivariate map', () => {
  it('counts each cell of the 3 × 3 grid and filters the map and table to one', async () => {
    const page = await harness.open('?l=commune&i=poor_rate&p=2025&bi=ntm_criteria_met&lang=vi');
    const grid = app(page).locator('atlas-bivariate-legend');
    const counts = await grid
      .locator('button[data-cell]:not([data-cell="no-data"])')
      .evaluateAll((cells) =>
        cells.map((c) => [c.getAttribute('data-cell'), c.textContent?.trim()]),
      );
    // Rows from the top: criteria 19, 15–18, under 15.
    expect(counts).toEqual([
      ['6', '99'],
      ['7', '86'],
      ['8', '53'],
      ['3', '0'],
      ['4', '5'],
      ['5', '8'],
      ['0', '1'],
      ['1', '9'],
      ['2', '39'],
    ]);
    const before = await app(page).locator('#map').screenshot();
    // The poorer communes under 15 criteria are in the map in their colour.
    expect(colourCounts(before, ['#c85a5a'])[0]).toBeGreaterThan(2000);
    await grid.locator('button[data-cell="2"]').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('f')).toBe('2');
    await app(page).locator('#table-toggle').click();
    await expect(
      app(page).locator('atlas-unit-table table').getAttribute('aria-rowcount'),
    ).resolves.toBe('40');
    // The table reads the first layer's values: Xã Chiềng Kỳ's 235 of 1,143 households.
    await expect(
      app(page).locator('atlas-unit-table tbody tr').first().innerText(),
    ).resolves.toContain('20,56%');
    await page.screenshot({ path: join(ROOT, 'test-results/compare-bivariate.png') });
    // Its picture has the grid: the nine counts under the two layers' names.
    await app(page).locator('#export-open').click();
    const svg = (
      await saveDownload(page, app(page).locator('#svg'), join(ROOT, 'test-results/bivariate.svg'))
    ).toString('utf8');
    const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(texts).toContain('Tỷ lệ hộ nghèo × Số tiêu chí NTM đạt');
    for (const count of ['99', '86', '53', '0', '5', '8', '1', '9', '39'])
      expect(texts).toContain(count);
    expect(svg).toContain('fill="#c85a5a"');
    const png = await saveDownload(
      page,
      app(page).locator('#png-1'),
      join(ROOT, 'test-results/bivariate.png'),
    );
    expect(colourCounts(png, ['#c85a5a'])[0]).toBeGreaterThan(1000);
    // The vector PDF writes the grid's title and counts as text, and draws its cells.
    const pdfFile = join(ROOT, 'test-results/bivariate.pdf');
    await saveDownload(page, app(page).locator('#pdf'), pdfFile);
    const pdfText = execFileSync('pdftotext', [pdfFile, '-'], { encoding: 'utf8' });
    expect(pdfText).toContain('Tỷ lệ hộ nghèo × Số tiêu chí NTM đạt');
    expect(pdfText).toMatch(/\b99\b[\s\S]*\b86\b[\s\S]*\b53\b/);
    expect(colourCounts(renderPdf(pdfFile), ['#c85a5a'])[0]).toBeGreaterThan(200);
    await page.close();
  });
});

describe('the criteria scorecard of a district', () => {
  it('puts the criteria holding most communes back first and names the commune one criterion short', async () => {
    const page = await harness.open('?l=commune&i=ntm_criteria_met&p=2025&u=980&lang=vi');
    await app(page).locator('#scorecard-toggle').click();
    const card = app(page).locator('atlas-scorecard');
    await expect(card.locator('#scorecard-title').innerText()).resolves.toBe(
      'Bảng tiêu chí — Huyện Bản Mỹ, năm 2025',
    );
    const holding = (await card.locator('#holding-back li').allInnerTexts()).map((t) =>
      t.replace(/\s+/g, ' '),
    );
    expect(holding.slice(0, 2)).toEqual([
      'TC 10 Thu nhập: 8/11 xã chưa đạt',
      'TC 11 Nghèo đa chiều: 8/11 xã chưa đạt',
    ]);
    await expect(card.locator('#closest li').allInnerTexts()).resolves.toEqual([
      'Xã Ống Trung: thiếu TC 17 Môi trường và an toàn thực phẩm',
    ]);
    // Its row: 18 of 19, the one ✗ under criterion 17.
    const row = card.locator('tbody tr[data-code="40174"]');
    await expect(row.locator('td').nth(0).innerText()).resolves.toBe('18/19');
    await expect(row.locator('td.unmet').getAttribute('data-criterion')).resolves.toBe('17');
    await expect.poll(() => new URL(page.url()).searchParams.get('sc')).toBe('1');
    await card.screenshot({ path: join(ROOT, 'test-results/compare-scorecard.png') });

    // The file holds the rows shown, the ✗ as a 0 under criterion 17.
    const csv = (
      await saveDownload(
        page,
        card.locator('#scorecard-csv'),
        join(ROOT, 'test-results/scorecard.csv'),
      )
    ).toString('utf8');
    const line = csv.split('\r\n').find((l) => l.startsWith('40174,'));
    expect(line).toBe('40174,Xã Ống Trung,18,19,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1');
    // And as a workbook: the code as text, the marks as numbers.
    const workbook = await saveDownload(
      page,
      card.locator('#scorecard-xlsx'),
      join(ROOT, 'test-results/scorecard.xlsx'),
    );
    const sheets = (await readXlsxFile(workbook)) as unknown as {
      sheet: string;
      data: unknown[][];
    }[];
    const cells = sheets[0]?.data.find((r) => r[0] === '40174');
    expect(cells).toEqual(['40174', 'Xã Ống Trung', 18, 19, ...Array(16).fill(1), 0, 1, 1]);

    // A criterion's number maps it; a commune's name selects it.
    await card.locator('thead button[data-criterion="17"]').click();
    await expect(app(page).locator('atlas-legend h2').innerText()).resolves.toMatch(/Tiêu chí 17/);
    await card.getByRole('button', { name: 'Xã Ống Trung' }).first().click();
    await expect(app(page).locator('atlas-detail h2').innerText()).resolves.toBe('Xã Ống Trung');
    await page.close();
  });
});

/** The fills of a legend's classes that have units, as #rrggbb. */
async function legendColours(page: Page, legend: string): Promise<string[]> {
  return app(page)
    .locator(`${legend} li:not([data-class="no-data"])`)
    .evaluateAll((items) =>
      items
        .filter((li) => !/\b0\s*$/.test(li.textContent ?? ''))
        .map((li) => {
          const swatch = li.querySelector('.swatch') as HTMLElement;
          const [r, g, b] = getComputedStyle(swatch).backgroundColor.match(/\d+/g)!.map(Number);
          return `#${[r, g, b].map((n) => n!.toString(16).padStart(2, '0')).join('')}`;
        }),
    );
}

describe('two maps of the same units', () => {
  it('splits the view: each map its own layer, legend and colours, one camera', async () => {
    const page = await harness.open(
      '?l=district&i=ntm_criteria_met&p=2025&split=1&i2=poor_rate&p2=2025&lang=vi',
    );
    const first = (
      await app(page).locator('atlas-legend:not(#second-legend) li').allInnerTexts()
    ).map((t) => t.replace(/\s+/g, ' ').trim());
    expect(first).toEqual([
      '< 10 0',
      '10 – < 15 3',
      '15 – < 19 15',
      '≥ 19 7',
      'Không có dữ liệu 0',
    ]);
    await expect(app(page).locator('#second-legend h2').innerText()).resolves.toBe(
      'Tỷ lệ hộ nghèo',
    );
    const firstColours = await legendColours(page, 'atlas-legend:not(#second-legend)');
    const secondColours = await legendColours(page, '#second-legend');
    expect(firstColours.length).toBe(3);
    expect(secondColours.length).toBeGreaterThanOrEqual(3);
    const left = await app(page).locator('#map').screenshot();
    const right = await app(page).locator('#second-map').screenshot();
    // Each map holds its own classes' colours, and not the other's.
    for (const count of colourCounts(left, firstColours)) expect(count).toBeGreaterThan(300);
    for (const count of colourCounts(right, secondColours)) expect(count).toBeGreaterThan(300);
    expect(colourCounts(right, firstColours).reduce((a, b) => a + b, 0)).toBeLessThan(50);
    await page.screenshot({ path: join(ROOT, 'test-results/compare-split.png') });

    // The controls act on the map the side toggle names: a layer picked goes to map 2 only.
    await app(page).locator('#side-second').click();
    await app(page)
      .getByRole('radio', { name: /^Số hộ nghèo/ })
      .first()
      .click();
    await expect.poll(() => new URL(page.url()).searchParams.get('i2')).toBe('poor_households');
    expect(new URL(page.url()).searchParams.get('i')).toBe('ntm_criteria_met');
    await expect(app(page).locator('#second-legend h2').innerText()).resolves.toBe('Số hộ nghèo');
    await page.close();
  });

  it('exports a split view with both maps and both legends', async () => {
    const page = await harness.open(
      '?l=district&i=ntm_criteria_met&p=2025&split=1&i2=poor_rate&p2=2025&lang=vi',
    );
    const firstColours = await legendColours(page, 'atlas-legend:not(#second-legend)');
    const secondColours = await legendColours(page, '#second-legend');
    await app(page).locator('#export-open').click();
    const svg = (
      await saveDownload(page, app(page).locator('#svg'), join(ROOT, 'test-results/split.svg'))
    ).toString('utf8');
    // Two maps of the 25 districts, each unit a path, each map its own legend title.
    expect([...svg.matchAll(/<path data-code="/g)]).toHaveLength(50);
    expect(svg).toContain('id="map-2"');
    const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(texts).toContain('Số tiêu chí NTM đạt');
    expect(texts).toContain('Tỷ lệ hộ nghèo');
    const png = await saveDownload(
      page,
      app(page).locator('#png-1'),
      join(ROOT, 'test-results/split.png'),
    );
    for (const count of colourCounts(png, [...firstColours, ...secondColours]))
      expect(count).toBeGreaterThan(100);
    // The PDF, on A4 landscape, side by side: both titles as text, both maps' colours drawn.
    const pdfFile = join(ROOT, 'test-results/split.pdf');
    await saveDownload(page, app(page).locator('#pdf'), pdfFile);
    const pdfText = execFileSync('pdftotext', [pdfFile, '-'], { encoding: 'utf8' });
    expect(pdfText).toContain('Số tiêu chí NTM đạt');
    expect(pdfText).toContain('Tỷ lệ hộ nghèo');
    for (const count of colourCounts(renderPdf(pdfFile), [...firstColours, ...secondColours]))
      expect(count).toBeGreaterThan(20);
    await page.close();
  });

  it('swipes: the divider moved by keyboard reveals the second layer', async () => {
    const page = await harness.open(
      '?l=district&i=ntm_criteria_met&p=2025&swipe=1&i2=poor_rate&p2=2025&lang=vi',
    );
    const secondColours = await legendColours(page, '#second-legend');
    const firstColours = await legendColours(page, 'atlas-legend:not(#second-legend)');
    const wrap = (await app(page).locator('#map').boundingBox())!;
    const leftHalf = { x: wrap.x, y: wrap.y, width: wrap.width * 0.45, height: wrap.height };
    const shares = async () => {
      const png = await page.screenshot({ clip: leftHalf });
      const sum = (colours: string[]) => colourCounts(png, colours).reduce((a, b) => a + b, 0);
      return { first: sum(firstColours), second: sum(secondColours) };
    };
    // The divider stands in the middle: the left half is map 1.
    const before = await shares();
    expect(before.first).toBeGreaterThan(2000);
    expect(before.second).toBeLessThan(100);
    const divider = app(page).locator('#swipe-divider');
    await divider.focus();
    for (let i = 0; i < 10; i += 1) await page.keyboard.press('ArrowLeft');
    await expect(divider.getAttribute('aria-valuenow')).resolves.toBe('0');
    const after = await shares();
    // Moved to the left edge: the left half now shows map 2's layer.
    expect(after.second).toBeGreaterThan(2000);
    expect(after.first).toBeLessThan(100);
    await page.screenshot({ path: join(ROOT, 'test-results/compare-swipe.png') });
    await page.close();
  });
});
