import { criterionId } from '../../src/core/ntm-criteria';
import type { DemoGeography } from './geography';
import type { Random } from './random';

/**
 * The demo's indicator model, calibrated to the national figures in
 * ../shared/design/DOMAIN.md and documented in data/README.md.
 *
 * Each commune has a latent development score: lower in the mountains
 * (mountain index 0 delta … 1 high mountains) and where poverty is high, plus
 * noise. Every year the best-scoring communes are NTM, in numbers that follow
 * the national path (≈ 66 % in 2021 → 79.3 % in June 2025); advanced and model
 * communes are picked among communes already NTM for a year, reaching 42.4 %
 * and ≈ 11 % of NTM communes in 2025. Poverty falls ~17 % a year; OCOP
 * products accumulate; disbursement rates rise. Statuses and counts never go
 * backwards, as in the reports.
 */

export const PERIODS = ['2021', '2022', '2023', '2024', '2025'];
const NTM_SHARE = [0.66, 0.7, 0.735, 0.77, 0.793];
const ADVANCED_OF_NTM = [0.2, 0.26, 0.32, 0.38, 0.424];
const MODEL_OF_NTM = [0.02, 0.04, 0.06, 0.085, 0.11];
const CAPITAL_DISBURSED = [0.42, 0.55, 0.63, 0.71, 0.78];
const RECURRENT_DISBURSED = [0.5, 0.62, 0.7, 0.78, 0.85];
/** How hard each criterion is (higher = met later); income, poverty and production organisation lag nationally. */
const CRITERION_DIFFICULTY = [
  0.1, 0.55, 0.35, 0.05, 0.6, 0.65, 0.5, 0.15, 0.45, 0.85, 0.8, 0.4, 0.75, 0.3, 0.35, 0.45, 0.7,
  0.2, 0.1,
];

export type Values = Record<string, Record<string, Record<string, number>>>;

