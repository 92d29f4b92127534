import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForMapIdle, waitUntilDrawn } from './chromium';
import { app, Harness, importFiles, ROOT } from './harness';

/**
 * Addresses a person may paste or mistype (issue 20, points 4 and 5): each
 * gets a message and a working map, never a white page; what the address
 * asked for and the data lacks is said and dropped from it.
 */
const folder = join(ROOT, '.bench/hostile-addresses');
const harness = new Harness();

beforeAll(async () => {
  mkdirSync(folder, { recursive: true });
  copyFileSync(join(ROOT, 'data/demo/boundaries-2025.geojson'), join(folder, 'boundaries.geojson'));
  // The demo's 2025 indicators with two rows for codes that have no boundary.
  const indicators = JSON.parse(
    readFileSync(join(ROOT, 'data/demo/indicators-2025.json'), 'utf8'),
  ) as { values: Record<string, Record<string, Record<string, number>>> };
  const latest = Object.keys(indicators.values).pop()!;
  indicators.values[latest]!['99998'] = { households_total: 10 };
  indicators.values[latest]!['99999'] = { households_total: 20 };
  writeFileSync(join(folder, 'indicators.json'), JSON.stringify(indicators));
  copyFileSync(join(ROOT, 'data/demo/boundaries-2021.geojson'), join(folder, 'units-2021.geojson'));
  // Five of the demo's 2025 communes, saved as .json: a file far smaller than the map shown.
  const demo2025 = JSON.parse(
    readFileSync(join(ROOT, 'data/demo/boundaries-2025.geojson'), 'utf8'),
  ) as { features: { properties: { level: string } }[] };
  writeFileSync(
    join(folder, 'five-communes.json'),
    JSON.stringify({
      type: 'FeatureCollection',
      features: demo2025.features.filter((f) => f.properties.level === 'commune').slice(0, 5),
    }),
  );
  // The person's own figures (not the demo's), and the same boundaries saved as .json.
  writeFileSync(
    join(folder, 'own-indicators.json'),
    JSON.stringify({ ...indicators, synthetic: false }),
  );
  copyFileSync(join(ROOT, 'data/demo/boundaries-2025.geojson'), join(folder, 'units.json'));
  // A host page holding the element on 2021 boundaries given by address.
  writeFileSync(
    join(folder, 'legacy-element.html'),
    `<!doctype html><html><head><meta charset="utf-8"><script type="module" src="/embed/ntp-atlas.js"></script></head>
<body><ntp-atlas id="legacy" boundaries="/generated/units-2021.geojson" vintage="2021" level="district" style="height:400px"></ntp-atlas></body></html>`,
  );
  await harness.start({ '/generated': folder });
});
afterAll(() => harness.stop());

/** Opens an address, waits for the demo (or the files) to be drawn, returns the banner's text. */
async function bannerOf(path: string) {
  const page = await harness.open(path);
  const banner = app(page).locator('.error');
  await banner.waitFor();
  return { page, text: await banner.innerText() };
}

describe('addresses that are not addresses', () => {
  it('says a broken %-escape is not a file address, and shows the demo', async () => {
    const { page, text } = await bannerOf('?boundaries=%25E0%25A4%25A.geojson');
    expect(text).toMatch(/"%E0%A4%A\.geojson" không phải một địa chỉ tệp/);
    await expect(app(page).locator('.top .synthetic').count()).resolves.toBe(1);
    await page.close();
  });

  it('says an unfinished URL is not a file address, and shows the demo', async () => {
    const { page, text } = await bannerOf('?boundaries=http%3A%2F%2F%5B%3A%3A1');
    expect(text).toMatch(/"http:\/\/\[::1" is not a file address; showing the demo/);
    await expect(app(page).locator('.top .synthetic').count()).resolves.toBe(1);
    await page.close();
  });

  it('says indicators and a crosswalk need boundaries, instead of ignoring them', async () => {
    const { page, text } = await bannerOf('?indicators=generated/indicators.json&crosswalk=x.json');
    expect(text).toMatch(/indicators=, crosswalk= needs boundaries= \(a boundary file\)/);
    await page.close();
  });
});

