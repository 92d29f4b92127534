import type { Crosswalk } from '../../core/crosswalk';
import type { StoryStep } from '../../core/story';
import type { HeaderChoice } from '../../core/table-header';
import type { TableMapping } from '../../core/table-import';
import type { UnitCode } from '../../core/units';
import type { Camera, ClassingChoice } from '../../core/view-state';
import type { LoadedVintage } from '../../state/load-data';
import type { ValidationReport } from '../../core/validation-report';

/** Data the person imported, checked: shown once the import dialog closes on it. */
export interface ImportedDetail {
  readonly loaded: LoadedVintage;
  readonly report: ValidationReport;
}

/**
 * Every event the atlas's components send, by name, with what it carries.
 * All bubble and cross shadow roots; all are named `atlas-…`.
 */
export interface AtlasEventDetails {
  /** The map: the unit under the pointer (null: none), one clicked, the camera moving and moved. */
  'atlas-map-hover': UnitCode | null;
  'atlas-map-click': UnitCode | null;
  'atlas-map-move': Camera;
  'atlas-map-moveend': Camera;
  /** The map has drawn everything it was given. */
  'atlas-map-idle': null;
  /** A layer picked in the layer panel (its key). */
  'atlas-layer': string;
  /** A legend class clicked to filter by (null: clear the filter), or pointed at. */
  'atlas-filter': number | null;
  'atlas-emphasize': number | null;
  /** The units of a histogram bar pointed at (null: none). */
  'atlas-highlight': readonly UnitCode[] | null;
  'atlas-period': string;
  /** A period to compare with (null: no comparison). */
  'atlas-compare': string | null;
  'atlas-classing': Partial<ClassingChoice>;
  /** A breadcrumb: the unit to drill into, or null for the whole area. */
  'atlas-crumb': UnitCode | null;
  /** The unit panel: closed, zoomed to, drilled into. */
  'atlas-close': null;
  'atlas-zoom': UnitCode;
  'atlas-drill': UnitCode;
  /** The table: a row picked, or pointed at (null: none). */
  'atlas-select': UnitCode;
  'atlas-hover': UnitCode | null;
  /** Search: a unit picked; the box focused (the former geography may be needed). */
  'atlas-pick': UnitCode;
  'atlas-search-focus': null;
  /** The figure's title typed in the export dialog (empty: the layer's name). */
  'atlas-title': string;
  'atlas-story-add': string;
  'atlas-story-change': { readonly steps: readonly StoryStep[]; readonly title?: string | null };
  'atlas-story-show': number;
  'atlas-present': null;
  /** A dialog asked for from the header. */
  'atlas-open': 'export' | 'share' | 'import' | 'report' | 'saved';
  'atlas-imported': ImportedDetail;
  'atlas-crosswalk': { readonly crosswalk: Crosswalk; readonly name: string };
  /** The import's table mapping step: columns assigned, a sheet picked. */
  'atlas-mapping-change': TableMapping;
  'atlas-sheet-change': number;
  /** Whether the sheet shown has a header row, as the person says. */
  'atlas-header-choice': HeaderChoice;
}

/** An atlas event as a listener receives it. */
export type AtlasEvent<K extends keyof AtlasEventDetails> = CustomEvent<AtlasEventDetails[K]>;

declare global {
  // Merged into the DOM's own map, so `addEventListener('atlas-…')` is typed.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends AtlasEventMap {}
}

/** The atlas's events, for `addEventListener` and typed handlers. */
export type AtlasEventMap = { [K in keyof AtlasEventDetails]: AtlasEvent<K> };
