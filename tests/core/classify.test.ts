import { describe, expect, it } from 'vitest';
import {
  classIndexOf,
  classify,
  equalIntervalBreaks,
  jenksBreaks,
  methodsFor,
  quantileBreaks,
  symmetricBreaks,
} from '../../src/core/classify';
import { createRandom } from '../../scripts/demo/random';
import { divergingAroundZero, paletteColors, PALETTES } from '../../src/core/palette';
import { resolveLayer } from '../../src/core/layer';
import { CATALOGUE } from '../../src/core/catalogue';
import { byId } from './fixtures';

const layerOf = (key: string) => {
  const layer = resolveLayer(CATALOGUE, key);
  if (!layer) throw new Error(key);
  return layer;
};

describe('classification', () => {
  it('splits values into quantiles of equal counts', () => {
    expect(quantileBreaks([1, 2, 3, 4, 5, 6, 7, 8], 4)).toEqual([2.75, 4.5, 6.25]);
  });

  it('finds the same quantiles by selection as a full sort would, ties and all', () => {
    const random = createRandom(3);
    for (let trial = 0; trial < 200; trial += 1) {
      const n = 1 + Math.floor(random.next() * 60);
      // Few distinct values in half the trials: ties are where selection goes wrong.
      const spread = trial % 2 === 0 ? 5 : 1000;
      const values = Array.from({ length: n }, () => Math.floor(random.next() * spread) / 4);
      const k = 2 + (trial % 8);
      const sorted = [...values].sort((a, b) => a - b);
      const expected = Array.from({ length: k - 1 }, (_, i) => {
        const position = ((n - 1) * (i + 1)) / k;
        const lo = Math.floor(position);
        const a = sorted[lo] as number;
        const b = sorted[Math.min(n - 1, lo + 1)] as number;
        return a + (b - a) * (position - lo);
      });
      expect(quantileBreaks(values, k)).toEqual([...new Set(expected)].sort((a, b) => a - b));
    }
  });

  it('splits the range into equal intervals', () => {
    expect(equalIntervalBreaks([0, 3, 10], 5)).toEqual([2, 4, 6, 8]);
  });

  it('gives no breaks when every value is the same', () => {
    expect(equalIntervalBreaks([4, 4, 4], 5)).toEqual([]);
  });

  it('puts a value equal to a break in the class above it', () => {
    const c = classify({ indicator: byId('ntm_criteria_met') }, [3, 12, 19]);
    expect(c.breaks).toEqual([10, 15, 19]);
    expect([9, 10, 14, 15, 18, 19].map((v) => classIndexOf(c, v))).toEqual([0, 1, 1, 2, 2, 3]);
  });

  it('labels whole-number classes closed at the domain ends: 0–9, 10–14, 15–18, 19', () => {
    const c = classify({ indicator: byId('ntm_criteria_met') }, [3, 12, 19]);
    expect(c.classes.map((k) => k.label.vi)).toEqual(['0–9', '10–14', '15–18', '19']);
  });

  it('labels aggregated means as half-open ranges in vi-VN numbers', () => {
    const c = classify({ indicator: byId('ntm_criteria_met') }, [3, 12, 19], {
      aggregated: true,
      method: 'manual',
      breaks: [12.5],
    });
    expect(c.classes.map((k) => k.label.vi)).toEqual(['< 12,5', '≥ 12,5']);
    expect(c.classes.map((k) => k.label.en)).toEqual(['< 12.5', '≥ 12.5']);
  });

  it('treats null, undefined and NaN as no data', () => {
    const c = classify({ indicator: byId('ntm_criteria_met') }, [1, 2]);
    expect([null, undefined, Number.NaN].map((v) => classIndexOf(c, v))).toEqual([
      null,
      null,
      null,
    ]);
  });

  it('keeps the categories and their fixed colours for NTM status', () => {
    const c = classify({ indicator: byId('ntm_status') }, [0, 1, 2, 3]);
    expect(c.method).toBe('categories');
    expect(c.classes.map((k) => k.color)).toEqual(['#f6e8c3', '#80cdc1', '#35978f', '#01665e']);
    expect(classIndexOf(c, 2)).toBe(2);
    expect(classIndexOf(c, 7)).toBeNull();
  });

  it('colours poverty from light to dark red, where higher is worse', () => {
    const c = classify({ indicator: byId('poor_rate') }, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(c.classes).toHaveLength(5);
    expect(c.classes[4]?.color).toBe('#bd0026');
  });

  it('finds natural breaks between clear clusters (ckmeans)', () => {
    expect(jenksBreaks([1, 2, 3, 10, 11, 12, 20, 21, 22], 3)).toEqual([10, 20]);
    // Uneven clusters: the lone outlier gets a class of its own.
    expect(jenksBreaks([0, 0, 1, 1, 1, 2, 50], 2)).toEqual([50]);
    // Fewer distinct values than classes: one class per value, no error.
    expect(jenksBreaks([4, 4, 7, 7], 5)).toEqual([7]);
  });

  it('classes poverty rates by natural breaks with the boundaries in the class above', () => {
    const c = classify(layerOf('poor_rate'), [1.5, 2, 2.5, 9, 10, 11, 30, 31], {
      method: 'jenks',
      classes: 3,
    });
    expect(c.breaks).toEqual([9, 30]);
    expect(c.classes.map((k) => k.label.vi)).toEqual(['< 9', '9 – < 30', '≥ 30']);
    expect(classIndexOf(c, 9)).toBe(1);
  });

  it('rounds data-driven breaks of whole-number data up to whole numbers', () => {
    // Equal intervals of 0–10 in 4 classes are 2.5, 5, 7.5; for counts: 3, 5, 8 (≤2, 3–4, 5–7, ≥8).
    const c = classify(layerOf('ocop_total'), [0, 10, 4, 6], {
      method: 'equal-interval',
      classes: 4,
    });
    expect(c.breaks).toEqual([3, 5, 8]);
    expect(c.classes.map((k) => k.label.vi)).toEqual(['≤ 2', '3–4', '5–7', '≥ 8']);
  });

  it('keeps manual breaks exactly as typed, sorted and without repeats', () => {
    const c = classify(layerOf('poor_rate'), [1, 50], { method: 'manual', breaks: [10, 2, 10, 5] });
    expect(c.method).toBe('manual');
    expect(c.breaks).toEqual([2, 5, 10]);
    expect(c.classes).toHaveLength(4);
  });

  it('falls back to quantiles when manual breaks are empty', () => {
    const c = classify(layerOf('poor_rate'), [1, 2, 3, 4], { method: 'manual', breaks: [] });
    expect(c.method).toBe('quantile');
  });

  it('offers policy thresholds only where the programme sets them, with what they stand for', () => {
    expect(methodsFor(layerOf('ntm_criteria_met'))).toContain('thresholds');
    expect(methodsFor(layerOf('poor_rate'))).not.toContain('thresholds');
    expect(methodsFor(layerOf('ntm_status'))).toEqual([]);
    const target = classify(layerOf('ntm_status.ntm'), [10, 90]);
    expect(target.method).toBe('thresholds');
    expect(target.breaks).toEqual([50, 80, 100]);
    expect(target.policy?.vi).toContain('80%');
    // A share asked for quantiles gets quantiles.
    expect(
      classify(layerOf('ntm_status.ntm'), [10, 20, 30, 90], { method: 'quantile' }).method,
    ).toBe('quantile');
  });

  it('uses 3 to 9 classes whatever is asked', () => {
    const values = Array.from({ length: 100 }, (_, i) => i);
    expect(classify(layerOf('poor_rate'), values, { classes: 1 }).classes).toHaveLength(3);
    expect(classify(layerOf('poor_rate'), values, { classes: 20 }).classes).toHaveLength(9);
    expect(classify(layerOf('poor_rate'), values, { classes: 7 }).classes).toHaveLength(7);
  });

  it('reverses a palette on request', () => {
    const normal = classify(layerOf('poor_rate'), [1, 2, 3, 4, 5, 6], { classes: 3 });
    const reversed = classify(layerOf('poor_rate'), [1, 2, 3, 4, 5, 6], {
      classes: 3,
      reverse: true,
    });
    expect(reversed.classes.map((k) => k.color)).toEqual(
      normal.classes.map((k) => k.color).reverse(),
    );
  });

  it('gives a qualitative palette to categories on request, and keeps NTM colours otherwise', () => {
    const region = classify(layerOf('em_region'), [0, 1, 2, 3], { palette: 'Dark2' });
    expect(region.classes.map((k) => k.color)).toEqual(paletteColors('Dark2', 4));
    const ignored = classify(layerOf('ntm_status'), [0, 1], { palette: 'YlGnBu' });
    expect(ignored.classes[0]?.color).toBe('#f6e8c3');
  });

  it('marks colour-blind-safe palettes the way colorbrewer2.org does', () => {
    const safe = (id: string) => PALETTES.find((p) => p.id === id)?.colorblindSafeUpTo;
    expect(safe('RdBu')).toBe(11);
    expect(safe('Spectral')).toBe(0);
    expect(safe('Set2')).toBe(3);
    expect(safe('YlGnBu')).toBe(9);
  });
});

describe('classes of a change between two periods', () => {
  it('cuts equal intervals symmetric around zero', () => {
    expect(symmetricBreaks([-2, 1, 10], 5)).toEqual([-6, -2, 2, 6]);
  });

  it('centres a diverging palette on the class that holds zero', () => {
    const classes = [
      { max: -6 },
      { min: -6, max: -2 },
      { min: -2, max: 2 },
      { min: 2, max: 6 },
      { min: 6 },
    ];
    const colors = divergingAroundZero('RdBu', classes);
    expect(colors).toEqual(paletteColors('RdBu', 5));
    // Only gains: the zero class stays neutral, gains run towards one end only.
    const gains = divergingAroundZero('RdBu', [{ max: 1 }, { min: 1, max: 3 }, { min: 3 }]);
    const scheme = paletteColors('RdBu', 5);
    expect(gains).toEqual([scheme[2], scheme[3], scheme[4]]);
  });

  it('colours criteria gained blue and poverty gained red', () => {
    const gained = classify(layerOf('ntm_criteria_met'), [-1, 0, 2, 5, 8], { change: true });
    expect(gained.method).toBe('equal-interval');
    expect(gained.classes.at(-1)?.color).toBe(paletteColors('RdBu', 5)[4]);
    expect(gained.classes.map((k) => k.label.vi)).toEqual([
      '≤ −5',
      '−4 … −2',
      '−1 … +1',
      '+2 … +4',
      '≥ +5',
    ]);
    const poorer = classify(layerOf('poor_rate'), [-4, -1, 0, 3], { change: true });
    expect(poorer.classes.at(-1)?.color).toBe(paletteColors('RdBu', 5)[0]);
  });
});
