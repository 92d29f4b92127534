import { isWithin, type Hierarchy } from './hierarchy';
import { passesFilter, type MapView } from './map-view';
import type { Classification } from './classify';
import type { UnitCode } from './units';

/** The fill of units when no indicator is loaded: a quiet tint, distinct from the "no data" hatch. */
const BOUNDARIES_ONLY_FILL = '#d5dde6';

export interface UnitFills {
  /** A CSS colour; null for "no data" (the hatch); undefined for units not at the shown level. */
  readonly fillOf: (code: UnitCode) => string | null | undefined;
  /** Outside the unit drilled into, or filtered out in the legend: faded, colours unchanged. */
  readonly isDimmed: (code: UnitCode) => boolean;
}

/**
 * A unit's class colour: null for "no data" (its class is null), undefined
 * for a unit the view does not class (not at the shown level).
 */
export function classFill(
  classification: Classification | null,
  classOf: ReadonlyMap<UnitCode, number | null>,
): (code: UnitCode) => string | null | undefined {
  const classes = classification?.classes ?? [];
  return (code) => {
    const index = classOf.get(code);
    return index === undefined
      ? undefined
      : index === null
        ? null
        : (classes[index]?.color ?? null);
  };
}

/** How each unit is coloured: on the map and in every export alike. */
export function unitFills(mapView: MapView, hierarchy: Hierarchy): UnitFills {
  const byClass = classFill(mapView.classification, mapView.classOf);
  // Boundaries without indicators: the units are drawn plain, so the user sees what loaded.
  const plain = mapView.layer ? null : new Set(mapView.codes);
  const focus = mapView.focus;
  return {
    fillOf: (code) => {
      if (plain) return plain.has(code) ? BOUNDARIES_ONLY_FILL : undefined;
      return byClass(code);
    },
    // Nothing drilled into and no legend filter, as on most switches: no unit to look up.
    isDimmed:
      focus === null && mapView.filter.size === 0
        ? () => false
        : (code) =>
            mapView.classOf.has(code) &&
            ((focus !== null && !isWithin(hierarchy, code, focus.code)) ||
              !passesFilter(mapView, code)),
  };
}
