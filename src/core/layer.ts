import type { IndicatorDefinition, ShareDefinition } from './indicator-definition';
import type { BilingualText } from './text';
import type { Level } from './units';

/**
 * What is drawn: an indicator and, for category indicators shown above their
 * base level, which of its shares (e.g. NTM status → "advanced, of NTM communes"),
 * as a percentage of its base or, where the share offers it, as a count of units.
 * Written in URLs as `indicator`, `indicator.share` or `indicator.share.count`.
 */
export interface Layer {
  readonly indicator: IndicatorDefinition;
  readonly share?: ShareDefinition;
  /** The number of units in the share rather than their percentage. */
  readonly count?: boolean;
}

export function layerKey(layer: Layer): string {
  if (!layer.share) return layer.indicator.id;
  return `${layer.indicator.id}.${layer.share.id}${layer.count ? '.count' : ''}`;
}

const PERCENT: BilingualText = { vi: '%', en: '%' };
const UNIT_WORDS: Record<Level, BilingualText> = {
  commune: { vi: 'xã', en: 'communes' },
  district: { vi: 'huyện', en: 'districts' },
  province: { vi: 'tỉnh', en: 'provinces' },
};

/** What the layer is called on the map, in the legend and in the table. */
export function layerLabel(layer: Layer): BilingualText {
  if (layer.share && layer.count) return layer.share.countLabel ?? layer.share.label;
  return layer.share?.label ?? layer.indicator.label;
}

/** The unit its values are in: "%" for shares, units counted for share counts. */
export function layerUnit(layer: Layer): BilingualText | undefined {
  if (layer.share) return layer.count ? UNIT_WORDS[layer.indicator.baseLevel] : PERCENT;
  return layer.indicator.unit;
}

/** The base a percentage is taken over, for shares ("of NTM communes"). */
export function layerBase(layer: Layer): BilingualText | undefined {
  return layer.share && !layer.count ? layer.share.baseLabel : undefined;
}

/** Whether the layer's values are whole numbers at this level (counts, sums, categories). */
export function isWholeNumberLayer(layer: Layer, aggregated: boolean): boolean {
  const { indicator } = layer;
  if (layer.share) return layer.count === true;
  if (indicator.kind === 'ordinal' || indicator.kind === 'category') return !aggregated;
  return indicator.kind === 'count' && (!aggregated || indicator.aggregation.rule === 'sum');
}

/** Finds the layer a key names among the indicators, or undefined. */
export function resolveLayer(
  indicators: readonly IndicatorDefinition[],
  key: string,
): Layer | undefined {
  const [id, shareId, measure, ...rest] = key.split('.');
  const indicator = indicators.find((definition) => definition.id === id);
  if (!indicator || rest.length > 0) return undefined;
  if (shareId === undefined) return { indicator };
  const rule = indicator.aggregation;
  const share = rule.rule === 'shares' ? rule.shares.find((s) => s.id === shareId) : undefined;
  if (!share) return undefined;
  if (measure === undefined) return { indicator, share };
  return measure === 'count' && share.countLabel ? { indicator, share, count: true } : undefined;
}

/** Whether the layer shows raw values (categories at the base level) or aggregates at this level. */
export function isAggregatedAt(layer: Layer, level: Level, levels: readonly Level[]): boolean {
  return levels.indexOf(level) < levels.indexOf(layer.indicator.baseLevel);
}

/**
 * The layers offered at a level: every indicator at or above its base level;
 * a shares indicator above its base level offers each share instead of itself.
 */
export function layersAt(
  indicators: readonly IndicatorDefinition[],
  level: Level,
  levels: readonly Level[],
): Layer[] {
  const layers: Layer[] = [];
  for (const indicator of indicators) {
    const depth = levels.indexOf(indicator.baseLevel);
    const here = levels.indexOf(level);
    if (depth < 0 || here > depth) continue;
    const rule = indicator.aggregation;
    if (here < depth && rule.rule === 'shares') {
      for (const share of rule.shares) {
        layers.push({ indicator, share });
        if (share.countLabel) layers.push({ indicator, share, count: true });
      }
    } else {
      layers.push({ indicator });
    }
  }
  return layers;
}

/** The layer to fall back to when a key does not fit the level (e.g. a share at commune level). */
export function adaptLayerToLevel(
  layer: Layer,
  level: Level,
  levels: readonly Level[],
): Layer | undefined {
  const depth = levels.indexOf(layer.indicator.baseLevel);
  const here = levels.indexOf(level);
  if (depth < 0 || here > depth) return undefined;
  const rule = layer.indicator.aggregation;
  if (here === depth) return { indicator: layer.indicator };
  if (rule.rule === 'shares' && !layer.share)
    return { indicator: layer.indicator, share: rule.shares[0] };
  return layer;
}

const CRITERION = /^ntm(26)?_c\d\d$/;
/** An indicator (chỉ tiêu) of a 2026–2030 criterion: ntm26_c07_i02. */
const CRITERION_INDICATOR = /^ntm26_c\d\d_i\d\d$/;
const FUNDS_PART = /^funds_((allocated|disbursed)_(central|local)_|disbursement_rate_)/;

/**
 * Where a layer sits in lists: headline indicators, the criteria one by one,
 * the indicators of the 2026–2030 criteria, or money by source and type —
 * all but the first folded away by default.
 */
export function layerGroup(layer: Layer): 'main' | 'criteria' | 'indicators' | 'funds-parts' {
  if (CRITERION.test(layer.indicator.id)) return 'criteria';
  if (CRITERION_INDICATOR.test(layer.indicator.id)) return 'indicators';
  if (FUNDS_PART.test(layer.indicator.id)) return 'funds-parts';
  return 'main';
}

/**
 * How a parent's value was made from the units below, said next to it in the
 * legend: the rule is part of the number's meaning.
 */
export function aggregationNote(layer: Layer): BilingualText | undefined {
  const units = UNIT_WORDS[layer.indicator.baseLevel];
  if (layer.share) {
    return layer.count
      ? { vi: `Đếm số ${units.vi} thuộc nhóm`, en: `Count of ${units.en} in the group` }
      : undefined;
  }
  switch (layer.indicator.aggregation.rule) {
    case 'sum':
      return {
        vi: `Cộng dồn các ${units.vi} có số liệu`,
        en: `Sum over ${units.en} with data`,
      };
    case 'mean':
      return {
        vi: `Bình quân mỗi ${units.vi}, trên các ${units.vi} có số liệu`,
        en: `Mean per ${units.en.replace(/s$/, '')}, over ${units.en} with data`,
      };
    case 'ratio':
      return {
        vi: 'Tính lại từ tổng tử số và tổng mẫu số (bình quân gia quyền), không lấy bình quân các tỷ lệ',
        en: 'Recomputed from summed numerators and denominators (weighted), never a mean of rates',
      };
    default:
      return undefined;
  }
}
