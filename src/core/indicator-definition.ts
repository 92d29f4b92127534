import type { ProgrammePeriod } from './programme-period';
import type { BilingualText } from './text';
import type { Level } from './units';

/**
 * What an indicator measures and how it behaves on the map and up the hierarchy.
 * This is the `indicators[]` entry of the indicator file (see data/README.md).
 */
export type IndicatorKind = 'category' | 'ordinal' | 'count' | 'rate' | 'amount';

export interface CategoryDefinition {
  /** The integer stored in `values` for this category. */
  readonly value: number;
  readonly label: BilingualText;
  /** Fixed colour, when the programme has a conventional one (e.g. NTM status). */
  readonly color?: string;
}

/**
 * A share computed at parent levels from a category or ordinal indicator:
 * the units whose value matches, over a stated base. The base is either all
 * units with data or the units matching another share (official "% advanced"
 * is of the communes that already meet NTM).
 */
export interface ShareDefinition {
  readonly id: string;
  readonly label: BilingualText;
  /** Matches values >= atLeast (ordinal) ... */
  readonly atLeast?: number;
  /** ... or values equal to one of these (category). */
  readonly equals?: readonly number[];
  /** "all" = every unit with data; otherwise the id of another share of this indicator. */
  readonly of: 'all' | string;
  /** How the base reads in a sentence: "of communes with data", "of NTM communes". */
  readonly baseLabel: BilingualText;
  /** When set, parents also offer the number of units in the share, under this name. */
  readonly countLabel?: BilingualText;
  /** The programme's target for this share, as policy thresholds (e.g. 80% NTM by 2025). */
  readonly classification?: ClassificationHint;
  /**
   * Only the units whose value of another indicator (same year) is one of
   * these: "NTM communes among group 3 communes". Count and base are both
   * taken within them.
   */
  readonly within?: { readonly indicator: string; readonly equals: readonly number[] };
}

/**
 * How a parent unit's value is computed from the units below it
 * (at the indicator's `baseLevel`), unless the parent reports its own value.
 */
export type AggregationRule =
  /** Counts and amounts add up. */
  | { readonly rule: 'sum' }
  /**
   * A rate recomputed from summed parts: sum(numerator) / sum(denominator) × scale,
   * where each side may add several indicators.
   * This is the household-weighted rate for poverty, and the disbursement rate
   * for money. Never a mean of rates.
   */
  | {
      readonly rule: 'ratio';
      /** Indicators summed for the numerator, e.g. poor + near-poor households. */
      readonly numerator: readonly string[];
      readonly denominator: readonly string[];
      /** 100 for a percentage. */
      readonly scale: number;
    }
  /** The mean over the units with data, e.g. criteria met per commune. */
  | { readonly rule: 'mean' }
  /** Counts and shares of categories, each with its base. */
  | { readonly rule: 'shares'; readonly shares: readonly ShareDefinition[] };

export interface ClassificationHint {
  readonly method: 'quantile' | 'equal-interval' | 'jenks' | 'thresholds';
  /** Upper-exclusive class breaks for "thresholds": [15, 19] gives <15, 15–18, ≥19. */
  readonly breaks?: readonly number[];
  readonly classes?: number;
  /** What policy thresholds stand for: "2025 target (QĐ 263): no commune under 15 criteria". */
  readonly label?: BilingualText;
}

export interface IndicatorDefinition {
  /** Stable identifier, lower snake case: `ntm_criteria_met`. */
  readonly id: string;
  readonly label: BilingualText;
  readonly description?: BilingualText;
  /** The programme it belongs to, for grouping: `ntm`, `poverty`, `ocop`, `ethnic`, `funds`, or any. */
  readonly program: string;
  readonly kind: IndicatorKind;
  /** Unit of measure: "tiêu chí"/"criteria", "%", "hộ"/"households", "triệu đồng"/"million VND". */
  readonly unit?: BilingualText;
  /** Allowed range of values, inclusive; values outside are reported. */
  readonly domain?: readonly [number, number];
  readonly categories?: readonly CategoryDefinition[];
  readonly aggregation: AggregationRule;
  /** The level its values are reported at: communes by default; parents aggregate from it. */
  readonly baseLevel: Level;
  /** Larger is better (green-ward palette) or worse (red-ward palette). */
  readonly higherIsBetter?: boolean;
  readonly classification?: ClassificationHint;
  readonly source?: BilingualText;
  /**
   * The programme period whose criteria set or status scale this is; its
   * values belong to that period's years only. Absent: a measure that spans
   * periods (households, OCOP products, money).
   */
  readonly programmePeriod?: ProgrammePeriod;
  /** A change of standard that breaks the series (the poverty standard from 2027). */
  readonly seriesBreak?: 'poverty-standard';
}

export function isCategorical(definition: IndicatorDefinition): boolean {
  return definition.kind === 'category' || definition.kind === 'ordinal';
}