describe('what the address asks for and the data does not have', () => {
  it('drops a year and a unit the demo lacks from the view and the address, and says so', async () => {
    const page = await harness.open('?p=1900&u=99999');
    await expect(app(page).locator('.side .notice').first().innerText()).resolves.toMatch(
      /Không có trong dữ liệu nên đã bỏ khỏi địa chỉ: năm 1900; đơn vị 99999 \(không có trong địa giới 2021\)/,
    );
    await page.waitForFunction(() => new URL(location.href).searchParams.has('v'));
    const params = await page.evaluate(() => [...new URL(location.href).searchParams.keys()]);
    expect(params).not.toContain('p');
    expect(params).not.toContain('u');
    await page.close();
  });

  it('offers the check of files loaded by address, as the import dialog does', async () => {
    const page = await harness.open(
      '?vintage=2025&boundaries=generated/boundaries.geojson&indicators=generated/indicators.json',
    );
    await waitForMapIdle(page);
    const notice = app(page).locator('#data-problems');
    await expect(notice.innerText()).resolves.toMatch(/Kiểm tra dữ liệu: 2 lỗi, 0 cảnh báo/);
    await notice.locator('#report-open').click();
    const report = page.locator('atlas-import #report');
    await report.waitFor();
    const rows = await report.locator('tbody tr').allInnerTexts();
    expect(rows).toHaveLength(2);
    expect(rows.join('\n')).toMatch(/99998/);
    expect(rows.join('\n')).toMatch(/99999/);
    await page.close();
  });
});

describe('<ntp-atlas vintage="2021"> on boundaries given by address (issue 20, point 14)', () => {
  it('reads the files as 2021 boundaries and shows them at the district level', async () => {
    const page = await harness.open('generated/legacy-element.html', undefined, false);
    await waitUntilDrawn(
      page,
      () =>
        (document.querySelector('#legacy') as (Element & { app?: { mapIdle?: boolean } }) | null)
          ?.app?.mapIdle === true,
    );
    const shown = await page.evaluate(() => {
      const { state } = (
        document.querySelector('#legacy') as unknown as {
          app: {
            state: { view: { vintage: string; level: string }; data: object; error: unknown };
          };
        }
      ).app;
      return {
        vintage: state.view.vintage,
        level: state.view.level,
        loaded: Object.keys(state.data),
        error: state.error,
      };
    });
    expect(shown).toEqual({ vintage: '2021', level: 'district', loaded: ['2021'], error: null });
    await page.close();
  });
});

describe('an import that would replace the map with far fewer units (issue 20, point 10c)', () => {
  it('asks first when the map shows the person’s own units, and keeps them when told to', async () => {
    const page = await harness.open('?vintage=2025&boundaries=generated/boundaries.geojson');
    const units = () =>
      page.evaluate(
        () =>
          (
            document.querySelector('ntp-atlas-app') as unknown as {
              state: { data: Record<string, { boundaries: { units: unknown[] } }> };
            }
          ).state.data['2025']!.boundaries.units.length,
      );
    expect(await units()).toBe(102);
    await importFiles(page, [join(folder, 'five-communes.json')]);
    const ask = page.locator('atlas-import #replace-confirm');
    await ask.waitFor();
    await expect(ask.innerText()).resolves.toMatch(
      /Tệp này có 5 đơn vị, còn bản đồ đang hiện 102 đơn vị của bộ ranh giới 2025/,
    );
    await page.locator('atlas-import #replace-keep').click();
    await expect(page.locator('atlas-import .status').innerText()).resolves.toMatch(
      /Đã giữ bản đồ đang xem/,
    );
    expect(await units()).toBe(102);
    await page.close();
  });
});

describe('a boundary file dropped where figures were meant (issue 20, point 9)', () => {
  it('says it holds no figures and asks before the map loses them; the report says so too', async () => {
    const page = await harness.open(
      '?vintage=2025&boundaries=generated/boundaries.geojson&indicators=generated/own-indicators.json',
    );
    await importFiles(page, [join(folder, 'units.json')]);
    const ask = page.locator('atlas-import #replace-confirm');
    await ask.waitFor();
    await expect(ask.innerText()).resolves.toMatch(
      /units\.json chỉ có ranh giới \(102 đơn vị\), không có số liệu chỉ tiêu: bản đồ 2025 sẽ mất các số liệu đang hiện/,
    );
    await page.screenshot({ path: join(ROOT, 'test-results/import-boundaries-as-figures.png') });
    await page.locator('atlas-import #replace-yes').click();
    await expect(page.locator('atlas-import #report').innerText()).resolves.toMatch(
      /units\.json[\s\S]*chỉ có ranh giới, không có số liệu chỉ tiêu nào/,
    );
    await page.close();
  });
});
