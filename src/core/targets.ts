/**
 * Where an area stands against its programme period's targets: the year
 * shown decides the period (2021–2025: QĐ 263/QĐ-TTg; 2026–2030: NQ
 * 257/2025/QH15), and each target says its numerator, its denominator and
 * what is still missing ("còn thiếu 7 xã để đạt 65 %"). Counted over the
 * area's communes with data; a target whose indicators the data lacks is
 * listed as "no data", never as met.
 */
import { descendantsAt, type Hierarchy } from './hierarchy';
import type { IndicatorDataset } from './indicator-file';
import { formatNumber, formatPercent } from './format';
import { povertyStandardOf, programmePeriodOf, type ProgrammePeriod } from './programme-period';
import type { BilingualText, Language } from './text';
import type { UnitCode } from './units';

export interface TargetRow {
  readonly id: string;
  readonly target: BilingualText;
  /** The area's figure, e.g. 19.5 (%), or null when the data has none. */
  readonly value: number | null;
  /** How the figure reads: "17/87 xã (19,5%)". */
  readonly figure: BilingualText | null;
  readonly met: boolean | null;
  /** What is still missing, or that it is met: "còn thiếu 40 xã để đạt 65%". */
  readonly gap: BilingualText;
}

export interface TargetView {
  readonly period: ProgrammePeriod;
  /** The year read, and the area ("Tỉnh Pắc Thắng" or the whole map). */
  readonly year: string;
  readonly rows: readonly TargetRow[];
}

const NO_DATA: BilingualText = { vi: 'không có dữ liệu', en: 'no data' };

const both = (make: (language: Language) => string): BilingualText => ({
  vi: make('vi'),
  en: make('en'),
});

/** A share target: at least `percent` of `base` units in `part`. */
function shareRow(
  id: string,
  target: BilingualText,
  part: number,
  base: number,
  percent: number,
  units: BilingualText,
): TargetRow {
  if (base === 0) return { id, target, value: null, figure: null, met: null, gap: NO_DATA };
  const value = (part / base) * 100;
  const needed = Math.ceil((percent / 100) * base - 1e-9) - part;
  const figure = both(
    (l) =>
      `${formatNumber(part, l, 0)}/${formatNumber(base, l, 0)} ${units[l]} (${formatPercent(value, l, 1)})`,
  );
  const gap =
    needed <= 0
      ? { vi: `đã đạt ${percent}%`, en: `${percent}% reached` }
      : both((l) =>
          l === 'vi'
            ? `còn thiếu ${formatNumber(needed, l, 0)} ${units.vi} để đạt ${percent}%`
            : `${formatNumber(needed, l, 0)} more ${units.en} to reach ${percent}%`,
        );
  return { id, target, value, figure, met: needed <= 0, gap };
}

/** The targets of the year's programme period for the area (null: the whole map). */
export function targetsFor(
  hierarchy: Hierarchy,
  dataset: IndicatorDataset,
  year: string,
  area: UnitCode | null,
): TargetView | null {
  const period = programmePeriodOf(year);
  if (!period) return null;
  const values = dataset.values.get(year);
  if (!values) return null;
  const communes = area
    ? descendantsAt(hierarchy, area, 'commune')
    : [...hierarchy.units.values()].filter((u) => u.level === 'commune').map((u) => u.code);
  const column = (id: string) => values.get(id);
  const present = (id: string) => {
    const c = column(id);
    return c ? communes.flatMap((code) => (c.has(code) ? [c.get(code) as number] : [])) : [];
  };
  const xa = { vi: 'xã', en: 'communes' };
  const rows: TargetRow[] = [];
  if (period === '2021-2025') {
    const status = present('ntm_status');
    const ntm = status.filter((s) => s >= 1).length;
    rows.push(
      shareRow(
        'ntm-80',
        { vi: '≥ 80% số xã đạt chuẩn NTM', en: '≥ 80% of communes meet NTM' },
        ntm,
        status.length,
        80,
        xa,
      ),
      shareRow(
        'advanced-40',
        { vi: '~40% số xã NTM đạt nâng cao', en: '~40% of NTM communes advanced' },
        status.filter((s) => s >= 2).length,
        ntm,
        40,
        xa,
      ),
      shareRow(
        'model-10',
        { vi: '≥ 10% số xã NTM đạt kiểu mẫu', en: '≥ 10% of NTM communes model' },
        status.filter((s) => s >= 3).length,
        ntm,
        10,
        xa,
      ),
    );
    const criteria = present('ntm_criteria_met');
    const under = criteria.filter((c) => c < 15).length;
    rows.push({
      id: 'criteria-15',
      target: { vi: 'Không còn xã dưới 15 tiêu chí', en: 'No commune under 15 criteria' },
      value: criteria.length ? under : null,
      figure: criteria.length
        ? both(
            (l) =>
              `${formatNumber(under, l, 0)}/${formatNumber(criteria.length, l, 0)} ${l === 'vi' ? 'xã dưới 15 tiêu chí' : 'communes under 15'}`,
          )
        : null,
      met: criteria.length ? under === 0 : null,
      gap: !criteria.length
        ? NO_DATA
        : under === 0
          ? { vi: 'đã đạt', en: 'reached' }
          : both((l) =>
              l === 'vi'
                ? `còn ${formatNumber(under, l, 0)} xã dưới 15 tiêu chí`
                : `${formatNumber(under, l, 0)} communes still under 15`,
            ),
    });
    return { period, year, rows };
  }
  const status = present('ntm26_status');
  const ntm = status.filter((s) => s >= 1).length;
  rows.push(
    shareRow(
      'ntm-65',
      { vi: '~65% số xã đạt chuẩn NTM (2030)', en: '~65% of communes meet NTM (2030)' },
      ntm,
      status.length,
      65,
      xa,
    ),
    shareRow(
      'modern-10',
      { vi: '~10% số xã NTM là NTM hiện đại (2030)', en: '~10% of NTM communes modern (2030)' },
      status.filter((s) => s >= 2).length,
      ntm,
      10,
      xa,
    ),
    povertyFallRow(dataset, communes, year),
    regionPovertyRow(values, communes),
  );
  return { period, year, rows };
}

