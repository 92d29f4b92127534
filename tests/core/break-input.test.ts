import { describe, expect, it } from 'vitest';
import { formatBreaks, parseBreaks } from '../../src/core/break-input';

describe('manual breaks as typed', () => {
  it('reads Vietnamese decimals and thousands, sorted, without repeats', () => {
    expect(parseBreaks('10; 2,5; 1.500; 10')).toEqual({ breaks: [2.5, 10, 1500] });
  });

  it('reads English decimals and negative numbers with a true minus', () => {
    expect(parseBreaks('−1.5; 0; 2.25')).toEqual({ breaks: [-1.5, 0, 2.25] });
  });

  it('names the part that is not a number', () => {
    const read = parseBreaks('5; mười; 20');
    expect('error' in read && read.error.vi).toContain('"mười" không phải là số');
  });

  it('refuses more than 8 breaks and an empty box', () => {
    expect('error' in parseBreaks('1;2;3;4;5;6;7;8;9')).toBe(true);
    expect('error' in parseBreaks('  ')).toBe(true);
  });

  it('writes breaks back in vi-VN notation that reads back the same', () => {
    const text = formatBreaks([2.5, 1500, -3]);
    expect(text).toBe('2,5; 1.500; -3');
    expect(parseBreaks(text)).toEqual({ breaks: [-3, 2.5, 1500] });
  });
});
