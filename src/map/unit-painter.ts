import type { Map as MapLibreMap } from 'maplibre-gl';
import { ISLAND_NO_DATA_FILL } from '../core/archipelagos';
import { shardOf } from '../core/unit-shards';
import type { UnitCode } from '../core/units';
import { FeatureStateBatch } from './feature-state-batch';
import { SOURCE_ISLANDS, SOURCE_UNITS } from './style';

/** Transparent: units without data show the hatch drawn under them. */
const NO_FILL = 'rgba(0,0,0,0)';

/**
 * Sets each unit's fill, fade and dim as feature-state on the units source
 * (and on the islands source for a unit with island dots), touching only
 * what changed since the last time.
 */
export class UnitPainter {
  private codes: readonly UnitCode[] = [];
  /**
   * What each unit's feature-state holds now, by its place in `codes`, so a
   * restyle touches only what changed. Arrays, not a map by code: a restyle
   * of 10,600 communes then reads them without hashing a code.
   */
  private paintedFill: (string | undefined)[] = [];
  private paintedDim = new Uint8Array(0);
  /**
   * 1 at the place (in `codes`) of each unit with island dots, whose state is
   * set on the islands source too: read by position, like the painted fills.
   */
  private hasIslands = new Uint8Array(0);
  /** Units faded because something else is being pointed at (a histogram bar, a legend class). */
  private readonly faded = new Set<UnitCode>();
  /** Each unit's source, by its place in `codes` (one source unless the units are very many). */
  private shardOf = new Uint8Array(0);
  private sources: readonly string[] = [SOURCE_UNITS];

  constructor(private readonly map: MapLibreMap) {}

  /** Other units: nothing of them is painted yet. `sources` are the units' sources, by shard. */
  reset(
    codes: readonly UnitCode[],
    withIslands: ReadonlySet<UnitCode>,
    sources: readonly string[] = [SOURCE_UNITS],
  ): void {
    this.codes = [...codes];
    this.sources = sources;
    this.shardOf = Uint8Array.from(codes, (code) => shardOf(code, sources.length));
    this.hasIslands = Uint8Array.from(codes, (code) => (withIslands.has(code) ? 1 : 0));
    this.paintedFill = new Array<string | undefined>(codes.length).fill(undefined);
    this.paintedDim = new Uint8Array(codes.length);
    this.faded.clear();
  }

  /**
   * Colours the units (see AtlasMap.paint); returns the units shown with no
   * data and not faded, which the map hatches.
   */
  paint(
    fillOf: (code: UnitCode) => string | null | undefined,
    isDimmed: (code: UnitCode) => boolean,
  ): UnitCode[] {
    const noData: UnitCode[] = [];
    const codes = this.codes;
    const batches = this.sources.map((source) => new FeatureStateBatch(this.map, source));
    const islandStates = new FeatureStateBatch(this.map, SOURCE_ISLANDS);
    // One state object for every unit: MapLibre copies what it keeps, and
    // 10,600 objects per restyle would be garbage the next frame collects.
    const state = { fill: '', dim: false };
    for (let i = 0; i < codes.length; i += 1) {
      const code = codes[i] as UnitCode;
      const given = fillOf(code);
      const fill = given ?? NO_FILL;
      const dim = isDimmed(code);
      if (given === null && !dim) {
        noData.push(code);
      }
      if (this.paintedFill[i] === fill && this.paintedDim[i] === (dim ? 1 : 0)) continue;
      this.paintedFill[i] = fill;
      this.paintedDim[i] = dim ? 1 : 0;
      state.fill = fill;
      state.dim = dim;
      (batches[this.shardOf[i] as number] as FeatureStateBatch).set(code, state);
      if (this.hasIslands[i] === 1) {
        // An island's dot cannot carry the hatch: no data is the hatch's light ink in its ring.
        state.fill = given === null ? ISLAND_NO_DATA_FILL : fill;
        islandStates.set(code, state);
      }
    }
    for (const batch of batches) batch.finish();
    islandStates.finish();
    return noData;
  }

  emphasize(codes: ReadonlySet<UnitCode> | null): void {
    const batches = this.sources.map((source) => new FeatureStateBatch(this.map, source));
    const islandStates = new FeatureStateBatch(this.map, SOURCE_ISLANDS);
    const state = { faded: false };
    this.codes.forEach((code, i) => {
      const fade = codes !== null && !codes.has(code);
      if (fade === this.faded.has(code)) return;
      if (fade) this.faded.add(code);
      else this.faded.delete(code);
      state.faded = fade;
      (batches[this.shardOf[i] as number] as FeatureStateBatch).set(code, state);
      if (this.hasIslands[i] === 1) islandStates.set(code, state);
    });
    for (const batch of batches) batch.finish();
    islandStates.finish();
  }
}
