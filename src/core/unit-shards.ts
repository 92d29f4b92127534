import type { UnitCode } from './units';

/**
 * Units per map source beyond which they are split over several sources.
 * MapLibre takes in a tile with every feature-state of its source in one
 * task: a tile of ~33,000 units took 150–180 ms of script (100,000 units
 * imported). Split four ways, each tile's task is a quarter. The real
 * country (3,321 or 10,600 communes) stays in one source.
 */
export const UNITS_PER_SOURCE = 25_000;

/** How many sources `count` units are drawn from. */
export function shardCount(count: number): number {
  return Math.max(1, Math.ceil(count / UNITS_PER_SOURCE));
}

/**
 * The source a unit is drawn from, by its code alone, so the data worker
 * (which writes each source's GeoJSON) and the map (which colours each unit
 * in its source) agree without a table between them. Codes interleave, so
 * every tile holds about as many units of each source.
 */
export function shardOf(code: UnitCode, shards: number): number {
  if (shards <= 1) return 0;
  let hash = 0;
  for (let i = 0; i < code.length; i += 1) hash = (hash * 31 + code.charCodeAt(i)) >>> 0;
  return hash % shards;
}
