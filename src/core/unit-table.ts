import { isHistoryView } from './history-view';
import { PROGRAMME_PERIOD_NAMES, programmePeriodOf } from './programme-period';
import type { UnitValue } from './aggregate';
import { toCsv } from './csv-writer';
import { isWithin, type Hierarchy } from './hierarchy';
import { layerBase, layerLabel, layerUnit } from './layer';
import { passesFilter, type MapView } from './map-view';
import type { Language } from './text';
import type { UnitCode } from './units';

/** One unit as the table shows it. */
export interface TableRow {
  readonly code: UnitCode;
  readonly name: string;
  readonly parentName: string | null;
  readonly value: number | null;
  /** The unit's full value: parts of a ratio or share, the two periods of a change. */
  readonly detail: UnitValue | undefined;
  readonly from: number | null;
  readonly to: number | null;
  /** 1 for the highest value among all units of the level; ties share a rank; null for no data. */
  readonly rank: number | null;
  readonly classIndex: number | null;
}

export type SortKey = 'name' | 'code' | 'parent' | 'value' | 'rank';
export type SortDirection = 'ascending' | 'descending';

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/**
 * The units of the level inside `within` (the unit drilled into, if any),
 * passing the legend filter. Ranks are over the whole level, so filtering or
 * drilling never changes a unit's rank.
 */
export function tableRows(
  view: MapView,
  hierarchy: Hierarchy,
  within: UnitCode | null = view.focus?.code ?? null,
): TableRow[] {
  const ranks = rankOf(view);
  const rows: TableRow[] = [];
  for (const code of view.codes) {
    if (within && !isWithin(hierarchy, code, within)) continue;
    if (!passesFilter(view, code)) continue;
    const unit = hierarchy.units.get(code);
    if (!unit) continue;
    const parent = unit.parent ? hierarchy.units.get(unit.parent) : undefined;
    const value = view.values.get(code);
    const parts = view.change?.parts.get(code);
    rows.push({
      code,
      name: unit.name,
      parentName: parent?.name ?? null,
      value: value?.value ?? null,
      detail: value,
      from: parts?.from.value ?? null,
      to: parts?.to.value ?? null,
      rank: ranks.get(code) ?? null,
      classIndex: view.classOf.get(code) ?? null,
    });
  }
  return rows;
}

/** Competition ranking ("1, 2, 2, 4") by value, highest first, over every unit of the level. */
function rankOf(view: MapView): Map<UnitCode, number> {
  const withValues: { code: UnitCode; value: number }[] = [];
  for (const code of view.codes) {
    const value = view.values.get(code)?.value;
    if (value !== null && value !== undefined) withValues.push({ code, value });
  }
  withValues.sort((a, b) => b.value - a.value);
  const ranks = new Map<UnitCode, number>();
  withValues.forEach((entry, index) => {
    const previous = withValues[index - 1];
    const rank =
      previous && previous.value === entry.value ? (ranks.get(previous.code) as number) : index + 1;
    ranks.set(entry.code, rank);
  });
  return ranks;
}

/**
 * Rows sorted by a column. Names sort in Vietnamese order (A Ă Â B … Đ …);
 * units with no data always come last, whichever the direction, since "no
 * data" is neither high nor low.
 */
export function sortRows(
  rows: readonly TableRow[],
  key: SortKey,
  direction: SortDirection,
): TableRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const byName = (a: TableRow, b: TableRow) =>
    collator.compare(a.name, b.name) || a.code.localeCompare(b.code);
  const compare = (a: TableRow, b: TableRow): number => {
    switch (key) {
      case 'name':
        return sign * byName(a, b);
      case 'code':
        return sign * a.code.localeCompare(b.code);
      case 'parent':
        return sign * collator.compare(a.parentName ?? '', b.parentName ?? '') || byName(a, b);
      case 'value':
      case 'rank': {
        const x = key === 'value' ? a.value : a.rank;
        const y = key === 'value' ? b.value : b.rank;
        if (x === null || y === null) return x === y ? byName(a, b) : x === null ? 1 : -1;
        return sign * (x - y) || byName(a, b);
      }
    }
  };
  return [...rows].sort(compare);
}

/** A column title in both languages, as the CSV header carries it. */
function both(vi: string, en: string): string {
  return vi === en ? vi : `${vi} / ${en}`;
}

/** Numbers in the CSV keep their precision (up to 4 decimals), in the dot notation spreadsheets import. */
function csvNumber(value: number | null | undefined): number | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  return Math.round(value * 1e4) / 1e4;
}

/** A cell of the table's file: what it is decides how a spreadsheet holds it. */
export type TableCell =
  | { readonly kind: 'text'; readonly value: string | null }
  | { readonly kind: 'number'; readonly value: number | null }
  /** A rate or share in percent (12.5 for 12.5 %): a workbook stores 0.125 under a percent format. */
  | { readonly kind: 'percent'; readonly value: number | null };

/** The table's file as header and typed cells: one description for the CSV and the workbook. */
export interface TableSheet {
  readonly header: readonly string[];
  readonly rows: readonly (readonly TableCell[])[];
  /** Where the numbers come from and what they are of: said once, beside the rows. */
  readonly about: readonly (readonly [string, string])[];
}

/**
 * Exactly the rows shown, in the order shown, with bilingual headers that
 * name the indicator, its unit, its period (or the two periods of a change)
 * and a share's base, so the file stands on its own. "No data" is an empty
 * cell, never 0.
 */
