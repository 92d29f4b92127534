import { PDFDocument } from 'pdf-lib';
import { layoutPlan } from '../core/figure';
import {
  DIM_OPACITY,
  OUTLINE_COLOUR,
  PARENT_OUTLINE_COLOUR,
  SELECTED_COLOUR,
  type Figure,
  type FigurePlan,
} from '../core/figure-types';
import { NO_DATA_BACKGROUND, NO_DATA_COLOR } from '../core/palette';
import { ISLAND_RING_COLOUR } from '../core/archipelagos';
import { PdfContent } from './pdf-content';
import { PdfFonts, runsWidth } from './pdf-fonts';

export type PaperSize = 'A4' | 'A3';
export type Orientation = 'portrait' | 'landscape';

/** Paper sizes in PDF points (1/72 inch), portrait. */
const PAPER: Record<PaperSize, [number, number]> = {
  A4: [595.28, 841.89],
  A3: [841.89, 1190.55],
};

/**
 * The "no data" hatch as the SVG draws it: 2-unit lines 8 units apart at 45°,
 * so 8·√2 apart along a horizontal.
 */
const HATCH_SPACING = 8 * Math.SQRT2;
const HATCH_WIDTH = 2;

function pageSize(paper: PaperSize, orientation: Orientation): { width: number; height: number } {
  const [short, long] = PAPER[paper];
  return orientation === 'portrait'
    ? { width: short, height: long }
    : { width: long, height: short };
}

/**
 * A one-page vector PDF of the figure, laid out for the sheet (one layout
 * unit is one point): every unit a path, every word text in Noto Sans
 * (embedded, subset), so it prints sharp at any size and its Vietnamese can
 * be selected, searched and read aloud. pdf-lib writes the file on the page:
 * nothing is sent anywhere.
 */
export async function figurePdf(
  plan: FigurePlan,
  paper: PaperSize,
  orientation: Orientation,
  language: string,
): Promise<Blob> {
  const { words } = plan;
  const size = pageSize(paper, orientation);
  const figure = layoutPlan(plan, size);
  const pdf = await PDFDocument.create();
  pdf.setTitle(words.title);
  pdf.setSubject(words.subtitle);
  pdf.setLanguage(language);
  pdf.setCreator('ntp-atlas');
  pdf.setProducer('ntp-atlas (pdf-lib)');
  const page = pdf.addPage([size.width, size.height]);
  const fonts = await PdfFonts.load(pdf);
  const content = new PdfContent(pdf, page, size.height);
  content.fillColour('#ffffff');
  content.rect(0, 0, size.width, size.height);
  content.paint({ fill: true });
  await drawPanel(content, fonts, figure);
  // The second map of a split view, with its legend, to the right of the first.
  if (figure.beside) {
    content.setOrigin(figure.width - figure.beside.width);
    await drawPanel(content, fonts, figure.beside);
    content.setOrigin(0);
  }
  content.finish();
  const bytes = await pdf.save();
  return new Blob([bytes as BlobPart], { type: 'application/pdf' });
}

/** One map with its legend and words: the same layers in the same order as the SVG and PNG. */
async function drawPanel(content: PdfContent, fonts: PdfFonts, figure: Figure): Promise<void> {
  const { frame } = figure;
  content.save();
  content.rect(frame.x, frame.y, frame.width, frame.height);
  content.clip();
  content.fillColour(figure.background);
  content.rect(frame.x, frame.y, frame.width, frame.height);
  content.paint({ fill: true });
  for (const unit of figure.units) {
    content.fillColour(unit.fill ?? NO_DATA_BACKGROUND);
    if (unit.dim) content.fillOpacity(DIM_OPACITY);
    const box = content.path(unit.d);
    content.paint({ fill: true });
    if (unit.fill === null) hatch(content, unit.d, box, unit.dim);
  }
  if (figure.outlineWidth > 0) {
    content.strokeColour(OUTLINE_COLOUR);
    content.lineWidth(figure.outlineWidth);
    for (const unit of figure.units) {
      content.path(unit.d);
      content.paint({ stroke: true });
    }
  }
  content.strokeColour(PARENT_OUTLINE_COLOUR);
  content.lineWidth(figure.parentOutlineWidth);
  for (const d of figure.parents) {
    content.path(d);
    content.paint({ stroke: true });
  }
  content.strokeColour(ISLAND_RING_COLOUR);
  content.lineWidth(0.6);
  for (const dot of figure.dots) {
    content.fillColour(dot.fill);
    if (dot.opacity < 1) content.fillOpacity(dot.opacity);
    content.circle(dot.x, dot.y, dot.radius);
    content.paint({ fill: true, stroke: true });
  }
  if (figure.selected) {
    content.strokeColour(SELECTED_COLOUR);
    content.lineWidth(3);
    content.path(figure.selected);
    content.paint({ stroke: true });
  }
  for (const text of figure.texts.filter((t) => t.halo)) await drawText(content, fonts, text);
  content.restore();

  content.strokeColour('#9aa5b1');
  content.lineWidth(1);
  content.rect(frame.x, frame.y, frame.width, frame.height);
  content.paint({ stroke: true });
  for (const s of figure.swatches) {
    content.fillColour(s.color ?? NO_DATA_BACKGROUND);
    content.strokeColour('rgba(0,0,0,0.25)');
    content.lineWidth(1);
    content.rect(s.x, s.y, s.width, s.height);
    content.paint({ fill: true, stroke: s.color !== null });
    if (s.color === null) {
      const box = { minX: s.x, minY: s.y, maxX: s.x + s.width, maxY: s.y + s.height };
      hatch(
        content,
        `M${s.x} ${s.y}L${box.maxX} ${s.y}L${box.maxX} ${box.maxY}L${s.x} ${box.maxY}Z`,
        box,
        false,
      );
      content.strokeColour('rgba(0,0,0,0.25)');
      content.lineWidth(1);
      content.rect(s.x, s.y, s.width, s.height);
      content.paint({ stroke: true });
    }
  }
  if (figure.badge) {
    const b = figure.badge;
    content.fillColour('#fff3cd');
    content.strokeColour('#e0c36a');
    content.lineWidth(1);
    content.rect(b.x, b.y, b.width, b.height);
    content.paint({ fill: true, stroke: true });
  }
  for (const text of figure.texts.filter((t) => !t.halo)) await drawText(content, fonts, text);
}

/** Diagonal grey lines over a unit with no data, clipped to it: the map's hatch. */
function hatch(
  content: PdfContent,
  d: string,
  box: { minX: number; minY: number; maxX: number; maxY: number },
  dim: boolean,
): void {
  if (!Number.isFinite(box.minX)) return;
  content.save();
  content.path(d);
  content.clip();
  content.strokeColour(NO_DATA_COLOR);
  if (dim) content.strokeOpacity(DIM_OPACITY);
  content.lineWidth(HATCH_WIDTH);
  const height = box.maxY - box.minY;
  const start = Math.floor((box.minX - height) / HATCH_SPACING) * HATCH_SPACING;
  for (let x = start; x <= box.maxX; x += HATCH_SPACING) {
    content.line(x, box.maxY, x + height, box.minY);
  }
  content.paint({ stroke: true });
  content.restore();
}

async function drawText(content: PdfContent, fonts: PdfFonts, text: Figure['texts'][number]) {
  const runs = await fonts.runs(text.text, text.weight);
  const width = runsWidth(runs, text.size);
  const x =
    text.anchor === 'middle' ? text.x - width / 2 : text.anchor === 'end' ? text.x - width : text.x;
  content.fillColour(text.color);
  content.text(runs, x, text.y, text.size, text.halo === true);
}
