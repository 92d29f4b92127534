import type { PDFDocument, PDFFont, PDFPage } from 'pdf-lib';
import { BilingualError } from '../core/problems';
import type { TextRun } from './pdf-fonts';

/**
 * A page's content written as PDF operators, in the figure's coordinates
 * (points, y down from the top of the page), like a canvas. Written as one
 * string and compressed as one stream: a national map has millions of
 * coordinates, far too many for an object per operator.
 */
export class PdfContent {
  private readonly parts: string[] = [];
  private readonly alphaStates = new Map<string, string>();
  private readonly fontKeys = new Map<PDFFont, string>();
  private originX = 0;

  constructor(
    private readonly pdf: PDFDocument,
    private readonly page: PDFPage,
    private readonly pageHeight: number,
  ) {}

  /** Shifts everything drawn after by `dx` (the second map of a split view). */
  setOrigin(dx: number): void {
    this.originX = dx;
  }

  save(): void {
    this.parts.push('q');
  }

  restore(): void {
    this.parts.push('Q');
  }

  /** Appends an SVG path of M, L and Z commands (as figure.ts writes them) to the current path. */
  path(d: string): { minX: number; minY: number; maxX: number; maxY: number } {
    let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
    const out: string[] = [];
    for (const match of d.matchAll(/([MLZ])([^MLZ]*)/gi)) {
      const command = match[1]!.toUpperCase();
      if (command === 'Z') {
        out.push('h');
        continue;
      }
      const numbers = match[2]!
        .trim()
        .split(/[\s,]+/)
        .map(Number);
      for (let i = 0; i + 1 < numbers.length; i += 2) {
        const [x, y] = [numbers[i]!, numbers[i + 1]!];
        if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
        minX = Math.min(minX, x);
        minY = Math.min(minY, y);
        maxX = Math.max(maxX, x);
        maxY = Math.max(maxY, y);
        // After a moveto, further pairs are linetos, as in SVG.
        out.push(`${this.x(x)} ${this.y(y)} ${command === 'M' && i === 0 ? 'm' : 'l'}`);
      }
    }
    this.parts.push(out.join('\n'));
    return { minX, minY, maxX, maxY };
  }

  rect(x: number, y: number, width: number, height: number): void {
    this.parts.push(`${this.x(x)} ${this.y(y + height)} ${n(width)} ${n(height)} re`);
  }

  /** A circle as four Bézier arcs. */
  circle(cx: number, cy: number, radius: number): void {
    const k = 0.5523 * radius;
    const [x, y] = [cx, cy];
    this.parts.push(
      `${this.x(x + radius)} ${this.y(y)} m`,
      `${this.x(x + radius)} ${this.y(y + k)} ${this.x(x + k)} ${this.y(y + radius)} ${this.x(x)} ${this.y(y + radius)} c`,
      `${this.x(x - k)} ${this.y(y + radius)} ${this.x(x - radius)} ${this.y(y + k)} ${this.x(x - radius)} ${this.y(y)} c`,
      `${this.x(x - radius)} ${this.y(y - k)} ${this.x(x - k)} ${this.y(y - radius)} ${this.x(x)} ${this.y(y - radius)} c`,
      `${this.x(x + k)} ${this.y(y - radius)} ${this.x(x + radius)} ${this.y(y - k)} ${this.x(x + radius)} ${this.y(y)} c`,
      'h',
    );
  }

  line(x1: number, y1: number, x2: number, y2: number): void {
    this.parts.push(`${this.x(x1)} ${this.y(y1)} m ${this.x(x2)} ${this.y(y2)} l`);
  }

  /** Paints the current path: filled (even-odd, as the map fills rings with holes) and/or stroked. */
  paint(how: { fill?: boolean; stroke?: boolean }): void {
    this.parts.push(how.fill && how.stroke ? 'B*' : how.fill ? 'f*' : how.stroke ? 'S' : 'n');
  }

  /** Clips to the current path (even-odd) for what follows until restore(). */
  clip(): void {
    this.parts.push('W* n');
  }

