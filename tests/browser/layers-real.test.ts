import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AtlasData } from '../../src/core/map-view';
import type { Level } from '../../src/core/units';
import { waitForMapIdle } from './chromium';
import { Harness, ROOT, SHARED_FIXTURES, writeFamiliesFile } from './harness';
import {
  expectedView,
  legendOf,
  loadAtlasData,
  pickLayer,
  pickLevel,
  readLegend,
} from './layer-expectations';

const communesFile = join(SHARED_FIXTURES, 'vn-2025/communes.geojson');
const provincesFile = join(SHARED_FIXTURES, 'vn-2025/provinces.geojson');
const present = existsSync(communesFile) && existsSync(provincesFile);
if (!present) console.warn(`Skipping the real-boundary layer test: ${SHARED_FIXTURES} is absent.`);

const LAYERS: Record<Level, string[]> = {
  commune: [
    'ntm_status',
    'ntm_criteria_met',
    'ntm_c05',
    'poor_rate',
    'multidim_poor_rate',
    'ocop_total',
    'em_region',
    'dbkk_coastal',
    'funds_disbursement_rate',
  ],
  province: [
    'ntm_status.ntm',
    'ntm_status.advanced',
    'ntm_status.model.count',
    'ntm_criteria_met',
    'ntm_c05.met',
    'poor_rate',
    'multidim_poor_rate',
    'ocop_total',
    'ocop_5star',
    'em_region.region_iii',
    'em_region.region_iii.count',
    'dbkk_coastal.yes.count',
    'funds_disbursement_rate',
  ],
  district: [],
};

describe.skipIf(!present)('indicator layers on the real 34 provinces and 3,321 communes', () => {
  const harness = new Harness();
  const generated = join(ROOT, '.bench/test-data');
  const indicatorFile = join(generated, 'vn-2025-families.json');
  let data: AtlasData;
  beforeAll(async () => {
    const communes = JSON.parse(readFileSync(communesFile, 'utf8')).features.map(
      (f: { properties: { code: string } }) => f.properties.code,
    ) as string[];
    writeFamiliesFile(indicatorFile, communes);
    data = loadAtlasData('2025', [provincesFile, communesFile], indicatorFile);
    await harness.start({ '/fixtures': SHARED_FIXTURES, '/generated': generated });
  });
  afterAll(() => harness.stop());

  const url =
    '?vintage=2025&boundaries=fixtures/vn-2025/provinces.geojson,fixtures/vn-2025/communes.geojson&indicators=generated/vn-2025-families.json&v=2025&l=commune&i=ntm_criteria_met';

  it('switches through every family at both levels, with legend counts as the data gives them', async () => {
    const page = await harness.open(url);
    // The legend says which geography the values are on.
    await expect(page.locator('atlas-legend .vintage').innerText()).resolves.toMatch(
      /Địa giới từ 1\/7\/2025/,
    );
    for (const level of ['commune', 'province'] as const) {
      await pickLevel(page, level);
      for (const key of LAYERS[level]) {
        await pickLayer(page, key);
        const expected = expectedView(data, '2025', level, key, { period: '2025' });
        const legend = await readLegend(page);
        expect(legend, `${key} at ${level}`).toEqual(legendOf(expected));
        expect(legend.reduce((n, row) => n + row.count, 0)).toBe(level === 'commune' ? 3321 : 34);
        await page
          .locator('ntp-atlas-app .map-wrap')
          .screenshot({ path: join(ROOT, `test-results/layers/real-${level}-${key}.png`) });
      }
    }
    await page.close();
  });

  it('maps the change in the poverty rate 2024→2025 by province, in percentage points', async () => {
    const page = await harness.open(
      url.replace('l=commune&i=ntm_criteria_met', 'l=province&i=poor_rate'),
    );
    await page.locator('atlas-period #compare').selectOption('2024');
    await waitForMapIdle(page);
    const expected = expectedView(data, '2025', 'province', 'poor_rate', {
      period: '2025',
      compare: '2024',
    });
    await expect(readLegend(page)).resolves.toEqual(legendOf(expected));
    await expect(page.locator('atlas-legend .meta').first().innerText()).resolves.toMatch(
      /2024 → 2025 — đơn vị: điểm %/,
    );
    // Every province's poverty fell in the generated data: every value is a decrease.
    expect(expected.codes.length).toBe(34);
    for (const code of expected.codes) {
      expect(expected.values.get(code)?.value ?? 0).toBeLessThanOrEqual(0);
    }
    await page.locator('#table-toggle').click();
    await expect(page.locator('atlas-unit-table #table-count').innerText()).resolves.toMatch(
      /^34 /,
    );
    await page
      .locator('ntp-atlas-app .centre')
      .screenshot({ path: join(ROOT, 'test-results/layers/real-province-poor_rate-change.png') });
    await page.close();
  });

  it('made no request off the origin', () => {
    expect(harness.offOrigin()).toEqual([]);
  });
});
