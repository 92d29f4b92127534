import { describe, expect, it } from 'vitest';
import { chooseDataSheet, dataRowCount } from '../../src/core/sheet-choice';
import { locateHeader, type TableCell } from '../../src/core/table-header';

const sheet = (rows: TableCell[][]) => ({ raw: { rows }, layout: locateHeader(rows) });

const instructions = sheet([
  ['HƯỚNG DẪN NHẬP SỐ LIỆU'],
  ['Bước', 'Nội dung'],
  [1, 'Nhập mã xã 5 chữ số ở cột A'],
  [2, 'Nhập tổng số hộ'],
]);
const communes = sheet([
  ['Mã xã', 'Tên xã', 'Tổng số hộ'],
  ['40366', 'Xã Kỳ Tiến', 9497],
  ['40003', 'Xã Tường An', 6943],
  ['40309', 'Xã Kỳ Triệu', 10084],
  ['40310', 'Xã Kỳ Bắc', 7120],
  ['40311', 'Xã Kỳ Nam', 5530],
]);

describe('the sheet of a workbook that holds the data (issue 20, point 9)', () => {
  it('counts rows of two filled cells with a figure besides the row number, under the header', () => {
    expect(dataRowCount(communes)).toBe(5);
    expect(dataRowCount(sheet([['Nguồn: Văn phòng điều phối NTM tỉnh']]))).toBe(0);
  });

  it('passes over a sheet of numbered instructions for the communes', () => {
    expect(dataRowCount(instructions)).toBe(0);
    expect(chooseDataSheet([instructions, communes].map(dataRowCount))).toBe(1);
  });

  it('keeps the first of two sheets of figures, and the first sheet of a workbook without any', () => {
    const fewer = sheet(communes.raw.rows.slice(0, 4));
    expect(chooseDataSheet([fewer, communes].map(dataRowCount))).toBe(0);
    expect(chooseDataSheet([sheet([['Ghi chú']]), sheet([['Trống']])].map(dataRowCount))).toBe(0);
  });
});