/** Poor + near-poor over households, summed over the communes with all three; null if none. */
function multidimensional(
  values: ReadonlyMap<string, ReadonlyMap<UnitCode, number>> | undefined,
  communes: readonly UnitCode[],
): { rate: number; households: number } | null {
  const poor = values?.get('poor_households');
  const near = values?.get('near_poor_households');
  const total = values?.get('households_total');
  if (!poor || !near || !total) return null;
  let numerator = 0;
  let households = 0;
  for (const code of communes) {
    const p = poor.get(code);
    const n = near.get(code);
    const t = total.get(code);
    if (p === undefined || n === undefined || t === undefined) continue;
    numerator += p + n;
    households += t;
  }
  return households > 0 ? { rate: (numerator / households) * 100, households } : null;
}

/** The multidimensional poverty rate down 1–1.5 points a year: this year against the one before. */
function povertyFallRow(
  dataset: IndicatorDataset,
  communes: readonly UnitCode[],
  year: string,
): TargetRow {
  const target = {
    vi: 'Tỷ lệ nghèo đa chiều giảm 1–1,5 điểm %/năm',
    en: 'Multidimensional poverty down 1–1.5 points a year',
  };
  const previous = String(Number(year) - 1);
  const now = multidimensional(dataset.values.get(year), communes);
  const before = multidimensional(dataset.values.get(previous), communes);
  if (!now || !before) {
    return {
      id: 'poverty-fall',
      target,
      value: null,
      figure: null,
      met: null,
      gap: {
        vi: `không có số liệu ${previous} và ${year} để so`,
        en: `no ${previous} and ${year} figures to compare`,
      },
    };
  }
  const change = now.rate - before.rate;
  const standards = [povertyStandardOf(previous)?.id, povertyStandardOf(year)?.id];
  const broken = standards[0] !== standards[1];
  const figure = both(
    (l) =>
      `${formatPercent(before.rate, l, 2)} → ${formatPercent(now.rate, l, 2)} (${change <= 0 ? '' : '+'}${formatNumber(change, l, 2)} ${l === 'vi' ? 'điểm %' : 'points'})`,
  );
  if (broken) {
    return {
      id: 'poverty-fall',
      target,
      value: change,
      figure,
      met: null,
      gap: {
        vi: `không so được: ${previous} và ${year} theo hai chuẩn nghèo khác nhau`,
        en: `not comparable: ${previous} and ${year} are under different poverty standards`,
      },
    };
  }
  const met = change <= -1;
  return {
    id: 'poverty-fall',
    target,
    value: change,
    figure,
    met,
    gap: met
      ? { vi: 'đã đạt', en: 'reached' }
      : both((l) =>
          l === 'vi'
            ? `còn thiếu ${formatNumber(1 + change, l, 2)} điểm % để giảm 1 điểm`
            : `${formatNumber(1 + change, l, 2)} points short of a 1-point fall`,
        ),
  };
}

/** Poverty in the ethnic-minority and mountainous region (2026 classification) under 10%. */
function regionPovertyRow(
  values: ReadonlyMap<string, ReadonlyMap<UnitCode, number>>,
  communes: readonly UnitCode[],
): TargetRow {
  const target = {
    vi: 'Tỷ lệ nghèo đa chiều vùng DTTS&MN dưới 10%',
    en: 'Multidimensional poverty in the ethnic-minority region under 10%',
  };
  const region = values.get('em_region_2026');
  const inRegion = region ? communes.filter((code) => (region.get(code) ?? 0) >= 1) : [];
  const now = multidimensional(values, inRegion);
  if (!now)
    return { id: 'region-poverty', target, value: null, figure: null, met: null, gap: NO_DATA };
  const met = now.rate < 10;
  return {
    id: 'region-poverty',
    target,
    value: now.rate,
    figure: both(
      (l) =>
        `${formatPercent(now.rate, l, 2)} (${formatNumber(inRegion.length, l, 0)} ${l === 'vi' ? 'xã trong vùng' : 'communes in the region'})`,
    ),
    met,
    gap: met
      ? { vi: 'đã đạt', en: 'reached' }
      : both((l) =>
          l === 'vi'
            ? `còn cao hơn 10% là ${formatNumber(now.rate - 10, l, 2)} điểm %`
            : `${formatNumber(now.rate - 10, l, 2)} points above 10%`,
        ),
  };
}
