import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { app, chooseTable, Harness, legendText, ROOT, saveDownload } from './harness';

/**
 * Today's programme (issue 21): the demo's 2026 on the new communes under
 * the 2026–2030 criteria, beside its 2025 under 2021–2025. Figures typed in
 * by hand from data/demo/indicators-2025.json ("2026"):
 *
 * - ntm26_status of the 100 new communes: 70 not yet, 16 meet NTM, 1 modern
 *   (Xã Gia Sơn, 40732), and 13 phường without it (the criteria are for xã);
 * - Tỉnh Pắc Thắng: 4 of its 44 xã meet NTM = 9.09 %; Tỉnh Trung Vân: 13 of
 *   43 = 30.23 %; on the 2030 thresholds (20 / 40 / 65 %) one province under
 *   20 %, one from 20 to 40 %;
 * - Pắc Thắng's 19 group-3 xã: none meets NTM (0 of 19);
 * - Pắc Thắng has 51 commune-level units: 44 xã with NTM data, 7 phường without.
 */
const folder = join(ROOT, '.bench/test-data/programme-periods');
const harness = new Harness();
beforeAll(async () => {
  // Poverty under two standards: 2026 (NĐ 07/2021) and 2027 (NĐ 351/2025), on the demo's new communes.
  mkdirSync(folder, { recursive: true });
  const demo = JSON.parse(readFileSync(join(ROOT, 'data/demo/indicators-2025.json'), 'utf8')) as {
    indicators: { id: string }[];
    values: Record<string, Record<string, Record<string, number>>>;
  };
  const v2026 = demo.values['2026']!;
  const year = (factor: number) =>
    Object.fromEntries(
      Object.entries(v2026).map(([code, row]) => [
        code,
        {
          households_total: row.households_total!,
          poor_households: Math.round(row.poor_households! * factor),
        },
      ]),
    );
  writeFileSync(
    join(folder, 'poverty-2026-2027.json'),
    JSON.stringify({
      format: 'ntp-atlas/indicators',
      version: 2,
      vintage: '2025',
      programmePeriods: ['2026-2030'],
      title: 'Poverty 2026–2027',
      periods: ['2026', '2027'],
      indicators: demo.indicators.filter((d) =>
        ['households_total', 'poor_households', 'poor_rate'].includes(d.id),
      ),
      values: { '2026': year(1), '2027': year(1.6) },
    }),
  );
  // A commune office's 2026 table under the new set, headed as offices write it.
  const rows = Object.entries(v2026)
    .filter(([, row]) => row.ntm26_status !== undefined)
    .map(([code, row]) =>
      [code, row.commune_group, row.ntm26_c07, row.ntm26_criteria_met].join(','),
    );
  writeFileSync(
    join(folder, 'ket-qua-ntm-2026.csv'),
    ['Mã xã,Nhóm xã,TC 7 KHCN và CĐS,Số tiêu chí NTM đạt (bộ 2026–2030)', ...rows].join('\n'),
  );
  // The same office's table with two of criterion 7's indicators (chỉ tiêu 7.1, 7.2).
  writeFileSync(
    join(folder, 'chi-tieu-ntm-2026.csv'),
    [
      'Mã xã,TC 7 KHCN và CĐS,Chỉ tiêu 7.1,Chỉ tiêu 7.2',
      ...Object.entries(v2026)
        .filter(([, row]) => row.ntm26_status !== undefined)
        .map(([code, row]) => [code, row.ntm26_c07, 1, row.ntm26_c07].join(',')),
    ].join('\n'),
  );
  await harness.start({ '/generated': folder, '/demo': join(ROOT, 'data/demo') });
});
afterAll(() => harness.stop());

const rowsOf = async (page: import('playwright-core').Page) =>
  (await app(page).locator('atlas-legend li').allInnerTexts()).map((r) =>
    r.replace(/\s+/g, ' ').trim(),
  );
const metaOf = async (page: import('playwright-core').Page) =>
  (await legendText(page)).replace(/\s+/g, ' ');

