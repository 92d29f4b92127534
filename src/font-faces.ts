import latin400 from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import latin600 from '@fontsource/noto-sans/files/noto-sans-latin-600-normal.woff2?url';
import vietnamese400 from '@fontsource/noto-sans/files/noto-sans-vietnamese-400-normal.woff2?url';
import vietnamese600 from '@fontsource/noto-sans/files/noto-sans-vietnamese-600-normal.woff2?url';

const LATIN =
  'U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD';
const VIETNAMESE =
  'U+0102-0103, U+0110-0111, U+0128-0129, U+0168-0169, U+01A0-01A1, U+01AF-01B0, U+0300-0301, U+0303-0304, U+0308-0309, U+0323, U+0329, U+1EA0-1EF9, U+20AB';

/**
 * The label font (Latin and Vietnamese, the two subsets the atlas writes),
 * added through the FontFace API rather than a stylesheet: the map draws its
 * labels with it, no rule is added to a host page (the <ntp-atlas> element),
 * and a briefing file carries two subsets instead of @fontsource's every
 * script in two formats.
 */
export function addFonts(): void {
  if ([...document.fonts].some((face) => face.family.replace(/"/g, '') === 'Noto Sans')) return;
  const faces: [string, string, string][] = [
    [latin400, '400', LATIN],
    [latin600, '600', LATIN],
    [vietnamese400, '400', VIETNAMESE],
    [vietnamese600, '600', VIETNAMESE],
  ];
  for (const [url, weight, unicodeRange] of faces) {
    const face = new FontFace('Noto Sans', `url(${new URL(url, import.meta.url).href})`, {
      weight,
      unicodeRange,
      display: 'swap',
    });
    document.fonts.add(face);
  }
}
