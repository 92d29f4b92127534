/**
 * A CSV or Excel table, once the user has said what each column is, turned
 * into an indicator dataset on the loaded boundaries — with every problem
 * reported by row and column: codes without a boundary, names that fit no
 * unit or several, a unit given twice, cells that are not numbers, values
 * outside the indicator's domain, empty cells. Nothing is dropped silently.
 */
import { readCategoryCell } from './category-cell';
import { detectDecimalSeparator, readCellNumber } from './cell-number';
import type { ColumnRole } from './column-suggestions';
import type { Hierarchy } from './hierarchy';
import { withIndicators2026 } from './catalogue-2026';
import type { IndicatorDefinition } from './indicator-definition';
import {
  checkValue,
  COUNTED_AS_NO_DATA,
  type IndicatorDataset,
  type PeriodValues,
} from './indicator-file';
import { matchName } from './name-match';
import { DataFileError, joinTexts, type DataProblem, type Place } from './problems';
import type { TableCell, TableLayout } from './table-header';
import {
  textOf,
  ROW_NOT_SHOWN,
  columnPlace,
  listRows,
  levelOfCodeColumn,
  codeOfCell,
  nameIndexFor,
  periodOfRow,
  warnIfFractions,
} from './table-cells';
import { fitsPeriod, PeriodRefusals } from './programme-check';
import { PROGRAMME_PERIODS, programmePeriodOf, type ProgrammePeriod } from './programme-period';
import { foldVietnamese, type BilingualText, type Language } from './text';
import { LEVEL_WORDS, type Level, type UnitCode } from './units';

/** A table as read from its file: rows of cells, and how to read its numbers. */
export interface TableSource {
  readonly fileName: string;
  readonly sheet: string | null;
  readonly rows: readonly (readonly TableCell[])[];
  readonly decimalHint: ',' | '.';
}

/** What the user said each column is, and which period the rows are of. */
export interface TableMapping {
  readonly columns: readonly ColumnRole[];
  /** A column of years, or one period for the whole table ("2024"). */
  readonly period: { readonly column: number } | { readonly fixed: string };
}

/** A row whose name fits several units: the user picks one (or none). */
export interface AmbiguousRow {
  /** 1-based, as the spreadsheet numbers its rows. */
  readonly row: number;
  readonly name: string;
  readonly parentNames: readonly string[];
  readonly candidates: readonly UnitCode[];
}

export interface TableImport {
  readonly dataset: IndicatorDataset;
  /** Rows left out until the user chooses their unit. */
  readonly ambiguous: readonly AmbiguousRow[];
  readonly rowsRead: number;
  readonly rowsMatched: number;
}

/** Rows that total the others ("Tổng cộng", "Toàn tỉnh"): the atlas computes totals itself. */
const TOTAL_ROW =
  /^(tong cong|tong so|tong|cong|toan tinh|toan huyen|toan thanh pho|ca nuoc|total)\b/;

/** How a table names its file in problems: "ket-qua.xlsx › Sheet1". */
const tableFileLabel = (table: TableSource) =>
  table.sheet ? `${table.fileName} › ${table.sheet}` : table.fileName;

/** The indicators a mapping uses, with those their aggregation rules refer to. */
function indicatorsOfMapping(
  mapping: TableMapping,
  catalogue: readonly IndicatorDefinition[],
): IndicatorDefinition[] {
  // "Chỉ tiêu 7.2" columns: their definitions are made from the number.
  const mapped = mapping.columns.flatMap((role) => (role.role === 'indicator' ? [role.id] : []));
  const known = withIndicators2026(catalogue, mapped);
  const byId = new Map(known.map((d) => [d.id, d]));
  const wanted = new Set<string>();
  const add = (id: string) => {
    const definition = byId.get(id);
    if (!definition || wanted.has(id)) return;
    wanted.add(id);
    if (definition.aggregation.rule === 'ratio') {
      [...definition.aggregation.numerator, ...definition.aggregation.denominator].forEach(add);
    }
  };
  for (const id of mapped) add(id);
  return known.filter((d) => wanted.has(d.id));
}

/**
 * Converts the table. `choices` holds the user's answer for ambiguous rows
 * (row → unit code, or null for "none of these"); rows still ambiguous are
 * returned for the user to decide and left out meanwhile.
 */
