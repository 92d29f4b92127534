import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitUntilDrawn } from './chromium';
import { Harness, ROOT, saveDownload } from './harness';
import { expectedView, loadDemo } from './layer-expectations';
import { colourShares } from './pixels';

const harness = new Harness();
beforeAll(() => harness.start({ '/host': join(ROOT, 'tests/browser/embed-page') }));
afterAll(() => harness.stop());

const { old } = loadDemo();

/** Waits until the atlas inside every `<ntp-atlas>` of the page has drawn. */
async function waitForEmbeds(page: Page): Promise<void> {
  await waitUntilDrawn(page, () => {
    const atlases = [...document.querySelectorAll('ntp-atlas')];
    return (
      atlases.length > 0 &&
      atlases.every((a) => (a as Element & { app?: { mapIdle?: boolean } }).app?.mapIdle === true)
    );
  });
}

const colours = (layer: string, level: 'district' | 'commune', period: string | null) => {
  const view = expectedView(old, '2021', level, layer, { period });
  return (view.classification?.classes ?? [])
    .filter((c) => (view.classCounts.find((k) => k.index === c.index)?.count ?? 0) > 0)
    .map((c) => c.color);
};

describe('the embeddable <ntp-atlas> element', () => {
  let page: Page;
  beforeAll(async () => {
    page = await harness.open('host/index.html', { width: 1100, height: 900 }, false);
    await waitForEmbeds(page);
  });
  afterAll(() => page.close());

  it('shows two maps with their own indicators, languages and colours on a plain page', async () => {
    const criteria = page.locator('#criteria');
    const poverty = page.locator('#poverty');
    await expect
      .poll(() => criteria.locator('atlas-legend h2').textContent())
      .toContain('Số tiêu chí NTM đạt');
    expect(await criteria.locator('atlas-legend h2').textContent()).not.toContain('criteria met');
    expect(await poverty.locator('h1').textContent()).toContain('Poor households, 2023');
    expect(await poverty.locator('atlas-legend p.meta').first().textContent()).toContain(
      'Year 2023',
    );
    await page.screenshot({ path: 'test-results/embed/host-page.png', fullPage: true });
    const shotA = await criteria.locator('#map').screenshot();
    const shotB = await poverty.locator('#map').screenshot();
    const a = colours('ntm_criteria_met', 'district', null);
    const b = colours('poor_rate', 'commune', '2023');
    expect(a.length).toBeGreaterThan(1);
    expect(b.length).toBeGreaterThan(1);
    colourShares(shotA, a).forEach((share, i) =>
      expect(share, `criteria ${a[i]}`).toBeGreaterThan(0.003),
    );
    colourShares(shotB, b).forEach((share, i) =>
      expect(share, `poverty ${b[i]}`).toBeGreaterThan(0.001),
    );
    expect(harness.offOrigin()).toEqual([]);
    // Every file the element needs is found beside it, wherever the host page is.
    expect(harness.failed).toEqual([]);
    // The host page's address is left alone.
    expect(new URL(page.url()).search).toBe('');
  });

  it('offers the figures it shows as CSV and Excel, unless the page turns that off', async () => {
    const offer = page.locator('#criteria').locator('#get-data');
    await expect(offer.locator('button').allInnerTexts()).resolves.toEqual(['CSV', 'Excel']);
    const csv = (
      await saveDownload(page, offer.locator('#get-data-csv'), join(ROOT, 'test-results/embed.csv'))
    ).toString('utf8');
    // The 25 districts of the map, under a header naming the indicator and its year.
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(26);
    expect(lines[0]).toMatch(/Số tiêu chí NTM đạt/);
    await expect(page.locator('#poverty').locator('#get-data').count()).resolves.toBe(0);
  });

  it('keeps its styles in and the page styles out', async () => {
    const host = await page.locator('#host-title').evaluate((h) => {
      const style = getComputedStyle(h);
      return { font: style.fontFamily, color: style.color, transform: style.textTransform };
    });
    expect(host).toEqual({ font: 'serif', color: 'rgb(200, 0, 0)', transform: 'uppercase' });
    const inside = await page.locator('#criteria atlas-legend h2').evaluate((h) => {
      const style = getComputedStyle(h);
      return { font: style.fontFamily, color: style.color, transform: style.textTransform };
    });
    expect(inside.font).toContain('Noto Sans');
    expect(inside.color).not.toBe('rgb(200, 0, 0)');
    expect(inside.transform).toBe('none');
  });

  it('lets the interactive map be moved and keeps the static one still', async () => {
    const camera = (id: string) =>
      page.locator(id).evaluate((el) => {
        const app = (el as Element & { app?: { state?: { view: { camera: unknown } } } }).app;
        return JSON.stringify(app?.state?.view.camera ?? null);
      });
    const drag = async (id: string) => {
      const box = (await page.locator(`${id} #map`).boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width / 2 + 80, box.y + box.height / 2 + 40, { steps: 8 });
      await page.mouse.up();
    };
    const before = { a: await camera('#criteria'), b: await camera('#poverty') };
    await drag('#criteria');
    await drag('#poverty');
    await expect.poll(() => camera('#criteria')).not.toBe(before.a);
    expect(await camera('#poverty')).toBe(before.b);
  });
});
