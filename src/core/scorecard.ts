import { toCsv } from './csv-writer';
import type { TableCell, TableSheet } from './unit-table';
import { descendantsAt, type Hierarchy } from './hierarchy';
import type { IndicatorDataset } from './indicator-file';
import { NTM_CRITERIA, criterionId } from './ntm-criteria';
import { NTM_CRITERIA_2026, criterion2026Id } from './ntm-criteria-2026';
import { programmePeriodOf, type ProgrammePeriod } from './programme-period';
import type { BilingualText } from './text';
import type { UnitCode } from './units';

/** One criterion of the period's set, over the area's communes. */
export interface ScorecardCriterion {
  /** 1-based number in its set. */
  readonly number: number;
  /** The indicator id (ntm_c07, ntm26_c07): clicking the column maps it. */
  readonly id: string;
  readonly name: BilingualText;
  /** Communes meeting it, and communes with data for it. */
  readonly met: number;
  readonly withData: number;
  /** Communes with data that do not meet it: how many it holds back. */
  readonly notMet: number;
}

export interface ScorecardRow {
  readonly code: UnitCode;
  readonly name: string;
  /** Per criterion in set order: 1 met, 0 not met, null no data. */
  readonly cells: readonly (0 | 1 | null)[];
  readonly met: number;
  readonly withData: number;
  /** Numbers of the criteria it does not meet (with data). */
  readonly missing: readonly number[];
}

export interface Scorecard {
  readonly period: string;
  readonly programme: ProgrammePeriod;
  /** 19 or 10. */
  readonly size: number;
  /** In set order. */
  readonly criteria: readonly ScorecardCriterion[];
  /** The criteria holding most communes back first (ties in set order). */
  readonly holdingBack: readonly ScorecardCriterion[];
  readonly rows: readonly ScorecardRow[];
  /** Communes with data on every criterion that miss one or two, fewest missing first. */
  readonly closest: readonly ScorecardRow[];
}

const SETS: Record<
  ProgrammePeriod,
  { names: readonly BilingualText[]; idOf: (n: number) => string }
> = {
  '2021-2025': { names: NTM_CRITERIA, idOf: criterionId },
  '2026-2030': { names: NTM_CRITERIA_2026, idOf: criterion2026Id },
};

/**
 * The criteria scorecard of an area: its communes against each criterion
 * of the year's set (19 of 2021–2025 or 10 of 2026–2030, never mixed), how
 * many communes meet each, which criteria hold most communes back, and
 * the communes closest to the standard. Null when the year has no criteria.
 */
export function scorecard(
  hierarchy: Hierarchy,
  dataset: IndicatorDataset,
  period: string,
  area: UnitCode | null,
): Scorecard | null {
  const programme = programmePeriodOf(period);
  const values = dataset.values.get(period);
  if (!programme || !values) return null;
  const set = SETS[programme];
  const columns = set.names.map((_, i) => values.get(set.idOf(i + 1)));
  if (!columns.some((column) => column && column.size > 0)) return null;
  const communes = area
    ? descendantsAt(hierarchy, area, 'commune')
    : (hierarchy.byLevel.get('commune') ?? []);
  const rows: ScorecardRow[] = [];
  for (const code of communes) {
    const cells = columns.map((column) => {
      const value = column?.get(code);
      return value === undefined ? null : value === 1 ? 1 : 0;
    });
    const withData = cells.filter((c) => c !== null).length;
    // A commune the file says nothing of is not a row of zeros.
    if (withData === 0) continue;
    const missing = cells.flatMap((c, i) => (c === 0 ? [i + 1] : []));
    rows.push({
      code,
      name: hierarchy.units.get(code)?.name ?? code,
      cells,
      met: cells.filter((c) => c === 1).length,
      withData,
      missing,
    });
  }
  // Most criteria met first, as a planner reads a scorecard; names in Vietnamese order.
  rows.sort((a, b) => b.met - a.met || a.name.localeCompare(b.name, 'vi'));
  const criteria = set.names.map((name, i): ScorecardCriterion => {
    const withData = rows.filter((r) => r.cells[i] !== null).length;
    const met = rows.filter((r) => r.cells[i] === 1).length;
    return { number: i + 1, id: set.idOf(i + 1), name, met, withData, notMet: withData - met };
  });
  const holdingBack = [...criteria]
    .filter((c) => c.notMet > 0)
    .sort((a, b) => b.notMet - a.notMet || a.number - b.number);
  const closest = rows
    .filter(
      (r) => r.withData === set.names.length && r.missing.length >= 1 && r.missing.length <= 2,
    )
    .sort((a, b) => a.missing.length - b.missing.length || a.name.localeCompare(b.name, 'vi'));
  return { period, programme, size: set.names.length, criteria, holdingBack, rows, closest };
}

/**
 * The scorecard as a file: code, name, criteria met of those with data, then
 * each criterion as 1 (met), 0 (not met) or empty (no data), under bilingual
 * headers naming the set; a last row gives each criterion's communes meeting
 * it of those with data.
 */
export function scorecardSheet(
  card: Scorecard,
  rows: readonly ScorecardRow[] = card.rows,
): TableSheet {
  const set = card.programme === '2026-2030' ? '2026–2030' : '2021–2025';
  const header = [
    'Mã xã / Commune code',
    'Tên / Name',
    `Số tiêu chí đạt (bộ ${set}) / Criteria met (${set} set)`,
    'Số tiêu chí có số liệu / Criteria with data',
    ...card.criteria.map((c) => `TC ${c.number} ${c.name.vi} / Criterion ${c.number} ${c.name.en}`),
  ];
  const text = (value: string | null): TableCell => ({ kind: 'text', value });
  const number = (value: number | null): TableCell => ({ kind: 'number', value });
  const body = rows.map((row) => [
    text(row.code),
    text(row.name),
    number(row.met),
    number(row.withData),
    ...row.cells.map((cell) => number(cell)),
  ]);
  const totals = [
    text(''),
    text(
      `Số xã đạt / có số liệu, năm ${card.period} · Communes meeting / with data, ${card.period}`,
    ),
    text(''),
    text(''),
    ...card.criteria.map((c) => text(`${c.met}/${c.withData}`)),
  ];
  return {
    header,
    rows: [...body, totals],
    about: [
      ['Năm / Year', card.period],
      [
        'Bộ tiêu chí / Criteria set',
        `${card.size} tiêu chí, giai đoạn ${set} / ${card.size} criteria, ${set}`,
      ],
      ['1 / 0 / ô trống · empty', 'đạt / chưa đạt / không có dữ liệu · met / not met / no data'],
    ],
  };
}

/** The scorecard as CSV, rows in the order given. */
export function scorecardCsv(card: Scorecard, rows: readonly ScorecardRow[] = card.rows): string {
  const sheet = scorecardSheet(card, rows);
  return toCsv([sheet.header, ...sheet.rows.map((row) => row.map((cell) => cell.value))]);
}
