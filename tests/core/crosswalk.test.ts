import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseBoundaryFiles } from '../../src/core/boundary-file';
import { CATALOGUE } from '../../src/core/catalogue';
import {
  linkShare,
  parseCrosswalkFile,
  predecessorsOf,
  successorsOf,
  type Crosswalk,
} from '../../src/core/crosswalk';
import { checkCrosswalk, splitUnits } from '../../src/core/crosswalk-check';
import { crosswalkFromDvhcvn } from '../../scripts/crosswalk/dvhcvn';
import { buildHierarchy, type Hierarchy } from '../../src/core/hierarchy';
import { parseIndicatorFile } from '../../src/core/indicator-file';
import { resolveLayer } from '../../src/core/layer';
import { reaggregate } from '../../src/core/reaggregate';
import type { Unit, UnitCode } from '../../src/core/units';

const ROOT = join(__dirname, '../..');
const FIXTURES = join(ROOT, '../shared/fixtures');
const code = (text: string) => text as UnitCode;
const layer = (key: string) => {
  const found = resolveLayer(CATALOGUE, key);
  if (!found) throw new Error(key);
  return found;
};
/** Old-vintage values for 2024, with the catalogue's definitions. */
const oldData = (values: Record<string, Record<string, number>>) =>
  parseIndicatorFile(
    {
      format: 'ntp-atlas/indicators',
      version: 1,
      vintage: '2021',
      periods: ['2024'],
      indicators: CATALOGUE,
      values: { '2024': values },
    },
    'old.json',
  );
const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as unknown;

describe('the crosswalk file format', () => {
  const demo = parseCrosswalkFile(
    readJson(join(ROOT, 'data/demo/crosswalk-2021-2025.json')),
    'crosswalk-2021-2025.json',
  );

  it('reads the demo crosswalk and finds it complete against both vintages', () => {
    const units = (vintage: '2021' | '2025') =>
      parseBoundaryFiles(
        [
          {
            name: `boundaries-${vintage}.geojson`,
            json: readJson(join(ROOT, `data/demo/boundaries-${vintage}.geojson`)),
          },
        ],
        vintage,
      ).units;
    const old = units('2021').filter((u) => u.level !== 'district');
    const next = units('2025');
    expect(demo.synthetic).toBe(true);
    expect(
      checkCrosswalk(demo, 'crosswalk-2021-2025.json', {
        old: old.map((u) => u.code),
        new: next.map((u) => u.code),
      }),
    ).toEqual([]);
    // 8 old communes were cut in two; their area weights add up to 1.
    const split = splitUnits(demo);
    expect(split.size).toBe(8);
    for (const oldCode of split.keys()) {
      const total = successorsOf(demo, oldCode).reduce((sum, l) => sum + (l.weight ?? 0), 0);
      expect(total).toBeCloseTo(1, 6);
    }
  });

  it('names the link and what was expected when a file is unusable', () => {
    const base = { format: 'ntp-atlas/crosswalk', version: 1, from: '2021', to: '2025' };
    const bad = (links: unknown[]) => () => parseCrosswalkFile({ ...base, links }, 'cw.json');
    expect(bad([{ level: 'commune', from: 4, to: '00004', type: 'full' }])).toThrow(
      /cw\.json: links\[0\]\.from: expected a unit code as text with its leading zeros \("00004"\), found number 4/,
    );
    expect(
      bad([{ level: 'commune', from: '00004', to: '00004', type: 'partial', weight: 1.5 }]),
    ).toThrow(/links\[0\]\.weight: expected a share between 0 and 1, found number 1\.5/);
    expect(bad([{ level: 'ward', from: '00004', to: '00004', type: 'full' }])).toThrow(
      /links\[0\]\.level: expected province, district or commune/,
    );
    expect(() => parseCrosswalkFile({ ...base, to: '2021', links: [] }, 'cw.json')).toThrow(
      /to: links units of 2021 to the same vintage/,
    );
  });

  it('reports old units that go nowhere, full links that are split, and weights not adding up', () => {
    const cw = parseCrosswalkFile(
      {
        format: 'ntp-atlas/crosswalk',
        version: 1,
        from: '2021',
        to: '2025',
        links: [
          { level: 'commune', from: '00001', to: '00010', type: 'full' },
          { level: 'commune', from: '00001', to: '00020', type: 'partial', weight: 0.3 },
          { level: 'commune', from: '00002', to: '00010', type: 'partial', weight: 0.5 },
          { level: 'commune', from: '00002', to: '00020', type: 'partial', weight: 0.4 },
        ],
      },
      'cw.json',
    );
    const messages = checkCrosswalk(cw, 'cw.json', {
      old: [code('00001'), code('00002'), code('00003')],
      new: [code('00010')],
    }).map((p) => p.message.en);
    expect(messages).toEqual([
      'old unit 00003 is linked to no unit of 2025',
      'links 00001 to 00020, which is not a commune of 2025',
      'links 00002 to 00020, which is not a commune of 2025',
      'old unit 00001 is marked "full" in 00010 but is also linked to 00020: a unit split between several new units has "partial" links',
      'the weights of old unit 00002 add up to 0.9, not 1 (00010: 0.5, 00020: 0.4)',
    ]);
  });
});

const present = existsSync(join(FIXTURES, 'crosswalk-2025-merges.json'));
if (!present) console.warn(`Skipping the national crosswalk tests: ${FIXTURES} is absent.`);

