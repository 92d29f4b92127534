import { describe, expect, it } from 'vitest';
import { readCategoryCell } from '../../src/core/category-cell';
import { byId } from './fixtures';

const read = (id: string, raw: unknown) => {
  const cell = readCategoryCell(byId(id), raw);
  return cell.kind === 'value' ? cell.value : cell.kind;
};

describe('category cells written as words', () => {
  it('reads NTM status however a table words it', () => {
    expect(read('ntm_status', 'Chưa đạt')).toBe(0);
    expect(read('ntm_status', 'Đạt chuẩn')).toBe(1);
    expect(read('ntm_status', 'đạt chuẩn NTM')).toBe(1);
    expect(read('ntm_status', 'Nâng cao')).toBe(2);
    expect(read('ntm_status', 'Đạt NTM nâng cao')).toBe(2);
    expect(read('ntm_status', 'KIỂU MẪU')).toBe(3);
    expect(read('ntm_status', 2)).toBe(2);
    // "Đạt" in a status column means meeting the standard, never "Chưa đạt".
    expect(read('ntm_status', 'Đạt')).toBe(1);
    expect(read('ntm_status', 'Tốt')).toBe('unknown');
  });

  it('reads regions by their numeral', () => {
    expect(read('em_region', 'Khu vực III')).toBe(3);
    expect(read('em_region', 'KV II')).toBe(2);
    expect(read('em_region', 'I')).toBe(1);
    expect(read('em_region', '3')).toBe(3);
  });

  it('reads a criterion checklist: met, not met, no figure', () => {
    expect(read('ntm_c05', 'x')).toBe(1);
    expect(read('ntm_c05', 'Đạt')).toBe(1);
    expect(read('ntm_c05', 'Chưa đạt')).toBe(0);
    expect(read('ntm_c05', 'không')).toBe(0);
    expect(read('ntm_c05', '—')).toBe('missing');
    expect(read('ntm_c05', null)).toBe('missing');
    expect(read('ntm_c05', 'có lẽ')).toBe('unknown');
  });
});
