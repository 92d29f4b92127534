import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkedAcross } from '../../src/core/linked-units';
import { computeReaggregatedView } from '../../src/core/reaggregated-view';
import type { UnitCode } from '../../src/core/units';
import { DEFAULT_VIEW } from '../../src/core/view-state';
import { LINKED_COLOUR } from '../../src/map/style';
import type { AtlasMapView } from '../../src/components/atlas-map-view/atlas-map-view';
import { waitUntilDrawn } from './chromium';
import { Harness } from './harness';
import { expectedView, legendOf, loadDemo, readLegend } from './layer-expectations';
import { colourShares } from './pixels';

const harness = new Harness();
beforeAll(() => harness.start());
afterAll(() => harness.stop());

const { old, current, crosswalk } = loadDemo();
const oldName = (code: UnitCode) => old.hierarchy.units.get(code)?.name;
const newName = (code: UnitCode) => current.hierarchy.units.get(code)?.name;

/** What the right-hand map must show: the old results recomputed for the new units. */
function expectedPair(layer: string) {
  const oldView = expectedView(old, '2021', 'commune', layer);
  const view = computeReaggregatedView({
    crosswalk,
    old,
    target: current.hierarchy,
    level: 'commune',
    layerKey: layer,
    period: null,
    compare: null,
    classing: DEFAULT_VIEW.classing,
    classesOf: oldView.classification
      ? { layerKey: layer, classification: oldView.classification }
      : null,
  });
  if (!view) throw new Error(`no re-aggregated view of ${layer}`);
  return { oldView, view };
}

async function waitForPairIdle(page: Page): Promise<void> {
  await waitUntilDrawn(
    page,
    () =>
      (
        document.querySelector('ntp-atlas-app')?.shadowRoot?.querySelector('#pair-map') as
          (Element & { mapIdle?: boolean }) | null
      )?.mapIdle === true,
  );
}

/**
 * Points at a unit near the middle of a map pane, as a user would: the demo's
 * communes leave thin gaps between them, so a few nearby points are tried.
 */
async function pointAtUnit(page: Page, pane: string, tooltip: string) {
  const box = (await page.locator(pane).boundingBox())!;
  for (const [dx, dy] of [
    [0, 0],
    [6, 0],
    [0, 6],
    [-6, 0],
    [0, -6],
    [12, 12],
  ] as const) {
    const at = { x: box.x + box.width / 2 + dx, y: box.y + box.height / 2 + dy };
    await page.mouse.move(at.x, at.y);
    const shown = await page
      .locator(tooltip)
      .waitFor({ timeout: 1500 })
      .then(() => true)
      .catch(() => false);
    if (shown) return at;
  }
  throw new Error(`no unit under the middle of ${pane}`);
}

/** Share of a map pane's pixels in the orange of linked outlines. */
async function linkedShare(page: Page, pane: string): Promise<number> {
  const png = await page.locator(pane).screenshot();
  return colourShares(png, [LINKED_COLOUR], 10)[0] ?? 0;
}

