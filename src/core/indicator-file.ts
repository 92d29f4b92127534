import type { IndicatorDefinition } from './indicator-definition';
import { formatNumber } from './format';
import {
  DataFileError,
  describeValue,
  expectedFound,
  joinTexts,
  type DataProblem,
  type Place,
} from './problems';
import type { BilingualText } from './text';
import { entryOf } from './entry-of';
import { readIndicators } from './indicator-definitions-reading';
import { isObject, readText, type Fail, type Json } from './json-reading';
import { PackedColumn } from './packed-column';
import {
  fitsPeriod,
  migrateVersion1,
  PeriodRefusals,
  readProgrammePeriods,
} from './programme-check';
import type { ProgrammePeriod } from './programme-period';
import { isVintage, levelOfCodeLength, type UnitCode, type Vintage } from './units';

/** The `format` tag and the version this code reads. See data/README.md. */
export const INDICATOR_FORMAT = 'ntp-atlas/indicators';
export const INDICATOR_FORMAT_VERSION = 2;

/** Values of one period: indicator id → unit code → value. Missing = no data. */
export type PeriodValues = ReadonlyMap<string, ReadonlyMap<UnitCode, number>>;

export interface IndicatorDataset {
  readonly fileName: string;
  readonly title: BilingualText;
  /** True for generated demo data: the UI then says "dữ liệu minh họa / synthetic demo". */
  readonly synthetic: boolean;
  readonly source: BilingualText;
  /** The date the figures refer to or were published, ISO 8601. */
  readonly dataDate: string | null;
  readonly vintage: Vintage;
  /** The programme periods its years belong to (a version 1 file: 2021–2025). */
  readonly programmePeriods: readonly ProgrammePeriod[];
  readonly periods: readonly string[];
  readonly indicators: readonly IndicatorDefinition[];
  readonly values: ReadonlyMap<string, PeriodValues>;
  /** Values refused while reading (they count as no data), each with where and why. */
  readonly problems: readonly DataProblem[];
  /** The spreadsheet row (1-based) each unit's values came from, when a table gave them. */
  readonly origins?: ReadonlyMap<UnitCode, number>;
  /** Rows of a table that matched no unit; each is also listed in `problems`. */
  readonly unmatchedRecords?: number;
}

/** Whether a dataset gives any unit a value at all (a file of definitions alone does not). */
export function hasFigures(dataset: IndicatorDataset | null | undefined): boolean {
  for (const byIndicator of dataset?.values.values() ?? []) {
    for (const byCode of byIndicator.values()) if (byCode.size) return true;
  }
  return false;
}

/** Reads and checks an indicator file. Throws {@link DataFileError} when it cannot be used at all. */
export function parseIndicatorFile(input: unknown, fileName: string): IndicatorDataset {
  const fail = (where: Place, message: BilingualText): never => {
    throw new DataFileError(fileName, where, message);
  };
  if (!isObject(input))
    fail('', expectedFound({ vi: 'một đối tượng JSON', en: 'a JSON object' }, input));
  const root = input as Json;
  if (root.format !== INDICATOR_FORMAT) {
    const tag = `"${INDICATOR_FORMAT}"`;
    fail('format', expectedFound({ vi: tag, en: tag }, root.format));
  }
  if (root.version !== 1 && root.version !== INDICATOR_FORMAT_VERSION) {
    const found = describeValue(root.version);
    fail('version', {
      vi: `bản đồ này đọc phiên bản 1 và ${INDICATOR_FORMAT_VERSION}, nhưng thấy ${found.vi}`,
      en: `this atlas reads versions 1 and ${INDICATOR_FORMAT_VERSION}, found ${found.en}`,
    });
  }
  const version = root.version as 1 | 2;
  if (!isVintage(root.vintage)) {
    fail(
      'vintage',
      expectedFound(
        {
          vi: '"2021" (đơn vị hành chính trước 1/7/2025) hoặc "2025" (từ ngày đó)',
          en: '"2021" (units before 1 Jul 2025) or "2025" (units after)',
        },
        root.vintage,
      ),
    );
  }
  const vintage = root.vintage as Vintage;
  const periods = readPeriods(root.periods, fail);
  const programmePeriods = readProgrammePeriods(version, root.programmePeriods, periods, fail);
  const read = readIndicators(root.indicators, fail);
  const indicators = version === 1 ? read.map(migrateVersion1) : read;
  const problems: DataProblem[] = [];
  const values = readValues(root.values, periods, indicators, vintage, fileName, problems, fail);
  return {
    fileName,
    title: readText(root.title, 'title', fail, { vi: fileName, en: fileName }),
    synthetic: root.synthetic === true,
    source: readText(root.source, 'source', fail, { vi: '', en: '' }),
    dataDate: typeof root.dataDate === 'string' ? root.dataDate : null,
    vintage,
    programmePeriods,
    periods,
    indicators,
    values,
    problems,
  };
}

function readPeriods(value: unknown, fail: Fail): string[] {
  if (!Array.isArray(value) || value.length === 0) {
    return fail(
      'periods',
      expectedFound(
        {
          vi: 'một danh sách không rỗng, ví dụ ["2021", "2022"]',
          en: 'a non-empty list such as ["2021", "2022"]',
        },
        value,
      ),
    );
  }
  return value.map((period, index) =>
    typeof period === 'string' && period.trim() !== ''
      ? period
      : fail(
          `periods[${index}]`,
          expectedFound(
            { vi: 'tên một kỳ, ví dụ "2024"', en: 'a period label such as "2024"' },
            period,
          ),
        ),
  );
}

