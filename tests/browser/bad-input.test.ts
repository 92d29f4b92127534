import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Harness, ROOT } from './harness';

const folder = join(ROOT, '.bench/bad-input');
const harness = new Harness();

beforeAll(async () => {
  mkdirSync(folder, { recursive: true });
  copyFileSync(join(ROOT, 'data/demo/boundaries-2025.geojson'), join(folder, 'boundaries.geojson'));
  writeFileSync(join(folder, 'broken.json'), '{"format": "ntp-atlas/indicators", "version": 1,');
  writeFileSync(
    join(folder, 'no-vintage.json'),
    JSON.stringify({
      format: 'ntp-atlas/indicators',
      version: 1,
      periods: ['2025'],
      indicators: [],
      values: {},
    }),
  );
  await harness.start({ '/generated': folder });
});
afterAll(() => harness.stop());

/** The error banner's text; `loadFails`: no data could be shown, and the map must say so. */
const errorOf = async (path: string, loadFails = true) => {
  const page = await harness.open(path, undefined, false);
  const banner = page.locator('ntp-atlas-app .error');
  await banner.waitFor({ timeout: 30_000 });
  const text = await banner.innerText();
  // The map says the load failed, not that it is still loading.
  if (loadFails)
    await expect
      .poll(() => page.locator('ntp-atlas-app .loading').innerText())
      .toMatch(/Không tải được dữ liệu/);
  await page.close();
  return text;
};

describe('bad input files', () => {
  it('names a malformed JSON file and says it is not valid JSON', async () => {
    expect(
      await errorOf(
        '?vintage=2025&boundaries=generated/boundaries.geojson&indicators=generated/broken.json',
      ),
    ).toMatch(/^broken\.json: không phải JSON hợp lệ \(.+\)\s+broken\.json: is not valid JSON/);
  });

  it('names the missing vintage and the values it expects', async () => {
    expect(
      await errorOf(
        '?vintage=2025&boundaries=generated/boundaries.geojson&indicators=generated/no-vintage.json',
      ),
    ).toMatch(/no-vintage\.json: vintage: expected "2021".*or "2025"/);
  });

  it('says which file is missing', async () => {
    expect(await errorOf('?vintage=2025&boundaries=generated/nowhere.geojson')).toMatch(
      /nowhere\.geojson: could not be loaded \(HTTP 404\)/,
    );
  });

  it('refuses a data address on another origin without requesting it', async () => {
    // Refused before loading: the demo is shown instead.
    expect(await errorOf('?vintage=2025&boundaries=http://example.org/x.geojson', false)).toMatch(
      /not on this site's origin/,
    );
    expect(harness.offOrigin()).toEqual([]);
  });
});
