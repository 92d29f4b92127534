import type { LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';
import type { Level } from '../core/units';
import { ISLAND_DOT_RADIUS, ISLAND_DOTS_FADE, ISLAND_RING_COLOUR } from '../core/archipelagos';

/** The CSS family MapLibre draws labels with (no glyph server: fonts are local). */
export const LABEL_FONT = 'Noto Sans';

export const SOURCE_UNITS = 'units';
export const SOURCE_LABELS = 'labels';
/**
 * Only the selected or hovered unit: a line layer over all units would
 * tessellate every outline once more (the benchmark showed it doubling the
 * first draw of 10,600 communes).
 */
export const SOURCE_SELECTION = 'selection';
export const SOURCE_HOVER = 'hover';
/** Units of the other geography linked to the one pointed at (predecessors or successors). */
export const SOURCE_LINKED = 'linked';
/** The outline of linked units: orange on white, unlike the black hover and the pink selection. */
export const LINKED_COLOUR = '#e66101';
/**
 * Only the units with no data, under a hatch. A pattern layer over every unit
 * cost a third more time to first draw and doubled each restyle (benchmark).
 */
export const SOURCE_NO_DATA = 'no-data';
/**
 * One point per island of Hoàng Sa and Trường Sa, keyed by its unit's code
 * like the units source, so each dot takes its unit's colour from
 * feature-state: the islands are far below a pixel at national zoom.
 */
export const SOURCE_ISLANDS = 'islands';
/** Reference islands of an archipelago a boundary file lacks. */
export const SOURCE_LANDMARKS = 'archipelago-landmarks';

/**
 * How MapLibre cuts the units into tiles. `tolerance` is MapLibre's default
 * (0.375 px), written out because it decides what is drawn: at 2 px the
 * national view of the real 3,321 communes lost most delta communes and left
 * triangle shards (issue 18); geojson-vt also drops any ring under
 * tolerance² in area. `buffer` (MapLibre's default 128 px of a 512-px tile)
 * only has to hold the widest line drawn from this source (1.4 px): at 32
 * the national view of the real communes is idle about 90 ms sooner and of
 * the synthetic 10,600 about 110 ms sooner, with the same picture (`npm run
 * bench`). The benchmark's floor page uses these same options.
 */
export const UNITS_SOURCE_OPTIONS = { tolerance: 0.375, buffer: 32 } as const;

/**
 * Unit borders from the zoom where they separate units rather than grey them
 * out. Below it no line geometry is built: outlines of 10,600 communes at
 * national zoom cost as much as their fills (benchmark).
 */
export const OUTLINE_MIN_ZOOM: Readonly<Record<Level, number>> = {
  province: 0,
  district: 5,
  commune: 6.5,
};

/** Labels appear from the zoom where they can be read: 3,000+ commune names at national zoom are noise. */
export const LABEL_MIN_ZOOM: Readonly<Record<Level, number>> = {
  province: 0,
  district: 5.5,
  commune: 6.5,
};
export const HATCH_IMAGE = 'no-data-hatch';

/** The sea and land outside the units. */
export const MAP_BACKGROUND = '#eef2f5';

/** Widths of the unit and parent outlines by zoom: the style's interpolations, for exports. */
const OUTLINE_WIDTHS: readonly [number, number][] = [
  [5, 0.3],
  [8, 0.7],
  [11, 1.2],
];
const PARENT_OUTLINE_WIDTHS: readonly [number, number][] = [
  [4, 0.5],
  [8, 1.4],
];

function interpolate(stops: readonly [number, number][], zoom: number): number {
  const first = stops[0] as [number, number];
  const last = stops[stops.length - 1] as [number, number];
  if (zoom <= first[0]) return first[1];
  if (zoom >= last[0]) return last[1];
  for (let i = 1; i < stops.length; i += 1) {
    const [z1, w1] = stops[i] as [number, number];
    const [z0, w0] = stops[i - 1] as [number, number];
    if (zoom <= z1) return w0 + ((w1 - w0) * (zoom - z0)) / (z1 - z0);
  }
  return last[1];
}

export const outlineWidthAt = (zoom: number) => interpolate(OUTLINE_WIDTHS, zoom);
export const parentOutlineWidthAt = (zoom: number) => interpolate(PARENT_OUTLINE_WIDTHS, zoom);

/** The same stops as a MapLibre expression. */
function widthExpression(stops: readonly [number, number][]): never {
  return ['interpolate', ['linear'], ['zoom'], ...stops.flat()] as never;
}

export const LAYER = {
  hatch: 'units-no-data',
  fill: 'units-fill',
  outline: 'units-outline',
  parentOutline: 'units-parent-outline',
  hover: 'units-hover',
  linked: 'units-linked',
  linkedCasing: 'units-linked-casing',
  selected: 'units-selected',
  labels: 'unit-labels',
  islands: 'island-dots',
  landmarks: 'archipelago-landmarks',
} as const;

const islandFade = (from: unknown) =>
  ['interpolate', ['linear'], ['zoom'], ISLAND_DOTS_FADE[0], from, ISLAND_DOTS_FADE[1], 0] as never;

/**
 * The whole map style, with no external resource: no tiles, no glyphs, no sprite.
 * Choropleth colours live in feature-state (`fill`), so the paint expressions
 * below never change and restyling costs one repaint (see README, benchmark).
 */
export function buildStyle(
  level: Level,
  parentLevel: Level | undefined,
  background: string,
): StyleSpecification {
  const atLevel = ['==', ['get', 'level'], level];
  return {
    version: 8,
    sources: {
      [SOURCE_UNITS]: {
        type: 'geojson',
        data: { type: 'FeatureCollection', features: [] },
        promoteId: 'code',
        ...UNITS_SOURCE_OPTIONS,
      },
      [SOURCE_ISLANDS]: {
        type: 'geojson',
        data: { type: 'FeatureCollection', features: [] },
        promoteId: 'code',
      },
      [SOURCE_LANDMARKS]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
      [SOURCE_LABELS]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
      [SOURCE_SELECTION]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
      [SOURCE_HOVER]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
      [SOURCE_LINKED]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
      [SOURCE_NO_DATA]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': background } },
      {
        id: LAYER.hatch,
        type: 'fill',
        source: SOURCE_NO_DATA,
        paint: { 'fill-pattern': HATCH_IMAGE },
      },
      ...unitLayers(SOURCE_UNITS, '', level, parentLevel),
      {
        id: LAYER.islands,
        type: 'circle',
        source: SOURCE_ISLANDS,
        filter: atLevel as never,
        paint: {
          'circle-radius': ISLAND_DOT_RADIUS,
          'circle-color': [
            'to-color',
            ['coalesce', ['feature-state', 'fill'], 'rgba(0,0,0,0)'],
          ] as never,
          'circle-opacity': islandFade([
            'case',
            ['boolean', ['feature-state', 'faded'], false],
            0.15,
            ['boolean', ['feature-state', 'dim'], false],
            0.3,
            1,
          ]),
          // A ring keeps an island with no data (no fill) or a pale class visible on the sea.
          'circle-stroke-color': ISLAND_RING_COLOUR,
          'circle-stroke-width': 0.6,
          'circle-stroke-opacity': islandFade(1),
        },
      },
      {
        id: LAYER.landmarks,
        type: 'circle',
        source: SOURCE_LANDMARKS,
        paint: {
          'circle-radius': ISLAND_DOT_RADIUS,
          'circle-color': '#ffffff',
          'circle-stroke-color': ISLAND_RING_COLOUR,
          'circle-stroke-width': 1,
        },
      },
      {
        // A white casing keeps the orange readable over every class colour.
        id: LAYER.linkedCasing,
        type: 'line',
        source: SOURCE_LINKED,
        paint: { 'line-color': '#ffffff', 'line-width': 5 },
      },
      {
        id: LAYER.linked,
        type: 'line',
        source: SOURCE_LINKED,
        paint: { 'line-color': LINKED_COLOUR, 'line-width': 2.5 },
      },
      {
        id: LAYER.hover,
        type: 'line',
        source: SOURCE_HOVER,
        paint: { 'line-color': '#111111', 'line-width': 2.5 },
      },
      {
        id: LAYER.selected,
        type: 'line',
        source: SOURCE_SELECTION,
        paint: { 'line-color': '#d81b60', 'line-width': 3 },
      },
      {
        id: LAYER.labels,
        type: 'symbol',
        source: SOURCE_LABELS,
        filter: ['all', atLevel, ['>=', ['zoom'], LABEL_MIN_ZOOM[level]]] as never,
        layout: {
          'text-field': ['get', 'label'],
          'text-font': [LABEL_FONT],
          'text-size': level === 'commune' ? 11 : 13,
          'text-max-width': 8,
          'text-padding': 2,
        },
        paint: {
          'text-color': '#1a1a1a',
          'text-halo-color': 'rgba(255,255,255,0.9)',
          'text-halo-width': 1.4,
        },
      },
    ],
  };
}

/**
 * The layers that draw one source of units: fill, outline, parent outline.
 * Tens of thousands of units are split over several sources (core/unit-shards):
 * each has these three layers, with the suffix of its source.
 */
export function unitLayers(
  source: string,
  suffix: string,
  level: Level,
  parentLevel: Level | undefined,
): LayerSpecification[] {
  const atLevel = ['==', ['get', 'level'], level];
  return [
    {
      id: `${LAYER.fill}${suffix}`,
      type: 'fill',
      source,
      filter: atLevel as never,
      paint: {
        'fill-color': [
          'to-color',
          ['coalesce', ['feature-state', 'fill'], 'rgba(0,0,0,0)'],
        ] as never,
        // Units outside the drilled-into area fade so the focus reads at a glance.
        // Units being pointed away from (histogram bar, legend class) fade further.
        'fill-opacity': [
          'case',
          ['boolean', ['feature-state', 'faded'], false],
          0.15,
          ['boolean', ['feature-state', 'dim'], false],
          0.3,
          1,
        ] as never,
      },
    },
    {
      id: `${LAYER.outline}${suffix}`,
      type: 'line',
      source,
      filter: atLevel as never,
      minzoom: OUTLINE_MIN_ZOOM[level],
      paint: {
        'line-color': 'rgba(255,255,255,0.85)',
        'line-width': widthExpression(OUTLINE_WIDTHS),
      },
    },
    {
      id: `${LAYER.parentOutline}${suffix}`,
      type: 'line',
      source,
      filter: ['==', ['get', 'level'], parentLevel ?? '-'] as never,
      paint: {
        'line-color': '#333333',
        'line-width': widthExpression(PARENT_OUTLINE_WIDTHS),
      },
    },
  ] as LayerSpecification[];
}

/** A source of units: tiled with the atlas's settings, its features keyed by code. */
export function unitSourceSpecification(): SourceSpecification {
  return {
    type: 'geojson',
    data: { type: 'FeatureCollection', features: [] },
    promoteId: 'code',
    ...UNITS_SOURCE_OPTIONS,
  };
}

/** An 8×8 diagonal hatch, RGBA: the "no data" fill, unlike any flat class colour. */
export function hatchImage(): { width: number; height: number; data: Uint8Array } {
  const size = 8;
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      const on = (x + y) % size < 2;
      const i = (y * size + x) * 4;
      const [r, g, b] = on ? [0x9a, 0x9a, 0x9a] : [0xf4, 0xf4, 0xf4];
      data.set([r, g, b, 255], i);
    }
  }
  return { width: size, height: size, data };
}