describe('the 2026–2030 programme on the new communes', () => {
  it('maps 2026 statuses under the new scale, the programme period said in the legend', async () => {
    const page = await harness.open('?v=2025&i=ntm26_status');
    expect(await rowsOf(page)).toEqual([
      'Chưa đạt Not yet 70',
      'Đạt chuẩn NTM Meets NTM 16',
      'NTM hiện đại (thí điểm) Modern NTM (pilot) 1',
      'Không có dữ liệu No data 13',
    ]);
    expect(await metaOf(page)).toMatch(
      /Năm 2026 .*CTMTQG 2026–2030 \(NQ 257\/2025\/QH15\) NTP 2026–2030 \(Resolution 257\/2025\/QH15\)/,
    );
    await page.screenshot({ path: join(ROOT, 'test-results/programme-2026-communes.png') });
    await page.close();
  });

  it('gives each province its share of xã meeting NTM, against the 2030 target', async () => {
    const page = await harness.open('?v=2025&l=province&i=ntm26_status.ntm');
    expect(await rowsOf(page)).toEqual([
      '< 20 1',
      '20 – < 40 1',
      '40 – < 65 0',
      '≥ 65 0',
      'Không có dữ liệu No data 0',
    ]);
    expect(await metaOf(page)).toMatch(
      /Mục tiêu 2030 \(NQ 257\/2025\/QH15\): khoảng 65% số xã đạt chuẩn NTM/,
    );
    await page.close();
  });

  it("reads a province's and a commune's 2026 figures in the panel, and no 2021–2025 criteria", async () => {
    const page = await harness.open('?v=2025&l=province&i=ntm26_status.ntm&u=90');
    const panel = app(page).locator('atlas-detail');
    await expect(panel.locator('.year').innerText()).resolves.toMatch(
      /Năm 2026 Year 2026 · CTMTQG 2026–2030/,
    );
    await expect(
      panel.locator('dd[data-indicator="ntm26_status"]').first().innerText(),
    ).resolves.toMatch(/^9,1% \(4\/44 xã, trên tổng số xã có số liệu; 44\/51 xã có số liệu\)/);
    expect(await panel.locator('dd[data-indicator="ntm_status"]').count()).toBe(0);
    await page.close();
    const commune = await harness.open('?v=2025&i=ntm26_status&u=40732');
    await expect(
      app(commune).locator('atlas-detail dd[data-indicator="ntm26_status"]').innerText(),
    ).resolves.toMatch(/^NTM hiện đại \(thí điểm\)/);
    await commune.close();
  });

  it("ticks a commune's 10 criteria of 2026–2030 in its panel", async () => {
    // 40201 met 7 of the 10 in 2026: not 2 (infrastructure), 3 (rural economy), 7 (science and digital).
    const page = await harness.open('?v=2025&i=ntm26_criteria_met&u=40201');
    const panel = app(page).locator('atlas-detail');
    const met = await panel
      .locator('.checklist li.met')
      .evaluateAll((items) => items.map((li) => li.getAttribute('data-criterion')));
    expect(met).toEqual(['1', '4', '5', '6', '8', '9', '10']);
    await expect(panel.locator('.checklist li').count()).resolves.toBe(10);
    await expect(panel.locator('.checklist li[data-criterion="7"]').innerText()).resolves.toMatch(
      /Khoa học công nghệ và chuyển đổi số/,
    );
    await page.close();
  });

  it('shares within a commune group count that group only', async () => {
    const page = await harness.open('?v=2025&l=province&i=ntm26_status.ntm_g3');
    expect(await metaOf(page)).toMatch(/Mẫu số: trên tổng số xã có số liệu thuộc nhóm 3/);
    // Trung Vân has no group-3 xã: no data, not 0 %.
    expect(await rowsOf(page)).toEqual([
      '< 20 1',
      '20 – < 40 0',
      '40 – < 65 0',
      '≥ 65 0',
      'Không có dữ liệu No data 1',
    ]);
    await page.close();
    const province = await harness.open('?v=2025&l=province&i=ntm26_status.ntm_g3&u=90');
    // Among the province's shares in its panel: group 3, none of 19.
    const shares = await app(province)
      .locator('atlas-detail dd[data-indicator="ntm26_status"]')
      .allInnerTexts();
    expect(shares.some((text) => /^0% \(0\/19 xã/.test(text))).toBe(true);
    await province.close();
  });

  it('says the 2025 view belongs to the 2021–2025 programme', async () => {
    const page = await harness.open('?v=2025&p=2025&i=poor_rate');
    expect(await metaOf(page)).toMatch(/Năm 2025 .*CTMTQG 2021–2025/);
    await page.close();
  });
});

describe('the target panel of the area and year shown', () => {
  const rowText = async (page: import('playwright-core').Page, id: string) =>
    (await app(page).locator(`atlas-targets tr[data-target="${id}"]`).innerText()).replace(
      /\s+/g,
      ' ',
    );

  it('sets a province against the 2030 targets, with the communes still missing', async () => {
    const page = await harness.open('?v=2025&l=province&i=ntm26_status.ntm&u=90');
    await expect(app(page).locator('atlas-targets h3').innerText()).resolves.toMatch(
      /Mục tiêu giai đoạn 2026–2030 — Tỉnh Pắc Thắng, năm 2026/,
    );
    // 4 of 44 xã; 65 % of 44 is 28.6: 29 − 4 = 25 more.
    expect(await rowText(page, 'ntm-65')).toMatch(/4\/44 xã \(9,1%\).*còn thiếu 25 xã để đạt 65%/);
    await app(page)
      .locator('atlas-targets')
      .screenshot({
        path: join(ROOT, 'test-results/programme-targets-2026.png'),
      });
    await page.close();
  });

  it('sets the whole map of 2025 against the 2025 targets', async () => {
    const page = await harness.open('?v=2021');
    // 238 of 300 communes NTM; 80 % is 240: 2 more. 101 of the 238 advanced (42.4 %).
    expect(await rowText(page, 'ntm-80')).toMatch(
      /238\/300 xã \(79,3%\).*còn thiếu 2 xã để đạt 80%/,
    );
    expect(await rowText(page, 'advanced-40')).toMatch(/101\/238 xã \(42,4%\).*đã đạt 40%/);
    await page.close();
  });
});

describe('a 2026 table brought through the import dialog (issue 21, point 6)', () => {
  it('maps the new set’s headers and imports the 87 xã', async () => {
    const page = await harness.open('?v=2025');
    await chooseTable(page, [join(folder, 'ket-qua-ntm-2026.csv')]);
    const mapping = await page.locator('atlas-table-mapping tbody tr').evaluateAll((rows) =>
      rows.map((row) => {
        const select = row.querySelector('select') as HTMLSelectElement;
        return `${row.querySelector('th')?.textContent?.trim()} = ${select.selectedOptions[0]?.textContent?.trim()}`;
      }),
    );
    expect(mapping).toEqual([
      'Mã xã = Mã đơn vị / Unit code',
      'Nhóm xã = Nhóm xã (QĐ 51/2025/QĐ-TTg) / Commune group (Decision 51/2025)',
      'TC 7 KHCN và CĐS = Tiêu chí 7 (2026–2030): Khoa học công nghệ và chuyển đổi số / Criterion 7 (2026–2030): Science, technology and digital transformation',
      'Số tiêu chí NTM đạt (bộ 2026–2030) = Số tiêu chí NTM đạt (bộ 2026–2030) / NTM criteria met (2026–2030 set)',
    ]);
    expect(await page.locator('atlas-table-mapping #table-period').inputValue()).toBe('2026');
    await page.locator('#import-load').click();
    await page.locator('atlas-import #report').waitFor({ timeout: 30_000 });
    expect(
      (await page.locator('atlas-import #report .summary').innerText()).replace(/\s+/g, ' '),
    ).toMatch(/Matched, with values: 87 · .*codes without a boundary: 0/);
    await page.close();
  });
});

describe('the indicators of a 2026–2030 criterion (issue 21, point 2)', () => {
  it('reads "Chỉ tiêu 7.2" columns and ticks them under criterion 7 in a commune’s panel', async () => {
    const page = await harness.open('?v=2025');
    await chooseTable(page, [join(folder, 'chi-tieu-ntm-2026.csv')]);
    const mapped = await page
      .locator('atlas-table-mapping tbody tr select')
      .evaluateAll((selects) =>
        selects.map((s) => (s as HTMLSelectElement).selectedOptions[0]?.textContent?.trim()),
      );
    expect(mapped[3]).toBe(
      'Chỉ tiêu 7.2 (2026–2030), thuộc tiêu chí 7: Khoa học công nghệ và chuyển đổi số / Indicator 7.2 (2026–2030), of criterion 7: Science, technology and digital transformation',
    );
    await page.locator('#import-load').click();
    await page.locator('atlas-import #report').waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: /Xem bản đồ/ }).click();
    await app(page).locator('atlas-search input').fill('Gia Sơn');
    await app(page).locator('atlas-search input').press('Enter');
    // Xã Gia Sơn (40732), the modern NTM commune, meets criterion 7 and both its indicators.
    const seven = app(page).locator('atlas-detail li[data-criterion="7"]');
    await seven.locator('li[data-indicator]').first().waitFor();
    await expect(seven.locator('li[data-indicator]').allInnerTexts()).resolves.toEqual([
      expect.stringMatching(/^✓ Chỉ tiêu 7\.1 \(2026–2030\)/),
      expect.stringMatching(/^✓ Chỉ tiêu 7\.2 \(2026–2030\)/),
    ]);
    // The other criteria are not in the table: said, not ticked.
    await expect(
      app(page).locator('atlas-detail li[data-criterion="1"]').innerText(),
    ).resolves.toMatch(/^– Quy hoạch/);
    const summaries = await app(page).locator('atlas-layer-panel summary').allInnerTexts();
    expect(summaries.map((t) => t.replace(/\s+/g, ' ').trim())).toContain(
      'Từng chỉ tiêu (2) Each indicator (2)',
    );
    await app(page)
      .locator('atlas-detail')
      .screenshot({
        path: join(ROOT, 'test-results/programme-indicators-panel.png'),
      });
    await page.close();
  });
});

