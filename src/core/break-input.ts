import { detectDecimalSeparator, readCellNumber } from './cell-number';
import { formatNumber } from './format';
import type { BilingualText } from './text';

/**
 * Manual class breaks as a person types them: numbers separated by
 * semicolons, in Vietnamese ("2,5; 10; 1.500") or English ("2.5; 10; 1,500")
 * notation, with "−" or "-" for negatives.
 */
export function parseBreaks(
  text: string,
): { readonly breaks: number[] } | { readonly error: BilingualText } {
  const tokens = text
    .replace(/\u2212/g, '-')
    .split(/[;\n]+/)
    .map((t) => t.trim())
    .filter((t) => t !== '');
  if (tokens.length === 0) {
    return {
      error: {
        vi: 'Nhập ít nhất một ngưỡng, các ngưỡng cách nhau bằng dấu chấm phẩy, ví dụ "5; 10; 20"',
        en: 'Enter at least one break, separated by semicolons, e.g. "5; 10; 20"',
      },
    };
  }
  const decimal = detectDecimalSeparator(tokens, ',');
  const breaks: number[] = [];
  for (const token of tokens) {
    const read = readCellNumber(token, decimal);
    if (read.kind !== 'number') {
      return {
        error: {
          vi: `"${token}" không phải là số; các ngưỡng cách nhau bằng dấu chấm phẩy, ví dụ "5; 10; 20"`,
          en: `"${token}" is not a number; separate breaks with semicolons, e.g. "5; 10; 20"`,
        },
      };
    }
    breaks.push(read.value);
  }
  if (breaks.length > 8) {
    return {
      error: {
        vi: `${breaks.length} ngưỡng cho ${breaks.length + 1} lớp; tối đa 8 ngưỡng (9 lớp)`,
        en: `${breaks.length} breaks make ${breaks.length + 1} classes; at most 8 breaks (9 classes)`,
      },
    };
  }
  return { breaks: [...new Set(breaks)].sort((a, b) => a - b) };
}

/** Breaks written back for the input box, in Vietnamese notation. */
export function formatBreaks(breaks: readonly number[]): string {
  return breaks.map((b) => formatNumber(b, 'vi', 4)).join('; ');
}
