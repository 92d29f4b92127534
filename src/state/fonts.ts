/** Letters that pull in the Latin and Vietnamese subsets of the label font. */
const VIETNAMESE_SAMPLE = 'AaĂăÂâĐđÊêÔôƠơƯưẪẵỄốồỹ';
const LABEL_FONT = '400 16px "Noto Sans"';

let started: Promise<unknown> | null = null;

/**
 * The label font with its Vietnamese subset, started once (while the data
 * downloads). Label glyphs drawn before it arrives would stay in a fallback
 * font for good.
 */
export function fontReady(): Promise<unknown> {
  started ??= document.fonts.load(LABEL_FONT, VIETNAMESE_SAMPLE).catch(() => []);
  return started;
}

/** The font's subsets that the names of these units need. */
export function loadUnitNamesFont(units: readonly { readonly name: string }[]): Promise<unknown> {
  const text = units.map((unit) => unit.name).join('');
  return document.fonts.load(LABEL_FONT, text).catch(() => []);
}
