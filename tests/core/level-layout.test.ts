import { describe, expect, it } from 'vitest';
import { classify } from '../../src/core/classify';
import { KEPT_PER_FILE, keptClasses } from '../../src/core/kept-classes';
import { codeIndex } from '../../src/core/code-index';
import { levelColumn } from '../../src/core/level-column';
import { LevelMap } from '../../src/core/level-map';
import { resolveLayer } from '../../src/core/layer';
import { CATALOGUE } from '../../src/core/catalogue';
import { code, dataset } from './fixtures';

const codes = ['40000', '40003', '40006', '40009', '40012'].map(code);

describe('a column laid out in the order of a level', () => {
  it('puts each value at its unit, whatever order the file lists them in, and NaN where none', () => {
    const column = new Map([
      [code('40003'), 3],
      [code('40000'), 0],
      [code('99999'), 7], // a code the level does not have
      [code('40012'), 12],
      [code('40009'), 9],
    ]);
    expect([...levelColumn(column, codes)]).toEqual([0, 3, NaN, 9, 12]);
  });

  it('lays a column out once per level and reuses it', () => {
    const column = new Map(codes.map((c, i) => [c, i * 10]));
    expect(levelColumn(column, codes)).toBe(levelColumn(column, codes));
    expect(levelColumn(column, codes.slice(0, 4))).not.toBe(levelColumn(column, codes));
  });

  it('looks up a short list of codes in a long column without laying it out', () => {
    const column = new Map(codes.map((c, i) => [c, i]));
    expect([...levelColumn(column, [code('40009')])]).toEqual([3]);
  });

  it('indexes each code by its position', () => {
    expect(codeIndex(codes).get(code('40006'))).toBe(2);
  });
});

describe('a level map', () => {
  const map = new LevelMap(codes, (i) => i * 2);

  it('reads like any read-only map, entries made when read', () => {
    expect(map.size).toBe(5);
    expect(map.get(code('40009'))).toBe(6);
    expect(map.get(code('12345'))).toBeUndefined();
    expect(map.has(code('40000'))).toBe(true);
    expect(map.has(code('12345'))).toBe(false);
    expect([...map.keys()]).toEqual(codes);
    expect([...map.values()]).toEqual([0, 2, 4, 6, 8]);
    expect([...map]).toEqual(codes.map((c, i) => [c, i * 2]));
    expect(new Map(map.entries())).toEqual(new Map(codes.map((c, i) => [c, i * 2])));
    const seen: string[] = [];
    map.forEach((value, key) => seen.push(`${key}=${value}`));
    expect(seen).toEqual(['40000=0', '40003=2', '40006=4', '40009=6', '40012=8']);
  });
});

describe('kept classes', () => {
  const file = dataset({ '40000': { ntm_criteria_met: 4 } });
  const layer = resolveLayer(CATALOGUE, 'poor_rate')!;
  const make = (values: number[]) => () => ({
    classification: classify(layer, values),
    values: values.length,
  });

  it('computes classes once per choice and gives them back until the choice changes', () => {
    let computed = 0;
    const counting = (values: number[]) => () => {
      computed += 1;
      return make(values)();
    };
    const first = keptClasses(codes, file, 'poor_rate|all', counting([1, 2, 3, 4, 5]));
    expect(keptClasses(codes, file, 'poor_rate|all', counting([9]))).toBe(first);
    expect(computed).toBe(1);
    const other = keptClasses(codes, file, 'poor_rate|2025', counting([9, 10]));
    expect(other).not.toBe(first);
    expect(other.values).toBe(2);
    expect(computed).toBe(2);
  });

  it(`lets the least recently used go after ${KEPT_PER_FILE} choices`, () => {
    const level = codes.slice();
    const first = keptClasses(level, file, 'k0', make([1]));
    for (let k = 1; k < KEPT_PER_FILE; k += 1) keptClasses(level, file, `k${k}`, make([k]));
    // Still kept: the level holds exactly KEPT_PER_FILE choices.
    expect(keptClasses(level, file, 'k0', make([1]))).toBe(first);
    // k0 is now the newest, so one more choice lets k1 go and keeps k0.
    keptClasses(level, file, 'extra', make([0]));
    expect(keptClasses(level, file, 'k0', make([1]))).toBe(first);
    // k1 was let go: asked again, it is computed again (from two values, not its one).
    expect(keptClasses(level, file, 'k1', make([0, 100])).values).toBe(2);
  });
});
