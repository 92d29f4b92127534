import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Debian's Chromium, headless, with WebGL2 on SwiftShader (no GPU here) and
 * every background connection off: the machine has no network to offer it.
 */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(`${CHROMIUM} is missing: run "bash scripts/test.sh", which installs it`);
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Every URL the page asked for, to check that none left the page's origin. */
export function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  return urls;
}

/** Waits until the atlas has loaded its data and the map has drawn the current view. */
export async function waitForMapIdle(page: Page, timeout = 60_000): Promise<void> {
  await waitUntilDrawn(
    page,
    () =>
      (document.querySelector('ntp-atlas-app') as (Element & { mapIdle?: boolean }) | null)
        ?.mapIdle === true,
    timeout,
  );
}

/**
 * Waits until `drawn` (run in the page) says the maps it looks at are idle:
 * an atlas in an iframe, the right-hand map, embedded elements.
 */
export async function waitUntilDrawn(
  page: Page,
  drawn: () => boolean,
  timeout = 60_000,
): Promise<void> {
  await page.waitForFunction(drawn, undefined, { timeout, polling: 100 });
  // MapLibre's idle fires before software WebGL has finished the frame: let it land.
  await page.evaluate(
    () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
  );
}
