import { isProgrammePeriod, type ProgrammePeriod } from './programme-period';
import type {
  AggregationRule,
  CategoryDefinition,
  ClassificationHint,
  IndicatorDefinition,
  IndicatorKind,
  ShareDefinition,
} from './indicator-definition';
import { COLOUR_EXAMPLES, safeColour } from './css-colour';
import { AN_OBJECT, isObject, readText, type Fail } from './json-reading';
import { expectedFound, same } from './problems';
import { isLevel } from './units';

/**
 * The `indicators` part of an indicator file: each indicator's id, kind,
 * labels, domain, categories, aggregation rule and classification hint,
 * checked one by one.
 */

const KINDS: readonly IndicatorKind[] = ['category', 'ordinal', 'count', 'rate', 'amount'];
const ID_PATTERN = /^[a-z][a-z0-9_]*$/;

export function readIndicators(value: unknown, fail: Fail): IndicatorDefinition[] {
  if (!Array.isArray(value) || value.length === 0) {
    return fail(
      'indicators',
      expectedFound(
        {
          vi: 'một danh sách định nghĩa chỉ tiêu không rỗng',
          en: 'a non-empty list of indicator definitions',
        },
        value,
      ),
    );
  }
  const definitions = value.map((entry, index) =>
    readIndicator(entry, `indicators[${index}]`, fail),
  );
  const ids = new Set<string>();
  definitions.forEach((definition, index) => {
    if (ids.has(definition.id)) {
      fail(`indicators[${index}].id`, {
        vi: `"${definition.id}" được định nghĩa hai lần`,
        en: `"${definition.id}" is defined twice`,
      });
    }
    ids.add(definition.id);
  });
  definitions.forEach((definition, index) => {
    const rule = definition.aggregation;
    if (rule.rule === 'shares') {
      for (const share of rule.shares) {
        if (share.within && !ids.has(share.within.indicator)) {
          fail(`indicators[${index}].aggregation`, {
            vi: `tỷ lệ "${share.id}" tính trong các xã theo chỉ tiêu "${share.within.indicator}", nhưng chỉ tiêu này chưa được định nghĩa`,
            en: `share "${share.id}" is taken within units by indicator "${share.within.indicator}", which is not defined`,
          });
        }
      }
    }
    if (rule.rule !== 'ratio') return;
    for (const part of [...rule.numerator, ...rule.denominator]) {
      if (!ids.has(part)) {
        fail(`indicators[${index}].aggregation`, {
          vi: `nhắc đến chỉ tiêu "${part}", nhưng chỉ tiêu này chưa được định nghĩa`,
          en: `refers to indicator "${part}", which is not defined`,
        });
      }
    }
  });
  return definitions;
}

function readIndicator(entry: unknown, where: string, fail: Fail): IndicatorDefinition {
  if (!isObject(entry)) return fail(where, expectedFound(AN_OBJECT, entry));
  const id = entry.id;
  if (typeof id !== 'string' || !ID_PATTERN.test(id)) {
    fail(
      `${where}.id`,
      expectedFound(
        {
          vi: 'một mã viết thường, ví dụ "poor_households"',
          en: 'a lower-case identifier like "poor_households"',
        },
        id,
      ),
    );
  }
  const kind = entry.kind as IndicatorKind;
  if (!KINDS.includes(kind)) {
    fail(
      `${where}.kind`,
      expectedFound(
        { vi: `một trong ${KINDS.join(', ')}`, en: `one of ${KINDS.join(', ')}` },
        entry.kind,
      ),
    );
  }
  const categories =
    entry.categories === undefined
      ? undefined
      : readCategories(entry.categories, `${where}.categories`, fail);
  if ((kind === 'category' || kind === 'ordinal') && !categories) {
    fail(`${where}.categories`, {
      vi: `chỉ tiêu loại ${kind} cần danh sách các nhóm`,
      en: `a ${kind} indicator needs its list of categories`,
    });
  }
  const baseLevel = entry.baseLevel ?? 'commune';
  if (!isLevel(baseLevel)) {
    fail(
      `${where}.baseLevel`,
      expectedFound(
        { vi: 'province, district hoặc commune', en: 'province, district or commune' },
        baseLevel,
      ),
    );
  }
  return {
    id: id as string,
    label: readText(entry.label, `${where}.label`, fail),
    description:
      entry.description === undefined
        ? undefined
        : readText(entry.description, `${where}.description`, fail),
    program: typeof entry.program === 'string' ? entry.program : 'other',
    kind,
    unit: entry.unit === undefined ? undefined : readText(entry.unit, `${where}.unit`, fail),
    domain: readDomain(entry.domain, `${where}.domain`, fail),
    categories,
    aggregation: readAggregation(entry.aggregation, `${where}.aggregation`, fail),
    baseLevel: baseLevel as IndicatorDefinition['baseLevel'],
    higherIsBetter: typeof entry.higherIsBetter === 'boolean' ? entry.higherIsBetter : undefined,
    classification: readClassification(entry.classification, `${where}.classification`, fail),
    source:
      entry.source === undefined ? undefined : readText(entry.source, `${where}.source`, fail),
    ...readPeriodFields(entry, where, fail),
  };
}

