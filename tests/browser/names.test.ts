import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForMapIdle } from './chromium';
import { app, Harness } from './harness';

const harness = new Harness();
beforeAll(() => harness.start());
afterAll(() => harness.stop());

/** How many pixels of two screenshots of the same size differ. */
function differingPixels(a: Buffer, b: Buffer): number {
  const [x, y] = [PNG.sync.read(a).data, PNG.sync.read(b).data];
  let count = 0;
  for (let i = 0; i < x.length; i += 4)
    if (
      Math.abs(x[i]! - y[i]!) + Math.abs(x[i + 1]! - y[i + 1]!) + Math.abs(x[i + 2]! - y[i + 2]!) >
      30
    )
      count += 1;
  return count;
}

describe("the units' names on the map", () => {
  it('are hidden and shown again with the Tên · Names button, and the link keeps the choice', async () => {
    // The demo's communes at a zoom where their names are written.
    const page = await harness.open('?v=2021&l=commune&c=105.27,21.26,8');
    const map = () => app(page).locator('#map').screenshot();
    // Hiding a layer moves nothing: the map repaints within a frame or two.
    const settle = async () => {
      await page.waitForTimeout(500);
      await waitForMapIdle(page);
    };
    const named = await map();
    const button = app(page).locator('#names-toggle');
    await expect(button.getAttribute('aria-pressed')).resolves.toBe('true');

    await button.click();
    await settle();
    await expect(button.getAttribute('aria-pressed')).resolves.toBe('false');
    const plain = await map();
    // Dozens of commune names, each a few hundred pixels of text and halo.
    expect(differingPixels(named, plain)).toBeGreaterThan(3000);
    await expect.poll(() => page.url()).toContain('names=0');

    await page.reload();
    await settle();
    expect(differingPixels(plain, await map())).toBeLessThan(50);
    await app(page).locator('#names-toggle').click();
    await settle();
    expect(differingPixels(named, await map())).toBeLessThan(50);
    expect((page as unknown as { errors: string[] }).errors).toEqual([]);
    await page.close();
  });
});
