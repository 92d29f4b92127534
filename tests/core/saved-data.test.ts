import { describe, expect, it } from 'vitest';
import { describeSaved, formatBytes, type SavedData } from '../../src/core/saved-data';

const entry = (patch: Partial<SavedData>): SavedData => ({
  id: 'a',
  kind: 'data',
  name: 'xa.geojson, ho-ngheo.xlsx',
  vintage: '2025',
  periods: ['2024', '2025', '2026'],
  programmePeriods: ['2021-2025', '2026-2030'],
  bytes: 0,
  savedAt: '2026-12-07T10:00:00.000Z',
  boundaries: [],
  indicators: null,
  table: null,
  ...patch,
});

describe('saved data as listed', () => {
  it('writes sizes in the reader’s number format', () => {
    expect(formatBytes(512, 'vi')).toBe('512 B');
    expect(formatBytes(137_216, 'vi')).toBe('134 kB');
    expect(formatBytes(1_258_291, 'vi')).toBe('1,2 MB');
    expect(formatBytes(1_258_291, 'en')).toBe('1.2 MB');
  });

  it('says the geography, the years and the programme periods', () => {
    const { what, vintage, years } = describeSaved(entry({}));
    expect(what.vi).toBe('Chỉ có địa giới');
    expect(vintage.vi).toBe('Địa giới từ 1/7/2025');
    expect(years.vi).toBe('Năm 2024–2026 · giai đoạn 2021–2025, giai đoạn 2026–2030');
    expect(describeSaved(entry({ vintage: '2021', periods: [] })).years.en).toBe(
      'No indicator figures',
    );
  });
});
