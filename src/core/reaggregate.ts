import { matchesShare, unitValue, type AggregationContext, type UnitValue } from './aggregate';
import { linkShare, predecessorsOf, type Crosswalk, type CrosswalkLink } from './crosswalk';
import type { ShareDefinition } from './indicator-definition';
import type { Layer } from './layer';
import type { BilingualText } from './text';
import type { UnitCode } from './units';
import { descendantsAt, type Hierarchy } from './hierarchy';

/** One old unit behind a new unit's value, with the part of it that counts. */
export interface Predecessor {
  readonly link: CrosswalkLink;
  /** Part of the old unit's quantity carried over: 1, its weight, or an assumed equal split. */
  readonly share: number;
  readonly assumed: boolean;
  readonly value: UnitValue;
}

/** A new unit's value computed from old-vintage data, with how it was made. */
export interface Reaggregated {
  readonly value: number | null;
  readonly numerator?: number;
  readonly denominator?: number;
  /** For statuses: the share of the predecessors counted ("NTM", "advanced"…). */
  readonly share?: ShareDefinition;
  readonly predecessors: readonly Predecessor[];
  /** Predecessors with data, of all predecessors. */
  readonly covered: number;
  readonly total: number;
  /** Some predecessors have no data: the value covers only part of the new unit. */
  readonly partlyCovered: boolean;
  /** Some split old units were divided equally because the crosswalk gives no weights. */
  readonly assumedShares: boolean;
  /** Some values came through links whose coverage the source does not give. */
  readonly unknownCoverage: boolean;
  /** The rule, to be shown next to the value. */
  readonly rule: BilingualText;
}

export interface ReaggregationContext {
  readonly crosswalk: Crosswalk;
  /** The old vintage's units and data, in the period shown. */
  readonly old: AggregationContext;
  /**
   * The new vintage's units: a new unit the crosswalk does not name (a
   * province in a commune-only crosswalk) is then reached through its communes.
   */
  readonly target?: Hierarchy;
}

/**
 * A new (2025) unit's value from results reported on the old units, with the
 * rule per indicator kind:
 * - counts and amounts add; a split old unit contributes its share;
 * - rates are recomputed from re-aggregated numerators and denominators;
 * - means (criteria per commune) are share-weighted means of the predecessors;
 * - statuses are never inherited: the new unit gets "k of n predecessor
 *   communes were NTM (advanced, model)", each predecessor counted once.
 * Predecessors without data are left out and the value is flagged as covering
 * only part of the new unit.
 */
export function reaggregate(
  context: ReaggregationContext,
  layer: Layer,
  newCode: UnitCode,
): Reaggregated {
  const { crosswalk, old } = context;
  const direct = predecessorsOf(crosswalk, newCode);
  const parts =
    direct.length > 0 || !context.target
      ? direct.map((link) => ({ link, ...linkShare(crosswalk, link) }))
      : throughCommunes(crosswalk, context.target, newCode);
  const links = parts.map((p) => p.link);
  const rule = layer.indicator.aggregation;
  // A status is shown as a share of predecessors, never as one inherited status.
  const share = rule.rule === 'shares' ? (layer.share ?? rule.shares[0]) : undefined;
  const asLayer: Layer = share ? { indicator: layer.indicator, share, count: layer.count } : layer;
  const predecessors: Predecessor[] = parts.map(({ link, share: part, assumed }) => ({
    link,
    share: part,
    assumed,
    value: unitValue(old, asLayer, link.from),
  }));
  const withData = predecessors.filter((p) => p.value.value !== null);
  const total = predecessors.length;
  const covered = withData.length;
  const assumedShares = withData.some((p) => p.assumed && p.link.type === 'partial');
  const unknownCoverage = withData.filter((p) => p.link.type === 'unknown').length;
  const base = {
    predecessors,
    covered,
    total,
    partlyCovered: covered < total,
    assumedShares,
    unknownCoverage: unknownCoverage > 0,
  };
  const units = unitWords(links[0]?.level);
  const splitNote = (vi: string, en: string): BilingualText => {
    let text = { vi, en };
    if (assumedShares)
      text = {
        vi: `${text.vi}; đơn vị cũ bị chia được chia đều vì không có trọng số`,
        en: `${text.en}; split old units divided equally, as no weights are given`,
      };
    if (unknownCoverage)
      text = {
        vi: `${text.vi}; ${unknownCoverage} ${units.vi} cũ tính trọn dù nguồn không ghi rõ toàn bộ hay một phần: giá trị có thể lệch`,
        en: `${text.en}; ${unknownCoverage} old ${units.en} counted whole though the source does not say whether they were: the value may be off`,
      };
    return text;
  };
  if (covered === 0) {
    return {
      ...base,
      value: null,
      share,
      rule: {
        vi: `Không có số liệu của ${total} ${units.vi} cũ`,
        en: `No data for any of the ${total} old ${units.en}`,
      },
    };
  }

  if (share && rule.rule === 'shares') {
    let count = 0;
    let of = 0;
    for (const p of withData) {
      // An old commune counts once; an old province brings its own counts.
      if (p.link.level === layer.indicator.baseLevel) {
        const status = p.value.value as number;
        const matched = matchesShare(share, status);
        const inBase = share.of === 'all' || matchesBase(rule.shares, share.of, status);
        count += matched && inBase ? 1 : 0;
        of += inBase ? 1 : 0;
      } else {
        count += p.value.numerator ?? 0;
        of += p.value.denominator ?? 0;
      }
    }
    return {
      ...base,
      value: layer.count ? count : of > 0 ? (count / of) * 100 : null,
      numerator: count,
      denominator: of,
      share,
      rule: {
        vi: `${count}/${of} ${units.vi} cũ ${share.label.vi.replace(/^Tỷ lệ (xã |huyện )?/, '')} (${share.baseLabel.vi}); không thừa kế danh hiệu`,
        en: `${count} of ${of} old ${units.en} ${share.label.en.replace(/^Share of (communes |districts )?/, '')} (${share.baseLabel.en}); no status is inherited`,
      },
    };
  }

  if (rule.rule === 'ratio') {
    let numerator = 0;
    let denominator = 0;
    for (const p of withData) {
      numerator += (p.value.numerator ?? 0) * p.share;
      denominator += (p.value.denominator ?? 0) * p.share;
    }
    return {
      ...base,
      value: denominator > 0 ? (numerator / denominator) * rule.scale : null,
      numerator,
      denominator,
      rule: splitNote(
        `Tính lại từ tử số và mẫu số cộng từ ${covered} ${units.vi} cũ`,
        `Recomputed from numerators and denominators summed over ${covered} old ${units.en}`,
      ),
    };
  }

  if (rule.rule === 'mean') {
    let weighted = 0;
    let weights = 0;
    for (const p of withData) {
      weighted += (p.value.value as number) * p.share;
      weights += p.share;
    }
    return {
      ...base,
      value: weights > 0 ? weighted / weights : null,
      rule: splitNote(
        `Bình quân theo phần diện tích của ${covered} ${units.vi} cũ`,
        `Mean over ${covered} old ${units.en}, weighted by the part of each`,
      ),
    };
  }

  let sum = 0;
  for (const p of withData) sum += (p.value.value as number) * p.share;
  return {
    ...base,
    value: sum,
    rule: splitNote(`Cộng từ ${covered} ${units.vi} cũ`, `Sum over ${covered} old ${units.en}`),
  };
}

