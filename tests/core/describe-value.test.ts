import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../src/core/catalogue';
import { describeBilingual, formatLayerNumber } from '../../src/core/describe-value';
import { resolveLayer } from '../../src/core/layer';

const layer = (key: string) => {
  const found = resolveLayer(CATALOGUE, key);
  if (!found) throw new Error(key);
  return found;
};

describe('a value said with its base and its coverage (issue 21, point 8)', () => {
  it('says when a parent’s rate covers only some of its communes', () => {
    // 250 poor of 1,800 households = 13.888… %, over 3 of the district's 5 communes.
    const text = describeBilingual(layer('poor_rate'), {
      value: (250 / 1800) * 100,
      source: 'aggregated',
      numerator: 250,
      denominator: 1800,
      unitsWithData: 3,
      unitsTotal: 5,
    });
    expect(text.vi).toBe('13,89% (250/1.800; 3/5 xã có số liệu)');
    expect(text.en).toBe('13.89% (250/1,800; 3/5 communes with data)');
  });

  it('says nothing more when every commune has data', () => {
    const text = describeBilingual(layer('poor_rate'), {
      value: (250 / 1800) * 100,
      source: 'aggregated',
      numerator: 250,
      denominator: 1800,
      unitsWithData: 5,
      unitsTotal: 5,
    });
    expect(text.vi).toBe('13,89% (250/1.800)');
  });

  it('shows one value with the same digits in the panel and in the table', () => {
    const rate = layer('poor_rate');
    const value = (235 / 1143) * 100;
    const panel = describeBilingual(rate, {
      value,
      source: 'reported',
      numerator: 235,
      denominator: 1143,
    });
    expect(panel.vi.startsWith(formatLayerNumber(rate, value, 'vi'))).toBe(true);
    expect(formatLayerNumber(rate, value, 'vi')).toBe('20,56%');
    // A share of communes to one decimal, in both.
    const share = layer('ntm_status.ntm');
    expect(formatLayerNumber(share, (4 / 44) * 100, 'vi')).toBe('9,1%');
  });
});
