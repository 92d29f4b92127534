import type { Level } from './units';

/**
 * Boundary files as Vietnamese GIS offices export them: Shapefile field
 * names in capitals and cut to ten characters by the .dbf format
 * (`province_c`), codes and names in `MA_XA`, `TEN_XA`, `MA_HUYEN`,
 * `MA_TINH`, often as numeric fields whose leading zeros are lost. Read
 * here into the atlas's own `code`, `name`, `level` and parent codes.
 */

/** A feature's properties looked up without regard to case. */
export function fieldOf(props: Record<string, unknown>, names: readonly string[]): unknown {
  for (const name of names) {
    const value = props[name];
    if (value !== undefined && value !== null && value !== '') return value;
  }
  const lower = new Map(Object.entries(props).map(([k, v]) => [k.toLowerCase(), v]));
  for (const name of names) {
    const value = lower.get(name.toLowerCase());
    if (value !== undefined && value !== null && value !== '') return value;
  }
  return undefined;
}

/** The fields that hold a unit's code and name, by level, most specific first. */
const OWN_FIELDS: readonly { level: Level; code: string[]; name: string[] }[] = [
  {
    level: 'commune',
    code: ['ma_xa', 'maxa', 'commune_code', 'commune_co'],
    name: ['ten_xa', 'tenxa', 'commune_name', 'commune_na'],
  },
  {
    level: 'district',
    code: ['ma_huyen', 'mahuyen', 'district_code', 'district_c'],
    name: ['ten_huyen', 'tenhuyen', 'district_name', 'district_n'],
  },
  {
    level: 'province',
    code: ['ma_tinh', 'matinh', 'province_code', 'province_c'],
    name: ['ten_tinh', 'tentinh', 'province_name', 'province_n'],
  },
];

/** Where a parent's code may be, by the parent's level. */
export const PARENT_FIELDS: Readonly<Record<Level, readonly string[]>> = {
  province: ['province_code', 'province_c', 'ma_tinh', 'matinh'],
  district: ['district_code', 'district_c', 'ma_huyen', 'mahuyen'],
  commune: ['commune_code', 'commune_co', 'ma_xa', 'maxa'],
};

/**
 * The unit's code, name and level as a GIS export gives them, when the file
 * has no `code`: the most specific level whose code field is present. The
 * level comes from the field, so a numeric code can be padded safely.
 */
export function unitFields(
  props: Record<string, unknown>,
  levels: readonly Level[],
): { code: unknown; name: unknown; level: Level } | null {
  for (const { level, code, name } of OWN_FIELDS) {
    if (!levels.includes(level)) continue;
    const value = fieldOf(props, code);
    if (value !== undefined) return { code: value, name: fieldOf(props, name), level };
  }
  return null;
}
