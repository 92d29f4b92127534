import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { app, Harness, ROOT } from './harness';

/**
 * Compare and explain (issue 22), on the demo, every figure typed in by hand
 * from data/demo/indicators-2021.json (2025 column):
 *
 * - Thị trấn Định Gia (40003) of Huyện Lũng Thắng (975): 431 poor households
 *   of 4,592 = 9.386 %. Its district's ten communes: 1,443 of 15,081 =
 *   9.568 %; the region's 300 communes: 16,337 of 798,231 = 2.047 %. Five of
 *   its nine siblings have a lower rate (8.854, 3.813, 9.352, 5.043, 6.886 %),
 *   so it ranks 6th of 10, lowest first.
 */
const harness = new Harness();
beforeAll(() => harness.start());
afterAll(() => harness.stop());

describe('a unit beside its parent and the whole map', () => {
  it('says how a commune’s rate stands against its district and the region, and its rank', async () => {
    const page = await harness.open('?l=commune&i=poor_rate&p=2025&u=40003&lang=vi');
    const block = app(page).locator('atlas-detail #benchmarks');
    await expect(block.locator('.shown-value').innerText()).resolves.toMatch(
      /^9,39% \(431\/4\.592\)/,
    );
    await expect(block.locator('li').allInnerTexts()).resolves.toEqual([
      'thấp hơn bình quân huyện 0,2 điểm % (9,57%)',
      'cao hơn bình quân toàn vùng 7,3 điểm % (2,05%)',
      'hạng 6/10 xã của huyện (1 = thấp nhất, tốt nhất)',
    ]);
    await app(page)
      .locator('atlas-detail')
      .screenshot({
        path: join(ROOT, 'test-results/compare-benchmarks.png'),
      });
    await page.close();
  });
});
