/**
 * What an indicator file says of programme periods, checked: which periods
 * its years belong to (`programmePeriods`, format version 2), and that no
 * value of a period's criteria set or status scale sits in another period's
 * year. Version 1 files predate the 2026–2030 programme: they are read as
 * 2021–2025, their definitions taking the period meaning of the catalogue's
 * indicator of the same id.
 */
import { CATALOGUE } from './catalogue';
import type { IndicatorDefinition } from './indicator-definition';
import { expectedFound, type DataProblem, type Place } from './problems';
import {
  isProgrammePeriod,
  PROGRAMME_PERIOD_NAMES,
  programmePeriodOf,
  type ProgrammePeriod,
} from './programme-period';
import type { BilingualText } from './text';

type Fail = (where: Place, message: BilingualText) => never;

/** The periods a file declares (version 2), or the one a version 1 file is read in. */
export function readProgrammePeriods(
  version: 1 | 2,
  value: unknown,
  periods: readonly string[],
  fail: Fail,
): ProgrammePeriod[] {
  const declared: ProgrammePeriod[] =
    version === 1
      ? ['2021-2025']
      : Array.isArray(value) && value.length > 0 && value.every(isProgrammePeriod)
        ? [...new Set(value)]
        : fail(
            'programmePeriods',
            expectedFound(
              {
                vi: 'danh sách giai đoạn chương trình, ví dụ ["2021-2025"] hoặc ["2026-2030"]',
                en: 'a list of programme periods such as ["2021-2025"] or ["2026-2030"]',
              },
              value,
            ),
          );
  periods.forEach((period, index) => {
    const belongs = programmePeriodOf(period);
    if (belongs && !declared.includes(belongs)) {
      fail(`periods[${index}]`, {
        vi: `năm "${period}" thuộc ${PROGRAMME_PERIOD_NAMES[belongs].vi}, nhưng tệp chỉ khai báo ${declared.map((p) => PROGRAMME_PERIOD_NAMES[p].vi).join(', ')}${version === 1 ? ' (tệp phiên bản 1 được đọc là 2021–2025; hãy dùng phiên bản 2 và khai báo "programmePeriods")' : ' trong "programmePeriods"'}`,
        en: `year "${period}" belongs to the ${PROGRAMME_PERIOD_NAMES[belongs].en}, but the file declares only ${declared.map((p) => PROGRAMME_PERIOD_NAMES[p].en).join(', ')}${version === 1 ? ' (a version 1 file is read as 2021–2025; use version 2 and declare "programmePeriods")' : ' in "programmePeriods"'}`,
      });
    }
  });
  return declared;
}

const CATALOGUE_BY_ID = new Map(CATALOGUE.map((d) => [d.id, d]));

/** A version 1 definition with the period meaning of the catalogue's indicator of its id. */
export function migrateVersion1(definition: IndicatorDefinition): IndicatorDefinition {
  const known = CATALOGUE_BY_ID.get(definition.id);
  if (!known || (known.programmePeriod === undefined && known.seriesBreak === undefined))
    return definition;
  return {
    ...definition,
    ...(known.programmePeriod ? { programmePeriod: known.programmePeriod } : {}),
    ...(known.seriesBreak ? { seriesBreak: known.seriesBreak } : {}),
  };
}

/** Whether a value of this indicator may stand in this year. */
export function fitsPeriod(definition: IndicatorDefinition, period: string): boolean {
  if (!definition.programmePeriod) return true;
  return programmePeriodOf(period) === definition.programmePeriod;
}

/**
 * Counts values refused because their year is of another period, and says
 * each indicator and year once: "ntm_status has 300 values in 2026, which
 * belongs to 2026–2030; its scale is that of 2021–2025".
 */
export class PeriodRefusals {
  private readonly counts = new Map<string, number>();

  add(definition: IndicatorDefinition, period: string): void {
    const key = `${definition.id}\u0000${period}`;
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }

  problems(file: string, byId: ReadonlyMap<string, IndicatorDefinition>): DataProblem[] {
    return [...this.counts].map(([key, count]) => {
      const [id, period] = key.split('\u0000') as [string, string];
      const own = byId.get(id)?.programmePeriod as ProgrammePeriod;
      const other = programmePeriodOf(period);
      const otherName = other
        ? PROGRAMME_PERIOD_NAMES[other]
        : { vi: 'ngoài các giai đoạn', en: 'outside the periods' };
      return {
        severity: 'error',
        file,
        where: `values["${period}"].${id}`,
        message: {
          vi: `${count} giá trị của "${id}" ở năm ${period} (${otherName.vi}) bị bỏ: chỉ tiêu này thuộc bộ tiêu chí ${PROGRAMME_PERIOD_NAMES[own].vi}, không phải cùng thước đo`,
          en: `${count} value${count > 1 ? 's' : ''} of "${id}" in ${period} (${otherName.en}) refused: this indicator belongs to the ${PROGRAMME_PERIOD_NAMES[own].en}'s criteria set, not the same measure`,
        },
      };
    });
  }
}
