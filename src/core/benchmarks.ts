import type { UnitValue } from './aggregate';
import { isCategoryLayer } from './classify';
import { formatLayerNumber } from './describe-value';
import { formatNumber } from './format';
import type { Hierarchy } from './hierarchy';
import { layerUnit, type Layer } from './layer';
import type { MapView } from './map-view';
import type { BilingualText, Language } from './text';
import type { Level, UnitCode } from './units';

/** A value set beside the unit's: its parent's units, or the whole map's. */
export interface Benchmark {
  /** "bình quân huyện", "toàn vùng". */
  readonly of: BilingualText;
  readonly value: number;
  /** The unit's value minus this one (null when the unit has no data). */
  readonly difference: number | null;
  /** "cao hơn bình quân huyện 3,2 điểm % (9,1%)". */
  readonly text: BilingualText;
}

export interface UnitBenchmarks {
  /** The unit's own value on the map. */
  readonly own: UnitValue;
  readonly parent: Benchmark | null;
  readonly whole: Benchmark | null;
  /** "hạng 4/19 xã của huyện (1 = thấp nhất)". */
  readonly rank: {
    readonly rank: number;
    readonly of: number;
    readonly text: BilingualText;
  } | null;
}

const LEVEL_WORDS: Record<Level, BilingualText> = {
  province: { vi: 'tỉnh', en: 'provinces' },
  district: { vi: 'huyện', en: 'districts' },
  commune: { vi: 'xã', en: 'communes' },
};
const PARENT_WORDS: Record<Level, BilingualText> = {
  province: { vi: 'tỉnh', en: 'province' },
  district: { vi: 'huyện', en: 'district' },
  commune: { vi: 'xã', en: 'commune' },
};

/**
 * The value of several units of one level taken together, as their parent
 * would have it: a rate or share from summed parts, a mean weighted by the
 * units each mean covers, and for counts and amounts the mean per unit (a
 * commune's 12 products beside its province's total would say nothing).
 * Units without data, or a rate without its parts, are left out.
 */
export function combinedValue(layer: Layer, values: readonly UnitValue[]): number | null {
  const rule = layer.indicator.aggregation;
  let top = 0;
  let bottom = 0;
  for (const v of values) {
    if (v.value === null) continue;
    if (rule.rule === 'ratio' || (rule.rule === 'shares' && !layer.count)) {
      if (v.numerator === undefined || v.denominator === undefined) continue;
      top += v.numerator;
      bottom += v.denominator;
    } else if (rule.rule === 'mean') {
      const weight = v.source === 'aggregated' ? (v.unitsWithData ?? 1) : 1;
      top += v.value * weight;
      bottom += weight;
    } else {
      top += v.value;
      bottom += 1;
    }
  }
  if (bottom === 0) return null;
  const scale =
    rule.rule === 'ratio' ? rule.scale : rule.rule === 'shares' && !layer.count ? 100 : 1;
  return (top / bottom) * scale;
}

/**
 * A unit's value on the map beside its parent's units and the whole map's,
 * and its rank among its siblings (1 = best where the indicator says which
 * way is better, else the highest). Read from the map view itself, so a
 * year computed from the old units compares like any other; nothing for a
 * category, a change map, or a unit without data.
 */
