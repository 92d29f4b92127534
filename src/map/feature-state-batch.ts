import type { Map as MapLibreMap } from 'maplibre-gl';

/** What the batch needs of MapLibre's internal per-source tile manager. */
interface TileManagerLike {
  setFeatureState(sourceLayer: string | undefined, id: string, state: object): void;
}

/**
 * Feature states for many units of one GeoJSON source, set as one batch.
 *
 * MapLibre's public `setFeatureState` checks its arguments and schedules a
 * render on every call; for 10,600 communes that is about half of a
 * restyle. Where the source's tile manager is reachable (MapLibre 6's
 * internals: `style.tileManagers`), states go to it directly, and `finish`
 * makes one public call, which schedules the render. If a MapLibre
 * upgrade moves that internal, every state goes through the public call:
 * slower, never wrong. MapLibre copies the state it is given,
 * so one object may be reused for every unit.
 */
export class FeatureStateBatch {
  private readonly direct: TileManagerLike | null;
  /** A unit set directly since the last render was scheduled. */
  private lastDirect: string | null = null;

  constructor(
    private readonly map: MapLibreMap,
    private readonly source: string,
  ) {
    const managers = (map as unknown as { style?: { tileManagers?: Record<string, unknown> } })
      .style?.tileManagers;
    const manager = managers?.[source] as Partial<TileManagerLike> | undefined;
    this.direct =
      typeof manager?.setFeatureState === 'function' ? (manager as TileManagerLike) : null;
  }

  set(id: string, state: Record<string, unknown>): void {
    if (this.direct) {
      this.direct.setFeatureState(undefined, id, state);
      this.lastDirect = id;
    } else {
      this.map.setFeatureState({ source: this.source, id }, state);
    }
  }

  /**
   * Schedules the render that shows the batch: one public call for a unit
   * of it, with nothing to change (an empty state merges into its own).
   */
  finish(): void {
    if (this.lastDirect !== null)
      this.map.setFeatureState({ source: this.source, id: this.lastDirect }, {});
    this.lastDirect = null;
  }
}
