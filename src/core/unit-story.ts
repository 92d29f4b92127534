import { unitValue, type UnitValue } from './aggregate';
import { describeBilingual, formatLayerNumber } from './describe-value';
import { formatNumber } from './format';
import { historyPeriods, type History } from './history-view';
import type { AtlasData } from './map-view';
import {
  PROGRAMME_PERIOD_NAMES,
  programmePeriodOf,
  type ProgrammePeriod,
} from './programme-period';
import { reaggregate, type Reaggregated } from './reaggregate';
import { reaggregatedValue } from './reaggregated-view';
import { resolveLayer, layerLabel, type Layer } from './layer';
import type { BilingualText, Language } from './text';
import type { UnitCode } from './units';

/**
 * A column of a commune's story: one question ("is it NTM?"), answered in
 * each programme period by that period's own measure. The two criteria sets
 * are different measures, so a column never joins them into one series.
 */
interface StoryColumn {
  readonly title: BilingualText;
  /** The indicator answering it in each programme period, most specific first. */
  readonly keys: Readonly<Partial<Record<ProgrammePeriod | 'any', string>>>;
}

const COLUMNS: readonly StoryColumn[] = [
  {
    title: { vi: 'Đạt chuẩn NTM', en: 'Meets NTM' },
    keys: { '2021-2025': 'ntm_status', '2026-2030': 'ntm26_status' },
  },
  {
    title: { vi: 'Số tiêu chí đạt', en: 'Criteria met' },
    keys: { '2021-2025': 'ntm_criteria_met', '2026-2030': 'ntm26_criteria_met' },
  },
  { title: { vi: 'Tỷ lệ hộ nghèo', en: 'Poor-household rate' }, keys: { any: 'poor_rate' } },
];

export interface StoryCell {
  readonly text: BilingualText;
  /** The full reading, with its base and coverage, for a screen reader or a tooltip. */
  readonly full: BilingualText;
  /** Computed from the old units (not reported for this unit). */
  readonly computed: boolean;
  readonly indicator: string | null;
}

export interface StoryYear {
  readonly period: string;
  readonly programme: ProgrammePeriod | null;
  readonly computed: boolean;
  readonly cells: readonly StoryCell[];
}

export interface UnitStory {
  readonly columns: readonly BilingualText[];
  readonly years: readonly StoryYear[];
  /** How each computed measure was made, once per indicator (the rule of its last year). */
  readonly rules: readonly { readonly label: BilingualText; readonly rule: BilingualText }[];
}

const EMPTY: StoryCell = {
  text: { vi: '—', en: '—' },
  full: { vi: 'không thuộc giai đoạn này', en: 'not of this period' },
  computed: false,
  indicator: null,
};

/**
 * A new commune's results across both programme periods, year by year: the
 * years before its own figures computed from its predecessors (statuses as
 * "k of n old communes", never inherited), then its own results under the
 * criteria set of its period. Pure: the panel only lays it out.
 */
