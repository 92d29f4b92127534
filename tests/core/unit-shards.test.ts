import { describe, expect, it } from 'vitest';
import { shardCount, shardOf, UNITS_PER_SOURCE } from '../../src/core/unit-shards';
import type { UnitCode } from '../../src/core/units';

describe('units split over map sources (issue 20, point 10b)', () => {
  it('keeps the real country in one source and splits tens of thousands', () => {
    expect(shardCount(3321)).toBe(1);
    expect(shardCount(10600)).toBe(1);
    expect(shardCount(UNITS_PER_SOURCE)).toBe(1);
    expect(shardCount(100_000)).toBe(4);
  });

  it('puts a unit in a source by its code alone, spreading codes evenly', () => {
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 100_000; i += 1) {
      const code = String(i).padStart(5, '0') as UnitCode;
      const shard = shardOf(code, 4);
      expect(shardOf(code, 4)).toBe(shard);
      counts[shard]! += 1;
    }
    for (const count of counts) expect(Math.abs(count - 25_000)).toBeLessThan(1_000);
    expect(shardOf('00004' as UnitCode, 1)).toBe(0);
  });
});
