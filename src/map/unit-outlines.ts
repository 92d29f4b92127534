import type { GeoJSONSource } from 'maplibre-gl';
import type { UnitCode } from '../core/units';
import type { UnitGeometry } from './atlas-map-types';
import { SOURCE_HOVER, SOURCE_LINKED, SOURCE_SELECTION } from './style';

/** A request to a worker that was stopped (a newer load replaced it) needs no answer. */
export function ignoreCancelled(error: unknown): void {
  if ((error as Error)?.name !== 'LoadCancelled') console.error(error);
}

/**
 * The outlines drawn over the units: the unit pointed at, the unit picked,
 * and the units linked to one pointed at on the other geography's map. Each
 * outline's geometry is asked of the data worker when needed.
 */
export class UnitOutlines {
  hovered: UnitCode | null = null;
  private selected: UnitCode | null = null;
  private linkedKey = '';
  private geometry: UnitGeometry | null = null;

  constructor(
    private readonly source: (id: string) => GeoJSONSource,
    /** Counts a worker request until its answer is drawn (the map is not idle meanwhile). */
    private readonly awaiting: <T>(request: Promise<T>) => Promise<T>,
  ) {}

  /** Other units: no outline is drawn any more. */
  reset(geometry: UnitGeometry): void {
    this.geometry = geometry;
    this.hovered = null;
    this.selected = null;
    this.outline(SOURCE_HOVER, null);
    this.outline(SOURCE_SELECTION, null);
    this.linkedKey = '-';
    this.setLinked([]);
  }

  setHover(code: UnitCode | null): void {
    if (code === this.hovered) return;
    this.hovered = code;
    this.outline(SOURCE_HOVER, code);
  }

  setSelected(code: UnitCode | null): void {
    if (code === this.selected) return;
    this.selected = code;
    this.outline(SOURCE_SELECTION, code);
  }

  /**
   * Outlines units linked to one pointed at on the other geography's map
   * (orange on white): a new commune's predecessors, an old one's successors.
   */
  setLinked(codes: readonly UnitCode[]): void {
    const key = codes.join(',');
    if (key === this.linkedKey) return;
    this.linkedKey = key;
    const empty = { type: 'FeatureCollection' as const, features: [] };
    if (codes.length === 0 || !this.geometry) {
      this.source(SOURCE_LINKED).setData(empty);
      return;
    }
    void this.awaiting(this.geometry.features(codes)).then((features) => {
      if (this.linkedKey === key) this.source(SOURCE_LINKED).setData({ ...empty, features });
    }, ignoreCancelled);
  }

  /** Draws one unit's outline from a small source of its own (hover, selection). */
  private outline(
    source: typeof SOURCE_HOVER | typeof SOURCE_SELECTION,
    code: UnitCode | null,
  ): void {
    const empty = { type: 'FeatureCollection' as const, features: [] };
    if (!code || !this.geometry) {
      this.source(source).setData(empty);
      return;
    }
    const current = () => (source === SOURCE_HOVER ? this.hovered : this.selected);
    void this.awaiting(this.geometry.features([code])).then((features) => {
      // The pointer may have moved on while the worker answered.
      if (current() === code) this.source(source).setData({ ...empty, features });
    }, ignoreCancelled);
  }
}
