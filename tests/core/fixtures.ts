import { CATALOGUE } from '../../src/core/catalogue';
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
