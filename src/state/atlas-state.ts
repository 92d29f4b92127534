import type { Crosswalk } from '../core/crosswalk';
import type { BBox } from '../core/geometry';
import type { DataProblem } from '../core/problems';
import type { BilingualText } from '../core/text';
import type { UnitCode, Vintage } from '../core/units';
import { DEFAULT_VIEW, type Camera, type ViewState } from '../core/view-state';
import type { Sources } from './data-sources';
import type { LoadedVintage } from './load-data';

/**
 * A camera move the map is asked to make: fit an area, or go back to where
 * a saved view looked. A new object for every request, so the same area
 * asked for twice is fitted twice.
 */
export type CameraRequest =
  { readonly bbox: BBox; readonly animate: boolean } | { readonly camera: Camera };

/** A legend class (its index) or a histogram bar (its units) pointed at: the rest fades. */
export type Emphasis = number | readonly UnitCode[] | null;

/**
 * Everything the atlas shows is derived from this (see selectors.ts). `view`
 * is what a link carries; the rest is what this page has loaded and what the
 * person is pointing at, which no link carries.
 */
export interface AtlasState {
  readonly view: ViewState;
  /** The files each vintage is read from. */
  readonly sources: Sources;
  readonly data: Partial<Record<Vintage, LoadedVintage>>;
  /** Vintages whose data could not be loaded: the map says so instead of "loading" for ever. */
  readonly failed: Partial<Record<Vintage, boolean>>;
  /** The last thing that went wrong, with its file and place; the view that worked stays. */
  readonly error: BilingualText | null;
  /** The bridge between the two geographies, when the data shown has one (the demo does). */
  readonly crosswalk: Crosswalk | null;
  readonly crosswalkName: string;
  /** True while the crosswalk named in the address is being read: the years it gives wait for it. */
  readonly crosswalkPending: boolean;
  /** What is wrong with the crosswalk in use, checked once both geographies are loaded. */
  readonly crosswalkProblems: readonly DataProblem[];
  /** Why the layer asked for is not the one shown (another level, another file), until the next choice. */
  readonly layerNotice: BilingualText | null;
  /**
   * What the view asked for that the data does not have (a year, a unit) and
   * was dropped from it, and so from the link: said once, not kept silently.
   */
  readonly viewNotice: BilingualText | null;
  /** Said in the legend after a level change made the breaks be computed again. */
  readonly levelNote: BilingualText | null;
  /** Units pointed at: on the main map, in the table, on the right-hand map. */
  readonly hovered: UnitCode | null;
  readonly tableHovered: UnitCode | null;
  readonly pairHovered: UnitCode | null;
  readonly emphasis: Emphasis;
  readonly tableOpen: boolean;
  /** The layer panel: open where there is room for it beside the map. */
  readonly panelOpen: boolean;
  readonly cameraRequest: CameraRequest | null;
  /**
   * Whether the map should fit the data once it is there: the view was
   * opened or changed without a camera of its own.
   */
  readonly fitPending: boolean;
  /** Inside another page (iframe or element): the page's address is left alone. */
  readonly embedded: boolean;
  /** False for a still map: no hover, no click. */
  readonly interactive: boolean;
  /** Which of the two maps of a split or swipe view the layer, year and classes controls act on. */
  readonly side: 'main' | 'second';
  /** Where the swipe divider stands, as a share of the map's width from the left. */
  readonly swipeAt: number;
  /** Embedded: whether the reader is offered the figures shown as CSV and Excel. */
  readonly downloads: boolean;
  /**
   * An offline briefing file opened from disk: it has no address to share and
   * keeps nothing in the browser, so neither is offered.
   */
  readonly briefing: boolean;
}

export const EMPTY_STATE: AtlasState = {
  view: DEFAULT_VIEW,
  sources: {},
  data: {},
  failed: {},
  error: null,
  crosswalk: null,
  crosswalkName: '',
  crosswalkPending: false,
  crosswalkProblems: [],
  layerNotice: null,
  viewNotice: null,
  levelNote: null,
  hovered: null,
  tableHovered: null,
  pairHovered: null,
  emphasis: null,
  tableOpen: false,
  panelOpen: true,
  cameraRequest: null,
  fitPending: true,
  embedded: false,
  interactive: true,
  side: 'main',
  swipeAt: 0.5,
  downloads: true,
  briefing: false,
};
