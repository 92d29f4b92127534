import { describe, expect, it } from 'vitest';
import {
  classIndexOf,
  classify,
  equalIntervalBreaks,
  quantileBreaks,
} from '../../src/core/classify';
import { byId } from './fixtures';

describe('classification', () => {
  it('splits values into quantiles of equal counts', () => {
    expect(quantileBreaks([1, 2, 3, 4, 5, 6, 7, 8], 4)).toEqual([2.75, 4.5, 6.25]);
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
      method: 'thresholds',
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
});