/** `programmePeriod` and `seriesBreak`, when given, checked. */
function readPeriodFields(
  entry: Record<string, unknown>,
  where: string,
  fail: Fail,
): Pick<IndicatorDefinition, 'programmePeriod' | 'seriesBreak'> {
  const result: { programmePeriod?: ProgrammePeriod; seriesBreak?: 'poverty-standard' } = {};
  if (entry.programmePeriod !== undefined) {
    if (!isProgrammePeriod(entry.programmePeriod))
      fail(
        `${where}.programmePeriod`,
        expectedFound(same('"2021-2025" | "2026-2030"'), entry.programmePeriod),
      );
    result.programmePeriod = entry.programmePeriod as ProgrammePeriod;
  }
  if (entry.seriesBreak !== undefined) {
    if (entry.seriesBreak !== 'poverty-standard')
      fail(`${where}.seriesBreak`, expectedFound(same('"poverty-standard"'), entry.seriesBreak));
    result.seriesBreak = 'poverty-standard';
  }
  return result;
}

function readDomain(
  value: unknown,
  where: string,
  fail: Fail,
): readonly [number, number] | undefined {
  if (value === undefined) return undefined;
  if (
    Array.isArray(value) &&
    value.length === 2 &&
    typeof value[0] === 'number' &&
    typeof value[1] === 'number' &&
    value[0] <= value[1]
  ) {
    return [value[0], value[1]];
  }
  return fail(where, expectedFound({ vi: '[nhỏ nhất, lớn nhất]', en: '[min, max]' }, value));
}

function readCategories(value: unknown, where: string, fail: Fail): CategoryDefinition[] {
  if (!Array.isArray(value) || value.length === 0) {
    return fail(
      where,
      expectedFound(
        {
          vi: 'một danh sách {"value", "label"} không rỗng',
          en: 'a non-empty list of {"value", "label"}',
        },
        value,
      ),
    );
  }
  return value.map((entry, index) => {
    if (!isObject(entry) || typeof entry.value !== 'number' || !Number.isInteger(entry.value)) {
      return fail(`${where}[${index}]`, {
        vi: 'cần {"value": <số nguyên>, "label": {...}}',
        en: 'expected {"value": <integer>, "label": {...}}',
      });
    }
    return {
      value: entry.value,
      label: readText(entry.label, `${where}[${index}].label`, fail),
      color: readColour(entry.color, `${where}[${index}].color`, fail),
    };
  });
}

/** A category's colour: only colour syntax, so nothing else reaches a style or an export. */
function readColour(value: unknown, where: string, fail: Fail): string | undefined {
  if (value === undefined) return undefined;
  const colour = safeColour(value);
  if (colour !== null) return colour;
  return fail(
    where,
    expectedFound(
      { vi: `một màu như ${COLOUR_EXAMPLES}`, en: `a colour such as ${COLOUR_EXAMPLES}` },
      value,
    ),
  );
}

function readAggregation(value: unknown, where: string, fail: Fail): AggregationRule {
  if (!isObject(value)) return fail(where, expectedFound(same('{"rule": …}'), value));
  switch (value.rule) {
    case 'sum':
    case 'mean':
      return { rule: value.rule };
    case 'ratio':
      return {
        rule: 'ratio',
        numerator: readIdList(value.numerator, `${where}.numerator`, fail),
        denominator: readIdList(value.denominator, `${where}.denominator`, fail),
        scale: typeof value.scale === 'number' ? value.scale : 100,
      };
    case 'shares': {
      if (!Array.isArray(value.shares) || value.shares.length === 0) {
        return fail(`${where}.shares`, {
          vi: 'cần một danh sách tỷ lệ (shares) không rỗng',
          en: 'expected a non-empty list of shares',
        });
      }
      const shares = value.shares.map((share, index) =>
        readShare(share, `${where}.shares[${index}]`, fail),
      );
      const ids = shares.map((share) => share.id);
      shares.forEach((share, index) => {
        if (share.of !== 'all' && !ids.slice(0, index).includes(share.of)) {
          fail(`${where}.shares[${index}].of`, {
            vi: `"${share.of}" phải là "all" hoặc mã của một tỷ lệ đứng trước`,
            en: `"${share.of}" must be "all" or the id of an earlier share`,
          });
        }
      });
      return { rule: 'shares', shares };
    }
    default:
      return fail(
        `${where}.rule`,
        expectedFound(
          { vi: 'sum, ratio, mean hoặc shares', en: 'sum, ratio, mean or shares' },
          value.rule,
        ),
      );
  }
}

