import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBoundaryFiles } from '../../src/core/boundary-file';
import { buildHierarchy } from '../../src/core/hierarchy';
import { parseIndicatorFile } from '../../src/core/indicator-file';
import { joinByCode } from '../../src/core/join';
import type { UnitCode } from '../../src/core/units';

const demo = (file: string) =>
  JSON.parse(readFileSync(join(__dirname, '../../data/demo', file), 'utf8'));

describe('the committed demo', () => {
  const set2021 = parseBoundaryFiles(
    [{ name: 'boundaries-2021.geojson', json: demo('boundaries-2021.geojson') }],
    '2021',
  );
  const set2025 = parseBoundaryFiles(
    [{ name: 'boundaries-2025.geojson', json: demo('boundaries-2025.geojson') }],
    '2025',
  );
  const data2021 = parseIndicatorFile(demo('indicators-2021.json'), 'indicators-2021.json');

  it('has 3–5 provinces, about 25 districts and 300 communes in 2021, about 100 communes in 2025', () => {
    const count = (set: typeof set2021, level: string) =>
      set.units.filter((u) => u.level === level).length;
    expect(count(set2021, 'province')).toBe(4);
    expect(count(set2021, 'district')).toBe(25);
    expect(count(set2021, 'commune')).toBe(300);
    expect(count(set2025, 'commune')).toBe(100);
    expect(set2021.problems).toEqual([]);
    expect(set2025.problems).toEqual([]);
  });

  it('is labelled synthetic and reads without a problem', () => {
    expect(data2021.synthetic).toBe(true);
    expect(data2021.problems).toEqual([]);
    expect(data2021.periods).toEqual(['2021', '2022', '2023', '2024', '2025']);
  });

  it('has a value for every commune in every period, matched by code', () => {
    const communes = set2021.units.filter((u) => u.level === 'commune').map((u) => u.code);
    for (const period of data2021.periods) {
      const codes = [...(data2021.values.get(period)?.get('ntm_criteria_met')?.keys() ?? [])];
      const report = joinByCode(
        communes,
        codes.map((c) => ({ code: c, where: period })),
      );
      expect(report.unmatchedRecords).toEqual([]);
      expect(report.unitsWithoutRecord).toEqual([]);
    }
  });

  it('nests every commune in a district and every district in a province', () => {
    const hierarchy = buildHierarchy('2021', set2021.units);
    for (const unit of set2021.units)
      if (unit.parent) expect(hierarchy.units.has(unit.parent)).toBe(true);
  });

  it('has a crosswalk linking every old commune, with weights of split communes summing to 1', () => {
    const crosswalk = demo('crosswalk-2021-2025.json') as {
      links: { level: string; from: string; to: string; type: string; weight: number }[];
    };
    const communeLinks = crosswalk.links.filter((l) => l.level === 'commune');
    const byOld = new Map<string, number>();
    for (const link of communeLinks)
      byOld.set(link.from, (byOld.get(link.from) ?? 0) + link.weight);
    expect(byOld.size).toBe(300);
    for (const total of byOld.values()) expect(total).toBeCloseTo(1, 2);
    expect(communeLinks.filter((l) => l.type === 'partial').length).toBeGreaterThanOrEqual(16);
    const newCodes = new Set(set2025.units.map((u) => u.code as string));
    for (const link of communeLinks) expect(newCodes.has(link.to as UnitCode)).toBe(true);
  });
});
