import type { ColumnRole } from '../core/column-suggestions';
import { tableShape } from '../core/column-suggestions';
import type { TableMapping } from '../core/table-import';

/**
 * The column mapping a user confirmed, remembered in this browser for the
 * next table of the same shape (the same headers): the office that sends the
 * same sheet every quarter maps it once.
 */
const KEY_PREFIX = 'ntp-atlas:table-mapping:';

export function recallMapping(headers: readonly string[]): TableMapping | null {
  try {
    const stored = localStorage.getItem(KEY_PREFIX + tableShape(headers));
    if (!stored) return null;
    const mapping = JSON.parse(stored) as TableMapping;
    return Array.isArray(mapping.columns) && mapping.columns.length === headers.length
      ? { columns: mapping.columns as ColumnRole[], period: mapping.period }
      : null;
  } catch {
    // Storage may be off (private mode) or hold something else: then nothing is remembered.
    return null;
  }
}

export function rememberMapping(headers: readonly string[], mapping: TableMapping): void {
  try {
    localStorage.setItem(KEY_PREFIX + tableShape(headers), JSON.stringify(mapping));
  } catch {
    // Nothing to do: the mapping is simply asked again next time.
  }
}
