import { describe, expect, it } from 'vitest';
import { levelValues, unitValue } from '../../src/core/aggregate';
import { resolveLayer } from '../../src/core/layer';
import { CATALOGUE } from '../../src/core/catalogue';
import { byId, code, dataset, hierarchy } from './fixtures';

const layer = (key: string) => {
  const found = resolveLayer(CATALOGUE, key);
  if (!found) throw new Error(key);
  return found;
};

describe('aggregation up the hierarchy', () => {
  // District 975: 5 communes, all NTM; 2 at advanced or above, of which 1 model.
  const data = dataset({
    '40000': {
      ntm_status: 1,
      ntm_criteria_met: 19,
      poor_households: 10,
      near_poor_households: 5,
      households_total: 1000,
      ocop_3star: 2,
      ocop_4star: 1,
    },
    '40003': {
      ntm_status: 1,
      ntm_criteria_met: 19,
      poor_households: 300,
      near_poor_households: 100,
      households_total: 500,
      ocop_3star: 1,
      ocop_4star: 0,
    },
    '40006': { ntm_status: 1, ntm_criteria_met: 19, ocop_3star: 0 },
    '40009': { ntm_status: 2, ntm_criteria_met: 19 },
    '40012': { ntm_status: 3, ntm_criteria_met: 19 },
    '40015': { ntm_status: 0, ntm_criteria_met: 12 },
    '40018': { ntm_criteria_met: 15 },
  });
  const context = { hierarchy, dataset: data, period: '2025' };

  it('shows 100% NTM, 40% advanced and 20% model of the NTM communes for 5/5 NTM, 2 advanced, 1 model', () => {
    const ntm = unitValue(context, layer('ntm_status.ntm'), code('975'));
    const advanced = unitValue(context, layer('ntm_status.advanced'), code('975'));
    const model = unitValue(context, layer('ntm_status.model'), code('975'));
    expect([ntm.value, ntm.numerator, ntm.denominator]).toEqual([100, 5, 5]);
    expect([advanced.value, advanced.numerator, advanced.denominator]).toEqual([40, 2, 5]);
    expect([model.value, model.numerator, model.denominator]).toEqual([20, 1, 5]);
  });

  it('takes advanced and model shares over NTM communes, not over all communes', () => {
    // Province 90: 7 communes, 6 with a status, 5 NTM, 2 advanced.
    const ntm = unitValue(context, layer('ntm_status.ntm'), code('90'));
    const advanced = unitValue(context, layer('ntm_status.advanced'), code('90'));
    expect([ntm.numerator, ntm.denominator]).toEqual([5, 6]);
    expect(advanced.value).toBe(40);
    expect(advanced.denominator).toBe(5);
    expect(advanced.unitsWithData).toBe(6);
    expect(advanced.unitsTotal).toBe(7);
  });

  it('weights a rate by households instead of averaging the rates', () => {
    // 10/1000 = 1% and 300/500 = 60%: the plain mean would be 30.5%, the weighted one 310/1500.
    const rate = unitValue(context, layer('poor_rate'), code('975'));
    expect(rate.value).toBeCloseTo((310 / 1500) * 100, 10);
    expect([rate.numerator, rate.denominator, rate.unitsWithData]).toEqual([310, 1500, 2]);
  });

  it('adds poor and near-poor households for the multidimensional rate', () => {
    const rate = unitValue(context, layer('multidim_poor_rate'), code('975'));
    expect(rate.value).toBeCloseTo((415 / 1500) * 100, 10);
  });

  it('recomputes a commune rate from its own counts', () => {
    expect(unitValue(context, layer('poor_rate'), code('40003')).value).toBe(60);
  });

  it('sums OCOP counts and counts only communes with data', () => {
    const total3 = unitValue(context, layer('ocop_3star'), code('975'));
    expect(total3.value).toBe(3);
    expect(total3.unitsWithData).toBe(3);
    expect(unitValue(context, layer('ocop_4star'), code('90')).value).toBe(1);
  });

  it('gives the mean criteria per commune over communes with data', () => {
    const mean = unitValue(context, layer('ntm_criteria_met'), code('90'));
    expect(mean.value).toBeCloseTo((19 * 5 + 12 + 15) / 7, 10);
    expect(unitValue(context, layer('ntm_criteria_met'), code('976')).value).toBe(13.5);
  });

  it('returns no data, never 0, when no unit below has data', () => {
    const value = unitValue(context, layer('ocop_5star'), code('976'));
    expect(value.value).toBeNull();
    expect(value.source).toBe('none');
  });

  it('keeps a value a district reports itself', () => {
    const reported = dataset({ '975': { ocop_3star: 42 }, '40000': { ocop_3star: 2 } });
    const value = unitValue(
      { hierarchy, dataset: reported, period: '2025' },
      layer('ocop_3star'),
      code('975'),
    );
    expect(value).toMatchObject({ value: 42, source: 'reported' });
  });

  it('keeps a rate a province reports from its own household counts', () => {
    const reported = dataset({
      '90': { poor_households: 50, households_total: 1000 },
      '40000': { poor_households: 10, households_total: 100 },
    });
    const value = unitValue(
      { hierarchy, dataset: reported, period: '2025' },
      layer('poor_rate'),
      code('90'),
    );
    expect(value).toMatchObject({ value: 5, source: 'reported' });
  });

  it('aggregates district-level statuses as shares of districts', () => {
    const districts = dataset({
      '975': { ntm_district_status: 1 },
      '976': { ntm_district_status: 0 },
    });
    const value = unitValue(
      { hierarchy, dataset: districts, period: '2025' },
      layer('ntm_district_status.ntm'),
      code('90'),
    );
    expect([value.value, value.numerator, value.denominator]).toEqual([50, 1, 2]);
    expect(byId('ntm_district_status').baseLevel).toBe('district');
  });

  it('says the share is undefined when its base is empty', () => {
    const value = unitValue(context, layer('ntm_status.advanced'), code('976'));
    expect(value.value).toBeNull();
    expect(value.denominator).toBe(0);
  });

  it('gives the same values level by level as unit by unit, rates included', () => {
    const communes = hierarchy.byLevel.get('commune') ?? [];
    for (const key of [
      'poor_rate',
      'multidim_poor_rate',
      'ntm_criteria_met',
      'ntm_status',
      'ocop_3star',
    ]) {
      const byLevel = levelValues(context, layer(key), communes);
      for (const code of communes)
        expect(byLevel.get(code)).toEqual(unitValue(context, layer(key), code));
    }
  });
});
