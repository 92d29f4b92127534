import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForMapIdle } from './chromium';
import { app, Harness } from './harness';

const harness = new Harness();
beforeAll(() => harness.start());
afterAll(() => harness.stop());

/** Marks the atlas sets once per derivation of the view and once per paint of the map. */
const countMarks = (page: import('playwright-core').Page) =>
  page.evaluate(() => ({
    derived: performance.getEntriesByName('atlas-compute-start').length,
    painted: performance.getEntriesByName('atlas-restyle-start').length,
  }));

describe('a layer switch', () => {
  it('goes panel → store → selectors → map element once, with no return trip', async () => {
    const page = await harness.open('');
    await page.evaluate(() => performance.clearMarks());
    await app(page).locator('atlas-layer-panel label[data-layer="poor_rate"] input').check();
    await waitForMapIdle(page);
    // One derivation of the view and one paint: nothing came back to the app to go round again.
    expect(await countMarks(page)).toEqual({ derived: 1, painted: 1 });
    await expect(app(page).locator('atlas-legend h2').first().innerText()).resolves.toMatch(
      /Tỷ lệ hộ nghèo/,
    );
    // The names switch derives and paints nothing again.
    await page.evaluate(() => performance.clearMarks());
    await app(page).locator('#names-toggle').click();
    await waitForMapIdle(page);
    expect(await countMarks(page)).toEqual({ derived: 0, painted: 0 });
    await page.close();
  });
});
