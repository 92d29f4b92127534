/**
 * Colours given in data files are written into styles, SVG attributes and
 * canvas fills: only colour syntax is accepted, nothing that could close an
 * attribute, call `url(…)` or carry script. Hex (`#rgb`, `#rgba`, `#rrggbb`,
 * `#rrggbbaa`), or `rgb()`/`rgba()`/`hsl()`/`hsla()` of plain numbers.
 */
const HEX = /^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
const NUMBER = String.raw`\s*[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:%|deg)?\s*`;
const FUNCTION = new RegExp(
  String.raw`^(?:rgba?|hsla?)\((?:${NUMBER},){2}${NUMBER}(?:,${NUMBER})?\)$`,
  'i',
);
/** The same, space-separated as CSS Colors 4 writes them: `rgb(26 152 80 / 50%)`. */
const FUNCTION_SPACED = new RegExp(
  String.raw`^(?:rgba?|hsla?)\((?:${NUMBER}){3}(?:/${NUMBER})?\)$`,
  'i',
);

/** The colour, trimmed, if it is one of the accepted forms; null otherwise. */
export function safeColour(text: unknown): string | null {
  if (typeof text !== 'string') return null;
  const colour = text.trim();
  if (colour.length > 64) return null;
  return HEX.test(colour) || FUNCTION.test(colour) || FUNCTION_SPACED.test(colour) ? colour : null;
}

/** What a planner is told a colour should look like. */
export const COLOUR_EXAMPLES = '#1a9850, #abc, rgb(26, 152, 80), hsl(140, 70%, 35%)';

/** Black or white, whichever reads better on a fill (#rrggbb), by WCAG relative luminance. */
export function inkOn(fill: string): '#000000' | '#ffffff' {
  const channel = (i: number) => {
    const c = parseInt(fill.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  // Contrast with white, 1.05 / (L + 0.05), against contrast with black, (L + 0.05) / 0.05.
  return 1.05 / (luminance + 0.05) > (luminance + 0.05) / 0.05 ? '#ffffff' : '#000000';
}
