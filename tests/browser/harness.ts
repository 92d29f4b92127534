import type { Server } from 'node:http';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CATALOGUE } from '../../src/core/catalogue';
import type { Browser, Download, Locator, Page } from 'playwright-core';
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
  /** Requests the server answered with an error: a file the page looked for in the wrong place. */
  failed: string[] = [];
  /** Uncaught errors of every page opened: the test file fails on any (see `stop`). */
  pageErrors: string[] = [];

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
    page.on('response', (r) => {
      if (r.status() >= 400) this.failed.push(`${r.status()} ${r.url()}`);
    });
    const errors: string[] = [];
    page.on('pageerror', (e) => {
      errors.push(e.message);
      this.pageErrors.push(`${page.url()}: ${e.message}`);
    });
    // A Content-Security-Policy violation is a failure too: the page tried what it must not.
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) {
        errors.push(message.text());
        this.pageErrors.push(`${page.url()}: ${message.text()}`);
      }
    });
    (page as Page & { errors: string[] }).errors = errors;
    await page.goto(`${this.origin}/${withLanguage(path)}`);
    if (waitForMap) await waitForMapIdle(page);
    return page;
  }

  offOrigin(): string[] {
    return this.requests.filter(
      (url) =>
        !url.startsWith(`${this.origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:'),
    );
  }

  /** Closes the browser and the server; fails if any page had an uncaught error. */
  async stop(): Promise<void> {
    await this.browser?.close();
    this.server?.close();
    if (this.pageErrors.length > 0)
      throw new Error(`uncaught errors in the pages:\n${this.pageErrors.join('\n')}`);
  }
}

/** The app's shadow root content, found through Playwright's shadow-piercing selectors. */
export const app = (page: Page) => page.locator('ntp-atlas-app');

/**
 * The app's address with both languages unless it names one: the tests read
 * Vietnamese and English together, as the atlas showed them before a first
 * visit followed the browser's language (first-visit.test.ts checks that).
 */
function withLanguage(path: string): string {
  if (!(path === '' || path.startsWith('?')) || /[?&]lang=/.test(path)) return path;
  return path === '' ? '?lang=both' : `${path}&lang=both`;
}

/** Clicks `button`, saves the file it downloads at `path` and returns its bytes. */
export async function saveDownload(page: Page, button: Locator, path: string): Promise<Buffer> {
  const [download] = (await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    button.click(),
  ])) as [Download, unknown];
  await download.saveAs(path);
  return readFileSync(path);
}

/** Opens the import dialog, picks `files` and loads them, as a user would. */
export async function importFiles(page: Page, files: string[]): Promise<void> {
  await page.locator('#import-open').click();
  await page.locator('atlas-import input[type=file]').setInputFiles(files);
  await page.locator('#import-load').click();
}

/** Imports a crosswalk file through the dialog, waits for its report, and closes the dialog. */
export async function importCrosswalk(page: Page, file: string): Promise<void> {
  await importFiles(page, [file]);
  await page.locator('#crosswalk-report').waitFor({ timeout: 30_000 });
  await page.locator('atlas-import dialog button', { hasText: 'Đóng' }).last().click();
}

/** Opens the import dialog and picks a CSV or Excel table (and any other files); waits for the mapping step. */
export async function chooseTable(page: Page, files: string[]): Promise<void> {
  await page.locator('#import-open').click();
  await page.locator('atlas-import input[type=file]').setInputFiles(files);
  await page.locator('atlas-table-mapping #table-meta').waitFor({ timeout: 30_000 });
}

/** Writes a 2025-vintage indicator file with the catalogue's definitions of `ids`. */
function writeIndicatorFile(
  file: string,
  ids: readonly string[],
  values: Record<string, Record<string, Record<string, number>>>,
  title?: { vi: string; en: string },
): void {
  mkdirSync(dirname(file), { recursive: true });
  const content = {
    format: 'ntp-atlas/indicators',
    version: 1,
    vintage: '2025',
    title,
    periods: Object.keys(values),
    indicators: CATALOGUE.filter((d) => ids.includes(d.id)),
    values,
  };
  writeFileSync(file, JSON.stringify(content));
}

/** Writes an indicator file of NTM criteria met for 2025, one value per commune code given. */
export function writeCriteriaFile(file: string, rows: Record<string, number>): void {
  const values = Object.fromEntries(
    Object.entries(rows).map(([code, value]) => [code, { ntm_criteria_met: value }]),
  );
  writeIndicatorFile(file, ['ntm_criteria_met'], { '2025': values });
}

/** The indicators `writeFamiliesFile` fills: one or more of every programme family. */
export const FAMILY_INDICATORS = [
  'ntm_status',
  'ntm_criteria_met',
  'ntm_c05',
  'households_total',
  'poor_households',
  'near_poor_households',
  'poor_rate',
  'multidim_poor_rate',
  'ocop_3star',
  'ocop_4star',
  'ocop_5star',
  'ocop_total',
  'em_region',
  'dbkk_coastal',
  'funds_allocated_total',
  'funds_disbursed_total',
  'funds_disbursement_rate',
];

/**
 * Writes a 2024–2025 indicator file with every programme family for the
 * communes given, from a deterministic hash of each code (every 11th commune
 * left without data): enough variety for every class and rule to show.
 */
export function writeFamiliesFile(file: string, communes: readonly string[]): void {
  const periods = ['2024', '2025'];
  const values: Record<string, Record<string, Record<string, number>>> = {};
  periods.forEach((period, year) => {
    const rows: Record<string, Record<string, number>> = {};
    communes.forEach((code, i) => {
      if (i % 11 === 10) return;
      const h = (Number(code) * 2654435761) % 1000;
      const criteria = Math.min(19, 5 + (h % 15) + year);
      const status = criteria < 19 ? 0 : 1 + (h % 3);
      const households = 800 + (h % 50) * 40;
      const poor = Math.round((households * ((h % 37) + 1 - year)) / 200);
      const allocated = 1000 + (h % 97) * 50;
      rows[code] = {
        ntm_status: status,
        ntm_criteria_met: criteria,
        ntm_c05: h % 4 === 0 ? 0 : 1,
        households_total: households,
        poor_households: Math.max(0, poor),
        near_poor_households: Math.round(households * 0.03),
        ocop_3star: h % 4,
        ocop_4star: h % 3 === 0 ? 1 : 0,
        ocop_5star: h % 97 === 0 ? 1 : 0,
        ocop_total: (h % 4) + (h % 3 === 0 ? 1 : 0) + (h % 97 === 0 ? 1 : 0),
        em_region: h % 5 === 0 ? 3 : h % 5 === 1 ? 2 : h % 5 === 2 ? 1 : 0,
        dbkk_coastal: h % 61 === 0 ? 1 : 0,
        funds_allocated_total: allocated,
        funds_disbursed_total: Math.round(allocated * (0.5 + ((h % 50) + year * 10) / 120)),
      };
    });
    values[period] = rows;
  });
  writeIndicatorFile(file, FAMILY_INDICATORS, values, {
    vi: 'Kiểm thử: mọi nhóm chỉ tiêu',
    en: 'Test: every indicator family',
  });
}

/**
 * The legend as read on screen: its title and rows. (A component's own
 * innerText is empty: its content lives in its shadow root.)
 */
export async function legendText(page: Page): Promise<string> {
  return (
    await page.locator('atlas-legend h2, atlas-legend p, atlas-legend li').allInnerTexts()
  ).join('\n');
}
