import { describe, expect, it } from 'vitest';
import { buildHierarchy } from '../../src/core/hierarchy';
import { buildNameIndex, describePlace, matchName, nameKey } from '../../src/core/name-match';
import { unit } from './fixtures';

const hierarchy = buildHierarchy('2021', [
  unit('90', 'province', null, 'Tỉnh Sơn Nguyên'),
  unit('975', 'district', '90', 'Huyện Móng Cái'),
  unit('976', 'district', '90', 'Huyện Đồng Xuân'),
  unit('40000', 'commune', '975', 'Xã Tân Lập'),
  unit('40003', 'commune', '976', 'Xã Tân Lập'),
  unit('40006', 'commune', '975', 'Thị trấn Phong Điền'),
  unit('40009', 'commune', '975', 'Xã Phong Điền'),
  unit('40012', 'commune', '976', 'Phường 1'),
]);
const communes = buildNameIndex(hierarchy, 'commune');

describe('matching units by name', () => {
  it('ignores diacritics, case and type words, written out or abbreviated', () => {
    expect(nameKey('TT. Phong Điền')).toBe('phong dien');
    expect(nameKey('xã  tân lập')).toBe('tan lap');
    expect(nameKey('P.01')).toBe('1');
    expect(matchName(communes, 'phuong 01')).toEqual({ kind: 'matched', code: '40012' });
  });

  it('matches within the parent the table names', () => {
    expect(matchName(communes, 'Tân Lập', ['huyện đồng xuân'])).toEqual({
      kind: 'matched',
      code: '40003',
    });
    expect(matchName(communes, 'Tân Lập', ['Móng Cái'])).toEqual({
      kind: 'matched',
      code: '40000',
    });
  });

  it('hands back the candidates when a name fits several units', () => {
    expect(matchName(communes, 'Tan Lap')).toEqual({
      kind: 'ambiguous',
      candidates: ['40000', '40003'],
    });
    expect(describePlace(hierarchy, '40003' as never)).toBe(
      'Xã Tân Lập, Huyện Đồng Xuân, Tỉnh Sơn Nguyên',
    );
  });

  it('lets the type word decide between a commune and a township of one name', () => {
    expect(matchName(communes, 'Thị trấn Phong Điền')).toEqual({ kind: 'matched', code: '40006' });
    expect(matchName(communes, 'Xã Phong Điền')).toEqual({ kind: 'matched', code: '40009' });
    expect(matchName(communes, 'Phong Điền').kind).toBe('ambiguous');
  });

  it('says why nothing matched', () => {
    expect(matchName(communes, 'Xã Không Có')).toEqual({
      kind: 'none',
      reason: { vi: 'không đơn vị nào có tên này', en: 'no unit has this name' },
    });
    expect(matchName(communes, 'Phường 1', ['Móng Cái'])).toEqual({
      kind: 'none',
      reason: {
        vi: 'không đơn vị nào tên này nằm trong "Móng Cái"',
        en: 'no unit of this name lies in "Móng Cái"',
      },
    });
  });
});
