import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForMapIdle } from './chromium';
import { Harness, ROOT } from './harness';
import { colourShares } from './pixels';

const harness = new Harness();
beforeAll(() => harness.start());
afterAll(() => harness.stop());

const demo = JSON.parse(readFileSync(join(ROOT, 'data/demo/indicators-2021.json'), 'utf8'));
const CLASS_COLOURS = ['#ffffcc', '#a1dab4', '#41b6c4', '#225ea8'];

describe('the atlas on the embedded demo', () => {
  it('renders the demo coloured by NTM criteria met, with every class colour on the map', async () => {
    const page = await harness.open('');
    const png = await page
      .locator('ntp-atlas-app #map')
      .screenshot({ path: join(ROOT, 'test-results/demo-communes.png') });
    const shares = colourShares(png, CLASS_COLOURS);
    // Every class with units shows up on the map, and together they cover much of it.
    expect(shares.length).toBeGreaterThan(0);
    for (const share of shares) expect(share).toBeGreaterThan(0.003);
    expect(shares.reduce((a, b) => a + b, 0)).toBeGreaterThan(0.25);
    await page.close();
  });

  it('says "synthetic demo" in Vietnamese and English', async () => {
    const page = await harness.open('');
    await expect(page.locator('ntp-atlas-app .top .synthetic').innerText()).resolves.toMatch(
      /Dữ liệu minh họa.*Synthetic demo/s,
    );
    await expect(page.locator('atlas-legend .synthetic').innerText()).resolves.toMatch(
      /Dữ liệu minh họa/,
    );
    await page.close();
  });

  it('counts units per legend class exactly as the data has them', async () => {
    const page = await harness.open('');
    const values = Object.entries(
      demo.values['2025'] as Record<string, { ntm_criteria_met?: number }>,
    )
      .filter(([code]) => code.length === 5)
      .map(([, row]) => row.ntm_criteria_met as number);
    const expected = [
      values.filter((v) => v < 10).length,
      values.filter((v) => v >= 10 && v < 15).length,
      values.filter((v) => v >= 15 && v < 19).length,
      values.filter((v) => v === 19).length,
    ];
    const rows = await page.locator('atlas-legend li').allInnerTexts();
    expect(rows.map((r) => r.replace(/\s+/g, ' ').trim())).toEqual([
      `0–9 ${expected[0]}`,
      `10–14 ${expected[1]}`,
      `15–18 ${expected[2]}`,
      `19 ${expected[3]}`,
      'Không có dữ liệu No data 0',
    ]);
    await page.close();
  });

  it('shows a tooltip with the unit, its parent and its value on hover', async () => {
    const page = await harness.open('');
    const box = (await page.locator('ntp-atlas-app #map').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const tooltip = page.locator('ntp-atlas-app .tooltip');
    await tooltip.waitFor();
    const text = await tooltip.innerText();
    expect(text).toMatch(/^(Xã|Phường|Thị trấn) /);
    expect(text).toMatch(/Huyện|Thành phố/);
    expect(text).toMatch(/Số tiêu chí NTM đạt/);
    await page.close();
  });

  it('opens a commune panel with its 19-criteria checklist on click, and puts it in the URL', async () => {
    const page = await harness.open('');
    const box = (await page.locator('ntp-atlas-app #map').boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    const panel = page.locator('atlas-detail');
    await panel.waitFor();
    await expect(panel.locator('li[data-criterion]').count()).resolves.toBe(19);
    await page.waitForFunction(() => new URL(location.href).searchParams.has('u'));
    const code = new URL(page.url()).searchParams.get('u');
    expect(code).toMatch(/^4\d{4}$/);
    const met = demo.values['2025'][code!].ntm_criteria_met;
    await expect(panel.locator('li.met').count()).resolves.toBe(met);
    const poor = await panel.locator('[data-indicator="poor_rate"]').innerText();
    expect(poor).toMatch(/%.*\(\d[\d.]*\/\d[\d.]*\)/);
    await page.close();
  });

  it('drills from the whole area to a province to its districts and back with the breadcrumbs', async () => {
    const page = await harness.open('?l=province&i=ntm_status.ntm');
    const box = (await page.locator('ntp-atlas-app #map').boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    const panel = page.locator('atlas-detail');
    const province = await panel.locator('h2').innerText();
    expect(province).toMatch(/^Tỉnh /);
    // A parent's panel gives NTM shares with their bases.
    await expect(
      panel.locator('[data-indicator="ntm_status"]').first().innerText(),
    ).resolves.toMatch(/\d+\/\d+ xã, trên tổng số xã có số liệu/);
    await panel.getByRole('button', { name: /Xem cấp dưới/ }).click();
    await waitForMapIdle(page);
    await expect(page.locator('ntp-atlas-app #level').inputValue()).resolves.toBe('district');
    await expect(page.locator('atlas-breadcrumbs nav').innerText()).resolves.toContain(province);
    await page.waitForFunction(() => new URL(location.href).searchParams.get('l') === 'district');
    await page
      .locator('atlas-breadcrumbs')
      .getByRole('button', { name: /Toàn vùng/ })
      .click();
    await waitForMapIdle(page);
    await expect(page.locator('ntp-atlas-app #level').inputValue()).resolves.toBe('province');
    await page.close();
  });

  it('finds a unit by name without diacritics, by keyboard only', async () => {
    const page = await harness.open('');
    const input = page.locator('atlas-search input');
    await input.focus();
    await page.keyboard.type('pac thang');
    await expect(page.locator('atlas-search [role="option"]').first().innerText()).resolves.toMatch(
      /Pắc Thắng/,
    );
    await page.keyboard.press('Enter');
    await waitForMapIdle(page);
    await expect(page.locator('atlas-detail h2').innerText()).resolves.toBe('Tỉnh Pắc Thắng');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('u') === '90');
    await page.close();
  });

  it('restores a shared view exactly from its URL, camera included', async () => {
    // As the atlas writes it: the year's programme period (pp) follows the year.
    const query =
      'v=2021&l=district&i=ntm_status.advanced&p=2023&pp=2021-2025&u=981&c=105.1%2C21.3%2C8.5&lang=both';
    const page = await harness.open(`?${query}`);
    await expect(
      page.locator('atlas-layer-panel label.current').getAttribute('data-layer'),
    ).resolves.toBe('ntm_status.advanced');
    await expect(
      page.locator('atlas-period #period-slider').getAttribute('aria-valuetext'),
    ).resolves.toBe('2023');
    await expect(page.locator('atlas-detail h2').innerText()).resolves.toMatch(/^Huyện /);
    await page.waitForTimeout(400);
    expect(new URL(page.url()).search).toBe(`?${query}`);
    await page.reload();
    await waitForMapIdle(page);
    await page.waitForTimeout(400);
    expect(new URL(page.url()).search).toBe(`?${query}`);
    await page.close();
  });

  it('writes the camera to the URL when the user pans, and leaves the legend as it was', async () => {
    const page = await harness.open('');
    expect(new URL(page.url()).searchParams.has('c')).toBe(false);
    const legend = await page.locator('atlas-legend li').allInnerTexts();
    const box = (await page.locator('ntp-atlas-app #map').boundingBox())!;
    await page.mouse.move(box.x + 300, box.y + 300);
    await page.mouse.down();
    await page.mouse.move(box.x + 200, box.y + 250, { steps: 8 });
    await page.mouse.up();
    await page.waitForFunction(() => new URL(location.href).searchParams.has('c'));
    expect(new URL(page.url()).searchParams.get('c')).toMatch(/^\d+\.\d+,\d+\.\d+,\d+(\.\d+)?$/);
    await expect(page.locator('atlas-legend li').allInnerTexts()).resolves.toEqual(legend);
    await page.close();
  });

  it('switches to the 2025 boundaries and says which indicator it shows instead', async () => {
    const page = await harness.open('');
    await page.locator('ntp-atlas-app #vintage').selectOption('2025');
    await waitForMapIdle(page);
    await expect(page.locator('ntp-atlas-app #level option').allInnerTexts()).resolves.toEqual([
      'Tỉnh / Province',
      'Xã / Commune',
    ]);
    // The 2025 geography's latest year is 2026: the 2026–2030 criteria met, said to be another set.
    await expect(page.locator('ntp-atlas-app .notice').innerText()).resolves.toMatch(
      /Dữ liệu này thuộc giai đoạn 2026–2030: đang hiện "Số tiêu chí NTM đạt \(bộ 2026–2030\)" thay cho "Số tiêu chí NTM đạt" — hai bộ tiêu chí khác nhau, không cùng thước đo/,
    );
    await page.waitForFunction(() => new URL(location.href).searchParams.get('v') === '2025');
    await page.close();
  });

  it('never renders markup from data files, and made no request off the origin', async () => {
    expect(harness.offOrigin()).toEqual([]);
    expect(harness.requests.length).toBeGreaterThan(10);
  });
});
