import { CATALOGUE } from '../../src/core/catalogue';
import { buildCrosswalk } from '../../src/core/crosswalk';
import { buildHierarchy } from '../../src/core/hierarchy';
import { parseIndicatorFile } from '../../src/core/indicator-file';
import type { Unit, UnitCode } from '../../src/core/units';

/** A tiny hand-made geography: one province, two districts, 5 + 2 communes. */
export const code = (text: string) => text as UnitCode;

export function unit(
  c: string,
  level: Unit['level'],
  parent: string | null,
  name = `Unit ${c}`,
): Unit {
  return {
    code: code(c),
    name,
    level,
    parent: parent === null ? null : code(parent),
    vintage: '2021',
  };
}

export const UNITS: Unit[] = [
  unit('90', 'province', null, 'Tỉnh Sơn Nguyên'),
  unit('975', 'district', '90', 'Huyện Móng Cái'),
  unit('976', 'district', '90', 'Huyện Đồng Xuân'),
  unit('40000', 'commune', '975', 'Xã Tân Phú'),
  unit('40003', 'commune', '975', 'Xã Hòa Bình'),
  unit('40006', 'commune', '975', 'Thị trấn Móng Cái'),
  unit('40009', 'commune', '975', 'Xã Ẩn Ống'),
  unit('40012', 'commune', '975', 'Xã Điền Lư'),
  unit('40015', 'commune', '976', 'Phường Đông Hải'),
  unit('40018', 'commune', '976', 'Xã Bắc Sơn'),
];

export const hierarchy = buildHierarchy('2021', UNITS);

export function dataset(values: Record<string, Record<string, number | null>>, period = '2025') {
  return parseIndicatorFile(
    {
      format: 'ntp-atlas/indicators',
      version: 1,
      vintage: '2021',
      periods: [period],
      indicators: CATALOGUE,
      values: { [period]: values },
    },
    'test.json',
  );
}

export const byId = (id: string) => {
  const found = CATALOGUE.find((d) => d.id === id);
  if (!found) throw new Error(id);
  return found;
};

/**
 * The fixture's seven old communes become three new ones: 40000 + 40003 →
 * N1; 40006 split between N1 (0.25) and N2 (0.75); 40009 + 40012 → N2;
 * 40015 + 40018 → N3. One new province 90 takes the old province 90.
 */
const newUnit = (c: string, level: Unit['level'], parent: string | null): Unit => ({
  code: code(c),
  name: `Mới ${c}`,
  level,
  parent: parent === null ? null : code(parent),
  vintage: '2025',
});
export const target = buildHierarchy('2025', [
  newUnit('90', 'province', null),
  newUnit('40001', 'commune', '90'),
  newUnit('40002', 'commune', '90'),
  newUnit('40004', 'commune', '90'),
  // A new commune the crosswalk does not reach: no data, never 0.
  newUnit('40005', 'commune', '90'),
]);
const link = (level: Unit['level'], from: string, to: string, weight = 1) => ({
  level,
  from: code(from),
  to: code(to),
  type: weight === 1 ? ('full' as const) : ('partial' as const),
  weight,
});
export const crosswalk = buildCrosswalk('2021', '2025', [
  link('province', '90', '90'),
  link('commune', '40000', '40001'),
  link('commune', '40003', '40001'),
  link('commune', '40006', '40001', 0.25),
  link('commune', '40006', '40002', 0.75),
  link('commune', '40009', '40002'),
  link('commune', '40012', '40002'),
  link('commune', '40015', '40004'),
  link('commune', '40018', '40004'),
]);
