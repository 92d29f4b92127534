import { describe, expect, it } from 'vitest';
import { columnLetter, locateHeader, parseRangeReference } from '../../src/core/table-header';

describe('finding the header of an office table', () => {
  it('skips titles, joins a two-row header merged over its sub-columns, skips the numbering row', () => {
    const rows = [
      ['BÁO CÁO KẾT QUẢ NĂM 2024', null, null, null],
      [null, null, null, null],
      ['Mã xã', 'Tên xã', 'Hộ nghèo', null],
      [null, null, 'Số hộ', 'Tỷ lệ (%)'],
      ['(1)', '(2)', '(3)', '(4)'],
      ['00001', 'Xã A', 12, '5,2'],
    ];
    const merges = ['A3:A4', 'B3:B4', 'C3:D3'].map((r) => parseRangeReference(r)!);
    const layout = locateHeader(rows, merges);
    expect(layout.headerRows).toEqual([2, 3]);
    expect(layout.numberingRow).toBe(4);
    expect(layout.firstDataRow).toBe(5);
    expect(layout.headers).toEqual(['Mã xã', 'Tên xã', 'Hộ nghèo / Số hộ', 'Hộ nghèo / Tỷ lệ (%)']);
    expect(layout.leafHeaders).toEqual(['Mã xã', 'Tên xã', 'Số hộ', 'Tỷ lệ (%)']);
  });

  it('keeps the first data row of a table of names only', () => {
    const layout = locateHeader([
      ['Tên xã', 'Huyện', 'Mức đạt'],
      ['Phúc Xá', 'Ba Đình', 'Nâng cao'],
    ]);
    expect(layout.headerRows).toEqual([0]);
    expect(layout.firstDataRow).toBe(1);
  });

  it('takes a row of years under a merged group as header', () => {
    const rows = [
      ['Mã', 'Tỷ lệ hộ nghèo', null],
      [null, 2023, 2024],
      ['00001', '5,1', '4,8'],
    ];
    const layout = locateHeader(rows, [parseRangeReference('B1:C1')!]);
    expect(layout.headers).toEqual(['Mã', 'Tỷ lệ hộ nghèo / 2023', 'Tỷ lệ hộ nghèo / 2024']);
    expect(layout.firstDataRow).toBe(2);
  });

  it('names the columns by letter when there is no header', () => {
    const layout = locateHeader([
      ['00001', 12, 3],
      ['00004', 10, 2],
    ]);
    expect(layout.headers).toEqual(['A', 'B', 'C']);
    expect(layout.firstDataRow).toBe(0);
    expect(columnLetter(27)).toBe('AB');
  });
});

describe('the header as the person says it is (issue 20, point 9)', () => {
  const rows = [
    ['Phúc Xá', 'Ba Đình', 'Nâng cao'],
    ['Trúc Bạch', 'Ba Đình', 'Đạt chuẩn'],
  ];
  it('reads a first row of words as the header unless told there is none', () => {
    expect(locateHeader(rows).headers).toEqual(['Phúc Xá', 'Ba Đình', 'Nâng cao']);
    const none = locateHeader(rows, [], 'none');
    expect(none.headers).toEqual(['A', 'B', 'C']);
    expect(none.firstDataRow).toBe(0);
  });

  it('takes the first row as the header when told so, even of figures', () => {
    const first = locateHeader(
      [
        ['01', '2023', '2024'],
        ['00004', 12, 10],
      ],
      [],
      'first',
    );
    expect(first.headers).toEqual(['01', '2023', '2024']);
    expect(first.firstDataRow).toBe(1);
  });
});
