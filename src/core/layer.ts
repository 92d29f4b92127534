import type { IndicatorDefinition, ShareDefinition } from './indicator-definition';
import type { Level } from './units';

/**
 * What is drawn: an indicator and, for category indicators shown above their
 * base level, which of its shares (e.g. NTM status → "advanced, of NTM communes").
 * Written in URLs as `indicator` or `indicator.share`.
 */
export interface Layer {
  readonly indicator: IndicatorDefinition;
  readonly share?: ShareDefinition;
}

export function layerKey(layer: Layer): string {
  return layer.share ? `${layer.indicator.id}.${layer.share.id}` : layer.indicator.id;
}

/** Finds the layer a key names among the indicators, or undefined. */
export function resolveLayer(
  indicators: readonly IndicatorDefinition[],
  key: string,
): Layer | undefined {
  const [id, shareId] = key.split('.', 2);
  const indicator = indicators.find((definition) => definition.id === id);
  if (!indicator) return undefined;
  if (shareId === undefined) return { indicator };
  const rule = indicator.aggregation;
  const share = rule.rule === 'shares' ? rule.shares.find((s) => s.id === shareId) : undefined;
  return share ? { indicator, share } : undefined;
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
      for (const share of rule.shares) layers.push({ indicator, share });
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