describe('both geographies side by side (demo)', () => {
  it('draws the old results on the new units beside the old map, on the same classes', async () => {
    const page = await harness.open('');
    await page.locator('#pair-toggle').click();
    await waitForPairIdle(page);
    await page.waitForFunction(() => new URL(location.href).searchParams.get('pair') === '1');
    const { oldView, view } = expectedPair('ntm_criteria_met');
    expect(view.sharedClasses).toBe(true);
    // The right-hand legend: the new units' counts per class, the vintage and the rule.
    await expect(readLegend(page, '#pair-legend')).resolves.toEqual(legendOf(view));
    await expect(readLegend(page, 'atlas-legend:not(#pair-legend)')).resolves.toEqual(
      legendOf(oldView),
    );
    const legend = page.locator('#pair-legend');
    await expect(legend.locator('.vintage').innerText()).resolves.toMatch(
      /^Địa giới từ 1\/7\/2025/,
    );
    await expect(legend.locator('.rule').innerText()).resolves.toMatch(
      /^Bình quân các đơn vị cũ, theo phần của mỗi đơn vị/,
    );
    // Its colours are on the right-hand map: every class that has units shows.
    const classes = view.classification!.classes;
    expect(classes.length).toBeGreaterThan(1);
    const png = await page.locator('#pair-map').screenshot({ path: '/tmp/pair-map.png' });
    const shares = colourShares(
      png,
      classes.map((c) => c.color),
    );
    classes.forEach((c, i) => {
      const count = view.classCounts[i]?.count ?? 0;
      if (count > 0) expect(shares[i], `class ${c.label.en}`).toBeGreaterThan(0.001);
    });
    await page.close();
  });

  it('shows a status as the share of predecessor communes on the new map, with its own legend', async () => {
    const page = await harness.open('?pair=1&i=ntm_status&l=commune');
    await waitForPairIdle(page);
    const { view } = expectedPair('ntm_status');
    expect(view.sharedClasses).toBe(false);
    await expect(readLegend(page, '#pair-legend')).resolves.toEqual(legendOf(view));
    await expect(page.locator('#pair-legend h2').innerText()).resolves.toMatch(/đạt chuẩn NTM/);
    await expect(page.locator('#pair-legend .rule').innerText()).resolves.toMatch(
      /không thừa kế danh hiệu/,
    );
    await page.close();
  });

  it('outlines the predecessors of the new commune pointed at, and names them', async () => {
    const page = await harness.open('?pair=1&i=poor_rate&l=commune');
    await waitForPairIdle(page);
    const before = await linkedShare(page, 'ntp-atlas-app #map');
    const at = await pointAtUnit(page, '#pair-map', '#pair-map .tooltip');
    // The tooltip gives the re-aggregated value and its rule.
    await expect(page.locator('#pair-map .tooltip .rule').innerText()).resolves.toMatch(
      /^Tính lại từ tử số và mẫu số cộng từ \d+ xã cũ/,
    );
    // Picking it tells which commune it is, and keeps it in the link.
    await page.mouse.click(at.x, at.y);
    await page.waitForFunction(() => new URL(location.href).searchParams.has('u2'));
    const picked = new URL(page.url()).searchParams.get('u2') as UnitCode;
    const predecessors = linkedAcross(crosswalk, current.hierarchy, picked);
    expect(predecessors.length).toBeGreaterThan(0);
    await expect(page.locator('#pair-note [lang="vi"]').innerText()).resolves.toBe(
      `${newName(picked)} (mới) gồm ${predecessors.length} đơn vị cũ: ${predecessors.map(oldName).join(', ')}`,
    );
    await waitForPairIdle(page);
    await page.evaluate(
      () => new Promise((r) => setTimeout(() => requestAnimationFrame(() => r(null)), 300)),
    );
    // The old map outlines them in orange.
    expect(await linkedShare(page, 'ntp-atlas-app #map')).toBeGreaterThan(before + 0.0005);
    // The panel lists them, with their values and the rule beside the computed one.
    const panel = page.locator('#pair-predecessors');
    await expect(
      panel.locator('li').evaluateAll((items) => items.map((li) => li.getAttribute('data-old'))),
    ).resolves.toEqual(predecessors);
    await expect(
      panel.locator('dd[data-reaggregated="poor_rate"] .rule').innerText(),
    ).resolves.toMatch(/^Tính lại từ tử số và mẫu số/);
    await page.close();
  });

  it('outlines the successors of the old commune pointed at, on the new map', async () => {
    const page = await harness.open('?pair=1&i=poor_rate&l=commune');
    await waitForPairIdle(page);
    const before = await linkedShare(page, '#pair-map');
    await pointAtUnit(page, 'ntp-atlas-app #map', 'ntp-atlas-app .tooltip');
    const oldPointed = await page.locator('ntp-atlas-app .tooltip strong').innerText();
    const unit = [...old.hierarchy.units.values()].find(
      (u) => u.level === 'commune' && u.name === oldPointed,
    )!;
    const successors = linkedAcross(crosswalk, old.hierarchy, unit.code);
    await expect(page.locator('#pair-note [lang="vi"]').innerText()).resolves.toBe(
      `${unit.name} (cũ) nay thuộc ${successors.length} đơn vị mới: ${successors.map(newName).join(', ')}`,
    );
    await waitForPairIdle(page);
    await page.evaluate(
      () => new Promise((r) => setTimeout(() => requestAnimationFrame(() => r(null)), 300)),
    );
    expect(await linkedShare(page, '#pair-map')).toBeGreaterThan(before + 0.0005);
    await page.close();
  });

  it('moves both maps together', async () => {
    const page = await harness.open('?pair=1&i=poor_rate&l=commune');
    await waitForPairIdle(page);
    const box = (await page.locator('ntp-atlas-app #map').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const pairCamera = () =>
      page.evaluate(() => {
        const root = document.querySelector('ntp-atlas-app')!.shadowRoot!;
        return (root.querySelector('#pair-map') as AtlasMapView).camera();
      });
    const start = (await pairCamera())!;
    // Fitting and resizing are not the user's moves: the link has no camera yet.
    expect(new URL(page.url()).searchParams.has('c')).toBe(false);
    await page.mouse.wheel(0, -600);
    // A wheel zoom is the user's move: it goes into the link.
    await page.waitForFunction(() => new URL(location.href).searchParams.has('c'));
    await waitForPairIdle(page);
    const main = new URL(page.url()).searchParams.get('c')!.split(',').map(Number);
    const pair = await pairCamera();
    expect(main[2]).toBeGreaterThan(start.zoom + 0.3);
    expect([pair!.lng, pair!.lat, pair!.zoom]).toEqual([
      expect.closeTo(main[0]!, 4),
      expect.closeTo(main[1]!, 4),
      expect.closeTo(main[2]!, 2),
    ]);
    await page.close();
  });

  it('made no request off the origin', () => {
    expect(harness.offOrigin()).toEqual([]);
  });
});
