import * as chromatic from 'd3-scale-chromatic';
import type { BilingualText } from './text';

/**
 * Colour schemes for classes: ColorBrewer's sequential, diverging and
 * qualitative sets (via d3-scale-chromatic), plus Okabe–Ito. Each carries
 * colorbrewer2.org's "colorblind safe" flag — for qualitative sets only up to
 * a number of classes — so the picker can mark them and defaults are always
 * safe ones.
 */
export type PaletteKind = 'sequential' | 'diverging' | 'qualitative';

export interface PaletteInfo {
  readonly id: string;
  readonly kind: PaletteKind;
  /** Largest class count that stays distinguishable under colour-vision deficiencies; 0 = never. */
  readonly colorblindSafeUpTo: number;
}

const SEQUENTIAL_SAFE = [
  'YlGnBu',
  'YlGn',
  'GnBu',
  'BuGn',
  'PuBuGn',
  'BuPu',
  'YlOrRd',
  'YlOrBr',
  'OrRd',
  'PuRd',
  'RdPu',
  'Blues',
  'Greens',
  'Oranges',
  'Purples',
  'Reds',
  'Greys',
];
const DIVERGING = [
  ['RdBu', 11],
  ['PuOr', 11],
  ['BrBG', 11],
  ['PiYG', 11],
  ['PRGn', 11],
  ['RdYlBu', 11],
  ['RdYlGn', 0],
  ['Spectral', 0],
] as const;
const QUALITATIVE = [
  ['OkabeIto', 8],
  ['Dark2', 3],
  ['Set2', 3],
  ['Paired', 4],
  ['Set1', 0],
  ['Set3', 0],
] as const;

export const PALETTES: readonly PaletteInfo[] = [
  ...SEQUENTIAL_SAFE.map((id) => ({ id, kind: 'sequential' as const, colorblindSafeUpTo: 9 })),
  ...DIVERGING.map(([id, safe]) => ({ id, kind: 'diverging' as const, colorblindSafeUpTo: safe })),
  ...QUALITATIVE.map(([id, safe]) => ({
    id,
    kind: 'qualitative' as const,
    colorblindSafeUpTo: safe,
  })),
];

export const PALETTE_KIND_LABELS: Readonly<Record<PaletteKind, BilingualText>> = {
  sequential: { vi: 'Tuần tự', en: 'Sequential' },
  diverging: { vi: 'Phân kỳ', en: 'Diverging' },
  qualitative: { vi: 'Định tính', en: 'Qualitative' },
};

export function paletteInfo(id: string): PaletteInfo | undefined {
  return PALETTES.find((p) => p.id === id);
}

export function isColorblindSafe(palette: PaletteInfo, classes: number): boolean {
  return classes <= palette.colorblindSafeUpTo;
}

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

type Schemes = Record<string, readonly (readonly string[])[] | readonly string[] | undefined>;
const SCHEMES = chromatic as unknown as Schemes;

/** A graded scheme's colours for k classes (ColorBrewer defines 3 up to 9, or 11 for diverging). */
function graded(id: string, k: number): string[] {
  const scheme = SCHEMES[`scheme${id}`] as readonly (readonly string[])[] | undefined;
  const colors = scheme?.[k];
  if (!colors) throw new Error(`unknown palette or class count: ${id}, ${k}`);
  return [...colors];
}

/**
 * `count` colours of a palette, in order (light to dark for sequential; one
 * end to the other for diverging), reversed on request. One or two classes
 * take the ends of the three-class scheme so they stay distinct.
 */
export function paletteColors(id: string, count: number, reverse = false): string[] {
  const info = paletteInfo(id);
  if (!info) throw new Error(`unknown palette: ${id}`);
  let colors: string[];
  if (info.kind === 'qualitative') {
    const set =
      id === 'OkabeIto' ? QUALITATIVE_SAFE : [...((SCHEMES[`scheme${id}`] ?? []) as string[])];
    colors = Array.from({ length: count }, (_, i) => set[i % set.length] as string);
  } else {
    const max = info.kind === 'diverging' ? 11 : 9;
    const k = Math.min(max, Math.max(3, count));
    const scheme = graded(id, k);
    colors =
      count >= 3
        ? scheme
        : count === 2
          ? [scheme[0] as string, scheme[2] as string]
          : [scheme[info.kind === 'diverging' ? 1 : 2] as string];
  }
  return reverse ? colors.reverse() : colors;
}

/**
 * Colours for classes on a diverging scheme whose neutral middle sits at zero:
 * the class holding zero takes the middle colour, classes below run out to one
 * end and classes above to the other, each side as far as the longer side
 * needs — so −3 and +3 are equally strong whatever the number of classes on
 * each side. `reverse` swaps which end is negative.
 */
export function divergingAroundZero(
  id: string,
  classes: readonly { min?: number; max?: number }[],
  reverse = false,
): string[] {
  const below = classes.filter((c) => c.max !== undefined && c.max <= 0).length;
  const holdsZero = classes.filter(
    (c) => (c.min === undefined || c.min <= 0) && (c.max === undefined || c.max > 0),
  ).length;
  const above = classes.length - below - holdsZero;
  const side = Math.max(below, above, 1);
  const scheme = rampOf(id, 2 * side + 1, reverse);
  const middle = side;
  return classes.map((_, index) => {
    if (index < below) return scheme[middle - (below - index)] as string;
    if (index < below + holdsZero) return scheme[middle] as string;
    return scheme[middle + (index - below - holdsZero + 1)] as string;
  });
}

/** n colours (odd) of a diverging scheme, exact ColorBrewer when it has them, else sampled. */
function rampOf(id: string, n: number, reverse: boolean): string[] {
  let colors: string[];
  if (n <= 11) colors = graded(id, Math.max(3, n));
  else {
    const interpolate = (chromatic as unknown as Record<string, (t: number) => string>)[
      `interpolate${id}`
    ];
    if (!interpolate) throw new Error(`unknown palette: ${id}`);
    colors = Array.from({ length: n }, (_, i) => interpolate(i / (n - 1)));
  }
  return reverse ? colors.reverse() : colors;
}
