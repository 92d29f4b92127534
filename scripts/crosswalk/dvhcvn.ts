import {
  buildCrosswalk,
  FULL_OR_PARTIAL,
  type Crosswalk,
  type CrosswalkLink,
} from '../../src/core/crosswalk';
import { DataFileError, expectedFound, type Place } from '../../src/core/problems';
import type { BilingualText } from '../../src/core/text';
import type { Level, UnitCode } from '../../src/core/units';

/**
 * The 2025 merger tables as dvhcvn publishes them (dvhcvn/20250701, MIT):
 * "merges" lists each new province and commune with the old units it was
 * formed from, each link typed full or partial. Provinces and communes only:
 * the reform removed the district level.
 */
interface MergeEntry {
  readonly old_id: string;
  readonly type: string;
}
interface NewCommune {
  readonly level2_id: string;
  readonly merges: readonly MergeEntry[];
}
interface NewProvince {
  readonly level1_id: string;
  readonly merges: readonly MergeEntry[];
  readonly level2s: readonly NewCommune[];
}

const CODE = /^\d{2}$|^\d{3}$|^\d{5}$/;
const LEVEL_OF_LENGTH: Readonly<Record<number, Level>> = {
  2: 'province',
  3: 'district',
  5: 'commune',
};

/** Links of a dvhcvn "merges" file, provinces first; unusable entries stop with their place. */
export function linksFromDvhcvnMerges(input: unknown, fileName: string): CrosswalkLink[] {
  const fail = (where: Place, message: BilingualText): never => {
    throw new DataFileError(fileName, where, message);
  };
  const data = (input as { data?: unknown } | null)?.data;
  if (!Array.isArray(data)) {
    return fail(
      'data',
      expectedFound({ vi: 'một danh sách tỉnh mới', en: 'a list of new provinces' }, data),
    );
  }
  const provinces: CrosswalkLink[] = [];
  const communes: CrosswalkLink[] = [];
  const link = (entry: MergeEntry, to: string, where: string): CrosswalkLink => {
    if (typeof entry?.old_id !== 'string' || !CODE.test(entry.old_id)) {
      fail(
        `${where}.old_id`,
        expectedFound({ vi: 'mã đơn vị dạng văn bản', en: 'a unit code as text' }, entry?.old_id),
      );
    }
    if (entry.type !== 'full' && entry.type !== 'partial') {
      fail(`${where}.type`, expectedFound(FULL_OR_PARTIAL, entry.type));
    }
    // Island districts without communes (Hoàng Sa 318, Trường Sa, Bạch Long Vĩ…) became
    // communes-level special zones: their links start from a district.
    return {
      level: LEVEL_OF_LENGTH[entry.old_id.length] as Level,
      from: entry.old_id as UnitCode,
      to: to as UnitCode,
      type: entry.type as 'full' | 'partial',
      weight: entry.type === 'full' ? 1 : null,
    };
  };
  (data as NewProvince[]).forEach((province, p) => {
    const where = `data[${p}]`;
    if (typeof province?.level1_id !== 'string' || !CODE.test(province.level1_id)) {
      fail(
        `${where}.level1_id`,
        expectedFound({ vi: 'một mã tỉnh', en: 'a province code' }, province?.level1_id),
      );
    }
    (province.merges ?? []).forEach((entry, i) =>
      provinces.push(link(entry, province.level1_id, `${where}.merges[${i}]`)),
    );
    (province.level2s ?? []).forEach((commune, c) => {
      const at = `${where}.level2s[${c}]`;
      if (typeof commune?.level2_id !== 'string' || !CODE.test(commune.level2_id)) {
        fail(
          `${at}.level2_id`,
          expectedFound({ vi: 'một mã xã', en: 'a commune code' }, commune?.level2_id),
        );
      }
      commune.merges.forEach((entry, i) =>
        communes.push(link(entry, commune.level2_id, `${at}.merges[${i}]`)),
      );
    });
  });
  return [...provinces, ...communes];
}

/** The national 2021 → 2025 crosswalk from a dvhcvn "merges" file. */
export function crosswalkFromDvhcvn(input: unknown, fileName: string): Crosswalk {
  return buildCrosswalk('2021', '2025', linksFromDvhcvnMerges(input, fileName), {
    source: {
      vi: 'dvhcvn/20250701 (MIT), trích từ 34 nghị quyết sắp xếp ĐVHC 1654–1687/NQ-UBTVQH15; không phải bảng chính thức',
      en: 'dvhcvn/20250701 (MIT), extracted from the 34 merger resolutions 1654–1687/NQ-UBTVQH15; not an official table',
    },
  });
}
