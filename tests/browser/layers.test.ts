import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForMapIdle } from './chromium';
import { Harness, ROOT } from './harness';
import {
  expectedView,
  legendOf,
  loadAtlasData,
  pickLayer,
  pickLevel,
  readLegend,
} from './layer-expectations';
import { colourShares } from './pixels';
import type { Level } from '../../src/core/units';
import { switchesAhead } from '../../src/core/layer-switch';
import { computeMapView } from '../../src/core/map-view';
import { DEFAULT_VIEW } from '../../src/core/view-state';

const harness = new Harness();
beforeAll(() => harness.start());
afterAll(() => harness.stop());

const demo = loadAtlasData(
  '2021',
  [join(ROOT, 'data/demo/boundaries-2021.geojson')],
  join(ROOT, 'data/demo/indicators-2021.json'),
);

/** One or more layers of every family, as offered at a commune and at a parent level. */
const COMMUNE_LAYERS = [
  'ntm_status',
  'ntm_criteria_met',
  'ntm_c05',
  'poor_rate',
  'multidim_poor_rate',
  'poor_households',
  'ocop_total',
  'ocop_5star',
  'em_region',
  'dbkk_coastal',
  'funds_disbursement_rate',
  'funds_allocated_total',
];
const PARENT_LAYERS = [
  'ntm_status.ntm',
  'ntm_status.advanced',
  'ntm_status.model',
  'ntm_status.ntm.count',
  'ntm_criteria_met',
  'ntm_c05.met',
  'poor_rate',
  'multidim_poor_rate',
  'ocop_total',
  'em_region.region_iii',
  'em_region.region_iii.count',
  'funds_disbursement_rate',
  'funds_disbursement_rate_central',
];

/** Waits for the address bar (written a moment after each change) to carry a parameter. */
async function urlHas(page: Page, key: string, value: string): Promise<void> {
  await page.waitForFunction(
    ([k, v]) => new URL(location.href).searchParams.get(k as string) === v,
    [key, value],
    { timeout: 5_000 },
  );
}

async function shoot(page: Page, name: string): Promise<Buffer> {
  return page
    .locator('ntp-atlas-app .map-wrap')
    .screenshot({ path: join(ROOT, `test-results/layers/${name}.png`) });
}