function readIdList(value: unknown, where: string, fail: Fail): string[] {
  const list = typeof value === 'string' ? [value] : value;
  if (!Array.isArray(list) || list.length === 0 || !list.every((v) => typeof v === 'string')) {
    return fail(
      where,
      expectedFound(
        { vi: 'một mã chỉ tiêu hoặc danh sách mã', en: 'an indicator id or a list of them' },
        value,
      ),
    );
  }
  return list as string[];
}

function readShare(value: unknown, where: string, fail: Fail): ShareDefinition {
  if (!isObject(value) || typeof value.id !== 'string' || !ID_PATTERN.test(value.id)) {
    return fail(where, {
      vi: 'cần {"id", "label", "atLeast" hoặc "equals", "of", "baseLabel"}',
      en: 'expected {"id", "label", "atLeast" or "equals", "of", "baseLabel"}',
    });
  }
  const atLeast = typeof value.atLeast === 'number' ? value.atLeast : undefined;
  const equals =
    Array.isArray(value.equals) && value.equals.every((v) => typeof v === 'number')
      ? (value.equals as number[])
      : undefined;
  if (atLeast === undefined && equals === undefined) {
    fail(where, {
      vi: 'một tỷ lệ cần "atLeast" (một số) hoặc "equals" (một danh sách số)',
      en: 'a share needs "atLeast" (a number) or "equals" (a list of numbers)',
    });
  }
  return {
    id: value.id,
    label: readText(value.label, `${where}.label`, fail),
    atLeast,
    equals,
    of: typeof value.of === 'string' ? value.of : 'all',
    baseLabel: readText(value.baseLabel, `${where}.baseLabel`, fail),
    countLabel:
      value.countLabel === undefined
        ? undefined
        : readText(value.countLabel, `${where}.countLabel`, fail),
    classification: readClassification(value.classification, `${where}.classification`, fail),
    ...(value.within === undefined
      ? {}
      : { within: readWithin(value.within, `${where}.within`, fail) }),
  };
}

function readWithin(
  value: unknown,
  where: string,
  fail: Fail,
): NonNullable<ShareDefinition['within']> {
  if (
    !isObject(value) ||
    typeof value.indicator !== 'string' ||
    !Array.isArray(value.equals) ||
    !value.equals.every((v) => typeof v === 'number')
  ) {
    return fail(where, expectedFound(same('{"indicator": "commune_group", "equals": [1]}'), value));
  }
  return { indicator: value.indicator, equals: value.equals as number[] };
}

function readClassification(
  value: unknown,
  where: string,
  fail: Fail,
): ClassificationHint | undefined {
  if (value === undefined) return undefined;
  if (!isObject(value)) return fail(where, expectedFound(AN_OBJECT, value));
  const method = value.method;
  if (
    method !== 'quantile' &&
    method !== 'equal-interval' &&
    method !== 'jenks' &&
    method !== 'thresholds'
  ) {
    return fail(
      `${where}.method`,
      expectedFound(
        {
          vi: 'quantile, equal-interval, jenks hoặc thresholds',
          en: 'quantile, equal-interval, jenks or thresholds',
        },
        method,
      ),
    );
  }
  const breaks = Array.isArray(value.breaks)
    ? value.breaks.filter((b): b is number => typeof b === 'number')
    : undefined;
  if (method === 'thresholds' && (!breaks || breaks.length === 0)) {
    fail(`${where}.breaks`, {
      vi: 'phân lớp theo ngưỡng cần danh sách ngưỡng (breaks)',
      en: 'threshold classification needs a list of breaks',
    });
  }
  return {
    method,
    breaks,
    classes: typeof value.classes === 'number' ? value.classes : undefined,
    label: value.label === undefined ? undefined : readText(value.label, `${where}.label`, fail),
  };
}
