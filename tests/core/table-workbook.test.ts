import writeXlsxFile from 'write-excel-file/node';
import { describe, expect, it } from 'vitest';
import { buildHierarchy } from '../../src/core/hierarchy';
import { computeMapView } from '../../src/core/map-view';
import type { BoundaryUnits } from '../../src/core/prepared-boundaries';
import { tableWorkbook } from '../../src/core/table-workbook';
import { tableRows, tableSheet } from '../../src/core/unit-table';
import type { Unit } from '../../src/core/units';
import { DEFAULT_VIEW } from '../../src/core/view-state';
import { readTableFile } from '../../src/formats/table-file';
import { code, dataset } from './fixtures';

/** Two communes of a 2025 province whose codes start with zeros, as real codes do. */
const unit = (c: string, level: Unit['level'], parent: string | null): Unit => ({
  code: code(c),
  name: `Xã ${c}`,
  level,
  parent: parent === null ? null : code(parent),
  vintage: '2025',
});
const hierarchy = buildHierarchy('2025', [
  unit('01', 'province', null),
  unit('00004', 'commune', '01'),
  unit('00008', 'commune', '01'),
]);

describe('the table as an Excel workbook', () => {
  it('keeps codes as text with their zeros, rates as percentages, and says what they are', async () => {
    const d = dataset({
      '00004': { households_total: 400, poor_households: 50 },
      '00008': { households_total: 1000, poor_households: 0 },
    });
    const data = {
      boundaries: {} as BoundaryUnits,
      hierarchy,
      dataset: { ...d, vintage: '2025' as const },
    };
    const view = computeMapView(data, {
      ...DEFAULT_VIEW,
      vintage: '2025',
      level: 'commune',
      layer: 'poor_rate',
      period: '2025',
    });
    const sheets = tableWorkbook(
      tableSheet(view, tableRows(view, hierarchy), { source: 'Sở NN&MT', dataDate: '2025-12-31' }),
    );
    const buffer = await writeXlsxFile(sheets as never).toBuffer();
    // Read back with the atlas's own table reader, as an import of it would.
    const read = await readTableFile('bang.xlsx', new Uint8Array(buffer));
    const table = read.find((s) => s.sheet === 'Bảng · Table')?.rows;
    const about = read.find((s) => s.sheet === 'Nguồn · About')?.rows;
    expect(table?.[0]?.slice(0, 2)).toEqual([
      'Mã (địa giới 2025) / Code (2025 boundaries)',
      'Tên / Name',
    ]);
    // 50 of 400 households: 12.5 %, stored as 0.125; the code keeps its zeros.
    const first = table?.find((row) => row[0] === '00004');
    expect(first?.[3]).toBe(0.125);
    expect(first?.slice(4, 6)).toEqual([50, 400]);
    // 0 poor households is a real 0 %, not no data.
    expect(table?.find((row) => row[0] === '00008')?.[3]).toBe(0);
    expect(about?.map((row) => row[0])).toContain('Nguồn / Source');
    expect(about?.find((row) => row[0] === 'Năm / Year')?.[1]).toBe('2025');
  });
});
