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
