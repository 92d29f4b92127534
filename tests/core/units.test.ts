import { describe, expect, it } from 'vitest';
import { parseUnitCode } from '../../src/core/units';
import { ancestorsOf, descendantsAt } from '../../src/core/hierarchy';
import { code, hierarchy } from './fixtures';

describe('unit codes', () => {
  it('keeps a string code with leading zeros', () => {
    expect(parseUnitCode('00004', 'commune')).toEqual({ ok: true, code: '00004' });
  });

  it('restores leading zeros a spreadsheet dropped', () => {
    expect(parseUnitCode(4, 'commune')).toEqual({ ok: true, code: '00004' });
    expect(parseUnitCode('1', 'province')).toEqual({ ok: true, code: '01' });
  });

  it('refuses codes that are too long, fractional or not digits, saying why', () => {
    expect(parseUnitCode('123456', 'commune')).toMatchObject({
      ok: false,
      reason: expect.objectContaining({ en: expect.stringContaining('6 digits') }),
    });
    expect(parseUnitCode(1.5, 'province')).toMatchObject({ ok: false });
    expect(parseUnitCode('0A1', 'district')).toMatchObject({
      ok: false,
      reason: expect.objectContaining({ en: expect.stringContaining('digits') }),
    });
    expect(parseUnitCode(null, 'district')).toMatchObject({
      ok: false,
      reason: expect.objectContaining({ en: expect.stringContaining('null') }),
    });
  });
});

describe('hierarchy', () => {
  it('lists ancestors from the top', () => {
    expect(ancestorsOf(hierarchy, code('40003')).map((u) => u.code)).toEqual(['90', '975']);
  });

  it('finds the communes below a province', () => {
    expect(descendantsAt(hierarchy, code('90'), 'commune')).toHaveLength(7);
  });
});
