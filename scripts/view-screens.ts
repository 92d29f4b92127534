/**
 * Screenshots of a fixed list of the demo's views, for a change that must
 * not change what a user sees (a refactoring): take them before and after,
 * then compare.
 *
 *   npx tsx scripts/view-screens.ts shoot .bench/screens/before
 *   npx tsx scripts/view-screens.ts compare .bench/screens/before .bench/screens/after
 *
 * Serves `dist/` (build first). `compare` prints, per view, how many pixels
 * differ and writes a picture of where (red) beside the second set.
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { launchChromium, waitForMapIdle, waitUntilDrawn } from '../tests/browser/chromium';
import { serveStatic } from '../tests/browser/server';

interface Shot {
  readonly name: string;
  readonly query: string;
  /** What a user does before the picture is taken. */
  readonly act?: (page: Page) => Promise<void>;
}

const app = (page: Page) => page.locator('ntp-atlas-app');

/** Each level of both geographies, the legend filter, the table, side by side, presenting, English. */
const SHOTS: readonly Shot[] = [
  { name: 'default', query: '' },
  { name: 'province-2021', query: '?l=province' },
  { name: 'district-2021', query: '?l=district' },
  { name: 'commune-2025', query: '?v=2025&l=commune' },
  { name: 'province-2025', query: '?v=2025&l=province' },
  { name: 'selected-commune', query: '?u=00001' },
  { name: 'legend-filter', query: '?f=1,3' },
  { name: 'poverty-change', query: '?i=poor_rate&p=2024&d=2022' },
  {
    name: 'table-open',
    query: '',
    act: async (page) => {
      await app(page).locator('#table-toggle').click();
      await app(page).locator('atlas-unit-table tbody tr').first().waitFor();
    },
  },
  {
    name: 'side-by-side',
    query: '?pair=1',
    act: (page) =>
      waitUntilDrawn(
        page,
        () =>
          (
            document
              .querySelector('ntp-atlas-app')
              ?.shadowRoot?.querySelector('atlas-pair-map, #pair-map') as
              (Element & { mapIdle?: boolean }) | null
          )?.mapIdle === true,
      ),
  },
  {
    name: 'presenter',
    query: '?l=district',
    act: async (page) => {
      await app(page).locator('#story-details summary').click();
      await app(page).locator('#story-caption').fill('Tiêu chí NTM theo huyện');
      await app(page).locator('#story-add').click();
      await app(page).locator('#story-present').click();
      await app(page).locator('#present-caption').waitFor();
      await waitForMapIdle(page);
    },
  },
  { name: 'english', query: '?lang=en&l=district&u=001' },
  { name: 'status-category', query: '?i=ntm_status&l=district' },
];

async function shoot(outDir: string): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const root = join(import.meta.dirname, '..');
  const { server, origin } = await serveStatic(join(root, 'dist'));
  const browser = await launchChromium();
  try {
    for (const shot of SHOTS) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      page.on('pageerror', (error) => console.error(`${shot.name}: page error ${error.message}`));
      await page.goto(`${origin}/${shot.query}`);
      await waitForMapIdle(page);
      await shot.act?.(page);
      // The URL is written a moment after a change; nothing else moves once the map is idle.
      await page.waitForTimeout(400);
      await page.screenshot({ path: join(outDir, `${shot.name}.png`) });
      console.log(`${shot.name}\t${page.url().replace(origin, '')}`);
      await page.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
}

function compare(beforeDir: string, afterDir: string): void {
  console.log('view\tpixels differing\tof');
  let differing = 0;
  for (const { name } of SHOTS) {
    const a = join(beforeDir, `${name}.png`);
    const b = join(afterDir, `${name}.png`);
    if (!existsSync(a) || !existsSync(b)) {
      console.log(`${name}\tmissing`);
      differing += 1;
      continue;
    }
    const before = PNG.sync.read(readFileSync(a));
    const after = PNG.sync.read(readFileSync(b));
    if (before.width !== after.width || before.height !== after.height) {
      console.log(
        `${name}\tsize ${before.width}×${before.height} → ${after.width}×${after.height}`,
      );
      differing += 1;
      continue;
    }
    const diff = new PNG({ width: after.width, height: after.height });
    let count = 0;
    for (let i = 0; i < after.data.length; i += 4) {
      const same =
        before.data[i] === after.data[i] &&
        before.data[i + 1] === after.data[i + 1] &&
        before.data[i + 2] === after.data[i + 2];
      if (!same) count += 1;
      const grey = Math.round((after.data[i]! + after.data[i + 1]! + after.data[i + 2]!) / 6) + 128;
      diff.data[i] = same ? grey : 255;
      diff.data[i + 1] = same ? grey : 0;
      diff.data[i + 2] = same ? grey : 0;
      diff.data[i + 3] = 255;
    }
    if (count > 0) {
      writeFileSync(join(afterDir, `${name}.diff.png`), PNG.sync.write(diff));
      differing += 1;
    }
    console.log(`${name}\t${count}\t${after.width * after.height}`);
  }
  console.log(differing === 0 ? 'identical' : `${differing} views differ`);
}

const [command, first, second] = process.argv.slice(2);
if (command === 'shoot' && first) await shoot(first);
else if (command === 'compare' && first && second) compare(first, second);
else {
  console.error('usage: view-screens.ts shoot DIR | compare BEFORE_DIR AFTER_DIR');
  process.exit(2);
}
