import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitUntilDrawn } from './chromium';
import { app, Harness } from './harness';

/** Pages written by the test from the snippets, served like any host page. */
const hostDir = mkdtempSync(join(tmpdir(), 'atlas-share-'));
mkdirSync(hostDir, { recursive: true });

const harness = new Harness();
beforeAll(() => harness.start({ '/host': hostDir }));
afterAll(() => harness.stop());

const hostPage = (body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body>${body}</body></html>`;

describe('the share and embed dialog', () => {
  let page: Page;
  const snippet = (kind: string) => app(page).locator(`#snippet-${kind}`).inputValue();

  beforeAll(async () => {
    page = await harness.open('?l=district&i=poor_rate&p=2023&lang=en');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await app(page).locator('#share-open').click();
  });
  afterAll(() => page.close());

  it('copies a link that opens the same view', async () => {
    const link = await snippet('link');
    expect(link).toContain('l=district');
    expect(link).toContain('i=poor_rate');
    expect(link).toContain('p=2023');
    expect(link).toContain('lang=en');
    await app(page).locator('#copy-link').click();
    await expect.poll(() => app(page).locator('.copied').first().textContent()).toContain('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
    const other = await harness.open(link.slice(harness.origin.length + 1));
    expect(await app(other).locator('atlas-legend h2').textContent()).toContain(
      'Poor-household rate',
    );
    expect(await app(other).locator('atlas-legend p.meta').first().textContent()).toContain('2023');
    await other.close();
  });

  it('gives an iframe that shows the map and legend of the view, without the controls', async () => {
    const iframe = await snippet('iframe');
    expect(iframe).toMatch(/^<iframe src="[^"]+embed=1" title="Poor-household rate"/);
    writeFileSync(join(hostDir, 'iframe.html'), hostPage(iframe));
    const host = await harness.open('host/iframe.html', undefined, false);
    const frame = host.frameLocator('iframe');
    await waitUntilDrawn(
      host,
      () =>
        (
          document.querySelector('iframe')?.contentDocument?.querySelector('ntp-atlas-app') as
            (Element & { mapIdle?: boolean }) | null
        )?.mapIdle === true,
    );
    await expect
      .poll(() => frame.locator('atlas-legend h2').textContent())
      .toContain('Poor-household rate');
    expect(await frame.locator('.controls').isVisible()).toBe(false);
    expect(await frame.locator('#import-open').isVisible()).toBe(false);
    await host.screenshot({ path: 'test-results/share/iframe.png' });
    await host.close();
  });

  it('gives an element snippet that shows the same view on another page', async () => {
    const element = await snippet('element');
    expect(element).toContain('<script type="module" src="');
    expect(element).toContain('indicator="poor_rate"');
    expect(element).toContain('level="district"');
    writeFileSync(join(hostDir, 'element.html'), hostPage(element));
    const host = await harness.open('host/element.html', undefined, false);
    await waitUntilDrawn(
      host,
      () =>
        (document.querySelector('ntp-atlas') as (Element & { app?: { mapIdle?: boolean } }) | null)
          ?.app?.mapIdle === true,
    );
    expect(await host.locator('ntp-atlas atlas-legend h2').textContent()).toContain(
      'Poor-household rate',
    );
    expect(await host.locator('ntp-atlas atlas-legend p.meta').first().textContent()).toContain(
      '2023',
    );
    await host.screenshot({ path: 'test-results/share/element.png' });
    await host.close();
    expect(harness.offOrigin()).toEqual([]);
  });
});
