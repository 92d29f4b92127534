import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForMapIdle } from './chromium';
import { app, chooseTable, Harness, importCrosswalk, legendText, ROOT } from './harness';

const harness = new Harness();
beforeAll(() => harness.start());
afterAll(() => harness.stop());

const GOOD = join(ROOT, 'tests/fixtures/good');

/** The header's name of the data shown, in Vietnamese. */
const datasetName = (page: Page) => page.locator('atlas-header .dataset').innerText();
/** Whether the header says "Dữ liệu minh họa", read once it names the data shown. */
const synthetic = async (page: Page) => {
  await page.locator('atlas-header .dataset').waitFor();
  return page.locator('atlas-header .synthetic').count();
};
/** The legend's rows, label and count, as a reader reads them. */
const legendRows = (page: Page) => page.locator('atlas-legend li').allInnerTexts();

/** Imports the Excel report of 2024 onto the demo's 300 communes of 2021, and shows it. */
async function importWorkbook(page: Page): Promise<void> {
  await chooseTable(page, [join(GOOD, 'ntm-2024-merged-header.xlsx')]);
  await page.locator('#import-load').click();
  await page.locator('atlas-import #report').waitFor({ timeout: 30_000 });
  await page.getByRole('button', { name: /Xem bản đồ/ }).click();
  await waitForMapIdle(page);
}

/** Waits until the browser has kept the import and the session (written shortly after a change). */
async function kept(page: Page): Promise<void> {
  await page.waitForFunction(
    async () => {
      const app = document.querySelector('ntp-atlas-app') as unknown as {
        workspace: { list(): Promise<unknown[]>; flush(): Promise<void> } | null;
      };
      if (!app.workspace) return false;
      await app.workspace.flush();
      return (await app.workspace.list()).length > 0;
    },
    undefined,
    { timeout: 10_000 },
  );
}