export function unitStory(
  own: AtlasData,
  history: Pick<History, 'crosswalk' | 'old'> | null,
  code: UnitCode,
): UnitStory | null {
  const ownDataset = own.dataset;
  const oldDataset = history?.old.dataset ?? null;
  if (!ownDataset) return null;
  const earlierOf = (key: string) =>
    history && oldDataset && resolveLayer(oldDataset.indicators, key)
      ? {
          layer: resolveLayer(oldDataset.indicators, key) as Layer,
          periods: historyPeriods(own, history.old, key),
        }
      : null;
  const periods = [
    ...new Set([...(oldDataset && history ? oldDataset.periods : []), ...ownDataset.periods]),
  ].sort();
  const rules = new Map<string, { label: BilingualText; rule: BilingualText; column: number }>();
  const years = periods.map((period): StoryYear => {
    const programme = programmePeriodOf(period);
    let computedYear = false;
    const cells = COLUMNS.map((column, index): StoryCell => {
      const key = (programme && column.keys[programme]) ?? column.keys.any;
      if (!key) return EMPTY;
      const earlier = earlierOf(key);
      if (earlier && history && oldDataset && earlier.periods.includes(period)) {
        const result = reaggregate(
          {
            crosswalk: history.crosswalk,
            old: { hierarchy: history.old.hierarchy, dataset: oldDataset, period },
            target: own.hierarchy,
          },
          earlier.layer,
          code,
        );
        if (result.total === 0) return EMPTY;
        computedYear = true;
        const layer: Layer = result.share
          ? { ...earlier.layer, share: result.share }
          : earlier.layer;
        if (result.value !== null)
          rules.set(key, { label: layerLabel(layer), rule: result.rule, column: index });
        return { ...computedCell(layer, result), computed: true, indicator: key };
      }
      const layer = resolveLayer(ownDataset.indicators, key);
      if (!layer || !ownDataset.periods.includes(period)) return EMPTY;
      const value = unitValue(
        { hierarchy: own.hierarchy, dataset: ownDataset, period },
        layer,
        code,
      );
      // A measure of the other period has no value this year: not "no data", just not its year.
      if (layer.indicator.programmePeriod && layer.indicator.programmePeriod !== programme)
        return EMPTY;
      return {
        text: bothLanguages((l) => compact(layer, value, l)),
        full: describeBilingual(layer, value),
        computed: false,
        indicator: key,
      };
    });
    return { period, programme, computed: computedYear, cells };
  });
  return {
    columns: COLUMNS.map((c) => c.title),
    years,
    rules: [...rules.values()]
      .sort((a, b) => a.column - b.column)
      .map(({ label, rule }) => ({ label, rule })),
  };
}

/** "1/3 xã cũ", "15,7/19", "4,12 % (85/3.347)": short, with what the number is of. */
function computedCell(
  layer: Layer,
  result: Reaggregated,
): Omit<StoryCell, 'computed' | 'indicator'> {
  const value = reaggregatedValue(result);
  const coverage = (language: Language) =>
    result.partlyCovered && result.value !== null
      ? language === 'vi'
        ? ` (${result.covered}/${result.total} đơn vị cũ có số liệu)`
        : ` (${result.covered} of ${result.total} old units with data)`
      : '';
  if (result.share && result.value !== null) {
    return {
      text: bothLanguages(
        (l) =>
          `${formatNumber(result.numerator ?? 0, l, 0)}/${formatNumber(result.denominator ?? 0, l, 0)} ${l === 'vi' ? 'xã cũ' : 'old communes'}${coverage(l)}`,
      ),
      full: { vi: result.rule.vi, en: result.rule.en },
    };
  }
  return {
    text: bothLanguages((l) => `${compact(layer, value, l)}${coverage(l)}`),
    full: describeBilingual(layer, value),
  };
}

function compact(layer: Layer, value: UnitValue, language: Language): string {
  if (value.value === null) return language === 'vi' ? 'không có dữ liệu' : 'no data';
  const { indicator } = layer;
  if (indicator.categories && !layer.share) {
    const category = indicator.categories.find((c) => c.value === value.value);
    return category ? category.label[language] : String(value.value);
  }
  if (indicator.aggregation.rule === 'ratio' && value.numerator !== undefined) {
    return `${formatLayerNumber(layer, value.value, language)} (${formatNumber(value.numerator, language, 0)}/${formatNumber(value.denominator ?? 0, language, 0)})`;
  }
  const of = indicator.domain?.[1];
  const number = formatNumber(value.value, language, value.source === 'aggregated' ? 1 : 0);
  return of !== undefined && indicator.unit?.vi === 'tiêu chí' ? `${number}/${of}` : number;
}

function bothLanguages(text: (language: Language) => string): BilingualText {
  return { vi: text('vi'), en: text('en') };
}

/** "Giai đoạn 2026–2030": the heading of a period's years in the story. */
export function storyPeriodName(programme: ProgrammePeriod | null): BilingualText {
  if (!programme) return { vi: 'Ngoài các giai đoạn', en: 'Outside the periods' };
  const name = PROGRAMME_PERIOD_NAMES[programme];
  return { vi: name.vi.charAt(0).toUpperCase() + name.vi.slice(1), en: name.en };
}