/**
 * The old communes behind a new unit through the new communes within it, each
 * old commune once: one split between two new communes of the same province
 * is whole in that province.
 */
function throughCommunes(
  crosswalk: Crosswalk,
  target: Hierarchy,
  newCode: UnitCode,
): { link: CrosswalkLink; share: number; assumed: boolean }[] {
  const byOld = new Map<UnitCode, { link: CrosswalkLink; share: number; assumed: boolean }>();
  for (const commune of descendantsAt(target, newCode, 'commune')) {
    for (const link of predecessorsOf(crosswalk, commune)) {
      const { share, assumed } = linkShare(crosswalk, link);
      const seen = byOld.get(link.from);
      byOld.set(link.from, {
        link,
        share: (seen?.share ?? 0) + share,
        assumed: (seen?.assumed ?? false) || assumed,
      });
    }
  }
  return [...byOld.values()].map(({ link, share, assumed }) => {
    const whole = share >= 1 - 1e-9;
    return {
      link: {
        ...link,
        to: newCode,
        type: whole ? 'full' : 'partial',
        weight: whole ? 1 : share,
      },
      share: Math.min(share, 1),
      assumed: whole ? false : assumed,
    };
  });
}

/** Whether a value is in the base share named `of` (e.g. "ntm" for advanced and model). */
function matchesBase(shares: readonly ShareDefinition[], of: string, value: number): boolean {
  const base = shares.find((s) => s.id === of);
  return base ? matchesShare(base, value) : true;
}

function unitWords(level: string | undefined): BilingualText {
  if (level === 'province') return { vi: 'tỉnh', en: 'provinces' };
  if (level === 'district') return { vi: 'huyện', en: 'districts' };
  return { vi: 'xã', en: 'communes' };
}

/**
 * The rule of a whole map of re-aggregated values, for its legend (each
 * unit's own rule, with its counts, is in `reaggregate`'s result).
 */
export function reaggregationRule(layer: Layer): BilingualText {
  const rule = layer.indicator.aggregation;
  if (rule.rule === 'shares') {
    return {
      vi: 'Tỷ lệ trong số các đơn vị cũ hợp thành mỗi đơn vị mới; không thừa kế danh hiệu',
      en: 'Share of the old units each new unit was formed from; no status is inherited',
    };
  }
  if (rule.rule === 'ratio') {
    return {
      vi: 'Tính lại từ tử số và mẫu số cộng từ các đơn vị cũ (đơn vị bị chia góp theo tỷ lệ)',
      en: 'Recomputed from numerators and denominators summed over the old units (split units by their share)',
    };
  }
  if (rule.rule === 'mean') {
    return {
      vi: 'Bình quân các đơn vị cũ, theo phần của mỗi đơn vị',
      en: 'Mean of the old units, weighted by the part of each',
    };
  }
  return {
    vi: 'Cộng từ các đơn vị cũ (đơn vị bị chia góp theo tỷ lệ)',
    en: 'Sum over the old units (split units by their share)',
  };
}