describe.skipIf(!present)('the national 2021 → 2025 crosswalk (dvhcvn, ../shared/fixtures)', () => {
  let national: Crosswalk;
  let oldUnits: Unit[];
  let oldHierarchy: Hierarchy;
  beforeAll(() => {
    national = crosswalkFromDvhcvn(
      readJson(join(FIXTURES, 'crosswalk-2025-merges.json')),
      'crosswalk-2025-merges.json',
    );
    const list = readJson(join(FIXTURES, 'vn-2021-legacy/admin-units.json')) as {
      units: { code: string; name: string; level: Unit['level']; parent?: string }[];
    };
    oldUnits = list.units.map((u) => ({
      code: code(u.code),
      name: u.name,
      level: u.level,
      parent: u.parent ? code(u.parent) : null,
      vintage: '2021',
    }));
    oldHierarchy = buildHierarchy('2021', oldUnits);
  });

  it('has the 3,321 new communes and 34 new provinces', () => {
    const newCommunes = [...national.predecessors.keys()].filter((c) => c.length === 5);
    const newProvinces = [...national.predecessors.keys()].filter((c) => c.length === 2);
    expect(newCommunes).toHaveLength(3321);
    expect(newProvinces).toHaveLength(34);
  });

  it('links every one of the 10,047 old communes and 63 old provinces somewhere', () => {
    const communes = oldUnits.filter((u) => u.level === 'commune').map((u) => u.code);
    const provinces = oldUnits.filter((u) => u.level === 'province').map((u) => u.code);
    expect(communes).toHaveLength(10047);
    const problems = checkCrosswalk(national, 'crosswalk-2025-merges.json', {
      old: [...communes, ...provinces],
    });
    expect(problems.filter((p) => p.message.en.includes('linked to no unit'))).toEqual([]);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('finds the 460 old communes split across several new ones', () => {
    const split = [...splitUnits(national).keys()].filter((c) => c.length === 5);
    expect(split).toHaveLength(460);
    // Phường Điện Biên (00019) went to four new wards, Ba Đình among them.
    expect(
      successorsOf(national, code('00019'))
        .map((l) => l.to)
        .sort(),
    ).toEqual(['00004', '00070', '00190', '00226']);
  });

  it('links old Bắc Kạn (06) to new Thái Nguyên (19), whole', () => {
    expect(successorsOf(national, code('06'))).toEqual([
      { level: 'province', from: '06', to: '19', type: 'full', weight: 1 },
    ]);
    expect(
      predecessorsOf(national, code('19'))
        .map((l) => l.from)
        .sort(),
    ).toEqual(['06', '19']);
  });

  it('re-aggregates a new commune from its predecessors exactly as by hand', () => {
    // New commune 09700 = part of old 09700 (split in two: half assumed) + all of 09703 + all of 09712.
    const links = predecessorsOf(national, code('09700'));
    expect(links.map((l) => [l.from, l.type])).toEqual([
      ['09700', 'partial'],
      ['09703', 'full'],
      ['09712', 'full'],
    ]);
    expect(linkShare(national, links[0]!)).toEqual({ share: 0.5, assumed: true });
    const dataset = oldData({
      '09700': {
        households_total: 1000,
        poor_households: 100,
        ocop_total: 4,
        ntm_criteria_met: 15,
        ntm_status: 0,
      },
      '09703': {
        households_total: 600,
        poor_households: 30,
        ocop_total: 2,
        ntm_criteria_met: 19,
        ntm_status: 2,
      },
      '09712': {
        households_total: 400,
        poor_households: 60,
        ocop_total: 1,
        ntm_criteria_met: 19,
        ntm_status: 1,
      },
    });
    const context = {
      crosswalk: national,
      old: { hierarchy: oldHierarchy, dataset, period: '2024' },
    };
    const at = (key: string) => reaggregate(context, layer(key), code('09700'));
    // OCOP: 4 × ½ + 2 + 1 = 5 products.
    expect(at('ocop_total').value).toBe(5);
    expect(at('ocop_total').assumedShares).toBe(true);
    expect(at('ocop_total').rule.vi).toMatch(/^Cộng từ 3 xã cũ; đơn vị cũ bị chia được chia đều/);
    // Poor rate: (100 × ½ + 30 + 60) / (1 000 × ½ + 600 + 400) = 140 / 1 500.
    const rate = at('poor_rate');
    expect([rate.numerator, rate.denominator]).toEqual([140, 1500]);
    expect(rate.value).toBeCloseTo((140 / 1500) * 100, 10);
    // Criteria: (15 × ½ + 19 + 19) / 2.5 = 18.2 per commune.
    expect(at('ntm_criteria_met').value).toBeCloseTo(18.2, 10);
    // Status is never inherited: 2 of 3 predecessors were NTM, 1 of those 2 advanced.
    const ntm = at('ntm_status');
    expect([ntm.numerator, ntm.denominator]).toEqual([2, 3]);
    expect(ntm.rule.vi).toBe(
      '2/3 xã cũ đạt chuẩn NTM (trên tổng số xã có số liệu); không thừa kế danh hiệu',
    );
    const advanced = at('ntm_status.advanced');
    expect([advanced.value, advanced.numerator, advanced.denominator]).toEqual([50, 1, 2]);
    expect(at('ntm_status.ntm.count').value).toBe(2);
    expect(ntm.partlyCovered).toBe(false);
  });

  it('flags a value whose predecessors are only partly covered by data', () => {
    const dataset = oldData({ '09703': { ocop_total: 2 }, '09712': { ocop_total: 1 } });
    const result = reaggregate(
      { crosswalk: national, old: { hierarchy: oldHierarchy, dataset, period: '2024' } },
      layer('ocop_total'),
      code('09700'),
    );
    expect([result.value, result.covered, result.total, result.partlyCovered]).toEqual([
      3,
      2,
      3,
      true,
    ]);
  });
});
