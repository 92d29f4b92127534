import type { Level, UnitCode, Vintage } from './units';

/** Where the map looks: centre and zoom, rounded so URLs stay short and exact. */
export interface Camera {
  readonly lng: number;
  readonly lat: number;
  readonly zoom: number;
}

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
}

export const DEFAULT_VIEW: ViewState = {
  vintage: '2021',
  level: 'commune',
  layer: 'ntm_criteria_met',
  period: null,
  selected: null,
  camera: null,
};
