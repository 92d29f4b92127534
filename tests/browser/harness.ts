import type { Server } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CATALOGUE } from '../../src/core/catalogue';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, recordRequests, waitForMapIdle } from './chromium';
import { serveStatic } from './server';

export const ROOT = join(__dirname, '../..');
export const SHARED_FIXTURES = join(ROOT, '../shared/fixtures');

/** A browser and a static server of dist/ for one test file; every request is recorded. */
export class Harness {
  browser!: Browser;
  server!: Server;
  origin = '';
  requests: string[] = [];

  async start(mounts: Record<string, string> = {}): Promise<void> {
    const served = await serveStatic(join(ROOT, 'dist'), mounts);
    this.server = served.server;
    this.origin = served.origin;
    this.browser = await launchChromium();
  }

  async open(
    path: string,
    viewport = { width: 1280, height: 800 },
    waitForMap = true,
  ): Promise<Page> {
    const page = await this.browser.newPage({ viewport });
    this.requests.push(...recordRequests(page));
    page.on('request', (r) => this.requests.push(r.url()));
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    (page as Page & { errors: string[] }).errors = errors;
    await page.goto(`${this.origin}/${path}`);
    if (waitForMap) await waitForMapIdle(page);
    return page;
  }

  offOrigin(): string[] {
    return this.requests.filter(
      (url) =>
        !url.startsWith(`${this.origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:'),
    );
  }

  async stop(): Promise<void> {
    await this.browser?.close();
    this.server?.close();
  }
}

/** The app's shadow root content, found through Playwright's shadow-piercing selectors. */
export const app = (page: Page) => page.locator('ntp-atlas-app');

/** Opens the import dialog, picks `files` and loads them, as a user would. */
export async function importFiles(page: Page, files: string[]): Promise<void> {
  await page.locator('#import-open').click();
  await page.locator('atlas-import input[type=file]').setInputFiles(files);
  await page.locator('#import-load').click();
}

/** Opens the import dialog and picks a CSV or Excel table (and any other files); waits for the mapping step. */
export async function chooseTable(page: Page, files: string[]): Promise<void> {
  await page.locator('#import-open').click();
  await page.locator('atlas-import input[type=file]').setInputFiles(files);
  await page.locator('atlas-table-mapping #table-meta').waitFor({ timeout: 30_000 });
}

/** Writes an indicator file of NTM criteria met for 2025, one value per commune code given. */
export function writeCriteriaFile(file: string, rows: Record<string, number>): void {
  mkdirSync(dirname(file), { recursive: true });
  const values = Object.fromEntries(
    Object.entries(rows).map(([code, value]) => [code, { ntm_criteria_met: value }]),
  );
  writeFileSync(
    file,
    JSON.stringify({
      format: 'ntp-atlas/indicators',
      version: 1,
      vintage: '2025',
      periods: ['2025'],
      indicators: CATALOGUE.filter((d) => d.id === 'ntm_criteria_met'),
      values: { '2025': values },
    }),
  );
}
