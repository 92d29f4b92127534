import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCrosswalkFile, type Crosswalk } from '../../src/core/crosswalk';
import type { Page } from 'playwright-core';
import { parseBoundaryFiles } from '../../src/core/boundary-file';
import { buildHierarchy } from '../../src/core/hierarchy';
import { parseIndicatorFile } from '../../src/core/indicator-file';
import { computeMapView, type AtlasData, type MapView } from '../../src/core/map-view';
import { boundaryUnits } from '../../src/core/prepared-boundaries';
import type { Level, Vintage } from '../../src/core/units';
import { DEFAULT_VIEW, type ViewState } from '../../src/core/view-state';
import { waitForMapIdle } from './chromium';
import { ROOT } from './harness';

/** The data as the app reads it, parsed in Node, to say what the legend must show. */
export function loadAtlasData(
  vintage: Vintage,
  boundaryFiles: readonly string[],
  indicatorFile: string,
): AtlasData {
  const set = parseBoundaryFiles(
    boundaryFiles.map((file) => ({
      name: file.split('/').pop() as string,
      json: JSON.parse(readFileSync(file, 'utf8')),
    })),
    vintage,
  );
  const boundaries = boundaryUnits(set);
  return {
    boundaries,
    hierarchy: buildHierarchy(vintage, boundaries.units),
    dataset: parseIndicatorFile(JSON.parse(readFileSync(indicatorFile, 'utf8')), indicatorFile),
  };
}

/** The embedded demo as the app reads it: both geographies and the crosswalk between them. */
export function loadDemo(): { old: AtlasData; current: AtlasData; crosswalk: Crosswalk } {
  const demo = (file: string) => join(ROOT, 'data/demo', file);
  return {
    old: loadAtlasData('2021', [demo('boundaries-2021.geojson')], demo('indicators-2021.json')),
    current: loadAtlasData('2025', [demo('boundaries-2025.geojson')], demo('indicators-2025.json')),
    crosswalk: parseCrosswalkFile(
      JSON.parse(readFileSync(demo('crosswalk-2021-2025.json'), 'utf8')),
      'crosswalk-2021-2025.json',
    ),
  };
}

export function expectedView(
  data: AtlasData,
  vintage: Vintage,
  level: Level,
  layer: string,
  patch: Partial<ViewState> = {},
): MapView {
  return computeMapView(data, { ...DEFAULT_VIEW, vintage, level, layer, ...patch });
}

/** The legend as the user reads it: per row, its label (Vietnamese part) and its count. */
export async function readLegend(
  page: Page,
  legend = 'atlas-legend',
): Promise<{ label: string; count: number }[]> {
  const rows = await page.locator(`${legend} li`).evaluateAll((items) =>
    items.map((li) => ({
      label:
        li.querySelector('.label [lang="vi"]')?.textContent ??
        li.querySelector('.label')?.textContent ??
        '',
      count: li.querySelector('.count')?.textContent ?? '',
    })),
  );
  return rows.map((row) => ({
    label: row.label.trim(),
    count: Number(row.count.trim().replace(/\./g, '')),
  }));
}

/** The legend rows a computed view must produce, "no data" last. */
export function legendOf(view: MapView): { label: string; count: number }[] {
  const classes = view.classification?.classes ?? [];
  return [
    ...classes.map((c) => ({
      label: c.label.vi,
      count: view.classCounts.find((k) => k.index === c.index)?.count ?? 0,
    })),
    { label: 'Không có dữ liệu', count: view.noDataCount },
  ];
}

/** Picks a layer in the panel as a user would: through the filter box when it is folded away. */
export async function pickLayer(page: Page, key: string): Promise<void> {
  const label = page.locator(`atlas-layer-panel label[data-layer="${key}"]`);
  if (!(await label.isVisible())) {
    await page.locator('atlas-layer-panel #layer-filter').fill(key.split('.')[0] as string);
  }
  await label.locator('input').check();
  await page.locator('atlas-layer-panel #layer-filter').fill('');
  await waitForMapIdle(page);
}

export async function pickLevel(page: Page, level: Level): Promise<void> {
  const select = page.locator('ntp-atlas-app #level');
  if ((await select.inputValue()) === level) return;
  await select.selectOption(level);
  await waitForMapIdle(page);
}

/** Waits until the predecessor list says the split old unit `code` was weighed by area. */
export async function waitForAreaWeight(page: Page, code: string): Promise<void> {
  await page.waitForFunction(
    (old) =>
      document
        .querySelector('ntp-atlas-app')
        ?.shadowRoot?.querySelector('atlas-predecessors')
        ?.shadowRoot?.querySelector(`li[data-old="${old}"]`)
        ?.textContent?.includes('diện tích'),
    code,
    { timeout: 30_000 },
  );
}