describe('a poverty series across the 2027 standard', () => {
  it('says on the change map where the series breaks', async () => {
    const page = await harness.open(
      '?vintage=2025&boundaries=/demo/boundaries-2025.geojson&indicators=/generated/poverty-2026-2027.json&i=poor_rate&p=2027&d=2026',
    );
    await expect(app(page).locator('atlas-legend .series-break').innerText()).resolves.toMatch(
      /Chuỗi số liệu gãy giữa 2026 và 2027: 2026 theo chuẩn nghèo NĐ 07\/2021\/NĐ-CP .*2027 theo chuẩn nghèo NĐ 351\/2025\/NĐ-CP/,
    );
    await page.screenshot({ path: join(ROOT, 'test-results/programme-poverty-break.png') });
    await page.close();
  });
});

/**
 * A new commune's years before the reform, computed from its predecessors.
 * Typed in by hand from data/demo: Xã Lũng Thạnh (40006) was formed whole
 * from the old communes 40006, 40024 and 40072 (crosswalk-2021-2025.json).
 * In 2022 (indicators-2021.json) they had 175 + 118 + 198 = 491 poor
 * households of 1,035 + 966 + 3,085 = 5,086 (9,65 %); one of the three
 * (40072) met NTM; criteria 8, 11, 19: mean 12,7 of 19. Its own 2026
 * (indicators-2025.json): 226 poor of 5,335, not yet NTM, 4 of 10 criteria.
 */
