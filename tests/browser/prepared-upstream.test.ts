import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPrepare } from '../../scripts/data-prepare';
import { Harness, importFiles, ROOT, SHARED_FIXTURES, writeCriteriaFile } from './harness';
import { colourShares } from './pixels';

const SAMPLE = join(SHARED_FIXTURES, 'upstream-sample');
const present = existsSync(SAMPLE);
if (!present) console.warn(`Skipping the data:vietnam conversion test: ${SAMPLE} is absent.`);

describe.skipIf(!present)('data:vietnam’s conversion, on the upstream sample, in the app', () => {
  const harness = new Harness();
  const folder = join(ROOT, '.bench/test-data/prepared');
  const boundaries = join(folder, 'cao-bang-2025.geojson');
  const indicators = join(folder, 'cao-bang-indicators.json');

  beforeAll(async () => {
    mkdirSync(folder, { recursive: true });
    // The conversion data:vietnam runs after downloading, on the same layout offline.
    const { result } = runPrepare({
      inputs: [SAMPLE],
      out: boundaries,
      vintage: '2025',
      keep: 0.05,
      precision: 5,
      allowProblems: false,
    });
    const communes = result.collection.features.filter((f) => f.properties.level === 'commune');
    writeCriteriaFile(
      indicators,
      Object.fromEntries(communes.map((f, i) => [f.properties.code, (i * 7) % 20])),
    );
    await harness.start({ '/generated': folder });
  });
  afterAll(() => harness.stop());

  it('opens by address and colours all 56 communes of Cao Bằng, none without data', async () => {
    const page = await harness.open(
      '?vintage=2025&boundaries=generated/cao-bang-2025.geojson&indicators=generated/cao-bang-indicators.json&v=2025&l=commune&i=ntm_criteria_met',
    );
    expect(await page.locator('ntp-atlas-app .error').count()).toBe(0);
    const rows = (await page.locator('atlas-legend li').allInnerTexts()).map((r) =>
      Number(r.split(/\s+/).pop()!.replace(/\./g, '')),
    );
    expect(rows.slice(0, 4).reduce((a, b) => a + b, 0)).toBe(56);
    expect(rows[4] ?? 0).toBe(0);
    const png = await page
      .locator('ntp-atlas-app #map')
      .screenshot({ path: join(ROOT, 'test-results/prepared-cao-bang.png') });
    const shares = colourShares(png, ['#ffffcc', '#a1dab4', '#41b6c4', '#225ea8']);
    expect(shares.reduce((a, b) => a + b, 0)).toBeGreaterThan(0.12);
    expect(harness.offOrigin()).toEqual([]);
    await page.close();
  });

  it('imports with zero unmatched units on either side', async () => {
    const page = await harness.open('?v=2021');
    await importFiles(page, [boundaries, indicators]);
    const report = page.locator('atlas-import #report');
    await report.waitFor({ timeout: 30_000 });
    const summary = (await report.locator('.summary').innerText()).replace(/\s+/g, ' ');
    expect(summary).toMatch(/1 tỉnh \/ province · 56 xã \/ communes/);
    expect(summary).toMatch(
      /Matched, with values: 56 · .*units without values: 0 · .*codes without a boundary: 0/,
    );
    expect(await report.locator('tbody tr').count()).toBe(0);
    await page.close();
  });
});
