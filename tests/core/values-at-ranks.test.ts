import { describe, expect, it } from 'vitest';
import { selectNth, valuesAtRanks } from '../../src/core/values-at-ranks';
import { createRandom } from '../../scripts/demo/random';

/** What a full sort gives: the reference every shortcut must match. */
const bySorting = (values: ArrayLike<number>, ranks: readonly number[]) => {
  const sorted = Float64Array.from(values).sort();
  return ranks.map((rank) => sorted[rank]);
};

describe('values at ranks', () => {
  const random = createRandom(11);
  // Long enough to be bucketed (short lists are sorted), in the shapes indicator columns take.
  const shapes: Record<string, () => number> = {
    'rates to one decimal': () => Math.round(random.next() * 1000) / 10,
    'a long tail (funds)': () => Math.exp(random.next() * random.next() * 20),
    'whole numbers 0–19 (criteria)': () => Math.floor(random.next() * 20),
    'mostly zeros (no OCOP product)': () => (random.next() < 0.7 ? 0 : random.next() * 50),
    'negative and positive changes': () => Math.round((random.next() - 0.4) * 40) / 4,
    'one value far above the rest': () => (random.next() < 0.001 ? 1e12 : random.next()),
  };
  for (const [shape, draw] of Object.entries(shapes)) {
    it(`finds what a sort would, for ${shape}`, () => {
      for (const n of [1, 7, 511, 512, 5_000, 53_000]) {
        const values = Float64Array.from({ length: n }, draw);
        const ranks = [0, n - 1, n >> 1, Math.floor(n / 5), Math.floor(n / 5) + 1, n - 2].filter(
          (rank) => rank >= 0 && rank < n,
        );
        const before = Float64Array.from(values);
        expect(valuesAtRanks(values, ranks)).toEqual(bySorting(values, ranks));
        // The caller's numbers are left as they were.
        expect(values).toEqual(before);
      }
    });
  }

  it('reads plain arrays too, and names a rank out of range', () => {
    expect(valuesAtRanks([3, 1, 2], [2, 0])).toEqual([3, 1]);
    expect(() => valuesAtRanks([3, 1, 2], [3])).toThrow('rank 3 is outside 0…2');
  });

  it('selects the nth value of a range in place', () => {
    const values = Float64Array.from([9, 1, 8, 2, 7, 3, 7, 4, 6, 5]);
    selectNth(values, 6, 0, values.length - 1);
    expect(values[6]).toBe(7);
    expect([...values.subarray(0, 6)].every((v) => v <= 7)).toBe(true);
    expect([...values.subarray(7)].every((v) => v >= 7)).toBe(true);
  });
});
