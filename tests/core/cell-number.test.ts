import { describe, expect, it } from 'vitest';
import { detectDecimalSeparator, readCellNumber } from '../../src/core/cell-number';

const value = (raw: unknown, decimal: ',' | '.') => {
  const read = readCellNumber(raw, decimal);
  return read.kind === 'number' ? read.value : read.kind;
};

describe('numbers in spreadsheet cells', () => {
  it('reads Vietnamese notation: dots group thousands, the comma is the decimal mark', () => {
    expect(value('1.234,5', ',')).toBe(1234.5);
    expect(value('12,75', ',')).toBe(12.75);
    expect(value('1.234.567', ',')).toBe(1234567);
    expect(value('45,2%', ',')).toBe(45.2);
    expect(value('1 234,5', ',')).toBe(1234.5);
    expect(value('(1.500)', ',')).toBe(-1500);
  });

  it('reads English notation', () => {
    expect(value('1,234.5', '.')).toBe(1234.5);
    expect(value('0.25', '.')).toBe(0.25);
    expect(value(17, ',')).toBe(17);
  });

  it('reads "no figure" marks and empty cells as missing, never as 0', () => {
    for (const mark of ['', '  ', '—', '–', '-', 'n/a', 'N/A', '...', 'x', 'Không có', null]) {
      expect(value(mark, ',')).toBe('missing');
    }
  });

  it('refuses what is not a number in the column’s notation', () => {
    expect(value('abc', ',')).toBe('invalid');
    expect(value('1,234.5', ',')).toBe('invalid');
    expect(value('12.5.3', '.')).toBe('invalid');
    expect(value('19 tiêu chí', ',')).toBe('invalid');
  });

  it('tells the decimal mark from the cells, else from the file’s habit', () => {
    expect(detectDecimalSeparator(['12', '1.234,5'], '.')).toBe(',');
    expect(detectDecimalSeparator(['12', '3,75'], '.')).toBe(',');
    expect(detectDecimalSeparator(['1,234.5'], ',')).toBe('.');
    expect(detectDecimalSeparator(['0.5'], ',')).toBe('.');
    expect(detectDecimalSeparator(['1.234.567'], '.')).toBe(',');
    // "1.234" alone could be either: the file's habit decides.
    expect(detectDecimalSeparator(['1.234', '17'], ',')).toBe(',');
    expect(detectDecimalSeparator(['1.234', '17'], '.')).toBe('.');
  });
});