  fillColour(colour: string): void {
    const { r, g, b, a } = rgba(colour);
    this.parts.push(`${n(r)} ${n(g)} ${n(b)} rg`);
    this.alpha('ca', a);
  }

  strokeColour(colour: string): void {
    const { r, g, b, a } = rgba(colour);
    this.parts.push(`${n(r)} ${n(g)} ${n(b)} RG`);
    this.alpha('CA', a);
  }

  /** Fill opacity on top of the colour's own (a dimmed unit). */
  fillOpacity(opacity: number): void {
    this.alpha('ca', opacity);
  }

  /** Stroke opacity on top of the colour's own (a dimmed hatch). */
  strokeOpacity(opacity: number): void {
    this.alpha('CA', opacity);
  }

  lineWidth(width: number): void {
    this.parts.push(`${n(width)} w 1 j`);
  }

  /**
   * A line of text from its runs, starting at (x, y) on the baseline. One text
   * object for the whole line, so readers and `pdftotext` see one word where
   * the runs meet. `halo` first strokes the glyphs in white, as map labels are.
   */
  text(runs: readonly TextRun[], x: number, y: number, size: number, halo: boolean): void {
    const show = runs
      .map(
        (run) =>
          `/${this.fontKey(run.font)} ${n(size)} Tf ${run.font.encodeText(run.text).toString()} Tj`,
      )
      .join(' ');
    if (halo) {
      this.save();
      this.strokeColour('rgba(255,255,255,0.9)');
      this.parts.push('2.8 w 1 j', `BT 1 Tr ${this.x(x)} ${this.y(y)} Td ${show} ET`);
      this.restore();
    }
    this.parts.push(`BT 0 Tr ${this.x(x)} ${this.y(y)} Td ${show} ET`);
  }

  /** Writes the content to the page as one compressed stream. */
  finish(): void {
    const stream = this.pdf.context.flateStream(this.parts.join('\n'));
    this.page.node.addContentStream(this.pdf.context.register(stream));
  }

  private alpha(key: 'ca' | 'CA', value: number): void {
    const id = `${key}${n(value)}`;
    let name = this.alphaStates.get(id);
    if (!name) {
      const state = this.pdf.context.obj({ Type: 'ExtGState', [key]: value });
      name = this.page.node.newExtGState('GS', state).asString().slice(1);
      this.alphaStates.set(id, name);
    }
    this.parts.push(`/${name} gs`);
  }

  private fontKey(font: PDFFont): string {
    let key = this.fontKeys.get(font);
    if (!key) {
      key = this.page.node.newFontDictionary(font.name, font.ref).asString().slice(1);
      this.fontKeys.set(font, key);
    }
    return key;
  }

  private x(x: number): string {
    return n(x + this.originX);
  }

  private y(y: number): string {
    return n(this.pageHeight - y);
  }
}

/** A number as PDF writes it: no exponent, at most two decimals. */
function n(value: number): string {
  return String(Math.round(value * 100) / 100 || 0);
}

let probe: CanvasRenderingContext2D | null = null;

/**
 * A CSS colour (hex, rgb(), hsl(), as the palettes and indicator files give
 * them, already checked by safeColour) as RGB fractions and alpha, read back
 * through a canvas, which normalises any of them to #rrggbb or rgba().
 */
function rgba(colour: string): { r: number; g: number; b: number; a: number } {
  probe ??= document.createElement('canvas').getContext('2d');
  if (!probe) {
    throw new BilingualError({
      vi: 'Trình duyệt không đọc được màu',
      en: 'The browser cannot read colours',
    });
  }
  probe.fillStyle = '#000000';
  probe.fillStyle = colour;
  const normal = String(probe.fillStyle);
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(normal);
  if (hex) {
    const [r, g, b] = hex.slice(1).map((h) => parseInt(h, 16) / 255);
    return { r: r!, g: g!, b: b!, a: 1 };
  }
  const [r = 0, g = 0, b = 0, a = 1] = (/\(([^)]*)\)/.exec(normal)?.[1] ?? '')
    .split(',')
    .map(Number);
  return { r: r / 255, g: g / 255, b: b / 255, a };
}
