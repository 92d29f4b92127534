import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Harness, ROOT } from './harness';
import { waitForAreaWeight } from './layer-expectations';

/** The demo's crosswalk without the weights of its split communes, as many real crosswalks come. */
const generated = mkdtempSync(join(tmpdir(), 'ntp-atlas-cw-'));
const demo = JSON.parse(readFileSync(join(ROOT, 'data/demo/crosswalk-2021-2025.json'), 'utf8')) as {
  links: { type: string; weight?: number | null }[];
};
writeFileSync(
  join(generated, 'crosswalk-no-weights.json'),
  JSON.stringify({
    ...demo,
    links: demo.links.map(({ weight, ...link }) =>
      link.type === 'partial' ? link : { ...link, weight },
    ),
  }),
);

const harness = new Harness();
beforeAll(() => harness.start({ '/demo': join(ROOT, 'data/demo'), '/generated': generated }));
afterAll(() => harness.stop());

describe('a crosswalk without weights, with both geographies loaded', () => {
  it('weighs a split commune by the share of its area in each new commune', async () => {
    const page = await harness.open(
      '?vintage=2025&boundaries=/demo/boundaries-2025.geojson&indicators=/demo/indicators-2025.json' +
        '&other_boundaries=/demo/boundaries-2021.geojson&other_indicators=/demo/indicators-2021.json' +
        '&crosswalk=/generated/crosswalk-no-weights.json&l=commune&i=ocop_total&u=40096',
    );
    const part = page.locator('atlas-predecessors li[data-old="40093"]');
    // The demo cut old commune 40093 so that 47% of its area went to new commune 40096.
    await waitForAreaWeight(page, '40093');
    await expect(part.innerText()).resolves.toMatch(
      /40093 · một phần \(47% diện tích, tính từ hai bộ địa giới\)/,
    );
    // With weights, the re-aggregated count is no longer an equal split.
    await expect(
      page.locator('atlas-predecessors dd[data-reaggregated="ocop_total"] .rule').innerText(),
    ).resolves.not.toMatch(/chia đều/);
    await page.close();
  });

  it('made no request off the origin', () => {
    expect(harness.offOrigin()).toEqual([]);
  });
});