export function importTable(
  table: TableSource,
  layout: TableLayout,
  mapping: TableMapping,
  hierarchy: Hierarchy,
  catalogue: readonly IndicatorDefinition[],
  choices: ReadonlyMap<number, UnitCode | null> = new Map(),
): TableImport {
  const file = tableFileLabel(table);
  const problems: DataProblem[] = [];
  const report = (severity: DataProblem['severity'], where: Place, message: BilingualText) =>
    problems.push({ severity, file, where, message });
  const rowPlace = (row: number, detail = ''): BilingualText => ({
    vi: `dòng ${row}${detail}`,
    en: `row ${row}${detail}`,
  });
  const cellPlace = (row: number, column: number): BilingualText => ({
    vi: `dòng ${row}, cột "${headerOf(column)}"`,
    en: `row ${row}, column "${headerOf(column)}"`,
  });
  const headerOf = (column: number) => layout.headers[column] ?? `#${column + 1}`;
  const columnsWith = (role: ColumnRole['role']) =>
    mapping.columns.flatMap((r, column) => (r.role === role ? [column] : []));
  const codeColumn = columnsWith('code')[0];
  const nameColumn = columnsWith('name')[0];
  const parentColumns = columnsWith('parentName');
  if (codeColumn === undefined && nameColumn === undefined) {
    throw new DataFileError(file, '', {
      vi: 'Chọn cột mã hoặc cột tên đơn vị',
      en: 'Choose the unit code or unit name column',
    });
  }
  const definitions = indicatorsOfMapping(mapping, catalogue);
  const byId = new Map(definitions.map((d) => [d.id, d]));
  const indicatorColumns = mapping.columns.flatMap((role, column) =>
    role.role === 'indicator' && byId.has(role.id)
      ? [{ column, definition: byId.get(role.id) as IndicatorDefinition }]
      : [],
  );
  if (indicatorColumns.length === 0) {
    throw new DataFileError(file, '', {
      vi: 'Chọn ít nhất một cột chỉ tiêu',
      en: 'Choose at least one indicator column',
    });
  }

  // One table, one criteria set: 19 criteria of 2021–2025 beside 10 of 2026–2030 is a mistake.
  const bound = indicatorColumns.filter(({ definition }) => definition.programmePeriod);
  const periodsOfColumns = new Set(bound.map(({ definition }) => definition.programmePeriod));
  if (periodsOfColumns.size > 1) {
    const list = (period: ProgrammePeriod) =>
      bound
        .filter(({ definition }) => definition.programmePeriod === period)
        .map(({ column }) => `"${headerOf(column)}"`)
        .join(', ');
    throw new DataFileError(file, '', {
      vi: `trộn tiêu chí của hai giai đoạn: ${list('2021-2025')} thuộc bộ 2021–2025 (19 tiêu chí), ${list('2026-2030')} thuộc bộ 2026–2030 (10 tiêu chí); hãy tách thành hai bảng, hoặc bỏ qua các cột của một giai đoạn`,
      en: `mixes criteria of two periods: ${list('2021-2025')} are of the 2021–2025 set (19 criteria), ${list('2026-2030')} of the 2026–2030 set (10 criteria); split them into two tables, or ignore one period's columns`,
    });
  }
  const periodRefusals = new PeriodRefusals();

  const dataRows = table.rows
    .map((cells, index) => ({ cells, row: index + 1 }))
    .slice(layout.firstDataRow)
    .filter(({ cells }) => cells.some((c) => c !== null && String(c).trim() !== ''));

  if (dataRows.length === 0) {
    throw new DataFileError(file, '', {
      vi: 'chỉ có dòng tiêu đề, không có dòng số liệu nào; không nhập gì, bản đồ giữ nguyên',
      en: 'has a header but no rows of figures; nothing was imported and the map stays as it was',
    });
  }
  const codeLevel =
    codeColumn === undefined
      ? null
      : levelOfCodeColumn(
          dataRows.map((r) => r.cells[codeColumn] ?? null),
          headerOf(codeColumn),
          hierarchy,
        );
  const nameIndex =
    nameColumn === undefined
      ? null
      : nameIndexFor(
          dataRows.map((r) => ({
            name: textOf(r.cells[nameColumn]),
            parents: parentColumns.map((c) => textOf(r.cells[c])),
          })),
          hierarchy,
        );

  const decimals = new Map(
    indicatorColumns.map(({ column }) => [
      column,
      detectDecimalSeparator(
        dataRows.map((r) => r.cells[column]),
        table.decimalHint,
      ),
    ]),
  );
  const values = new Map<string, Map<string, Map<UnitCode, number>>>();
  const firstRowOf = new Map<string, number>();
  const emptyRows = new Map<number, number[]>(indicatorColumns.map(({ column }) => [column, []]));
  const ambiguous: AmbiguousRow[] = [];
  const origins = new Map<UnitCode, number>();
  let rowsMatched = 0;
  let unmatchedRows = 0;
  /** Codes whose leading zeros were lost and put back: said once, with examples. */
  const padded: { row: number; from: string; to: UnitCode }[] = [];

  for (const { cells, row } of dataRows) {
    const nameText = nameColumn === undefined ? '' : textOf(cells[nameColumn]);
    const labelText = nameText || (codeColumn === undefined ? '' : textOf(cells[codeColumn]));
    if (TOTAL_ROW.test(foldVietnamese(labelText))) {
      report('warning', rowPlace(row), {
        vi: `"${labelText}" là dòng tổng; bỏ qua, vì bản đồ tự cộng các đơn vị`,
        en: `"${labelText}" is a total row; skipped, since the atlas adds up the units itself`,
      });
      continue;
    }
    // Which unit: by code when the row has one, else by name within its parents.
    let code: UnitCode | null = null;
    const rawCode = codeColumn === undefined ? null : (cells[codeColumn] ?? null);
    if (rawCode !== null && String(rawCode).trim() !== '' && codeLevel) {
      const found = codeOfCell(rawCode, codeLevel, hierarchy);
      if (!found.ok) {
        unmatchedRows += 1;
        report('error', cellPlace(row, codeColumn as number), found.reason);
        continue;
      }
      code = found.code;
      if (found.padded) padded.push({ row, from: String(rawCode).trim(), to: found.code });
    } else if (nameIndex && nameText) {
      const parents = parentColumns.map((c) => textOf(cells[c])).filter(Boolean);
      const match = matchName(nameIndex, nameText, parents);
      if (match.kind === 'matched') code = match.code;
      else if (match.kind === 'ambiguous') {
        const choice = choices.get(row);
        if (choice === undefined) {
          ambiguous.push({
            row,
            name: nameText,
            parentNames: parents,
            candidates: match.candidates,
          });
          continue;
        }
        if (choice === null || !match.candidates.includes(choice)) {
          unmatchedRows += 1;
          report('warning', rowPlace(row, ` ("${nameText}")`), {
            vi: 'khớp với nhiều đơn vị mà chưa chọn đơn vị nào; dòng không được hiển thị',
            en: 'fits several units and none was chosen; row not shown',
          });
          continue;
        }
        code = choice;
      } else {
        unmatchedRows += 1;
        const level = LEVEL_WORDS[nameIndex.level];
        report(
          'error',
          rowPlace(row, ` ("${nameText}"${parents.length ? `, ${parents.join(', ')}` : ''})`),
          {
            vi: `${match.reason.vi} trong các ${level.vi} của bộ ranh giới ${hierarchy.vintage}; dòng không được hiển thị`,
            en: `${match.reason.en} among the ${level.en}s of the ${hierarchy.vintage} boundaries; row not shown`,
          },
        );
        continue;
      }
    } else {
      unmatchedRows += 1;
      report('error', rowPlace(row), {
        vi: 'không có mã đơn vị cũng không có tên đơn vị; dòng không được hiển thị',
        en: 'has neither a unit code nor a unit name; row not shown',
      });
      continue;
    }

    const period = periodOfRow(cells, mapping.period);
    if (!period.ok) {
      report('error', rowPlace(row), joinTexts(period.reason, ROW_NOT_SHOWN));
      continue;
    }
    const key = `${code}@${period.value}`;
    const earlier = firstRowOf.get(key);
    if (earlier !== undefined) {
      const unit = `${code} (${hierarchy.units.get(code)?.name ?? ''})`;
      report('error', rowPlace(row), {
        vi: `lặp lại ${unit} cho năm ${period.value}, đã có ở dòng ${earlier}; giữ dòng đầu`,
        en: `repeats ${unit} for ${period.value}, first given in row ${earlier}; the first row is kept`,
      });
      continue;
    }
    firstRowOf.set(key, row);
    origins.set(code, row);
    rowsMatched += 1;
    let byIndicator = values.get(period.value);
    if (!byIndicator) values.set(period.value, (byIndicator = new Map()));

    for (const { column, definition } of indicatorColumns) {
      const raw = cells[column] ?? null;
      const where = cellPlace(row, column);
      if (!fitsPeriod(definition, period.value)) {
        if (raw !== null && String(raw).trim() !== '') periodRefusals.add(definition, period.value);
        continue;
      }
      let value: number;
      if (definition.categories) {
        const read = readCategoryCell(definition, raw);
        if (read.kind === 'missing') {
          emptyRows.get(column)?.push(row);
          continue;
        }
        if (read.kind === 'unknown') {
          const allowed = (language: Language) =>
            (definition.categories ?? [])
              .map((c) => `${c.value} (${c.label[language]})`)
              .join(', ');
          report(
            'warning',
            where,
            joinTexts(
              {
                vi: `"${read.raw}" không phải ${allowed('vi')}`,
                en: `"${read.raw}" is none of ${allowed('en')}`,
              },
              COUNTED_AS_NO_DATA,
            ),
          );
          continue;
        }
        value = read.value;
      } else {
        const read = readCellNumber(raw, decimals.get(column) ?? table.decimalHint);
        if (read.kind === 'missing') {
          emptyRows.get(column)?.push(row);
          continue;
        }
        if (read.kind === 'invalid') {
          report(
            'warning',
            where,
            joinTexts(
              { vi: `"${read.raw}" không phải là số`, en: `"${read.raw}" is not a number` },
              COUNTED_AS_NO_DATA,
            ),
          );
          continue;
        }
        value = read.value;
      }
      const refusal = checkValue(definition, value);
      if (refusal) {
        report('warning', where, joinTexts(refusal, COUNTED_AS_NO_DATA));
        continue;
      }
      let byCode = byIndicator.get(definition.id);
      if (!byCode) byIndicator.set(definition.id, (byCode = new Map()));
      byCode.set(code, value);
    }
  }

  if (padded.length > 0 && codeColumn !== undefined) {
    const examples = padded
      .slice(0, 5)
      .map((p) => `${p.from} → ${p.to}`)
      .join(', ');
    const more = padded.length > 5 ? ', …' : '';
    report('warning', columnPlace(headerOf(codeColumn)), {
      vi: `${padded.length} mã đã mất số 0 ở đầu (thường do Excel) nên được thêm lại thành mã ${LEVEL_WORDS[codeLevel as Level].vi}: ${examples}${more} (dòng ${listRows(padded.map((p) => p.row))}); hãy kiểm tra`,
      en: `${padded.length} code${padded.length > 1 ? 's' : ''} had lost ${padded.length > 1 ? 'their' : 'its'} leading zeros (Excel drops them) and ${padded.length > 1 ? 'were' : 'was'} padded as ${codeLevel} codes: ${examples}${more} (row${padded.length > 1 ? 's' : ''} ${listRows(padded.map((p) => p.row))}); please check`,
    });
  }

  for (const { column, definition } of indicatorColumns) {
    const rows = emptyRows.get(column) ?? [];
    if (rows.length) {
      const s = rows.length > 1 ? 's' : '';
      report('warning', columnPlace(headerOf(column)), {
        vi: `${rows.length} ô trống hoặc ô ghi "không có số liệu" (dòng ${listRows(rows)}); hiện là không có dữ liệu, không phải 0`,
        en: `${rows.length} empty cell${s} or "no figure" mark${s} (row${s} ${listRows(rows)}); shown as no data, not 0`,
      });
    }
    if (definition.kind === 'rate') warnIfFractions(values, definition, headerOf(column), report);
  }

  problems.push(...periodRefusals.problems(file, byId));
  const periods = [...values.keys()].sort();
  const programmePeriods = PROGRAMME_PERIODS.filter((p) =>
    periods.some((period) => programmePeriodOf(period) === p),
  );
  const dataset: IndicatorDataset = {
    fileName: file,
    title: { vi: file, en: file },
    synthetic: false,
    source: { vi: file, en: file },
    dataDate: null,
    vintage: hierarchy.vintage,
    programmePeriods: programmePeriods.length ? programmePeriods : ['2021-2025'],
    periods,
    indicators: definitions,
    values: new Map(periods.map((p) => [p, values.get(p) as PeriodValues])),
    problems,
    origins,
    unmatchedRecords: unmatchedRows,
  };
  return { dataset, ambiguous, rowsRead: dataRows.length, rowsMatched };
}