export function buildValues(
  random: Random,
  geo: DemoGeography,
): { values2021: Values; values2025: Values } {
  const { communes, districts } = geo;
  const n = communes.length;

  const households = communes.map((c) => {
    const base = c.urban ? 4200 : 700 + 2800 * (1 - c.mountain) ** 1.3;
    return Math.round(base * Math.exp(0.25 * random.normal()));
  });
  // Poor-household rate in 2021: a few percent in the delta, 30–50 % in the high mountains.
  const poor2021 = communes.map((c) =>
    Math.min(
      0.6,
      (c.urban ? 0.003 : 0.006) + 0.48 * c.mountain ** 3.6 * Math.exp(0.35 * random.normal()),
    ),
  );
  const score = communes.map(
    (c, i) => -1.6 * c.mountain - 2.5 * poor2021[i]! + 0.35 * random.normal() + (c.urban ? 0.4 : 0),
  );
  const advancedScore = score.map((s) => s + 0.5 * random.normal());
  const rankOf = rank(score);

  const status: number[][] = PERIODS.map(() => new Array(n).fill(0));
  const criteria: number[][] = PERIODS.map(() => new Array(n).fill(0));
  const sinceNtm = new Array(n).fill(-1);
  const sinceAdvanced = new Array(n).fill(-1);
  // Each commune meets its criteria in its own order: the common difficulty plus local noise.
  const order = communes.map((_, i) =>
    CRITERION_DIFFICULTY.map((d, j) => ({
      j,
      d: d + 0.25 * random.normal() + (j === 10 ? 2 * poor2021[i]! : 0),
    }))
      .sort((a, b) => a.d - b.d)
      .map((o) => o.j),
  );
  const lag = communes.map(() => random.next());
  PERIODS.forEach((_, t) => {
    const ntmCount = Math.round(NTM_SHARE[t]! * n);
    for (let i = 0; i < n; i += 1) {
      // Statuses never go backwards: start from last year's.
      status[t]![i] = t > 0 ? status[t - 1]![i]! : 0;
      if (rankOf[i]! < ntmCount && status[t]![i]! < 1) status[t]![i] = 1;
      if (status[t]![i]! >= 1 && sinceNtm[i] < 0) sinceNtm[i] = t;
    }
    // In 2021 communes had been NTM for years already, so anyone NTM may be promoted.
    promote(
      t,
      2,
      ADVANCED_OF_NTM[t]! * ntmCount,
      (i) => sinceNtm[i] >= 0 && (sinceNtm[i] < t || t === 0),
    );
    for (let i = 0; i < n; i += 1)
      if (status[t]![i]! >= 2 && sinceAdvanced[i] < 0) sinceAdvanced[i] = t;
    promote(
      t,
      3,
      MODEL_OF_NTM[t]! * ntmCount,
      (i) => sinceAdvanced[i] >= 0 && (sinceAdvanced[i] < t || t === 0),
    );
    for (let i = 0; i < n; i += 1) {
      if (status[t]![i]! >= 1) criteria[t]![i] = 19;
      else {
        // Not yet NTM: the further down the ranking, the fewer criteria; all gain with time.
        const position = (rankOf[i]! - ntmCount) / Math.max(1, n - ntmCount);
        const c = Math.round(15.5 - 9 * position - 3 * lag[i]! + 0.9 * t - 1.5);
        // The communes next in line are one or two criteria short, as provinces
        // report them ("xã đạt 17–18 tiêu chí"): the first few of the ranking.
        const nextInLine = position < 0.05 ? 18 : position < 0.1 ? 17 : 0;
        criteria[t]![i] = Math.min(18, Math.max(t > 0 ? criteria[t - 1]![i]! : 3, c, nextInLine));
      }
    }
  });

  function promote(t: number, level: number, target: number, eligible: (i: number) => boolean) {
    const already = status[t]!.filter((s) => s >= level).length;
    const candidates = communes
      .map((_, i) => i)
      .filter((i) => status[t]![i]! === level - 1 && eligible(i))
      .sort((a, b) => advancedScore[b]! - advancedScore[a]!);
    for (const i of candidates.slice(0, Math.max(0, Math.round(target) - already)))
      status[t]![i] = level;
  }

  const ocop = communes.map((c) => ({
    rate: (0.3 + 1.3 * (1 - c.mountain)) * Math.exp(0.4 * random.normal()),
    stars: [0, 0, 0],
  }));
  const region = communes.map((c) =>
    c.mountain > 0.74 ? 3 : c.mountain > 0.6 ? 2 : c.mountain > 0.48 ? 1 : 0,
  );
  const coastalMedian = median(communes.filter((c) => c.coastal).map((_, i) => poor2021[i]!));
  const values2021: Values = {};
  PERIODS.forEach((period, t) => {
    const rows: Record<string, Record<string, number>> = {};
    communes.forEach((c, i) => {
      const total = Math.round(households[i]! * 1.012 ** t);
      const poorRate = poor2021[i]! * 0.83 ** t * Math.exp(0.08 * random.normal());
      const poor = Math.round(total * poorRate);
      const nearPoor = Math.round(total * (1.0 * poorRate + 0.004 + 0.003 * random.normal() ** 2));
      // OCOP: new products each year, some 3-star products upgraded to 4 stars.
      const stars = ocop[i]!.stars;
      const fresh = random.poisson(ocop[i]!.rate * (t === 0 ? 0.5 : 0.25));
      for (let k = 0; k < fresh; k += 1) {
        const r = random.next();
        stars[r < 0.72 ? 0 : r < 0.98 ? 1 : 2]! += 1;
      }
      if (stars[0]! > 0 && random.next() < 0.08) {
        stars[0]! -= 1;
        stars[1]! += 1;
      }
      const ocopTotal = stars[0]! + stars[1]! + stars[2]!;
      const row: Record<string, number> = {
        ntm_status: status[t]![i]!,
        ntm_criteria_met: criteria[t]![i]!,
        households_total: total,
        poor_households: poor,
        near_poor_households: nearPoor,
        ocop_3star: stars[0]!,
        ocop_4star: stars[1]!,
        ocop_5star: stars[2]!,
        ocop_total: ocopTotal,
        ocop_producers: Math.ceil(ocopTotal * 0.6),
        em_region: region[i]!,
        dbkk_coastal: c.coastal && poor2021[i]! >= coastalMedian ? 1 : 0,
      };
      const met = new Set(order[i]!.slice(0, criteria[t]![i]!));
      for (let j = 0; j < 19; j += 1) row[criterionId(j + 1)] = met.has(j) ? 1 : 0;
      Object.assign(row, funds(random, c.mountain, region[i]!, t));
      rows[c.code] = row;
    });
    // Districts report their own NTM status (QĐ 320): all communes NTM and ≥ 10 % advanced.
    districts.forEach((district) => {
      const ids = district.communes;
      const ntm = ids.filter((i) => status[t]![i]! >= 1).length;
      const advanced = ids.filter((i) => status[t]![i]! >= 2).length;
      const previous =
        t > 0 ? (values2021[PERIODS[t - 1]!]![district.code]?.ntm_district_status ?? 0) : 0;
      let own = ntm === ids.length && advanced >= 0.1 * ids.length ? 1 : 0;
      if (own && advanced >= 0.5 * ids.length && previous >= 1) own = 2;
      rows[district.code] = { ntm_district_status: Math.max(own, previous) };
    });
    values2021[period] = rows;
  });

  // After the reform: the year-end 2025 review counted households and poverty
  // on the new communes; OCOP certificates moved with their producers.
  const last = values2021['2025']!;
  const values2025: Values = { '2025': {} };
  for (const commune of geo.newCommunes) {
    const sum = (id: string) => {
      let total = 0;
      for (const [i, weight] of commune.parts)
        total += (last[geo.communes[i]!.code]![id] ?? 0) * weight;
      return Math.round(total);
    };
    const total = sum('households_total');
    const row: Record<string, number> = { households_total: total };
    row.poor_households = Math.round(sum('poor_households') * Math.exp(0.05 * random.normal()));
    row.near_poor_households = Math.round(
      sum('near_poor_households') * Math.exp(0.05 * random.normal()),
    );
    for (const id of ['ocop_3star', 'ocop_4star', 'ocop_5star', 'ocop_total', 'ocop_producers'])
      row[id] = sum(id);
    values2025['2025']![commune.code] = row;
  }
  return { values2021, values2025 };
}

