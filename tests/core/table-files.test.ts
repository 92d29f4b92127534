/**
 * The committed table corpus (tests/fixtures, written by
 * `npm run data:test-fixtures`) read end to end in Node: file → sheets →
 * header → suggested mapping → values on the demo boundaries.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBoundaryFiles } from '../../src/core/boundary-file';
import { CATALOGUE } from '../../src/core/catalogue';
import { suggestTableColumns } from '../../src/core/column-suggestions';
import { buildHierarchy } from '../../src/core/hierarchy';
import { locateHeader } from '../../src/core/table-header';
import { importTable } from '../../src/core/table-import';
import type { UnitCode, Vintage } from '../../src/core/units';
import { readTableFile } from '../../src/formats/table-file';

const root = join(import.meta.dirname, '../..');
const bytes = (path: string) => new Uint8Array(readFileSync(join(root, path)));
const demoValues = (vintage: Vintage) =>
  JSON.parse(readFileSync(join(root, `data/demo/indicators-${vintage}.json`), 'utf8')) as {
    values: Record<string, Record<string, Record<string, number>>>;
  };

function demoHierarchy(vintage: Vintage, file = `data/demo/boundaries-${vintage}.geojson`) {
  const json = JSON.parse(readFileSync(join(root, file), 'utf8')) as unknown;
  return buildHierarchy(vintage, parseBoundaryFiles([{ name: file, json }], vintage).units);
}

async function importFixture(path: string, vintage: Vintage, fixed = '2024', boundaries?: string) {
  const [table] = await readTableFile(path.split('/').pop() as string, bytes(path));
  const raw = table!;
  const layout = locateHeader(raw.rows, raw.merges);
  const columns = suggestTableColumns(layout.headers, layout.leafHeaders, CATALOGUE);
  const periodColumn = columns.findIndex((c) => c.role === 'period');
  const mapping = {
    columns,
    period: periodColumn >= 0 ? { column: periodColumn } : { fixed },
  };
  const hierarchy = demoHierarchy(vintage, boundaries);
  return { raw, layout, columns, result: importTable(raw, layout, mapping, hierarchy, CATALOGUE) };
}

describe('the table corpus', () => {
  it('reads an Excel report with a merged two-row header and numeric codes', async () => {
    const { raw, layout, columns, result } = await importFixture(
      'tests/fixtures/good/ntm-2024-merged-header.xlsx',
      '2021',
    );
    expect(raw.sheet).toBe('Kết quả 2024');
    expect(layout.headers.slice(4)).toEqual([
      'Nông thôn mới / Số tiêu chí đạt',
      'Nông thôn mới / Mức đạt',
      'Giảm nghèo / Số hộ nghèo',
      'Giảm nghèo / Tổng số hộ',
      'Giảm nghèo / Tỷ lệ hộ nghèo (%)',
    ]);
    expect(columns).toEqual([
      { role: 'ignore' },
      { role: 'code' },
      { role: 'name' },
      { role: 'parentName' },
      { role: 'indicator', id: 'ntm_criteria_met' },
      { role: 'indicator', id: 'ntm_status' },
      { role: 'indicator', id: 'poor_households' },
      { role: 'indicator', id: 'households_total' },
      { role: 'indicator', id: 'poor_rate' },
    ]);
    const demo = demoValues('2021').values['2024']!;
    const communes = Object.keys(demo).filter((c) => c.length === 5);
    expect(result.rowsMatched).toBe(communes.length);
    for (const code of communes.slice(0, 40)) {
      const values = result.dataset.values.get('2024')!;
      expect(values.get('ntm_status')!.get(code as UnitCode)).toBe(demo[code]!.ntm_status);
      expect(values.get('ntm_criteria_met')!.get(code as UnitCode)).toBe(
        demo[code]!.ntm_criteria_met,
      );
    }
    expect(result.dataset.problems.map((p) => p.message.en)).toEqual([
      '"Tổng cộng" is a total row; skipped, since the atlas adds up the units itself',
    ]);
  });

  it('reads a UTF-8 CSV with a byte-order mark', async () => {
    const { raw, result } = await importFixture(
      'tests/fixtures/good/ho-ngheo-2025-bom.csv',
      '2025',
    );
    expect(raw.readAs).toBe('UTF-8 (BOM), ","');
    expect(raw.rows[0]![0]).toBe('Mã xã');
    expect(result.rowsMatched).toBe(100);
    expect(result.dataset.problems).toEqual([]);
  });

  it('reads a Windows-1258 CSV of names and matches them within their province', async () => {
    const { raw, result } = await importFixture(
      'tests/fixtures/good/ocop-2025-windows-1258.csv',
      '2025',
    );
    expect(raw.readAs).toBe('Windows-1258, ","');
    expect(raw.rows[1]![0]).toBe('xã Kỳ Tiến');
    expect(result.rowsMatched).toBe(100);
    const demo = demoValues('2025').values['2025']!;
    expect(
      result.dataset.values
        .get('2024')!
        .get('ocop_3star')!
        .get('40366' as UnitCode),
    ).toBe(demo['40366']!.ocop_3star);
  });

  it('reads a semicolon CSV with decimal commas, and "—", "n/a" as no data', async () => {
    const { raw, result } = await importFixture(
      'tests/fixtures/good/von-2024-semicolon.csv',
      '2021',
    );
    expect(raw.decimalHint).toBe(',');
    const values = result.dataset.values.get('2024')!;
    const demo = demoValues('2021').values['2024']!;
    expect(values.get('funds_allocated_total')!.get('40000' as UnitCode)).toBe(
      demo['40000']!.funds_allocated_total! + 0.5,
    );
    expect(values.get('funds_disbursed_total')!.size).toBe(result.rowsMatched - 2);
    expect(result.dataset.problems.map((p) => p.message.en)).toEqual([
      expect.stringMatching(/^2 empty cells or "no figure" marks \(rows 5, 6\); shown as no data/),
    ]);
  });

  it('asks which unit a name means when two communes share it', async () => {
    const { result } = await importFixture(
      'tests/fixtures/good/twin-names-2025.csv',
      '2025',
      '2025',
      'tests/fixtures/good/demo-2025-twin-names.geojson',
    );
    expect(result.ambiguous).toHaveLength(1);
    expect(result.ambiguous[0]!.candidates).toHaveLength(2);
    expect(result.rowsMatched).toBe(1);
  });
});

describe('encodings people really produce (issue 20, point 9)', () => {
  /** Text as UTF-16 with its byte order mark, as Notepad's "Unicode" and Excel's "Unicode Text" save it. */
  const utf16 = (text: string, bigEndian = false): Uint8Array => {
    const out = new Uint8Array(2 + text.length * 2);
    out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
    for (let i = 0; i < text.length; i += 1) {
      const unit = text.charCodeAt(i);
      const [high, low] = [unit >> 8, unit & 0xff];
      out.set(bigEndian ? [high, low] : [low, high], 2 + i * 2);
    }
    return out;
  };
  const text = 'Mã xã\tTên xã\tTổng số hộ\r\n40000\tXã Chiềng Kỳ\t1143\r\n';

  it('reads a tab-separated UTF-16 file (little and big endian) with its Vietnamese intact', async () => {
    for (const bigEndian of [false, true]) {
      const [table] = await readTableFile('bang.txt', utf16(text, bigEndian));
      expect(table?.rows).toEqual([
        ['Mã xã', 'Tên xã', 'Tổng số hộ'],
        ['40000', 'Xã Chiềng Kỳ', '1143'],
      ]);
      expect(table?.readAs).toBe(`${bigEndian ? 'UTF-16BE' : 'UTF-16LE'} (BOM), "tab"`);
    }
  });
});

describe('tables in other shapes (issue 20, points 9 and 10c)', () => {
  it('reads a JSON array of row objects as a table, a "__proto__" key as a column like any other', async () => {
    const json = JSON.stringify([
      { 'Mã xã': '40000', 'Tổng số hộ': 1143 },
      { 'Mã xã': '40003', 'Tổng số hộ': 500, __proto__x: 1 },
    ]).replace('"__proto__x"', '"__proto__"');
    const [table] = await readTableFile('bang.json', new TextEncoder().encode(json));
    expect(table?.rows).toEqual([
      ['Mã xã', 'Tổng số hộ', '__proto__'],
      ['40000', 1143, null],
      ['40003', 500, 1],
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
