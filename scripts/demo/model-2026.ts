import { criterion2026Id } from '../../src/core/ntm-criteria-2026';
import type { DemoGeography } from './geography';
import { fundsRow, type Values } from './model';
import type { Random } from './random';

/**
 * The demo's first year of the 2026–2030 programme, on the new communes
 * (DOMAIN.md, "The programme period 2026–2030"), drawn after the 2021–2025
 * model so that its values stay as they were.
 *
 * - Ethnic-minority region (NĐ 272/2025) of a new commune: the region of the
 *   old communes that make up most of its area.
 * - Commune group (QĐ 51/2025): region II or III → group 3; the quarter of
 *   the other xã lowest in the plain → group 1, the urbanising lowland;
 *   other xã → group 2. Phường are urban: the NTM criteria do not apply to them,
 *   so they have no group, no criteria and no status.
 * - Merged communes did not inherit their status: each xã is re-assessed
 *   against the 10 criteria, from what its predecessors had reached and how
 *   mountainous it is. About 20 % meet all 10 in 2026 (far from the old
 *   79 %; Cà Mau plans 15 % for 2026), one in twelve of those is a modern
 *   NTM pilot.
 * - Households grow 1.2 %; poverty (still the NĐ 07/2021 standard in 2026)
 *   falls about 15 %; OCOP products accumulate; programme money is the new
 *   programme's first year, disbursed more slowly.
 */

const NTM_SHARE_2026 = 0.2;
const MODERN_OF_NTM = 1 / 12;
/** How hard each 2026 criterion is; science, technology and digital transformation is new and hardest. */
const DIFFICULTY = [0.1, 0.5, 0.7, 0.45, 0.35, 0.6, 0.85, 0.55, 0.3, 0.15];

export function build2026(
  random: Random,
  geo: DemoGeography,
  values2021: Values,
  values2025: Values,
): Record<string, Record<string, number>> {
  const old = values2021['2025']!;
  const last = values2025['2025']!;
  const communes = geo.newCommunes.map((commune) => {
    const parts = [...commune.parts];
    const weighOld = (value: (i: number) => number) => {
      let total = 0;
      let weights = 0;
      for (const [i, weight] of parts) {
        total += value(i) * weight;
        weights += weight;
      }
      return total / weights;
    };
    // The region of the largest part of the commune's area.
    const byRegion = new Map<number, number>();
    for (const [i, weight] of parts) {
      const region = old[geo.communes[i]!.code]!.em_region!;
      byRegion.set(region, (byRegion.get(region) ?? 0) + weight);
    }
    const region = [...byRegion].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]![0];
    const mountain = weighOld((i) => geo.communes[i]!.mountain);
    const reached = weighOld((i) => {
      const row = old[geo.communes[i]!.code]!;
      return row.ntm_status! >= 1 ? 1 : row.ntm_criteria_met! / 19;
    });
    const isWard = commune.name.startsWith('Phường');
    return {
      commune,
      region,
      mountain,
      group: region >= 2 ? 3 : 2,
      isWard,
      latent: reached - 0.25 * mountain + 0.12 * random.normal(),
      pilot: random.normal(),
    };
  });

  const xa = communes.filter((c) => !c.isWard);
  // Group 1: the quarter of the other xã lowest in the plain, around the towns, that is urbanising.
  const plain = xa.filter((c) => c.group === 2).sort((a, b) => a.mountain - b.mountain);
  for (const c of plain.slice(0, Math.round(plain.length / 4))) c.group = 1;
  const ranked = [...xa].sort((a, b) => b.latent - a.latent);
  const ntmCount = Math.round(NTM_SHARE_2026 * xa.length);
  const modernCount = Math.max(1, Math.round(MODERN_OF_NTM * ntmCount));
  const ntm = new Set(ranked.slice(0, ntmCount).map((c) => c.commune.code));
  const modern = new Set(
    ranked
      .slice(0, ntmCount)
      .sort((a, b) => b.pilot - a.pilot)
      .slice(0, modernCount)
      .map((c) => c.commune.code),
  );
  const position = new Map(ranked.map((c, r) => [c.commune.code, r / ranked.length]));

  const rows: Record<string, Record<string, number>> = {};
  for (const c of communes) {
    const code = c.commune.code;
    const before = last[code]!;
    const total = Math.round(before.households_total! * 1.012);
    const fall = 0.85 * Math.exp(0.06 * random.normal());
    const poor = Math.round((before.poor_households! / before.households_total!) * fall * total);
    const nearPoor = Math.round(
      (before.near_poor_households! / before.households_total!) *
        (0.9 + 0.05 * random.normal()) *
        total,
    );
    const fresh = random.poisson(0.2 + 0.4 * (1 - c.region / 3));
    const row: Record<string, number> = {
      households_total: total,
      poor_households: poor,
      near_poor_households: nearPoor,
      ocop_3star: before.ocop_3star! + fresh,
      ocop_4star: before.ocop_4star!,
      ocop_5star: before.ocop_5star!,
      ocop_total: before.ocop_total! + fresh,
      ocop_producers: Math.ceil((before.ocop_total! + fresh) * 0.6),
      em_region_2026: c.region,
    };
    if (!c.isWard) {
      const isNtm = ntm.has(code);
      const met = isNtm
        ? 10
        : Math.min(
            9,
            Math.max(1, Math.round(8.6 - 6 * position.get(code)! + 0.8 * random.normal())),
          );
      row.commune_group = c.group;
      row.ntm26_status = modern.has(code) ? 2 : isNtm ? 1 : 0;
      row.ntm26_criteria_met = met;
      const order = DIFFICULTY.map((d, j) => ({ j, d: d + 0.2 * random.normal() }))
        .sort((a, b) => a.d - b.d)
        .map((o) => o.j);
      const metSet = new Set(order.slice(0, met));
      for (let j = 0; j < 10; j += 1) row[criterion2026Id(j + 1)] = metSet.has(j) ? 1 : 0;
    }
    Object.assign(row, funds2026(random, c.region, c.isWard));
    rows[code] = row;
  }
  return rows;
}

/** The new programme's first year: more central money to region II/III, slower disbursement. */
function funds2026(random: Random, region: number, isWard: boolean): Record<string, number> {
  const central = (isWard ? 300 : 1500 + 1400 * region) * Math.exp(0.3 * random.normal());
  const local = (isWard ? 1500 : 900) * Math.exp(0.3 * random.normal());
  return fundsRow(
    { central, local },
    0.7,
    (type) => (type === 'capital' ? 0.38 : 0.5) + 0.1 * random.normal(),
  );
}
