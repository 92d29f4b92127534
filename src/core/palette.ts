import * as chromatic from 'd3-scale-chromatic';

/**
 * ColorBrewer palettes (via d3-scale-chromatic). Only schemes that stay
 * distinguishable for the common colour-vision deficiencies are offered as
 * defaults (colorbrewer2.org's "colorblind safe" flag).
 */
export const SEQUENTIAL_PALETTES = [
  'YlGnBu',
  'YlGn',
  'GnBu',
  'BuPu',
  'YlOrRd',
  'OrRd',
  'PuRd',
  'Blues',
  'Greens',
  'Oranges',
  'Purples',
  'Reds',
] as const;
export type SequentialPalette = (typeof SEQUENTIAL_PALETTES)[number];

/** Colour for units with no data: the hatch is drawn under a transparent fill, this is its ink. */
export const NO_DATA_COLOR = '#9a9a9a';
export const NO_DATA_BACKGROUND = '#f4f4f4';

/** Okabe–Ito: eight colours distinguishable under every common colour-vision deficiency. */
export const QUALITATIVE_SAFE = [
  '#E69F00',
  '#56B4E9',
  '#009E73',
  '#F0E442',
  '#0072B2',
  '#D55E00',
  '#CC79A7',
  '#000000',
];

/** `count` colours of a ColorBrewer sequential scheme, light to dark (3 ≤ count ≤ 9). */
export function sequentialColors(palette: SequentialPalette, count: number): string[] {
  const scheme = (chromatic as unknown as Record<string, readonly (readonly string[])[]>)[
    `scheme${palette}`
  ];
  const k = Math.min(9, Math.max(3, count));
  const colors = scheme?.[k];
  if (!colors) throw new Error(`unknown palette: ${palette}`);
  if (count >= 3) return [...colors];
  // One or two classes: take the ends of the three-class scheme so they stay distinct.
  return count === 2 ? [colors[0] as string, colors[2] as string] : [colors[2] as string];
}
