import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shardOf } from '../../src/core/unit-shards';
import type { UnitCode } from '../../src/core/units';
import { waitForMapIdle } from './chromium';
import { app, Harness, ROOT } from './harness';

/**
 * Tens of thousands of units are drawn from several map sources (issue 20,
 * point 10b): 30,000 squares touching in a grid, two sources. Every unit
 * must still be drawn and coloured, and a unit of the second source picked
 * by a click like any other.
 */
const folder = join(ROOT, '.bench/test-data/many-units');
const SIDE = 175; // 175 × 175 > 30,000: the last row is partly empty
const COUNT = 30_000;
const WEST = 100;
const SOUTH = 5;
const STEP = 0.07;
const square = (i: number) => {
  const x = WEST + (i % SIDE) * STEP;
  const y = SOUTH + Math.floor(i / SIDE) * STEP;
  return { x, y };
};
const codeOf = (i: number) => String(10000 + i) as UnitCode;

const harness = new Harness();
beforeAll(async () => {
  mkdirSync(folder, { recursive: true });
  const lines: string[] = [];
  const values: Record<string, { households_total: number }> = {};
  for (let i = 0; i < COUNT; i += 1) {
    const { x, y } = square(i);
    const code = codeOf(i);
    lines.push(
      JSON.stringify({
        type: 'Feature',
        properties: { code, name: `Xã Ô ${code}`, level: 'commune' },
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [x, y],
              [x + STEP, y],
              [x + STEP, y + STEP],
              [x, y + STEP],
              [x, y],
            ],
          ],
        },
      }),
    );
    values[code] = { households_total: 500 + ((i * 7919) % 4000) };
  }
  writeFileSync(
    join(folder, 'squares.geojson'),
    `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}`,
  );
  writeFileSync(
    join(folder, 'households.json'),
    JSON.stringify({
      format: 'ntp-atlas/indicators',
      version: 2,
      vintage: '2025',
      programmePeriods: ['2021-2025'],
      periods: ['2025'],
      indicators: [
        {
          id: 'households_total',
          label: { vi: 'Tổng số hộ', en: 'Households' },
          kind: 'count',
          aggregation: { rule: 'sum' },
        },
      ],
      values: { '2025': values },
    }),
  );
  await harness.start({ '/generated': folder });
});
afterAll(() => harness.stop());

const TILE = 512;
const project = (lng: number, lat: number, zoom: number): [number, number] => {
  const world = TILE * 2 ** zoom;
  const sin = Math.sin((lat * Math.PI) / 180);
  return [
    ((lng + 180) / 360) * world,
    (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * world,
  ];
};

describe('30,000 units drawn from two map sources', () => {
  it('colours every unit, and a click picks a unit of the second source', async () => {
    // A camera well inside the grid, below the zoom where outlines are drawn.
    const camera = { lng: 106, lat: 11, zoom: 6 };
    const page = await harness.open(
      `?vintage=2025&boundaries=/generated/squares.geojson&indicators=/generated/households.json&i=households_total&c=${camera.lng},${camera.lat},${camera.zoom}`,
      undefined,
      false,
    );
    await waitForMapIdle(page, 120_000);
    const canvas = app(page).locator('#map canvas').first();
    const png = await canvas.screenshot({ path: join(ROOT, 'test-results/many-units.png') });
    const image = PNG.sync.read(png);
    // No pixel of the map's own background shows through the grid: every square is drawn.
    let background = 0;
    for (let p = 0; p < image.data.length; p += 4) {
      const [r, g, b] = [image.data[p]!, image.data[p + 1]!, image.data[p + 2]!];
      if (Math.abs(r - 0xee) <= 4 && Math.abs(g - 0xf2) <= 4 && Math.abs(b - 0xf5) <= 4)
        background += 1;
    }
    expect(background / (image.width * image.height)).toBeLessThan(0.002);

    // The square at the camera's centre, if of the first source, else its neighbour: one of the second.
    const column = Math.floor((camera.lng - WEST) / STEP);
    const row = Math.floor((camera.lat - SOUTH) / STEP);
    let index = row * SIDE + column;
    while (shardOf(codeOf(index), 2) !== 1) index += 1;
    const { x, y } = square(index);
    const [cx, cy] = project(camera.lng, camera.lat, camera.zoom);
    const [px, py] = project(x + STEP / 2, y + STEP / 2, camera.zoom);
    const box = (await canvas.boundingBox())!;
    await page.mouse.click(box.x + box.width / 2 + (px - cx), box.y + box.height / 2 + (py - cy));
    await expect
      .poll(() => app(page).locator('atlas-detail h2').innerText())
      .toContain(`Xã Ô ${codeOf(index)}`);
    expect(harness.offOrigin()).toEqual([]);
    await page.close();
  });
});