export function unitBenchmarks(
  view: MapView,
  hierarchy: Hierarchy,
  code: UnitCode,
): UnitBenchmarks | null {
  const layer = view.layer;
  const own = view.values.get(code);
  const unit = hierarchy.units.get(code);
  if (!layer || !unit || view.change || isCategoryLayer(layer) || unit.level !== view.level)
    return null;
  if (!own || own.value === null) return null;
  const parentUnit = unit.parent ? hierarchy.units.get(unit.parent) : undefined;
  const siblings = parentUnit
    ? view.codes.filter((c) => hierarchy.units.get(c)?.parent === parentUnit.code)
    : [];
  const valuesOf = (codes: readonly UnitCode[]) =>
    codes.map((c) => view.values.get(c) ?? { value: null, source: 'none' as const });
  const perUnit = layer.indicator.aggregation.rule === 'sum' || !!layer.count;
  const level = LEVEL_WORDS[view.level];
  const benchmark = (value: number | null, of: BilingualText): Benchmark | null =>
    value === null
      ? null
      : {
          of,
          value,
          difference: own.value === null ? null : own.value - value,
          text: comparison(layer, own.value as number, value, of),
        };
  const parentWord = parentUnit ? PARENT_WORDS[parentUnit.level] : null;
  const parent =
    parentUnit && parentWord && siblings.length > 1
      ? benchmark(
          combinedValue(layer, valuesOf(siblings)),
          perUnit
            ? {
                vi: `bình quân ${level.vi} của ${parentWord.vi}`,
                en: `the ${parentWord.en}'s mean per ${level.en.replace(/s$/, '')}`,
              }
            : { vi: `bình quân ${parentWord.vi}`, en: `the ${parentWord.en}'s average` },
        )
      : null;
  const whole = benchmark(
    combinedValue(layer, valuesOf(view.codes)),
    perUnit
      ? {
          vi: `bình quân ${level.vi} toàn vùng`,
          en: `the whole area's mean per ${level.en.replace(/s$/, '')}`,
        }
      : { vi: 'bình quân toàn vùng', en: 'the whole area’s average' },
  );
  return {
    own,
    parent,
    whole,
    rank: parentUnit
      ? rankAmong(layer, view, code, siblings, level, PARENT_WORDS[parentUnit.level])
      : null,
  };
}

/** "cao hơn bình quân huyện 3,2 điểm % (9,1%)": the difference in the layer's own unit. */
function comparison(layer: Layer, own: number, other: number, of: BilingualText): BilingualText {
  const text = (language: Language) => {
    const unit = layerUnit(layer);
    const percent = unit?.vi === '%';
    const gap = Math.abs(own - other);
    const gapText = percent
      ? `${formatNumber(gap, language, 1)} ${language === 'vi' ? 'điểm %' : 'percentage points'}`
      : `${formatNumber(gap, language, 1)}${unit ? ` ${unit[language]}` : ''}`;
    const otherText = formatLayerNumber(layer, other, language);
    if (Math.abs(own - other) < 0.05)
      return language === 'vi'
        ? `bằng ${of.vi} (${otherText})`
        : `level with ${of.en} (${otherText})`;
    const higher = own > other;
    return language === 'vi'
      ? `${higher ? 'cao hơn' : 'thấp hơn'} ${of.vi} ${gapText} (${otherText})`
      : `${gapText} ${higher ? 'above' : 'below'} ${of.en} (${otherText})`;
  };
  return { vi: text('vi'), en: text('en') };
}

/** Competition rank (1, 2, 2, 4) among the siblings with data; 1 = the better end. */
function rankAmong(
  layer: Layer,
  view: MapView,
  code: UnitCode,
  siblings: readonly UnitCode[],
  level: BilingualText,
  parent: BilingualText,
): UnitBenchmarks['rank'] {
  const lowerIsBetter = layer.indicator.higherIsBetter === false;
  const ranked = siblings
    .map((c) => ({ code: c, value: view.values.get(c)?.value ?? null }))
    .filter((e): e is { code: UnitCode; value: number } => e.value !== null);
  const own = ranked.find((e) => e.code === code);
  if (!own || ranked.length < 2) return null;
  const better = ranked.filter((e) => (lowerIsBetter ? e.value < own.value : e.value > own.value));
  const rank = better.length + 1;
  const of = ranked.length;
  const end =
    layer.indicator.higherIsBetter === undefined
      ? { vi: 'cao nhất', en: 'highest' }
      : lowerIsBetter
        ? { vi: 'thấp nhất, tốt nhất', en: 'lowest, the best' }
        : { vi: 'cao nhất, tốt nhất', en: 'highest, the best' };
  return {
    rank,
    of,
    text: {
      vi: `hạng ${formatNumber(rank, 'vi', 0)}/${formatNumber(of, 'vi', 0)} ${level.vi} của ${parent.vi} (1 = ${end.vi})`,
      en: `rank ${formatNumber(rank, 'en', 0)} of ${formatNumber(of, 'en', 0)} ${level.en} of the ${parent.en} (1 = ${end.en})`,
    },
  };
}
