import fontkit from '@pdf-lib/fontkit';
import type { PDFDocument, PDFFont } from 'pdf-lib';
import latin400 from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff?url';
import latin600 from '@fontsource/noto-sans/files/noto-sans-latin-600-normal.woff?url';
import vietnamese400 from '@fontsource/noto-sans/files/noto-sans-vietnamese-400-normal.woff?url';
import vietnamese600 from '@fontsource/noto-sans/files/noto-sans-vietnamese-600-normal.woff?url';
import latinExt400 from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff?url';
import latinExt600 from '@fontsource/noto-sans/files/noto-sans-latin-ext-600-normal.woff?url';
import symbols400 from '@fontsource/dejavu-sans/files/dejavu-sans-latin-400-normal.woff?url';
import symbols700 from '@fontsource/dejavu-sans/files/dejavu-sans-latin-700-normal.woff?url';
import { BilingualError } from '../core/problems';
import { CONTROL_CHARACTERS } from '../core/csv-writer';

/**
 * Noto Sans, as the app ships it, for the PDF's text. @fontsource splits the
 * font by script (Latin, Vietnamese, Latin Extended), so one line of
 * Vietnamese needs glyphs from more than one file: each line is cut into runs
 * by the file that has the glyph, and each file is embedded (subset to the
 * glyphs used) only when a run needs it. The files are fetched only when a
 * PDF is made. The WOFF files (zlib) are used, not
 * WOFF2, because fontkit reads them without a Brotli decoder.
 */
const FILES: Record<400 | 600, readonly string[]> = {
  // The order is the order of preference: Latin first, as the browser picks by unicode-range.
  // DejaVu Sans last, for the legend's ≥, ≤ and →, which no Noto Sans file has (on screen the
  // browser borrows them from a system font; a PDF cannot). Noto Sans Math has them too, but
  // fontkit's subset of it comes out empty.
  400: [latin400, vietnamese400, latinExt400, symbols400],
  600: [latin600, vietnamese600, latinExt600, symbols700],
};

export type Weight = 400 | 600;

/** A piece of a line drawn in one font. */
export interface TextRun {
  readonly text: string;
  readonly font: PDFFont;
}

interface Face {
  readonly bytes: Uint8Array;
  readonly covers: (codePoint: number) => boolean;
  embedded: Promise<PDFFont> | null;
}

export class PdfFonts {
  private constructor(
    private readonly pdf: PDFDocument,
    private readonly faces: Record<Weight, readonly Face[]>,
  ) {}

  /** Fetches the font files (from the app's own origin) and readies them for `pdf`. */
  static async load(pdf: PDFDocument): Promise<PdfFonts> {
    pdf.registerFontkit(fontkit);
    const faces = async (urls: readonly string[]): Promise<Face[]> =>
      Promise.all(
        urls.map(async (url) => {
          const bytes = await fontBytes(url);
          const font = fontkit.create(bytes);
          return {
            bytes,
            covers: (codePoint: number) => font.hasGlyphForCodePoint(codePoint),
            embedded: null,
          };
        }),
      );
    const [regular, semibold] = await Promise.all([faces(FILES[400]), faces(FILES[600])]);
    return new PdfFonts(pdf, { 400: regular, 600: semibold });
  }

  /**
   * The line cut into runs, each in the first file that has its glyphs. A
   * character no file has stays in the first run's font and shows as a box,
   * as it would on screen. Control characters from data files are dropped.
   */
  async runs(text: string, weight: Weight): Promise<TextRun[]> {
    const faces = this.faces[weight];
    const clean = text.normalize('NFC').replace(CONTROL_CHARACTERS, '').replace(/\s/g, ' ');
    const pieces: { text: string; face: Face }[] = [];
    for (const character of clean) {
      const codePoint = character.codePointAt(0) ?? 0;
      // A space goes with the run before it, so lines are not cut needlessly.
      const previous = pieces.at(-1);
      const face =
        previous && character === ' '
          ? previous.face
          : (faces.find((f) => f.covers(codePoint)) ?? faces[0]!);
      if (previous && previous.face === face) previous.text += character;
      else pieces.push({ text: character, face });
    }
    return Promise.all(
      pieces.map(async (piece) => ({ text: piece.text, font: await this.embed(piece.face) })),
    );
  }

  private embed(face: Face): Promise<PDFFont> {
    face.embedded ??= this.pdf.embedFont(face.bytes, { subset: true });
    return face.embedded;
  }
}

async function fontBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url).catch(() => null);
  if (!response?.ok) {
    throw new BilingualError({
      vi: `Không tải được phông chữ cho PDF (${url})`,
      en: `Could not load the font for the PDF (${url})`,
    });
  }
  return new Uint8Array(await response.arrayBuffer());
}

/** The width of the runs at `size` points. */
export function runsWidth(runs: readonly TextRun[], size: number): number {
  return runs.reduce((sum, run) => sum + run.font.widthOfTextAtSize(run.text, size), 0);
}
