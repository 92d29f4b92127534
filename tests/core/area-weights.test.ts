import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { areaShares, splitsWithoutWeights, withAreaWeights } from '../../src/core/area-weights';
import { parseBoundaryFiles, type UnitFeature } from '../../src/core/boundary-file';
import {
  buildCrosswalk,
  linkShare,
  parseCrosswalkFile,
  successorsOf,
} from '../../src/core/crosswalk';
import type { UnitCode } from '../../src/core/units';

const ROOT = join(__dirname, '../..');
const readJson = (file: string) => JSON.parse(readFileSync(join(ROOT, file), 'utf8')) as unknown;
const featuresOf = (vintage: '2021' | '2025') =>
  new Map(
    parseBoundaryFiles(
      [
        {
          name: `boundaries-${vintage}.geojson`,
          json: readJson(`data/demo/boundaries-${vintage}.geojson`),
        },
      ],
      vintage,
    ).features.map((f) => [f.properties.code, f] as [UnitCode, UnitFeature]),
  );

describe('weights of split units from the areas of the two geometries', () => {
  const demo = parseCrosswalkFile(readJson('data/demo/crosswalk-2021-2025.json'), 'demo.json');
  // The same crosswalk with the weights of its split communes left out.
  const bare = buildCrosswalk(
    demo.from,
    demo.to,
    demo.links.map((link) => (link.type === 'partial' ? { ...link, weight: null } : link)),
  );

  it('finds the split communes that have no weights', () => {
    const splits = splitsWithoutWeights(bare);
    expect(splits).toHaveLength(8);
    expect(splitsWithoutWeights(demo)).toEqual([]);
    // Without weights a split commune would be divided equally, and said so.
    const link = successorsOf(bare, splits[0]!.from)[0]!;
    expect(linkShare(bare, link)).toEqual({ share: 0.5, assumed: true });
  });

  it('computes the shares the demo was cut with, from the old and new communes', () => {
    const old = featuresOf('2021');
    const current = featuresOf('2025');
    const shares = new Map<UnitCode, number[]>();
    for (const split of splitsWithoutWeights(bare)) {
      const parts = areaShares(
        old.get(split.from)!,
        split.to.map((code) => current.get(code)),
      );
      expect(parts, split.from).not.toBeNull();
      shares.set(split.from, parts!);
    }
    const weighted = withAreaWeights(bare, shares);
    for (const split of splitsWithoutWeights(bare)) {
      const computed = successorsOf(weighted, split.from);
      const given = successorsOf(demo, split.from);
      computed.forEach((link, i) => {
        expect(link.weightFrom).toBe('area');
        // The demo's own weights are the area shares of its cut: they agree to a percent.
        expect(link.weight).toBeCloseTo(given[i]!.weight!, 2);
        expect(linkShare(weighted, link).assumed).toBe(false);
      });
      expect(computed.reduce((sum, l) => sum + l.weight!, 0)).toBeCloseTo(1, 9);
    }
    // Links that were whole stay as the file gave them.
    expect(weighted.links.filter((l) => l.type === 'full')).toEqual(
      demo.links.filter((l) => l.type === 'full'),
    );
  });

  it('gives no shares when the old unit overlaps none of the new ones', () => {
    const old = featuresOf('2021');
    const current = featuresOf('2025');
    const far = [...current.values()][0]!;
    const [code] = [...old.keys()].filter(
      (c) => areaShares(old.get(c)!, [far]) === null && old.get(c)!.properties.level === 'commune',
    );
    expect(areaShares(old.get(code!)!, [far, undefined])).toBeNull();
  });
});
