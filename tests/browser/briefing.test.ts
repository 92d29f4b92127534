import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForMapIdle } from './chromium';
import { app, Harness, ROOT, saveDownload } from './harness';
import { pickLayer, readLegend } from './layer-expectations';
import { colourCounts } from './pixels';
import puppeteer from 'puppeteer-core';

const harness = new Harness();
beforeAll(() => harness.start());
afterAll(() => harness.stop());

const FILE = join(ROOT, 'test-results/briefing/ngheo-2025.html');

/** Each legend row's swatch colour, as the map fills its units. */
const swatchColours = (page: Page) =>
  app(page)
    .locator('atlas-legend li .swatch')
    .evaluateAll((swatches) =>
      swatches.map((s) => getComputedStyle(s).backgroundColor).filter((c) => c.startsWith('rgb(')),
    );
const hex = (rgb: string) =>
  `#${(rgb.match(/\d+/g) ?? [])
    .slice(0, 3)
    .map((n) => Number(n).toString(16).padStart(2, '0'))
    .join('')}`;

describe('the offline briefing file', () => {
  let legend: { label: string; count: number }[];
  let colours: string[];

  it('is written as one HTML file holding the view, its data and its story', async () => {
    const page = await harness.open('?l=district&i=poor_rate&p=2025&lang=vi');
    legend = await readLegend(page);
    colours = (await swatchColours(page)).map(hex);
    // A story of two steps: the poverty rate, then the criteria met.
    await app(page).locator('#story-details summary').click();
    await app(page).locator('#story-caption').fill('Tỷ lệ hộ nghèo 2025');
    await app(page).locator('#story-add').click();
    await pickLayer(page, 'ntm_criteria_met');
    await waitForMapIdle(page);
    await app(page).locator('#story-caption').fill('Tiêu chí nông thôn mới');
    await app(page).locator('#story-add').click();
    // Back to the first step's view, which the file opens on.
    await pickLayer(page, 'poor_rate');
    await waitForMapIdle(page);
    await app(page).locator('#share-open').click();
    const bytes = await saveDownload(page, app(page).locator('#briefing-download'), FILE);
    expect(bytes.subarray(0, 15).toString()).toBe('<!doctype html>');
    // Said once the file is handed over (the status is drawn just after the download starts).
    await expect
      .poll(() => app(page).locator('atlas-share [role=status]').last().innerText())
      .toMatch(/Đã tạo tệp \([\d,]+ MB\)/);
    // One file: no address of any other file in it, and the data is in it.
    const html = bytes.toString('utf8');
    // The page's own tags (the inlined code set aside) load nothing from elsewhere.
    const tags = html.replace(/(<script\b[^>]*>)[\s\S]*?<\/script>/g, '$1</script>');
    expect(tags).not.toMatch(/\b(src|href)=/);
    expect(tags.match(/<script\b[^>]*>/g)).toEqual([
      '<script type="application/json" id="ntp-briefing">',
      '<script type="module" crossorigin>',
    ]);
    expect(html).toContain('Thị trấn Định Gia');
    console.log(
      `briefing file of the demo: ${(statSync(FILE).size / 1024 / 1024).toFixed(1)} MB (as the dialog counts)`,
    );
    await page.close();
  });

  it('opens from disk with every network request blocked: the map, the legend and the story', async () => {
    const context = await harness.browser.newContext({
      viewport: { width: 1280, height: 800 },
      offline: true,
    });
    const requests: string[] = [];
    const errors: string[] = [];
    await context.route('**/*', (route) =>
      route.request().url().startsWith('file:') ? route.continue() : route.abort(),
    );
    const page = await context.newPage();
    page.on('request', (request) => requests.push(request.url()));
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(`file://${FILE}`);
    await waitForMapIdle(page);
    await page.screenshot({ path: join(ROOT, 'test-results/briefing/opened.png') });
    // The same legend as the atlas it was made in: labels, counts and colours on the map.
    expect(await readLegend(page)).toEqual(legend);
    const map = await app(page).locator('#map').screenshot();
    colourCounts(map, colours).forEach((count, i) => expect(count, colours[i]).toBeGreaterThan(50));
    expect(await page.locator('atlas-header .synthetic').count()).toBe(1);
    // Nothing to share by address, nothing kept in the browser: neither is offered.
    expect(await app(page).locator('#share-open, #saved-open').count()).toBe(0);
    // Its PDF is made offline too, with the fonts the file carries.
    await app(page).locator('#export-open').click();
    const pdf = join(ROOT, 'test-results/briefing/from-briefing.pdf');
    await saveDownload(page, app(page).locator('#pdf'), pdf);
    expect(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' })).toContain('Tỷ lệ hộ nghèo');
    await app(page).locator('#export-close').click();
    // The story (its section open, as a story is there), presented.
    const captions = await app(page)
      .locator('#story-steps li input')
      .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
    expect(captions).toEqual(['Tỷ lệ hộ nghèo 2025', 'Tiêu chí nông thôn mới']);
    await app(page).locator('#story-present').click();
    await expect(app(page).locator('#present-caption').innerText()).resolves.toBe(
      'Tỷ lệ hộ nghèo 2025',
    );
    await page.keyboard.press('ArrowRight');
    await waitForMapIdle(page);
    await expect(app(page).locator('#present-caption').innerText()).resolves.toBe(
      'Tiêu chí nông thôn mới',
    );
    expect((await readLegend(page)).map((row) => row.label)).toContain('≥ 19');
    await page.screenshot({ path: join(ROOT, 'test-results/briefing/presenting.png') });
    expect(requests.filter((url) => !/^(file|data|blob):/.test(url))).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  // Debian's Firefox, in a virtual display: headless Firefox draws no WebGL here.
  const firefox = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
  const firefoxReady = existsSync(firefox) && existsSync('/usr/bin/Xvfb');
  it.skipIf(!firefoxReady)(
    'opens from disk in Firefox too, on the same legend and colours',
    async () => {
      // Xvfb picks a free display and says which (-displayfd): no clash with another one running.
      const xvfb: ChildProcess = spawn(
        'Xvfb',
        ['-displayfd', '3', '-screen', '0', '1400x1000x24'],
        {
          stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
        },
      );
      try {
        const display = await new Promise<string>((resolve, reject) => {
          xvfb.stdio[3]?.once('data', (data: Buffer) => resolve(`:${data.toString().trim()}`));
          xvfb.once('exit', (status) => reject(new Error(`Xvfb stopped (${status})`)));
        });
        const browser = await puppeteer.launch({
          browser: 'firefox',
          executablePath: firefox,
          headless: false,
          env: { ...process.env, DISPLAY: display },
        });
        try {
          const page = await browser.newPage();
          await page.setViewport({ width: 1280, height: 800 });
          const requests: string[] = [];
          const errors: string[] = [];
          page.on('request', (request) => requests.push(request.url()));
          page.on('pageerror', (error) => errors.push(String(error)));
          await page.goto(`file://${FILE}`);
          await page.waitForFunction(
            () =>
              (document.querySelector('ntp-atlas-app') as (Element & { mapIdle?: boolean }) | null)
                ?.mapIdle === true,
            { timeout: 60_000, polling: 200 },
          );
          const rows = await page.evaluate(() =>
            [
              ...(document
                .querySelector('ntp-atlas-app')
                ?.shadowRoot?.querySelector('atlas-legend')
                ?.shadowRoot?.querySelectorAll('li') ?? []),
            ].map((li) => ({
              label: (
                li.querySelector('.label [lang="vi"]') ?? li.querySelector('.label')
              )?.textContent?.trim(),
              count: Number(li.querySelector('.count')?.textContent?.trim().replace(/\./g, '')),
            })),
          );
          expect(rows).toEqual(legend);
          const png = Buffer.from(
            await page.screenshot({ path: join(ROOT, 'test-results/briefing/firefox.png') }),
          );
          colourCounts(png, colours).forEach((count, i) =>
            expect(count, colours[i]).toBeGreaterThan(50),
          );
          expect(requests.filter((url) => !/^(file|data|blob):/.test(url))).toEqual([]);
          expect(errors).toEqual([]);
        } finally {
          await browser.close();
        }
      } finally {
        xvfb.kill();
      }
    },
  );
});
