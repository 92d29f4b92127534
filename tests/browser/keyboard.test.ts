import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForMapIdle } from './chromium';
import { app, Harness } from './harness';

/** Keyboard and screen reader (issue 20, points 12 and 13). */
const harness = new Harness();
beforeAll(() => harness.start());
afterAll(() => harness.stop());

/** The element that has the focus, through every shadow root. */
const focused = (page: Page) =>
  page.evaluate(() => {
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active ? `${active.tagName.toLowerCase()}${active.id ? `#${active.id}` : ''}` : '';
  });

describe('the map by keyboard alone', () => {
  it('tabs to the map, walks three units with the arrows and picks the third with Enter', async () => {
    const page = await harness.open('?l=district');
    // Tab until the map's canvas has the focus.
    for (let i = 0; i < 80 && (await focused(page)) !== 'canvas'; i += 1) {
      await page.keyboard.press('Tab');
    }
    expect(await focused(page)).toBe('canvas');
    await expect(app(page).locator('#map canvas').getAttribute('aria-label')).resolves.toBe(
      'Bản đồ / Map',
    );
    const tooltip = app(page).locator('#map .tooltip strong');
    const walked: string[] = [];
    for (const key of ['ArrowRight', 'ArrowRight', 'ArrowDown']) {
      await page.keyboard.press(key);
      await tooltip.waitFor();
      walked.push(await tooltip.innerText());
    }
    // Three units, each a district of the demo, none visited twice in a row.
    expect(walked).toHaveLength(3);
    for (const name of walked) expect(name).toMatch(/^(Huyện|Thị xã|Thành phố|Quận) /);
    expect(walked[1]).not.toBe(walked[0]);
    expect(walked[2]).not.toBe(walked[1]);
    await page.keyboard.press('Enter');
    await expect(app(page).locator('atlas-detail h2').innerText()).resolves.toBe(walked[2]);
    // The live region says the unit picked, with its value.
    await expect(app(page).locator('#announcer').innerText()).resolves.toContain(walked[2]);
    await page.keyboard.press('Escape');
    await expect(tooltip.count()).resolves.toBe(0);
    await page.close();
  });

  it('names the map in the language of the page', async () => {
    const page = await harness.open('?lang=en');
    await expect(app(page).locator('#map canvas').getAttribute('aria-label')).resolves.toBe('Map');
    await app(page).locator('#language').selectOption('vi');
    await expect
      .poll(() => app(page).locator('#map canvas').getAttribute('aria-label'))
      .toBe('Bản đồ');
    await page.close();
  });

  it('moves the focus to the unit found by search', async () => {
    const page = await harness.open('');
    const search = app(page).locator('atlas-search input');
    await search.fill('Chiềng Kỳ');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await waitForMapIdle(page);
    await expect.poll(() => focused(page)).toBe('h2');
    await expect(app(page).locator('atlas-detail h2').innerText()).resolves.toBe('Xã Chiềng Kỳ');
    await page.close();
  });
});

describe('what a screen reader is told (issue 20, point 13)', () => {
  it('announces the layer and its classes, the legend filter and a new layer', async () => {
    const page = await harness.open('');
    const announcer = app(page).locator('#announcer');
    await expect(announcer.innerText()).resolves.toMatch(
      /^Số tiêu chí NTM đạt, 2025: 4 lớp \/ NTM criteria met, 2025: 4 classes$/,
    );
    await app(page).locator('atlas-legend li button').nth(1).click();
    await expect.poll(() => announcer.innerText()).toMatch(/chỉ hiện 10–14/);
    await app(page).locator('atlas-layer-panel label[data-layer="poor_rate"] input').check();
    await expect.poll(() => announcer.innerText()).toMatch(/^Tỷ lệ hộ nghèo, 2025: \d lớp/);
    await page.close();
  });

  it('keeps the focus on the presentation and gives it back to ▶ on leaving', async () => {
    const page = await harness.open('?l=district');
    await app(page).locator('#story-details summary').click();
    await app(page).locator('#story-caption').fill('Một');
    await app(page).locator('#story-add').click();
    await app(page).locator('#story-caption').fill('Hai');
    await app(page).locator('#story-add').click();
    await app(page).locator('#story-present').click();
    await expect.poll(() => focused(page)).toBe('button#step-next');
    await page.keyboard.press('Escape');
    await expect.poll(() => focused(page)).toBe('button#story-present');
    await page.close();
  });
});
