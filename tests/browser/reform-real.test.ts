import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linksFromDvhcvnMerges } from '../../scripts/crosswalk/dvhcvn';
import { waitForMapIdle } from './chromium';
import { Harness, ROOT, SHARED_FIXTURES, legendText } from './harness';

const merges = join(SHARED_FIXTURES, 'crosswalk-2025-merges.json');
const present =
  existsSync(merges) && existsSync(join(SHARED_FIXTURES, 'vn-2021-legacy/provinces.geojson'));
if (!present)
  console.warn(`Skipping the real old/new provinces test: ${SHARED_FIXTURES} is absent.`);

describe.skipIf(!present)('old and new provinces of the real country, with the crosswalk', () => {
  const harness = new Harness();
  const generated = join(ROOT, '.bench/test-data');
  beforeAll(async () => {
    // The dvhcvn merger tables in the atlas's crosswalk format, as a user would prepare them.
    mkdirSync(generated, { recursive: true });
    const links = linksFromDvhcvnMerges(JSON.parse(readFileSync(merges, 'utf8')), 'merges.json');
    writeFileSync(
      join(generated, 'crosswalk-national.json'),
      JSON.stringify({
        format: 'ntp-atlas/crosswalk',
        version: 1,
        from: '2021',
        to: '2025',
        links,
      }),
    );
    // A crosswalk a user might write by hand: a code as a number.
    writeFileSync(
      join(generated, 'crosswalk-bad.json'),
      JSON.stringify({
        format: 'ntp-atlas/crosswalk',
        version: 1,
        from: '2021',
        to: '2025',
        links: [{ level: 'province', from: 6, to: '19', type: 'full' }],
      }),
    );
    await harness.start({ '/fixtures': SHARED_FIXTURES, '/generated': generated });
  });
  afterAll(() => harness.stop());

  const url =
    '?vintage=2025&boundaries=fixtures/vn-2025/provinces.geojson' +
    '&other_boundaries=fixtures/vn-2021-legacy/provinces.geojson' +
    '&crosswalk=generated/crosswalk-national.json&v=2025&l=province';

  it('shows that new Thái Nguyên was formed from old Bắc Kạn and old Thái Nguyên', async () => {
    const page = await harness.open(`${url}&u=19`);
    const panel = page.locator('atlas-predecessors');
    await panel.locator('li[data-old="06"]').waitFor({ timeout: 60_000 });
    await expect(panel.locator('h3').innerText()).resolves.toMatch(/2 đơn vị cũ/);
    await expect(panel.locator('li[data-old="06"]').innerText()).resolves.toMatch(
      /Bắc Kạn 06 · toàn bộ/,
    );
    await expect(panel.locator('li[data-old="19"]').innerText()).resolves.toMatch(
      /Thái Nguyên 19 · toàn bộ/,
    );
    await page.close();
  });

  it('draws the old 63-province map too, and finds where old Bắc Kạn went', async () => {
    const page = await harness.open(url);
    const input = page.locator('atlas-search input');
    await input.focus();
    await page.keyboard.type('bac kan');
    await expect(page.locator('atlas-search li.former').first().innerText()).resolves.toMatch(
      /Bắc Kạn.*06.*→ Thái Nguyên.*19/s,
    );
    await page.keyboard.press('Escape');
    await page.locator('ntp-atlas-app #vintage').selectOption('2021');
    await waitForMapIdle(page);
    await expect(legendText(page)).resolves.toMatch(/Chưa có chỉ tiêu/);
    await page.locator('atlas-search input').fill('bac kan');
    await expect(page.locator('atlas-search li').first().innerText()).resolves.toMatch(
      /Bắc Kạn.*06/s,
    );
    await page.close();
  });

  it('names the file, the link and what was expected in a bad crosswalk, and keeps the map', async () => {
    const page = await harness.open(url.replace('crosswalk-national.json', 'crosswalk-bad.json'));
    await expect(page.locator('ntp-atlas-app .error').innerText()).resolves.toMatch(
      /crosswalk-bad\.json: links\[0\]\.from: expected a unit code as text with its leading zeros/,
    );
    // The 34 provinces are still there to search and pick.
    await page.locator('atlas-search input').fill('thai nguyen');
    await expect(page.locator('atlas-search li').first().innerText()).resolves.toMatch(
      /Thái Nguyên/,
    );
    await page.close();
  });

  it('made no request off the origin', () => {
    expect(harness.offOrigin()).toEqual([]);
  });
});
