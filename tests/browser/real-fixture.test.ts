import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Harness, ROOT, SHARED_FIXTURES, writeCriteriaFile } from './harness';
import { colourShares } from './pixels';

const present = existsSync(join(SHARED_FIXTURES, 'vn-2025/communes.geojson'));
if (!present)
  console.warn(
    `Skipping the real-boundary browser test: ${SHARED_FIXTURES} is absent (it sits beside the project on developer machines and CI).`,
  );

/** A deterministic indicator file for the real communes; a third of them left without data. */
function writeIndicators(folder: string): { withData: number; noData: number } {
  const communes = JSON.parse(
    readFileSync(join(SHARED_FIXTURES, 'vn-2025/communes.geojson'), 'utf8'),
  ).features as { properties: { code: string } }[];
  const rows: Record<string, number> = {};
  let withData = 0;
  communes.forEach(({ properties: { code } }, i) => {
    if (i % 3 === 2) return;
    rows[code] = (Number(code) * 7) % 20;
    withData += 1;
  });
  writeCriteriaFile(join(folder, 'vn-2025-test.json'), rows);
  return { withData, noData: communes.length - withData };
}

describe.skipIf(!present)('the atlas on the real 3,321 communes of 2025', () => {
  const harness = new Harness();
  const generated = join(ROOT, '.bench/test-data');
  let counts = { withData: 0, noData: 0 };
  beforeAll(async () => {
    counts = writeIndicators(generated);
    await harness.start({ '/fixtures': SHARED_FIXTURES, '/generated': generated });
  });
  afterAll(() => harness.stop());

  const url =
    '?vintage=2025&boundaries=fixtures/vn-2025/provinces.geojson,fixtures/vn-2025/communes.geojson&indicators=generated/vn-2025-test.json&v=2025&l=commune&i=ntm_criteria_met';

  it('draws every commune, the class colours and the no-data hatch, and counts them in the legend', async () => {
    const page = await harness.open(url);
    const png = await page
      .locator('ntp-atlas-app #map')
      .screenshot({ path: join(ROOT, 'test-results/real-2025-communes.png') });
    const [c0, c1, c2, c3, hatchInk] = colourShares(png, [
      '#ffffcc',
      '#a1dab4',
      '#41b6c4',
      '#225ea8',
      '#9a9a9a',
    ]);
    // Vietnam is a thin strip of the viewport and 1 in 20 values is 19: each colour is present, not large.
    for (const share of [c0, c1, c2, c3, hatchInk]) expect(share).toBeGreaterThan(0.0002);
    const rows = (await page.locator('atlas-legend li').allInnerTexts()).map((r) =>
      Number(r.split(/\s+/).pop()!.replace(/\./g, '')),
    );
    expect(rows.slice(0, 4).reduce((a, b) => a + b, 0)).toBe(counts.withData);
    expect(rows[4]).toBe(counts.noData);
    await expect(page.locator('ntp-atlas-app .top .synthetic').count()).resolves.toBe(0);
    await page.close();
  });

  it('finds "Móng Cái" from "mong cai", and the special zones of Hoàng Sa and Trường Sa', async () => {
    const page = await harness.open(url);
    const input = page.locator('atlas-search input');
    await input.fill('mong cai');
    await expect(page.locator('atlas-search [role="option"]').allInnerTexts()).resolves.toEqual(
      expect.arrayContaining([expect.stringMatching(/^Móng Cái 1/)]),
    );
    await input.fill('hoang sa');
    await expect(page.locator('atlas-search [role="option"]').first().innerText()).resolves.toMatch(
      /Hoàng Sa.*Đà Nẵng.*20333/s,
    );
    await input.fill('truong sa');
    await expect(page.locator('atlas-search [role="option"]').first().innerText()).resolves.toMatch(
      /Trường Sa.*Khánh Ho.*22736/s,
    );
    await page.close();
  });

  it('made no request off the origin', () => {
    expect(harness.offOrigin()).toEqual([]);
  });
});
