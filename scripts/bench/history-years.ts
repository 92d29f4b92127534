import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATALOGUE } from '../../src/core/catalogue';
import {
  computedBasisKeeper,
  computeHistoryView,
  computedLayer,
  computedNumbers,
  historyOf,
} from '../../src/core/history-view';
import { buildHierarchy } from '../../src/core/hierarchy';
import { parseIndicatorFile } from '../../src/core/indicator-file';
import { computeMapView, type AtlasData } from '../../src/core/map-view';
import type { BoundaryUnits } from '../../src/core/prepared-boundaries';
import { unitStory } from '../../src/core/unit-story';
import type { Unit, UnitCode } from '../../src/core/units';
import { DEFAULT_VIEW, type ViewState } from '../../src/core/view-state';
import { crosswalkFromDvhcvn } from '../crosswalk/dvhcvn';
import { createRandom } from '../demo/random';

const RUNS = 7;
const OLD_YEARS = ['2021', '2022', '2023', '2024', '2025'];
const NEW_YEARS = ['2025', '2026'];

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
};
const time = (work: () => unknown) => {
  const start = performance.now();
  work();
  return performance.now() - start;
};

/** Households and poor households for every unit and year, seeded: the same figures each run. */
function povertyFile(vintage: '2021' | '2025', codes: readonly UnitCode[], years: string[]) {
  const random = createRandom(vintage === '2021' ? 2021 : 2025);
  const values = Object.fromEntries(
    years.map((year) => [
      year,
      Object.fromEntries(
        codes.map((code) => {
          const households = random.int(500, 9000);
          return [
            code,
            {
              households_total: households,
              poor_households: Math.round(households * random.range(0, 0.2)),
            },
          ];
        }),
      ),
    ]),
  );
  return parseIndicatorFile(
    {
      format: 'ntp-atlas/indicators',
      version: 2,
      vintage,
      programmePeriods: ['2021-2025', '2026-2030'],
      periods: years,
      indicators: CATALOGUE.filter((d) =>
        ['households_total', 'poor_households', 'poor_rate'].includes(d.id),
      ),
      values,
    },
    `${vintage}.json`,
  );
}

/**
 * The national case of the slider across the reform: the 10,047 old communes
 * of 2021–2025 carried to the 3,321 new ones through the dvhcvn merger table
 * (its 460 splits divided equally), five old years and two new. Times the
 * work on the page's main thread, in Node: the first step to a computed
 * year (with the pooled breaks of every year), a further step, a new year
 * of the file's own (breaks pooled with the computed years, or its own years
 * alone), and a commune's two-period story.
 */
export function measureHistoryYears(fixtures: string): string[] {
  const adminUnits = join(fixtures, 'vn-2021-legacy/admin-units.json');
  const merges = join(fixtures, 'crosswalk-2025-merges.json');
  const communes2025 = join(fixtures, 'vn-2025/communes.geojson');
  if (![adminUnits, merges, communes2025].every(existsSync))
    return [`(${fixtures} is absent: the years-across-the-reform rows are skipped)`];
  const oldUnits = (
    JSON.parse(readFileSync(adminUnits, 'utf8')) as {
      units: { code: string; name: string; level: Unit['level']; parent?: string }[];
    }
  ).units.map((u): Unit => ({
    code: u.code as UnitCode,
    name: u.name,
    level: u.level,
    parent: (u.parent ?? null) as UnitCode | null,
    vintage: '2021',
  }));
  const features = (
    JSON.parse(readFileSync(communes2025, 'utf8')) as {
      features: { properties: { code: string; fullName: string; province_code: string } }[];
    }
  ).features;
  const provinces = [...new Set(features.map((f) => f.properties.province_code))];
  const newUnits: Unit[] = [
    ...provinces.map((code): Unit => ({
      code: code as UnitCode,
      name: code,
      level: 'province',
      parent: null,
      vintage: '2025',
    })),
    ...features.map(({ properties: p }): Unit => ({
      code: p.code as UnitCode,
      name: p.fullName,
      level: 'commune',
      parent: p.province_code as UnitCode,
      vintage: '2025',
    })),
  ];
  const oldHierarchy = buildHierarchy('2021', oldUnits);
  const newHierarchy = buildHierarchy('2025', newUnits);
  const crosswalk = crosswalkFromDvhcvn(JSON.parse(readFileSync(merges, 'utf8')), 'merges.json');
  const old: AtlasData = {
    boundaries: {} as BoundaryUnits,
    hierarchy: oldHierarchy,
    dataset: povertyFile('2021', oldHierarchy.byLevel.get('commune') ?? [], OLD_YEARS),
  };
  const own: AtlasData = {
    boundaries: {} as BoundaryUnits,
    hierarchy: newHierarchy,
    dataset: povertyFile('2025', newHierarchy.byLevel.get('commune') ?? [], NEW_YEARS),
  };
  const view = (period: string): ViewState => ({
    ...DEFAULT_VIEW,
    vintage: '2025',
    level: 'commune',
    layer: 'poor_rate',
    period,
  });
  const history = historyOf(crosswalk, own, old, 'poor_rate');
  const layer = history ? computedLayer(history, 'poor_rate') : undefined;
  if (!history || !layer) return ['(no history could be built from the fixtures)'];
  const codes = newHierarchy.byLevel.get('commune') ?? [];
  const earlier = () => ({
    forLayer: 'poor_rate',
    ...computedNumbers(history, newHierarchy, layer, codes),
  });
  const kept = earlier();
  const keeper = computedBasisKeeper(history, newHierarchy);
  keeper(layer, 'commune');
  const rows: [string, number[]][] = [
    ['first step to a computed year: values + breaks pooled over 6 years', []],
    ['further step: the computed years’ numbers kept', []],
    ['its pooled basis alone: 4 computed years × 3,321 communes', []],
    ['step to the file’s own year, breaks pooled with the computed years (kept)', []],
    ['step to the file’s own year, its own years alone (no history)', []],
    ['a commune’s story, 2021–2026', []],
  ];
  const story = codes[Math.floor(codes.length / 2)] as UnitCode;
  for (let run = 0; run < RUNS; run += 1) {
    rows[0]![1].push(time(() => computeHistoryView({ history, own, view: view('2022') })));
    rows[1]![1].push(
      time(() => computeHistoryView({ history, own, view: view('2023'), computedBasis: keeper })),
    );
    rows[2]![1].push(time(() => earlier()));
    rows[3]![1].push(time(() => computeMapView(own, view('2026'), () => kept)));
    rows[4]![1].push(time(() => computeMapView(own, view('2026'))));
    rows[5]![1].push(time(() => unitStory(own, history, story)));
  }
  return [
    '',
    `Years across the reform, national (Node, main-thread work, median of ${RUNS}): ${oldHierarchy.byLevel.get('commune')?.length} old communes × ${OLD_YEARS.length} years carried to ${codes.length} new communes through the dvhcvn merger table (${crosswalk.links.length} links).`,
    '',
    '| work | ms |',
    '|---|---:|',
    ...rows.map(([label, times]) => `| ${label} | ${median(times).toFixed(1)} |`),
  ];
}
