import { codeIndex } from './code-index';
import type { UnitCode } from './units';

/**
 * A read-only map over one level's units whose entries are made when read,
 * from values laid out in the order of the level's codes.
 *
 * A view of ~10,600 communes needs each unit's value and class; building two
 * hash maps of 10,600 entries on every indicator switch cost more than all the
 * arithmetic. Here the codes' positions are indexed once per level (shared by
 * every view of it) and an entry is made only when someone asks for it: the
 * tooltip for one unit, the table for the rows it shows.
 */
export class LevelMap<V> implements ReadonlyMap<UnitCode, V> {
  /** Held here too: painting asks for every unit, and one lookup of the shared index is enough. */
  private index: ReadonlyMap<UnitCode, number> | null = null;

  constructor(
    private readonly codes: readonly UnitCode[],
    private readonly entryAt: (index: number) => V,
  ) {}

  get size(): number {
    return this.codes.length;
  }

  get(code: UnitCode): V | undefined {
    const index = this.positions().get(code);
    return index === undefined ? undefined : this.entryAt(index);
  }

  has(code: UnitCode): boolean {
    return this.positions().has(code);
  }

  private positions(): ReadonlyMap<UnitCode, number> {
    return (this.index ??= codeIndex(this.codes));
  }

  forEach(callback: (value: V, key: UnitCode, map: ReadonlyMap<UnitCode, V>) => void): void {
    this.codes.forEach((code, index) => callback(this.entryAt(index), code, this));
  }

  *entries(): MapIterator<[UnitCode, V]> {
    for (let index = 0; index < this.codes.length; index += 1)
      yield [this.codes[index] as UnitCode, this.entryAt(index)];
  }

  *keys(): MapIterator<UnitCode> {
    yield* this.codes;
  }

  *values(): MapIterator<V> {
    for (let index = 0; index < this.codes.length; index += 1) yield this.entryAt(index);
  }

  [Symbol.iterator](): MapIterator<[UnitCode, V]> {
    return this.entries();
  }
}
