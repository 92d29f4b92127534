import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForMapIdle } from './chromium';
import { app, Harness } from './harness';

const harness = new Harness();
beforeAll(() => harness.start());
afterAll(() => harness.stop());

/** The app opened with no `lang` in its address, by a browser set to `locale`. */
async function firstVisit(locale: string) {
  const page = await harness.browser.newPage({ locale, viewport: { width: 1280, height: 800 } });
  page.on('pageerror', (e) => harness.pageErrors.push(e.message));
  await page.goto(`${harness.origin}/`);
  await waitForMapIdle(page);
  return page;
}

describe('the language of a first visit', () => {
  it('speaks Vietnamese alone to a Vietnamese browser, and says so in the address', async () => {
    const page = await firstVisit('vi-VN');
    await expect(app(page).locator('atlas-legend h2').innerText()).resolves.toBe(
      'Số tiêu chí NTM đạt',
    );
    await expect.poll(() => new URL(page.url()).searchParams.get('lang')).toBe('vi');
    // Both languages are one choice away, and the address keeps that choice.
    await app(page).locator('#language').selectOption('both');
    await expect(app(page).locator('atlas-legend h2').innerText()).resolves.toMatch(
      /^Số tiêu chí NTM đạt\s*·?\s*NTM criteria met$/,
    );
    await expect.poll(() => new URL(page.url()).searchParams.get('lang')).toBe('both');
    await page.close();
  });

  it('speaks English alone to any other browser', async () => {
    const page = await firstVisit('fr-FR');
    await expect(app(page).locator('atlas-legend h2').innerText()).resolves.toBe(
      'NTM criteria met',
    );
    await expect.poll(() => new URL(page.url()).searchParams.get('lang')).toBe('en');
    await page.close();
  });
});
