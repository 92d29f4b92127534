import type { BBox } from './geometry';
import type { BoundaryUnits } from './prepared-boundaries';
import type { Level, Unit, UnitCode, Vintage } from './units';

/**
 * Units as columns, the form in which they cross between the page and a
 * worker: 100,000 units as objects took ~90 ms to copy across, as four
 * lists of strings ~20 ms.
 */
export interface UnitColumns {
  readonly vintage: Vintage;
  readonly codes: readonly UnitCode[];
  readonly names: readonly string[];
  readonly levels: readonly Level[];
  readonly parents: readonly (UnitCode | null)[];
}

export function unitColumns(vintage: Vintage, units: readonly Unit[]): UnitColumns {
  return {
    vintage,
    codes: units.map((u) => u.code),
    names: units.map((u) => u.name),
    levels: units.map((u) => u.level),
    parents: units.map((u) => u.parent),
  };
}

export function unitsOfColumns(columns: UnitColumns): Unit[] {
  const { vintage, names, levels, parents } = columns;
  return columns.codes.map((code, i) => ({
    code,
    name: names[i] as string,
    level: levels[i] as Level,
    parent: parents[i] ?? null,
    vintage,
  }));
}

/** A boundary set's units as columns, and their boxes as one typed array (west, south, east, north; NaN: none). */
export interface TransferredBoundaries
  extends Omit<BoundaryUnits, 'units' | 'bounds'>, Omit<UnitColumns, 'vintage'> {
  readonly boxes: Float64Array;
}

/**
 * Units in a form the structured clone copies cheaply: 100,000 units as
 * objects, with their boxes in a Map, took the page ~150 ms to receive in one
 * task; as four lists of strings and one handed-over buffer, ~20 ms.
 */
export function toTransferBoundaries<T extends BoundaryUnits>(
  set: T,
): { transferred: Omit<T, 'units' | 'bounds'> & TransferredBoundaries; buffers: ArrayBuffer[] } {
  const { units, bounds, ...rest } = set;
  const boxes = new Float64Array(units.length * 4).fill(NaN);
  units.forEach((unit, i) => {
    const box = bounds.get(unit.code);
    if (box) boxes.set(box, i * 4);
  });
  return {
    transferred: { ...rest, ...unitColumns(set.vintage, units), boxes },
    buffers: [boxes.buffer as ArrayBuffer],
  };
}

/** The units and their boxes again, as the page uses them. */
export function fromTransferBoundaries<T extends TransferredBoundaries>(
  transferred: T,
): Omit<T, keyof TransferredBoundaries> & BoundaryUnits {
  const { codes, names, levels, parents, boxes, ...rest } = transferred;
  const units = unitsOfColumns({ vintage: rest.vintage, codes, names, levels, parents });
  const bounds = new Map<UnitCode, BBox>();
  codes.forEach((code, i) => {
    const west = boxes[i * 4] as number;
    if (!Number.isNaN(west))
      bounds.set(code, [
        west,
        boxes[i * 4 + 1] as number,
        boxes[i * 4 + 2] as number,
        boxes[i * 4 + 3] as number,
      ]);
  });
  return { ...rest, units, bounds } as Omit<T, keyof TransferredBoundaries> & BoundaryUnits;
}