function readValues(
  value: unknown,
  periods: readonly string[],
  indicators: readonly IndicatorDefinition[],
  vintage: Vintage,
  fileName: string,
  problems: DataProblem[],
  fail: Fail,
): Map<string, PeriodValues> {
  if (!isObject(value)) {
    return fail(
      'values',
      expectedFound(
        {
          vi: '{"<kỳ>": {"<mã đơn vị>": {"<chỉ tiêu>": số}}}',
          en: '{"<period>": {"<unit code>": {"<indicator>": number}}}',
        },
        value,
      ),
    );
  }
  const byId = new Map(indicators.map((definition) => [definition.id, definition]));
  const result = new Map<string, PeriodValues>();
  const warn = (where: Place, message: BilingualText) =>
    problems.push({ severity: 'warning', file: fileName, where, message });
  const refusals = new PeriodRefusals();
  for (const [period, units] of Object.entries(value)) {
    if (!periods.includes(period)) {
      warn(`values["${period}"]`, {
        vi: `kỳ "${period}" không có trong "periods"; các giá trị của kỳ này bị bỏ qua`,
        en: `period "${period}" is not listed in "periods"; its values are ignored`,
      });
      continue;
    }
    if (!isObject(units)) {
      fail(`values["${period}"]`, {
        vi: 'cần một đối tượng có khóa là mã đơn vị',
        en: 'expected an object keyed by unit code',
      });
    }
    // Columns are packed as they are read: the period's codes once, a number per code each.
    const rows = Object.entries(units as Json);
    const codes: UnitCode[] = [];
    const numbers = new Map<string, Float64Array>();
    for (const [rawCode, row] of rows) {
      const where = `values["${period}"]["${rawCode}"]`;
      const level = /^\d+$/.test(rawCode) ? levelOfCodeLength(rawCode.length) : undefined;
      if (!level || (vintage === '2025' && level === 'district')) {
        warn(where, {
          vi: `"${rawCode}" không phải mã đơn vị bộ ${vintage} (tỉnh 2 chữ số, ${vintage === '2021' ? 'huyện 3, ' : ''}xã 5); dòng này bị bỏ qua`,
          en: `"${rawCode}" is not a ${vintage} unit code (2 digits province, ${vintage === '2021' ? '3 district, ' : ''}5 commune); row ignored`,
        });
        continue;
      }
      if (!isObject(row)) {
        warn(
          where,
          expectedFound(
            { vi: 'một đối tượng giá trị chỉ tiêu', en: 'an object of indicator values' },
            row,
          ),
        );
        continue;
      }
      const at = codes.length;
      codes.push(rawCode as UnitCode);
      for (const [id, cell] of Object.entries(row)) {
        const definition = byId.get(id);
        if (!definition) {
          warn(`${where}.${id}`, {
            vi: `chỉ tiêu "${id}" không được định nghĩa trong "indicators"; giá trị bị bỏ qua`,
            en: `indicator "${id}" is not defined in "indicators"; value ignored`,
          });
          continue;
        }
        if (cell === null) continue; // explicit no data
        if (!fitsPeriod(definition, period)) {
          refusals.add(definition, period);
          continue;
        }
        const refusal = checkValue(definition, cell);
        if (refusal) {
          warn(`${where}.${id}`, joinTexts(refusal, COUNTED_AS_NO_DATA));
          continue;
        }
        // Made when the period's first value of the indicator is read: a catalogue
        // of sixty indicators with values for seven costs seven columns.
        entryOf(numbers, id, () => new Float64Array(rows.length).fill(NaN))[at] = cell as number;
      }
    }
    const columns = new Map<string, ReadonlyMap<UnitCode, number>>(
      indicators.map((d) => {
        const column = numbers.get(d.id);
        // Exactly as long as the codes kept, in a buffer of its own (handed to the page whole).
        const own = column && column.length > codes.length ? column.slice(0, codes.length) : column;
        return [d.id, own ? new PackedColumn(codes, own) : new Map()];
      }),
    );
    result.set(period, columns);
  }
  problems.push(...refusals.problems(fileName, byId));
  return result;
}

/** Why a cell cannot be used, or null when it can. */
export function checkValue(definition: IndicatorDefinition, cell: unknown): BilingualText | null {
  if (typeof cell !== 'number' || !Number.isFinite(cell)) {
    return expectedFound({ vi: 'một số hoặc null', en: 'a number or null' }, cell);
  }
  if (definition.categories && !definition.categories.some((c) => c.value === cell)) {
    const values = definition.categories.map((c) => c.value).join(', ');
    return {
      vi: `${cell} không thuộc các nhóm (${values})`,
      en: `${cell} is not one of the categories (${values})`,
    };
  }
  if (definition.kind === 'count' && (!Number.isInteger(cell) || cell < 0)) {
    return {
      vi: `số đếm phải là số nguyên ≥ 0, nhưng thấy ${formatNumber(cell, 'vi', 6)}`,
      en: `a count must be a whole number ≥ 0, found ${cell}`,
    };
  }
  if (definition.domain && (cell < definition.domain[0] || cell > definition.domain[1])) {
    const [min, max] = definition.domain;
    // In Vietnamese as a Vietnamese sheet writes it (104,5); in English as the file has it.
    const vi = (n: number) => formatNumber(n, 'vi', 6);
    return {
      vi: `${vi(cell)} nằm ngoài khoảng ${vi(min)}–${vi(max)}`,
      en: `${cell} is outside ${min}–${max}`,
    };
  }
  return null;
}

/** Said of a value that was refused: the map shows its unit as "no data". */
export const COUNTED_AS_NO_DATA: BilingualText = {
  vi: 'coi như không có dữ liệu',
  en: 'counted as no data',
};