export function tableSheet(
  view: MapView,
  rows: readonly TableRow[],
  source: { readonly source: string | null; readonly dataDate: string | null } = {
    source: null,
    dataDate: null,
  },
): TableSheet {
  const layer = view.layer;
  if (!layer) return { header: [], rows: [], about: [] };
  const label = layerLabel(layer);
  const unit = layerUnit(layer);
  const base = layerBase(layer);
  const unitText = (lang: Language) => (unit ? ` (${unit[lang]})` : '');
  const when = view.change ? `${view.change.from}→${view.change.to}` : (view.period ?? '');
  // The programme period belongs to the number: "… 2026 (giai đoạn 2026–2030)".
  const programme = programmePeriodOf(view.change?.to ?? view.period ?? '');
  const inPeriod = (lang: Language) =>
    programme ? ` (${PROGRAMME_PERIOD_NAMES[programme][lang]})` : '';
  // A year computed from the old units says so in the file, which travels without the legend.
  const recomputed = isHistoryView(view) ? view.recomputed : null;
  const computedNote = (lang: Language) =>
    recomputed
      ? lang === 'vi'
        ? ` [${recomputed.periods.join(', ')}: tính lại từ đơn vị cũ, địa giới ${recomputed.from}]`
        : ` [${recomputed.periods.join(', ')}: computed from the old units, ${recomputed.from} boundaries]`
      : '';
  const valueHeader = both(
    `${view.change ? 'Thay đổi ' : ''}${label.vi}${unitText('vi')} ${when}${inPeriod('vi')}${computedNote('vi')}`,
    `${view.change ? 'Change in ' : ''}${label.en}${unitText('en')} ${when}${inPeriod('en')}${computedNote('en')}`,
  );
  // Parts are the numerator and base of a share or a ratio (a mean's parts are not worth a column).
  const hasParts =
    (layer.share !== undefined && !layer.count) || layer.indicator.aggregation.rule === 'ratio';
  const header: string[] = [
    both(`Mã (địa giới ${view.vintage})`, `Code (${view.vintage} boundaries)`),
    both('Tên', 'Name'),
    both('Thuộc', 'Part of'),
    valueHeader,
  ];
  if (view.change) header.push(both(`Năm ${view.change.from}`, view.change.from));
  if (view.change) header.push(both(`Năm ${view.change.to}`, view.change.to));
  if (hasParts && !view.change) {
    header.push(both('Tử số', 'Numerator'));
    header.push(both(`Mẫu số${base ? ` (${base.vi})` : ''}`, `Base${base ? ` (${base.en})` : ''}`));
  }
  header.push(both('Hạng', 'Rank'), both('Lớp', 'Class'));
  // A percentage stays a percentage; a change in a rate is in points, a plain number.
  const percent = unit?.vi === '%' && !view.change;
  const valueCell = (value: number | null | undefined): TableCell =>
    percent
      ? { kind: 'percent', value: csvNumber(value) }
      : { kind: 'number', value: csvNumber(value) };
  const number = (value: number | null | undefined): TableCell => ({
    kind: 'number',
    value: csvNumber(value),
  });
  const text = (value: string | null): TableCell => ({ kind: 'text', value });
  const classes = view.classification?.classes ?? [];
  const body = rows.map((row) => {
    const cells: TableCell[] = [
      text(row.code),
      text(row.name),
      text(row.parentName),
      valueCell(row.value),
    ];
    if (view.change) cells.push(valueCell(row.from), valueCell(row.to));
    if (hasParts && !view.change)
      cells.push(number(row.detail?.numerator), number(row.detail?.denominator));
    const klass = row.classIndex === null ? null : classes[row.classIndex];
    cells.push(
      number(row.rank),
      text(klass ? both(klass.label.vi, klass.label.en) : both('Không có dữ liệu', 'No data')),
    );
    return cells;
  });
  const about: [string, string][] = [
    [both('Chỉ tiêu', 'Indicator'), both(label.vi, label.en)],
    [both('Năm', 'Year'), when],
    ...(programme
      ? [
          [
            both('Giai đoạn', 'Programme period'),
            both(PROGRAMME_PERIOD_NAMES[programme].vi, PROGRAMME_PERIOD_NAMES[programme].en),
          ] as [string, string],
        ]
      : []),
    [
      both('Địa giới', 'Boundaries'),
      both(
        view.vintage === '2021' ? 'trước 1/7/2025' : 'từ 1/7/2025',
        view.vintage === '2021' ? 'before 1 Jul 2025' : 'from 1 Jul 2025',
      ),
    ],
    ...(base ? [[both('Mẫu số', 'Base'), both(base.vi, base.en)] as [string, string]] : []),
    ...(recomputed
      ? [
          [
            both('Tính lại', 'Computed'),
            both(computedNote('vi').trim(), computedNote('en').trim()),
          ] as [string, string],
        ]
      : []),
    ...(source.source ? [[both('Nguồn', 'Source'), source.source] as [string, string]] : []),
    ...(source.dataDate
      ? [[both('Ngày số liệu', 'Data date'), source.dataDate] as [string, string]]
      : []),
    [both('Ô trống', 'Empty cell'), both('không có dữ liệu (không phải 0)', 'no data (not 0)')],
  ];
  return { header, rows: body, about };
}

/** The table as CSV (UTF-8 with BOM, so Excel reads Vietnamese), numbers in percent as shown. */
export function tableCsv(view: MapView, rows: readonly TableRow[]): string {
  const sheet = tableSheet(view, rows);
  if (sheet.header.length === 0) return toCsv([]);
  return toCsv([sheet.header, ...sheet.rows.map((row) => row.map((cell) => cell.value))]);
}
