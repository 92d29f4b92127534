import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../src/core/catalogue';
import { resolveLayer } from '../../src/core/layer';
import { reaggregate } from '../../src/core/reaggregate';
import type { UnitCode } from '../../src/core/units';
import { Harness } from './harness';
import { loadDemo } from './layer-expectations';

const harness = new Harness();
beforeAll(() => harness.start());
afterAll(() => harness.stop());

const { old, current, crosswalk } = loadDemo();
const expected = (key: string, code: string) =>
  reaggregate(
    {
      crosswalk,
      old: { hierarchy: old.hierarchy, dataset: old.dataset!, period: '2025' },
    },
    resolveLayer(CATALOGUE, key)!,
    code as UnitCode,
  );

describe('a new commune and the old communes it was formed from (demo)', () => {
  it('lists the predecessors and computes their results with the rule beside each value', async () => {
    const page = await harness.open('?v=2025&l=commune&i=ocop_total&u=40003');
    const panel = page.locator('atlas-predecessors');
    await panel.locator('dd[data-reaggregated="ocop_total"]').waitFor({ timeout: 30_000 });
    const names = await panel
      .locator('li')
      .evaluateAll((items) => items.map((li) => li.getAttribute('data-old')));
    expect(names).toEqual(['40003', '40009', '40012']);
    await expect(panel.locator('li').first().innerText()).resolves.toMatch(
      new RegExp(`^${old.hierarchy.units.get('40003' as UnitCode)!.name} 40003 · toàn bộ`),
    );
    // OCOP products add up over the three old communes.
    const ocop = expected('ocop_total', '40003');
    await expect(
      panel.locator('dd[data-reaggregated="ocop_total"] .value').innerText(),
    ).resolves.toBe(`${ocop.value} sản phẩm`);
    await expect(
      panel.locator('dd[data-reaggregated="ocop_total"] .rule').innerText(),
    ).resolves.toMatch(/^Cộng từ 3 xã cũ/);
    // NTM is never inherited: "k/n old communes met NTM".
    const ntm = expected('ntm_status', '40003');
    await expect(
      panel.locator('dd[data-reaggregated="ntm_status"] .rule').innerText(),
    ).resolves.toMatch(
      new RegExp(
        `^${ntm.numerator}/${ntm.denominator} xã cũ đạt chuẩn NTM .*không thừa kế danh hiệu`,
      ),
    );
    // The poverty rate is recomputed from the summed households, not averaged.
    const rate = expected('poor_rate', '40003');
    await expect(
      panel.locator('dd[data-reaggregated="poor_rate"] .value').innerText(),
    ).resolves.toBe(`${rate.value!.toFixed(2).replace('.', ',')}%`);
    await page.close();
  });

  it('says which old communes were split, with their share', async () => {
    const page = await harness.open('?v=2025&l=commune&i=ocop_total&u=40096');
    const panel = page.locator('atlas-predecessors');
    await panel.locator('dd[data-reaggregated="ocop_total"]').waitFor({ timeout: 30_000 });
    await expect(panel.locator('li[data-old="40093"]').innerText()).resolves.toMatch(
      /40093 · một phần \(47%\)/,
    );
    const ocop = expected('ocop_total', '40096');
    await expect(
      panel.locator('dd[data-reaggregated="ocop_total"] .value').innerText(),
    ).resolves.toBe(`${String(Math.round(ocop.value! * 10) / 10).replace('.', ',')} sản phẩm`);
    await page.close();
  });

  it('answers "where did my old commune go?" from an old name, by keyboard', async () => {
    const newNames = new Set([...current.hierarchy.units.values()].map((u) => u.name));
    // An old commune merged into another, whose name no new unit carries.
    const gone = [...old.hierarchy.units.values()].find(
      (u) =>
        u.level === 'commune' &&
        !newNames.has(u.name) &&
        crosswalk.successors.get(u.code)?.length === 1 &&
        crosswalk.successors.get(u.code)?.[0]?.to !== u.code,
    )!;
    const target = current.hierarchy.units.get(crosswalk.successors.get(gone.code)![0]!.to)!;
    const page = await harness.open('?v=2025&l=commune&i=ocop_total');
    const input = page.locator('atlas-search input');
    await input.focus();
    await page.keyboard.type(gone.name.replace(/^(Xã|Phường|Thị trấn) /, ''));
    const option = page.locator('atlas-search li.former').first();
    await expect(option.innerText()).resolves.toMatch(
      new RegExp(`^${gone.name}.*trước 1/7/2025 · ${gone.code}.*→ ${target.name}`, 's'),
    );
    while (
      (await page.locator('atlas-search li[aria-selected="true"]').getAttribute('class')) !==
      'former'
    ) {
      await page.keyboard.press('ArrowDown');
    }
    await page.keyboard.press('Enter');
    await expect(page.locator('atlas-detail h2').innerText()).resolves.toBe(target.name);
    await page.waitForFunction(
      (code) => new URL(location.href).searchParams.get('u') === code,
      target.code,
    );
    // And the new commune's panel lists the old one among its predecessors.
    await expect(
      page.locator(`atlas-predecessors li[data-old="${gone.code}"]`).innerText(),
    ).resolves.toMatch(new RegExp(`^${gone.name}`));
    await page.close();
  });

  it('serves the national crosswalk converted at build time, from its own origin', async () => {
    const page = await harness.open('', undefined, false);
    const file = await page.evaluate(async () => {
      const response = await fetch('data/crosswalk-2021-2025-national.json');
      return (await response.json()) as { format: string; links: { level: string }[] };
    });
    expect(file.format).toBe('ntp-atlas/crosswalk');
    // 10,034 old communes and the 63 old provinces.
    expect(file.links).toHaveLength(10097);
    expect(file.links.filter((l) => l.level === 'province')).toHaveLength(63);
    await page.close();
  });

  it('made no request off the origin', () => {
    expect(harness.offOrigin()).toEqual([]);
  });
});
