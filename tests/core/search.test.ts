import { describe, expect, it } from 'vitest';
import { buildSearchIndex, searchUnits } from '../../src/core/search';
import { UNITS } from './fixtures';

const index = buildSearchIndex(UNITS);
const names = (query: string) => searchUnits(index, query).map((u) => u.name);

describe('search by name', () => {
  it('ignores diacritics and case: "mong cai" finds "Móng Cái"', () => {
    expect(names('mong cai')).toEqual(['Huyện Móng Cái', 'Thị trấn Móng Cái']);
  });

  it('reads đ as d', () => {
    expect(names('dong xuan')).toEqual(['Huyện Đồng Xuân']);
    expect(names('DIEN LU')).toEqual(['Xã Điền Lư']);
  });

  it('ignores the type word in front of names', () => {
    expect(names('xa tan phu')).toEqual(['Xã Tân Phú']);
    expect(names('an ong')).toEqual(['Xã Ẩn Ống']);
  });

  it('finds a unit by code', () => {
    expect(names('40006')).toEqual(['Thị trấn Móng Cái']);
  });

  it('returns nothing for an empty query', () => {
    expect(names('  ')).toEqual([]);
  });
});