describe('indicator layers on the demo', () => {
  it('switches through every family at every level, with legend counts as the data gives them', async () => {
    const page = await harness.open('?l=commune');
    const levels: [Level, string[]][] = [
      ['commune', COMMUNE_LAYERS],
      ['district', PARENT_LAYERS],
      ['province', PARENT_LAYERS],
    ];
    for (const [level, layers] of levels) {
      await pickLevel(page, level);
      for (const key of layers) {
        await pickLayer(page, key);
        const expected = expectedView(demo, '2021', level, key, { period: '2025' });
        expect(expected.layer, `${key} at ${level}`).not.toBeNull();
        const legend = await readLegend(page);
        expect(legend, `${key} at ${level}`).toEqual(legendOf(expected));
        // Every unit of the level is counted once: in a class or as no data.
        expect(legend.reduce((n, row) => n + row.count, 0)).toBe(expected.codes.length);
        await shoot(page, `demo-${level}-${key}`);
      }
    }
    await urlHas(page, 'i', 'funds_disbursement_rate_central');
    await page.close();
  });

  it('prepares the other layers of the level while idle, and a prepared layer shows what one computed on the click would', async () => {
    const page = await harness.open('?l=district&i=ntm_criteria_met');
    await page.waitForFunction(
      () =>
        (document.querySelector('ntp-atlas-app') as unknown as { layersPrepared: boolean })
          .layersPrepared,
      null,
      { timeout: 10_000 },
    );
    const shownView = { ...DEFAULT_VIEW, vintage: '2021' as const, level: 'district' as const };
    const ahead = switchesAhead(demo, shownView, computeMapView(demo, shownView));
    // Every numeric layer of the district level but the one shown: 76 in the demo.
    expect(ahead.length).toBeGreaterThan(50);
    const prepared = await page.evaluate(
      () => performance.getEntriesByName('atlas-prepare').length,
    );
    expect(prepared).toBe(ahead.length);
    for (const key of ['poor_rate', 'ntm_status.advanced', 'funds_disbursement_rate']) {
      await pickLayer(page, key);
      const expected = expectedView(demo, '2021', 'district', key, { period: '2025' });
      await expect(readLegend(page), key).resolves.toEqual(legendOf(expected));
    }
    await page.close();
  });

  it('states the base of every share, the policy target of the NTM share, and each aggregation rule', async () => {
    const page = await harness.open('?l=district&i=ntm_status.advanced');
    const legend = page.locator('atlas-legend');
    await expect(legend.locator('.base').innerText()).resolves.toMatch(
      /Mẫu số: trên số xã đạt chuẩn NTM/,
    );
    await expect(legend.locator('.policy').innerText()).resolves.toMatch(/khoảng 40%/);
    await pickLayer(page, 'ntm_status.ntm');
    await expect(legend.locator('.base').innerText()).resolves.toMatch(
      /trên tổng số xã có số liệu/,
    );
    await expect(legend.locator('.policy').innerText()).resolves.toMatch(/ít nhất 80%/);
    // Parents say how their value was made from the communes.
    await pickLayer(page, 'poor_rate');
    await expect(legend.locator('.rule').innerText()).resolves.toMatch(
      /Tính lại từ tổng tử số và tổng mẫu số .*không lấy bình quân các tỷ lệ/,
    );
    await pickLayer(page, 'ntm_criteria_met');
    await expect(legend.locator('.rule').innerText()).resolves.toMatch(/Bình quân mỗi xã/);
    await pickLayer(page, 'ocop_total');
    await expect(legend.locator('.rule').innerText()).resolves.toMatch(/Cộng dồn các xã/);
  });

  it('maps the change 2021→2025 on a diverging palette centred on zero, with the rule in the tooltip', async () => {
    const page = await harness.open('?l=commune&i=ntm_criteria_met');
    await page.locator('atlas-period #compare').selectOption('2021');
    await waitForMapIdle(page);
    const expected = expectedView(demo, '2021', 'commune', 'ntm_criteria_met', {
      period: '2025',
      compare: '2021',
    });
    await expect(readLegend(page)).resolves.toEqual(legendOf(expected));
    await expect(page.locator('atlas-legend h2').innerText()).resolves.toMatch(
      /Thay đổi 2021→2025: Số tiêu chí NTM đạt/,
    );
    const colours = expected.classification!.classes.map((c) => c.color);
    // RdBu with 5 classes: the middle class (holding 0) is the neutral colour.
    expect(colours[2]).toBe('#f7f7f7');
    const png = await shoot(page, 'demo-change-criteria');
    const shares = colourShares(png, colours.slice(2));
    expect(shares.length).toBeGreaterThan(0);
    for (const share of shares) expect(share).toBeGreaterThan(0.003);
    await urlHas(page, 'd', '2021');
    const box = (await page.locator('ntp-atlas-app #map').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await expect(page.locator('ntp-atlas-app .tooltip .value').innerText()).resolves.toMatch(
      /^[+−±]\d+ tiêu chí \(2021: \d+ → 2025: \d+\)/,
    );
    await page.close();
  });

  it('classes by natural breaks, by manual breaks typed in vi-VN notation, and reverses the palette', async () => {
    const page = await harness.open('?l=commune&i=poor_rate');
    await page.locator('#classing-details summary').click();
    const classing = page.locator('atlas-classing');
    await classing.locator('#class-method').selectOption('jenks');
    await classing.locator('#class-count').selectOption('6');
    await waitForMapIdle(page);
    let expected = expectedView(demo, '2021', 'commune', 'poor_rate', {
      period: '2025',
      classing: {
        method: 'jenks',
        classes: 6,
        breaks: null,
        palette: null,
        reverse: false,
        basis: 'all',
      },
    });
    await expect(readLegend(page)).resolves.toEqual(legendOf(expected));
    await expect(page.locator('atlas-legend .method').innerText()).resolves.toMatch(
      /Ngắt tự nhiên \(Jenks\), 6 lớp, ngưỡng tính trên [\d.]+ giá trị năm 2021–2025/,
    );
    await classing.locator('#class-method').selectOption('manual');
    await classing.locator('#class-breaks').fill('2,5; 5; 10; 20');
    await classing.locator('#class-breaks').press('Enter');
    await waitForMapIdle(page);
    const labels = (await readLegend(page)).map((row) => row.label);
    expect(labels).toEqual([
      '< 2,5',
      '2,5 – < 5',
      '5 – < 10',
      '10 – < 20',
      '≥ 20',
      'Không có dữ liệu',
    ]);
    await urlHas(page, 'b', '2.5,5,10,20');
    // A typo gets a message that names it, and the map keeps its classes.
    await classing.locator('#class-breaks').fill('2,5; năm');
    await classing.locator('#class-breaks').press('Enter');
    await expect(classing.locator('.error').innerText()).resolves.toMatch(/"năm" không phải là số/);
    expect((await readLegend(page)).map((row) => row.label)).toEqual(labels);
    const before = await page
      .locator('atlas-legend .swatch')
      .evaluateAll((s) => s.map((e) => getComputedStyle(e).backgroundColor));
    await classing.locator('#reverse').check();
    await waitForMapIdle(page);
    const after = await page
      .locator('atlas-legend .swatch')
      .evaluateAll((s) => s.map((e) => getComputedStyle(e).backgroundColor));
    expect(after.slice(0, 5)).toEqual(before.slice(0, 5).reverse());
    expected = expectedView(demo, '2021', 'commune', 'poor_rate', {
      period: '2025',
      classing: {
        method: 'manual',
        classes: null,
        breaks: [2.5, 5, 10, 20],
        palette: null,
        reverse: true,
        basis: 'all',
      },
    });
    await expect(readLegend(page)).resolves.toEqual(legendOf(expected));
    // Palettes say which are safe for colour-blind readers.
    const options = await classing.locator('#palette option').allInnerTexts();
    expect(options.some((o) => /RdBu ✓/.test(o))).toBe(true);
    expect(options.some((o) => /^\s*Spectral\s*$/.test(o))).toBe(true);
    await page.close();
  });

  it('says the breaks were computed again after a level change', async () => {
    const page = await harness.open('?l=commune&i=poor_rate');
    await pickLevel(page, 'district');
    await expect(page.locator('atlas-legend .note').innerText()).resolves.toMatch(
      /Đã tính lại ngưỡng phân lớp cho cấp huyện/,
    );
    await page.close();
  });
});

describe('legend filter, histogram, time and table on the demo', () => {
  it('filters by a legend class without changing any class or colour', async () => {
    const page = await harness.open('?l=commune&i=ntm_criteria_met');
    const colours = ['#ffffcc', '#a1dab4', '#41b6c4', '#225ea8'];
    const legendBefore = await readLegend(page);
    const swatches = () =>
      page
        .locator('atlas-legend .swatch')
        .evaluateAll((s) => s.map((e) => getComputedStyle(e).backgroundColor));
    const swatchesBefore = await swatches();
    const before = colourShares(await shoot(page, 'filter-before'), colours);
    // Keyboard: Tab to the third class and press Enter.
    await page.locator('atlas-legend li[data-class="2"] button').focus();
    await page.keyboard.press('Enter');
    await waitForMapIdle(page);
    await expect(
      page.locator('atlas-legend li[data-class="2"] button').getAttribute('aria-pressed'),
    ).resolves.toBe('true');
    const after = colourShares(await shoot(page, 'filter-after'), colours);
    expect(await readLegend(page)).toEqual(legendBefore);
    expect(await swatches()).toEqual(swatchesBefore);
    // The filtered class keeps its exact colour on the map; the others fade out of it.
    expect(after[2]!).toBeGreaterThan(before[2]! * 0.9);
    expect(after[3]!).toBeLessThan(before[3]! * 0.2);
    await urlHas(page, 'f', '2');
    // The table lists exactly the units of that class.
    await page.locator('#table-toggle').click();
    await expect(page.locator('atlas-unit-table #table-count').innerText()).resolves.toMatch(
      new RegExp(`^${legendBefore[2]!.count} `),
    );
    await page.locator('atlas-legend #filter-clear').click();
    await waitForMapIdle(page);
    await expect(page.locator('atlas-unit-table #table-count').innerText()).resolves.toMatch(
      /^300 /,
    );
    await page.close();
  });

  it('highlights the units of a histogram bar on the map', async () => {
    const page = await harness.open('?l=commune&i=ntm_criteria_met');
    const colours = ['#ffffcc', '#a1dab4', '#41b6c4', '#225ea8'];
    const before = colourShares(await shoot(page, 'histogram-before'), colours);
    const bar = page.locator('atlas-histogram rect.bar').last();
    await bar.hover();
    await waitForMapIdle(page);
    const readout = await page.locator('atlas-histogram .readout').innerText();
    expect(readout).toMatch(/^19 – < 20: \d+ Xã/);
    const after = colourShares(await shoot(page, 'histogram-hover'), colours);
    // The last bar is "19": class 3 stays, the others fade.
    expect(after[3]!).toBeGreaterThan(before[3]! * 0.9);
    expect(after[0]!).toBeLessThan(before[0]! * 0.2);
    // The break lines are drawn at the policy thresholds.
    await expect(page.locator('atlas-histogram line.break').count()).resolves.toBe(3);
    await page.close();
  });

  it('steps through the years by keyboard and plays them, the legend following', async () => {
    const page = await harness.open('?l=district&i=ntm_status.ntm');
    const slider = page.locator('atlas-period #period-slider');
    await slider.focus();
    await page.keyboard.press('Home');
    await waitForMapIdle(page);
    await urlHas(page, 'p', '2021');
    const expected2021 = expectedView(demo, '2021', 'district', 'ntm_status.ntm', {
      period: '2021',
    });
    await expect(readLegend(page)).resolves.toEqual(legendOf(expected2021));
    await expect(page.locator('atlas-legend .meta').first().innerText()).resolves.toMatch(/2021/);
    await page.keyboard.press('ArrowRight');
    await waitForMapIdle(page);
    await urlHas(page, 'p', '2022');
    await page.locator('atlas-period #period-play').click();
    await page.waitForFunction(
      () => new URL(location.href).searchParams.get('p') === '2024',
      undefined,
      {
        timeout: 10_000,
      },
    );
    await page.waitForFunction(
      () => new URL(location.href).searchParams.get('p') === '2025',
      undefined,
      {
        timeout: 10_000,
      },
    );
    await waitForMapIdle(page);
    await expect(
      page.locator('atlas-period #period-play').getAttribute('aria-pressed'),
    ).resolves.toBe('false');
    const expected2025 = expectedView(demo, '2021', 'district', 'ntm_status.ntm', {
      period: '2025',
    });
    await expect(readLegend(page)).resolves.toEqual(legendOf(expected2025));
    await page.close();
  });

  it('sorts the table, syncs it with the map both ways, and exports exactly what it shows', async () => {
    const page = await harness.open('?l=district&i=poor_rate');
    await page.locator('#table-toggle').click();
    const table = page.locator('atlas-unit-table');
    await expect(table.locator('#table-count').innerText()).resolves.toMatch(/^25 /);
    // Sort by name: Vietnamese order.
    await table.locator('th[data-sort="name"] button').click();
    const names = await table.locator('tbody tr[data-code] td.name').allInnerTexts();
    const sorted = [...names].sort(new Intl.Collator('vi').compare);
    expect(names).toEqual(sorted);
    await expect(table.locator('th[data-sort="name"]').getAttribute('aria-sort')).resolves.toBe(
      'ascending',
    );
    // Sort by value: highest first, as the numbers say.
    await table.locator('th[data-sort="value"] button').click();
    const values = (await table
      .locator('tbody tr[data-code] td.numeric[data-value]')
      .evaluateAll((cells) => cells.map((c) => Number(c.getAttribute('data-value'))))) as number[];
    expect(values).toEqual([...values].sort((a, b) => b - a));
    // Table → map: picking a row selects the unit (detail panel, URL, outline).
    const first = table.locator('tbody tr[data-code]').first();
    const code = (await first.getAttribute('data-code'))!;
    const name = await first.locator('td.name').innerText();
    await first.locator('td.name button').click();
    await waitForMapIdle(page);
    await expect(page.locator('atlas-detail h2').innerText()).resolves.toBe(name);
    await urlHas(page, 'u', code);
    await expect(first.getAttribute('aria-selected')).resolves.toBe('true');
    // Map → table: hovering a unit on the map marks its row.
    const box = (await page.locator('ntp-atlas-app #map').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.locator('ntp-atlas-app .tooltip').waitFor();
    const hovered = await page.locator('ntp-atlas-app .tooltip strong').innerText();
    await expect(table.locator('tbody tr.hover td.name').innerText()).resolves.toBe(hovered);
    // CSV export: what is shown, in the order shown, UTF-8 with BOM.
    const download = page.waitForEvent('download');
    await table.locator('#table-csv').click();
    const file = await (await download).path();
    const text = readFileSync(file, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toMatch(
      /^Mã \(địa giới 2021\) \/ Code \(2021 boundaries\),Tên \/ Name,Thuộc \/ Part of,Tỷ lệ hộ nghèo \(%\) 2025/,
    );
    expect(lines).toHaveLength(26);
    expect(lines[1]!.split(',').slice(0, 2)).toEqual([code, name]);
    const csvValues = lines.slice(1).map((line) => Number(line.split(',')[3]));
    for (let i = 0; i < values.length; i += 1) expect(csvValues[i]).toBeCloseTo(values[i]!, 3);
    expect((await download).suggestedFilename()).toBe('ntp-atlas-poor_rate-district-2025.csv');
    await page.close();
  });

  it('made no request off the origin and threw no error', async () => {
    expect(harness.offOrigin()).toEqual([]);
  });
});