describe('a new commune’s years across the reform', () => {
  it('runs the slider from 2021 on the new communes and says the early years are computed', async () => {
    const page = await harness.open('?v=2025&i=poor_rate&p=2022&u=40006');
    const ticks = app(page).locator('atlas-period .ticks span');
    await expect(ticks.allInnerTexts()).resolves.toEqual([
      '2021',
      '2022',
      '2023',
      '2024',
      '2025',
      '2026',
    ]);
    await expect(
      app(page).locator('atlas-period .ticks .computed').allInnerTexts(),
    ).resolves.toEqual(['2021', '2022', '2023', '2024']);
    // On the map, in the legend and on the slider.
    await expect(app(page).locator('#map-recomputed').innerText()).resolves.toMatch(
      /Năm 2022 · tính lại từ đơn vị cũ/,
    );
    await expect(app(page).locator('#legend-recomputed').innerText()).resolves.toMatch(
      /Năm 2022: kết quả của đơn vị cũ \(địa giới 2021\) tính lại cho đơn vị mới/,
    );
    await expect(
      app(page).locator('#period-slider').getAttribute('aria-valuetext'),
    ).resolves.toMatch(/^2022 \(tính lại từ đơn vị cũ/);
    // The tooltip of the commune in the middle of the map (the map fits the unit picked).
    const map = await app(page).locator('#map canvas').boundingBox();
    if (!map) throw new Error('no map');
    await page.mouse.move(map.x + map.width / 2, map.y + map.height / 2);
    const tooltip = app(page).locator('#map .tooltip');
    await tooltip.waitFor();
    const said = (await tooltip.innerText()).replace(/\s+/g, ' ');
    expect(said).toContain('Xã Lũng Thạnh');
    expect(said).toContain('491/5.086');
    expect(said).toMatch(/Năm 2022: tính lại từ đơn vị cũ \(địa giới 2021\)/);
    await page.screenshot({ path: join(ROOT, 'test-results/programme-history-2022.png') });

    // Its own year: no computed mark, the badge gone, the file's own 226 of 5,335.
    await app(page).locator('#period-slider').focus();
    await page.keyboard.press('End');
    await expect(app(page).locator('atlas-period .value').innerText()).resolves.toBe('2026');
    await expect(app(page).locator('#map-recomputed').count()).resolves.toBe(0);
    await expect(
      app(page).locator('atlas-detail dd[data-indicator="poor_rate"]').innerText(),
    ).resolves.toContain('226/5.335');
    await page.close();
  });

  it('tells the commune’s story across both periods in one table, each computed value with its rule', async () => {
    const page = await harness.open('?v=2025&i=poor_rate&p=2026&u=40006');
    const story = app(page).locator('atlas-unit-story');
    const cell = (year: string, indicator: string) =>
      story.locator(`tr[data-year="${year}"] td[data-indicator="${indicator}"]`).innerText();
    await expect(cell('2022', 'poor_rate')).resolves.toMatch(/^9,65% \(491\/5\.086\).*↺$/s);
    await expect(cell('2022', 'ntm_status')).resolves.toMatch(/^1\/3 xã cũ.*↺$/s);
    await expect(cell('2022', 'ntm_criteria_met')).resolves.toMatch(/^12,7\/19.*↺$/s);
    await expect(cell('2026', 'ntm26_status')).resolves.toMatch(/^Chưa đạt/);
    await expect(cell('2026', 'ntm26_criteria_met')).resolves.toMatch(/^4\/10/);
    await expect(cell('2026', 'poor_rate')).resolves.toMatch(/\(226\/5\.335\)/);
    // The two criteria sets sit under their own period, never in one series.
    await expect(story.locator('th[scope="rowgroup"]').allInnerTexts()).resolves.toEqual([
      expect.stringMatching(/^Giai đoạn 2021–2025/),
      expect.stringMatching(/^Giai đoạn 2026–2030/),
    ]);
    const rules = (await story.locator('.rules').innerText()).replace(/\s+/g, ' ');
    expect(rules).toMatch(/không thừa kế danh hiệu/);
    expect(rules).toMatch(/Tính lại từ tử số và mẫu số cộng từ 3 xã cũ/);
    await story.screenshot({ path: join(ROOT, 'test-results/programme-unit-story.png') });
    await page.close();
  });

  it('says in the exported SVG that the year was computed from the old units', async () => {
    const page = await harness.open('?v=2025&i=poor_rate&p=2022&lang=vi');
    await app(page).locator('#export-open').click();
    const svg = (
      await saveDownload(page, app(page).locator('#svg'), join(folder, 'computed-2022.svg'))
    ).toString('utf8');
    const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' ');
    expect(texts.replace(/\s+/g, ' ')).toMatch(
      /Năm 2022: kết quả của đơn vị cũ \(địa giới 2021\) tính lại cho đơn vị mới/,
    );
    await page.close();
  });

  it('keeps a computed year in the address and drops one no file has', async () => {
    const page = await harness.open('?v=2025&i=poor_rate&p=2023');
    await expect(app(page).locator('atlas-period .value').innerText()).resolves.toMatch(/^2023/);
    expect(new URL(page.url()).searchParams.get('p')).toBe('2023');
    await page.close();
    const other = await harness.open('?v=2025&i=poor_rate&p=2019');
    await expect(app(other).locator('.notice').first().innerText()).resolves.toMatch(/năm 2019/);
    await expect.poll(() => new URL(other.url()).searchParams.get('p')).toBeNull();
    await other.close();
  });
});