describe('the local workspace', () => {
  it('brings an imported table back on reload, and lists it under "Dữ liệu đã lưu"', async () => {
    const page = await harness.open('?v=2021&lang=vi');
    expect(await synthetic(page)).toBe(1);
    await importWorkbook(page);
    const name = await datasetName(page);
    expect(name).toContain('ntm-2024-merged-header.xlsx');
    const before = await legendRows(page);
    expect(before.length).toBeGreaterThan(2);
    await kept(page);

    await page.reload();
    await waitForMapIdle(page);
    // The imported figures are back, not the demo's.
    expect(await synthetic(page)).toBe(0);
    expect(await datasetName(page)).toBe(name);
    expect(await legendRows(page)).toEqual(before);
    expect(await legendText(page)).toContain('2024');
    await page.screenshot({ path: join(ROOT, 'test-results/workspace-reloaded.png') });

    await page.locator('#saved-open').click();
    const item = page.locator('atlas-saved-data #saved-list li');
    // The list is read from the browser's storage when the dialog opens: wait for it.
    await item.first().waitFor();
    await expect(item.count()).resolves.toBe(1);
    const text = await item.innerText();
    expect(text).toContain('ntm-2024-merged-header.xlsx');
    expect(text).toContain('Địa giới trước 1/7/2025');
    expect(text).toContain('Năm 2024');
    expect(text).toMatch(/\d+(,\d)? (kB|MB)/);
    expect(text).toMatch(/lưu ngày \d\d\/\d\d\/\d{4}/);
    await page.screenshot({ path: join(ROOT, 'test-results/workspace-saved-list.png') });

    // Forgotten: the view stays until the page is reloaded, then the demo is back.
    await item.locator('button.forget').click();
    await page.locator('atlas-saved-data #saved-empty').waitFor();
    expect(await datasetName(page)).toBe(name);
    await page.locator('#saved-close').click();
    await page.reload();
    await waitForMapIdle(page);
    expect(await synthetic(page)).toBe(1);
    await page.close();
  });

  it('brings back imported boundaries with a table, the view and the story, and opens a saved entry again', async () => {
    const page = await harness.open('?lang=vi');
    await chooseTable(page, [
      join(GOOD, 'demo-2025.topojson'),
      join(GOOD, 'ho-ngheo-2025-bom.csv'),
    ]);
    await page.locator('#import-load').click();
    await page.locator('atlas-import #report').waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: /Xem bản đồ/ }).click();
    await waitForMapIdle(page);
    const units = () =>
      app(page).evaluate(
        (el) =>
          (
            el as unknown as {
              state: { data: Record<string, { boundaries: { units: unknown[] } }> };
            }
          ).state.data['2025']?.boundaries.units.length,
      );
    expect(await units()).toBe(102);
    // A story of one step, kept with the session.
    await app(page).locator('#story-details summary').click();
    await app(page).locator('#story-caption').fill('Địa giới của tôi');
    await app(page).locator('#story-add').click();
    await kept(page);

    // Opened again with an address that names no view: the last session's view and story.
    await page.goto(`${harness.origin}/?lang=vi`);
    await waitForMapIdle(page);
    expect(await units()).toBe(102);
    const captions = await app(page)
      .locator('#story-steps li input')
      .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
    expect(captions).toEqual(['Địa giới của tôi']);
    expect(await synthetic(page)).toBe(0);
    // Opened from the list, as a planner switches between kept datasets.
    await page.locator('#saved-open').click();
    await page.locator('atlas-saved-data li button.open').click();
    await page.locator('atlas-saved-data dialog').waitFor({ state: 'hidden' });
    await waitForMapIdle(page);
    expect(await units()).toBe(102);
    await page.close();
  });

  it('keeps an imported crosswalk and uses it again after a reload', async () => {
    const page = await harness.open('?v=2025&l=commune&lang=vi');
    await importCrosswalk(page, join(ROOT, 'data/demo/crosswalk-2021-2025.json'));
    await kept(page);
    await page.reload();
    await waitForMapIdle(page);
    const crosswalkName = () =>
      app(page).evaluate(
        (el) => (el as unknown as { state: { crosswalkName: string } }).state.crosswalkName,
      );
    expect(await crosswalkName()).toBe('crosswalk-2021-2025.json');
    await page.locator('#saved-open').click();
    const item = page.locator('atlas-saved-data #saved-list li');
    await expect(item.innerText()).resolves.toMatch(
      /crosswalk-2021-2025\.json\s+Bảng chuyển đổi đơn vị cũ → mới · Địa giới 2021 → 2025/,
    );
    await page.close();
  });

  it('says when the browser has no room, and keeps the imported map on screen', async () => {
    const page = await harness.open('?v=2021&lang=vi');
    // The browser refuses to store anything more, as a full disk or quota does.
    await page.evaluate(() => {
      IDBObjectStore.prototype.put = function () {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await importWorkbook(page);
    const alert = page.locator('ntp-atlas-app .error[role=alert]');
    await alert.waitFor({ timeout: 10_000 });
    expect(await alert.innerText()).toMatch(
      /Chưa lưu được dữ liệu vào trình duyệt: trình duyệt đã hết chỗ dành cho trang này\. Bản đồ đang xem vẫn giữ nguyên\./,
    );
    // The import is on screen all the same.
    expect(await synthetic(page)).toBe(0);
    expect(await datasetName(page)).toContain('ntm-2024-merged-header.xlsx');
    expect((await legendRows(page)).length).toBeGreaterThan(2);
    await page.screenshot({ path: join(ROOT, 'test-results/workspace-quota.png') });
    await page.close();
  });

  it('says when the browser keeps nothing (a private window), and the page works all the same', async () => {
    const page = await harness.browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    // The browser refuses this site any storage, as some private windows and settings do.
    await page.addInitScript(() => {
      IDBFactory.prototype.open = function () {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      };
    });
    await page.goto(`${harness.origin}/?v=2021&lang=vi`);
    await waitForMapIdle(page);
    // Nothing was kept to open: the demo, without a word about storage.
    expect(await synthetic(page)).toBe(1);
    expect(await page.locator('ntp-atlas-app .error[role=alert]').count()).toBe(0);
    await importWorkbook(page);
    const alert = page.locator('ntp-atlas-app .error[role=alert]');
    await alert.waitFor({ timeout: 10_000 });
    expect(await alert.innerText()).toMatch(
      /Chưa lưu được dữ liệu vào trình duyệt: trình duyệt không cho trang này lưu trữ \(cửa sổ ẩn danh, hoặc đã chặn lưu dữ liệu trang web\)\. Bản đồ đang xem vẫn giữ nguyên\. Dữ liệu sẽ mất khi tải lại trang\./,
    );
    expect(await datasetName(page)).toContain('ntm-2024-merged-header.xlsx');
    // "Dữ liệu đã lưu" says the same instead of an empty list.
    await page.locator('#saved-open').click();
    await expect(page.locator('atlas-saved-data [role=alert]').innerText()).resolves.toMatch(
      /Không đọc được dữ liệu đã lưu: trình duyệt không cho trang này lưu trữ/,
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it('made no request off the origin', () => {
    expect(harness.offOrigin()).toEqual([]);
  });
});
