import type { ClassMethod } from './classify';
import type { DisplayLanguage } from './display-language';
import type { StoryStep } from './story';
import type { Level, UnitCode, Vintage } from './units';

/** Where the map looks: centre and zoom, rounded so URLs stay short and exact. */
export interface Camera {
  readonly lng: number;
  readonly lat: number;
  readonly zoom: number;
}

/**
 * How the analyst asked for the layer to be classed and coloured. Null parts
 * mean "the layer's default" (policy thresholds, 5 quantiles, a safe palette).
 */
export interface ClassingChoice {
  readonly method: ClassMethod | null;
  readonly classes: number | null;
  /** Breaks typed for the manual method. */
  readonly breaks: readonly number[] | null;
  readonly palette: string | null;
  readonly reverse: boolean;
  /**
   * "all": breaks computed on the values of every period, so colours mean the
   * same from year to year while the time slider plays; "period": on the
   * period shown only.
   */
  readonly basis: 'all' | 'period';
}

export const DEFAULT_CLASSING: ClassingChoice = {
  method: null,
  classes: null,
  breaks: null,
  palette: null,
  reverse: false,
  basis: 'all',
};

/**
 * Everything a shared link must restore. Plain and serialisable: anything
 * derived (values, classes, breadcrumbs) is computed from it, never stored.
 */
export interface ViewState {
  readonly vintage: Vintage;
  readonly level: Level;
  /** A layer key: `ntm_criteria_met` or `ntm_status.advanced`. */
  readonly layer: string;
  /** A period label from the data, or null for its latest. */
  readonly period: string | null;
  readonly selected: UnitCode | null;
  /** Null until the map has been moved: the map then fits the data. */
  readonly camera: Camera | null;
  /** A period to compare with: the map shows the change from it to `period`. */
  readonly compare: string | null;
  readonly classing: ClassingChoice;
  /** Legend classes picked to filter by (indices); empty = every class shown. */
  readonly filter: readonly number[];
  /**
   * Both geographies side by side: the old units with their results on the
   * left, the same results recomputed for the new units on the right.
   */
  readonly pair: boolean;
  /** A unit of the new geography picked on the right-hand map. */
  readonly pairSelected: UnitCode | null;
  /** The language of every label: both (Vietnamese first), Vietnamese or English alone. */
  readonly language: DisplayLanguage;
  /** A title typed by the presenter for exports and presentations; null: the layer's name. */
  readonly title: string | null;
  /** The views saved for a presentation, in order, each with its caption. */
  readonly story: readonly StoryStep[];
  /** The step of the story shown (when presenting). */
  readonly step: number;
  /** Presentation mode: full screen, large type, the story's caption. */
  readonly presenting: boolean;
  /**
   * Units' names written on the map (from the zoom where they can be read).
   * Off for a clean picture; the archipelagos' names are always written.
   */
  readonly names: boolean;
  /** The criteria scorecard of the area shown, open below the map. */
  readonly scorecard: boolean;
  /** A second numeric layer (its key): the map shows both on a 3 × 3 bivariate scheme. */
  readonly bivariate: string | null;
  /**
   * Two maps of the same units under one camera: side by side ("split") or
   * one over the other with a divider to drag ("swipe"); null for one map.
   */
  readonly maps: 'split' | 'swipe' | null;
  /** The second map's own layer, year and classes (when `maps` is set). */
  readonly second: SecondMap | null;
}

/** What the second map of a split or swipe view shows. */
export interface SecondMap {
  readonly layer: string;
  /** A period label, or null for the data's latest. */
  readonly period: string | null;
  readonly classing: ClassingChoice;
}

export const DEFAULT_VIEW: ViewState = {
  vintage: '2021',
  level: 'commune',
  layer: 'ntm_criteria_met',
  period: null,
  selected: null,
  camera: null,
  compare: null,
  classing: DEFAULT_CLASSING,
  filter: [],
  pair: false,
  pairSelected: null,
  language: 'both',
  title: null,
  story: [],
  step: 0,
  presenting: false,
  names: true,
  scorecard: false,
  bivariate: null,
  maps: null,
  second: null,
};
