import type { Position } from 'geojson';
import type { Camera } from './view-state';
import type { Level } from './units';

/**
 * What a figure of the map is made of: the map as it is drawn on screen and
 * every word around it, laid out into boxes by figure.ts and drawn by the
 * SVG, PNG and PDF writers alike.
 */

/** What an export needs to know to draw the map as it is on screen. */
export interface MapDrawing {
  readonly camera: Camera;
  readonly width: number;
  readonly height: number;
  readonly background: string;
  readonly level: Level;
  readonly parentLevel: Level | undefined;
  readonly outlineWidth: number;
  readonly parentOutlineWidth: number;
  readonly labels: boolean;
  readonly labelSize: number;
}

/** A unit as drawn: its polygons in longitude/latitude and its fill (null: no data). */
export interface FigureUnit {
  readonly code: string;
  readonly name: string;
  /** Polygons → rings → positions. */
  readonly polygons: readonly (readonly (readonly Position[])[])[];
  readonly fill: string | null;
  /** Outside the unit drilled into, or filtered out: faded as on screen. */
  readonly dim: boolean;
}

export interface FigureMap {
  readonly camera: Camera;
  /** The map's size on screen, in CSS pixels. */
  readonly width: number;
  readonly height: number;
  readonly background: string;
  readonly units: readonly FigureUnit[];
  /** The units one level up, drawn as the darker outlines. */
  readonly parents: readonly FigureUnit[];
  readonly selected: FigureUnit | null;
  readonly labels: readonly { readonly text: string; readonly lng: number; readonly lat: number }[];
  /** A dot on each island of Hoàng Sa and Trường Sa, in its unit's colour (null: no data). */
  readonly islands: readonly {
    readonly lng: number;
    readonly lat: number;
    readonly fill: string | null;
    readonly dim: boolean;
  }[];
  /** Reference islands of an archipelago the boundaries lack (see core/archipelagos). */
  readonly landmarks: readonly { readonly lng: number; readonly lat: number }[];
  /** The archipelagos' names: always written, never dropped for another label. */
  readonly archipelagoNames: readonly {
    readonly text: string;
    readonly lng: number;
    readonly lat: number;
  }[];
  readonly outlineWidth: number;
  readonly parentOutlineWidth: number;
  readonly labelSize: number;
}

/** Every word of the figure, already in the language shown. */
export interface FigureWords {
  readonly title: string;
  readonly subtitle: string;
  readonly legendLines: readonly string[];
  readonly rows: readonly {
    readonly color: string | null;
    readonly label: string;
    readonly count: string;
  }[];
  readonly legendNotes: readonly string[];
  /**
   * A bivariate map's legend: the 3 × 3 grid instead of rows. Cells by row
   * from the top (the second layer's highest third) and by column from the
   * left (the first layer's lowest third), each with its colour and units.
   */
  readonly grid?: {
    readonly cells: readonly { readonly color: string; readonly count: string }[];
    /** The first layer's thirds, left to right, and the second's, bottom to top. */
    readonly across: readonly string[];
    readonly up: readonly string[];
    readonly acrossTitle: string;
    readonly upTitle: string;
  };
  /** Source, data date, boundary vintage. */
  readonly footer: readonly string[];
  /** "Dữ liệu minh họa", when the data is synthetic. */
  readonly synthetic: string | null;
}

export interface FigureText {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly size: number;
  readonly weight: 400 | 600;
  readonly color: string;
  /** Drawn with a white halo, as the map's labels are. */
  readonly halo?: boolean;
  readonly anchor?: 'start' | 'middle' | 'end';
}

export interface FigureBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface Figure {
  readonly width: number;
  readonly height: number;
  /** Where the map sits in the figure, and the scale from screen pixels to it. */
  readonly frame: FigureBox;
  readonly scale: number;
  readonly background: string;
  /** One path per unit, in SVG path syntax, in figure coordinates. */
  readonly units: readonly {
    readonly code: string;
    readonly name: string;
    readonly d: string;
    readonly fill: string | null;
    readonly dim: boolean;
  }[];
  readonly parents: readonly string[];
  readonly selected: string | null;
  /** Island dots and landmarks (white) in figure coordinates, each drawn in a ring. */
  readonly dots: readonly {
    readonly x: number;
    readonly y: number;
    readonly radius: number;
    readonly fill: string;
    readonly opacity: number;
  }[];
  readonly outlineWidth: number;
  readonly parentOutlineWidth: number;
  readonly texts: readonly FigureText[];
  readonly swatches: readonly (FigureBox & { readonly color: string | null })[];
  /** The "synthetic demo" badge behind its text. */
  readonly badge: FigureBox | null;
  /**
   * A second figure drawn to the right of this one, in its own coordinates:
   * the second map of a split or swipe view with its own legend.
   */
  readonly beside?: Figure;
}

/** What an export is made from: a map and its words, and a second for a split view. */
export interface FigurePlan {
  readonly map: FigureMap;
  readonly words: FigureWords;
  readonly beside?: { readonly map: FigureMap; readonly words: FigureWords };
}

/** Opacity of units outside the focus or the legend filter, as on the map. */
export const DIM_OPACITY = 0.3;
export const SELECTED_COLOUR = '#d81b60';
export const OUTLINE_COLOUR = 'rgba(255,255,255,0.85)';
export const PARENT_OUTLINE_COLOUR = '#333333';
export const TEXT_COLOUR = '#1a1a1a';
export const MUTED_COLOUR = '#5b6470';
