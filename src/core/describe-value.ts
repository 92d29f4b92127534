import type { UnitValue } from './aggregate';
import { formatNumber, formatPercent, noDataText } from './format';
import { layerUnit, type Layer } from './layer';
import type { BilingualText, Language } from './text';

const UNIT_WORDS: Record<string, BilingualText> = {
  commune: { vi: 'xã', en: 'communes' },
  district: { vi: 'huyện', en: 'districts' },
  province: { vi: 'tỉnh', en: 'provinces' },
};

/**
 * How many decimals a layer's values are shown with, everywhere (panel,
 * tooltip, table, predecessors): the same value reads the same. Rates of
 * households to two decimals (1,93 %: national rates move by tenths), shares
 * of units and means to one, counts and amounts whole.
 */
export function valueDigits(layer: Layer): number {
  const rule = layer.indicator.aggregation;
  if (layer.count) return 0;
  if (layer.share) return 1;
  if (rule.rule === 'ratio') return 2;
  if (rule.rule === 'sum') return Number.isInteger(layer.indicator.domain?.[1] ?? 0) ? 0 : 1;
  return 1;
}

/** A layer's number alone, with its unit's sign, at its digits: "20,56%", "17,5". */
export function formatLayerNumber(layer: Layer, value: number, language: Language): string {
  const digits = valueDigits(layer);
  return layerUnit(layer)?.vi === '%'
    ? formatPercent(value, language, digits)
    : formatNumber(value, language, digits);
}

/** "; 3/5 xã có số liệu" when a parent's value covers only some of its units. */
function coverage(value: UnitValue, base: BilingualText, language: Language): string {
  if (value.source !== 'aggregated' || !value.unitsTotal) return '';
  if (value.unitsWithData === undefined || value.unitsWithData === value.unitsTotal) return '';
  return `; ${formatNumber(value.unitsWithData, language, 0)}/${formatNumber(value.unitsTotal, language, 0)} ${base[language]} ${language === 'vi' ? 'có số liệu' : 'with data'}`;
}

/**
 * A value as a sentence part that always carries its base: "40% (2/5 xã, trên
 * số xã đạt chuẩn NTM)", "3,2% (45/1.400 hộ)", "bình quân 17,5 tiêu chí/xã (25 xã)".
 * Missing data reads "không có dữ liệu" / "no data", never 0.
 */
function describeUnitValue(layer: Layer, value: UnitValue, language: Language): string {
  const { indicator, share } = layer;
  if (value.value === null) {
    if (share && value.denominator === 0 && value.unitsWithData) {
      return `${noDataText(language)} (${language === 'vi' ? 'mẫu số bằng 0' : 'the base is 0'}: ${share.baseLabel[language]})`;
    }
    return noDataText(language);
  }
  const base = UNIT_WORDS[indicator.baseLevel] as BilingualText;
  const unit = indicator.unit?.[language] ?? '';
  const rule = indicator.aggregation;
  if (share && layer.count) {
    const total = formatNumber(value.unitsWithData, language, 0);
    return language === 'vi'
      ? `${formatNumber(value.value, language, 0)} ${base.vi} (trong ${total} ${base.vi} có số liệu)`
      : `${formatNumber(value.value, language, 0)} ${base.en} (of ${total} with data)`;
  }
  if (share) {
    return `${formatPercent(value.value, language, valueDigits(layer))} (${formatNumber(value.numerator, language, 0)}/${formatNumber(value.denominator, language, 0)} ${base[language]}, ${share.baseLabel[language]}${coverage(value, base, language)})`;
  }
  if (indicator.categories && value.source !== 'aggregated') {
    const category = indicator.categories.find((c) => c.value === value.value);
    return category ? category.label[language] : String(value.value);
  }
  if (rule.rule === 'ratio') {
    const parts =
      value.numerator !== undefined && value.denominator !== undefined
        ? ` (${formatNumber(value.numerator, language, 0)}/${formatNumber(value.denominator, language, 0)}${coverage(value, base, language)})`
        : '';
    return `${formatLayerNumber(layer, value.value, language)}${parts}`;
  }
  if (rule.rule === 'mean' && value.source === 'aggregated') {
    const text = `${formatNumber(value.value, language, valueDigits(layer))} ${unit}/${base[language]}`;
    const covered =
      value.unitsTotal && value.unitsWithData !== value.unitsTotal
        ? `${formatNumber(value.unitsWithData, language, 0)}/${formatNumber(value.unitsTotal, language, 0)} ${base[language]} ${language === 'vi' ? 'có số liệu' : 'with data'}`
        : `${formatNumber(value.unitsWithData, language, 0)} ${base[language]}`;
    return language === 'vi' ? `bình quân ${text} (${covered})` : `mean ${text} (${covered})`;
  }
  const text = `${formatNumber(value.value, language, valueDigits(layer))}${unit ? ` ${unit}` : ''}`;
  if (
    value.source === 'aggregated' &&
    value.unitsTotal &&
    value.unitsWithData !== value.unitsTotal
  ) {
    return `${text} (${formatNumber(value.unitsWithData, language, 0)}/${formatNumber(value.unitsTotal, language, 0)} ${base[language]} ${language === 'vi' ? 'có số liệu' : 'with data'})`;
  }
  return text;
}

export function describeBilingual(layer: Layer, value: UnitValue): BilingualText {
  return { vi: describeUnitValue(layer, value, 'vi'), en: describeUnitValue(layer, value, 'en') };
}

/**
 * A change between two periods with both ends: "+3 tiêu chí (2021: 12 → 2025: 15)",
 * "−6 điểm % (2021: 10% → 2025: 4%)". Rates change in percentage points.
 */
export function describeChange(
  layer: Layer,
  from: UnitValue,
  to: UnitValue,
  periods: { readonly from: string; readonly to: string },
): BilingualText {
  const make = (language: Language): string => {
    const percent = layerUnit(layer)?.vi === '%';
    const end = (v: number | null) =>
      percent ? formatPercent(v, language, 1) : formatNumber(v, language, 1);
    const ends = `${periods.from}: ${end(from.value)} → ${periods.to}: ${end(to.value)}`;
    if (from.value === null || to.value === null) return `${noDataText(language)} (${ends})`;
    const delta = to.value - from.value;
    const size = formatNumber(Math.abs(delta), language, percent ? 2 : 1);
    const sign = delta > 0 ? '+' : delta < 0 ? '−' : '±';
    const unit = percent
      ? language === 'vi'
        ? ' điểm %'
        : ' percentage points'
      : layerUnit(layer)
        ? ` ${layerUnit(layer)?.[language]}`
        : '';
    return `${sign}${size}${unit} (${ends})`;
  };
  return { vi: make('vi'), en: make('en') };
}
