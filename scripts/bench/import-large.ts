/**
 * The large-import benchmark: a ~180 MB national commune GeoJSON dropped into
 * the import dialog of a page already showing the demo. Measures what the user
 * feels — the longest main-thread task (the page must not freeze: no task over
 * 200 ms), the longest a 20 ms heartbeat was late, time to the report and to the
 * drawn map — and how quickly Cancel gives the page back.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { waitForMapIdle } from '../../tests/browser/chromium';
import { writeDenseCommunes } from './dense-communes';

export interface ImportMeasure {
  readonly label: string;
  readonly fileMb: number;
  readonly toReport: number;
  readonly toMapIdle: number;
  readonly longestTask: number;
  readonly tasksOver200: number;
  readonly longestFrameGap: number;
}

/** Records long tasks and frame gaps from page start; read back by {@link responsiveness}. */
const WATCH = () => {
  const w = window as unknown as {
    __tasks: { start: number; duration: number }[];
    __gaps: { at: number; gap: number }[];
  };
  w.__tasks = [];
  w.__gaps = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__tasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  // A heartbeat every 20 ms: how late it fires is how long the page could not answer.
  let last = performance.now();
  setInterval(() => {
    const now = performance.now();
    w.__gaps.push({ at: now, gap: now - last - 20 });
    last = now;
  }, 20);
};

export async function responsiveness(page: Page, since: number) {
  return page.evaluate((t0) => {
    const w = window as unknown as {
      __tasks: { start: number; duration: number }[];
      __gaps: { at: number; gap: number }[];
    };
    const tasks = w.__tasks.filter((t) => t.start >= t0);
    return {
      longestTask: Math.max(0, ...tasks.map((t) => t.duration)),
      tasksOver200: tasks.filter((t) => t.duration > 200).length,
      longestFrameGap: Math.max(0, ...w.__gaps.filter((g) => g.at >= t0).map((g) => g.gap)),
    };
  }, since);
}

export async function openDemo(browser: Browser, origin: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.addInitScript(WATCH);
  // In Vietnamese, as the steps below read the buttons' Vietnamese names (a first visit would
  // otherwise follow the browser's language).
  await page.goto(`${origin}/?v=2025&lang=vi`);
  await waitForMapIdle(page);
  return page;
}

export const now = (page: Page) => page.evaluate(() => performance.now());

export async function measureLargeImport(
  browser: Browser,
  origin: string,
  fixtures: string,
  out: string,
): Promise<{ rows: ImportMeasure[]; cancel: { toIdle: number; longestTask: number } }> {
  const file = join(out, 'import/communes-dense.geojson');
  const bytes = writeDenseCommunes(join(fixtures, 'vn-2025/communes.geojson'), file, 28);
  const fileMb = bytes / 1e6;
  const rows: ImportMeasure[] = [];

  const page = await openDemo(browser, origin);
  const t0 = await now(page);
  await page.locator('#import-open').click();
  await page.locator('atlas-import input[type=file]').setInputFiles(file);
  await page.locator('#import-load').click();
  await page.locator('atlas-import #report').waitFor({ timeout: 600_000 });
  const toReport = (await now(page)) - t0;
  await page.getByRole('button', { name: /Xem bản đồ/ }).click();
  await waitForMapIdle(page, 600_000);
  const toMapIdle = (await now(page)) - t0;
  // Read before the screenshot: capturing the page is a long task of the test, not of the atlas.
  const measured = await responsiveness(page, t0);
  await page.screenshot({ path: join(out, 'import/after-import.png') });
  rows.push({ label: 'import dialog, GeoJSON file', fileMb, toReport, toMapIdle, ...measured });
  await page.close();

  // Cancel one second into the parse: the dialog and the map must come back at once.
  const second = await openDemo(browser, origin);
  await second.locator('#import-open').click();
  await second.locator('atlas-import input[type=file]').setInputFiles(file);
  await second.locator('#import-load').click();
  await second.locator('#import-cancel').waitFor();
  await second.waitForTimeout(1000);
  const c0 = await now(second);
  await second.locator('#import-cancel').click();
  await second.locator('#import-cancel').waitFor({ state: 'detached' });
  await second.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
  const cancel = {
    toIdle: (await now(second)) - c0,
    longestTask: (await responsiveness(second, c0)).longestTask,
  };
  await second.close();
  return { rows, cancel };
}