/** Money per commune and year in million VND: more central money to poorer, ethnic-minority communes. */
function funds(
  random: Random,
  mountain: number,
  region: number,
  t: number,
): Record<string, number> {
  const central = (900 + 2600 * mountain + 900 * region) * Math.exp(0.3 * random.normal());
  const local = (1800 * (1 - mountain) + 250) * Math.exp(0.3 * random.normal());
  return fundsRow({ central, local }, 0.72, (type) =>
    Math.min(
      1,
      (type === 'capital' ? CAPITAL_DISBURSED : RECURRENT_DISBURSED)[t]! + 0.08 * random.normal(),
    ),
  );
}

/**
 * A commune's money by source (central, local) and type (capital, the
 * `capitalShare` of each source; recurrent, the rest), allocated and
 * disbursed, with the totals. `disbursedShare` draws each type's rate, in
 * the order central capital, central recurrent, local capital, local
 * recurrent.
 */
export function fundsRow(
  amounts: { readonly central: number; readonly local: number },
  capitalShare: number,
  disbursedShare: (type: 'capital' | 'recurrent') => number,
): Record<string, number> {
  const result: Record<string, number> = {};
  let allocated = 0;
  let disbursed = 0;
  for (const source of ['central', 'local'] as const) {
    for (const [type, share] of [
      ['capital', capitalShare],
      ['recurrent', 1 - capitalShare],
    ] as const) {
      const a = Math.round(amounts[source] * share);
      const d = Math.min(a, Math.max(0, Math.round(a * disbursedShare(type))));
      result[`funds_allocated_${source}_${type}`] = a;
      result[`funds_disbursed_${source}_${type}`] = d;
      allocated += a;
      disbursed += d;
    }
  }
  result.funds_allocated_total = allocated;
  result.funds_disbursed_total = disbursed;
  return result;
}

function rank(values: number[]): number[] {
  const order = values.map((v, i) => ({ v, i })).sort((a, b) => b.v - a.v);
  const result = new Array(values.length).fill(0);
  order.forEach((o, r) => (result[o.i] = r));
  return result;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}
