import { PDFDocument } from 'pdf-lib';
import { layoutPlan } from '../core/figure';
import type { FigurePlan } from '../core/figure-types';
import { canvasBlob, figureCanvas } from './figure-canvas';

export type PaperSize = 'A4' | 'A3';
export type Orientation = 'portrait' | 'landscape';

/** Paper sizes in PDF points (1/72 inch), portrait. */
const PAPER: Record<PaperSize, [number, number]> = {
  A4: [595.28, 841.89],
  A3: [841.89, 1190.55],
};

/** The resolution the map is drawn at on paper: sharp in print, a few MB at A3. */
const PRINT_DPI = 200;

function pageSize(paper: PaperSize, orientation: Orientation): { width: number; height: number } {
  const [short, long] = PAPER[paper];
  return orientation === 'portrait'
    ? { width: short, height: long }
    : { width: long, height: short };
}

/**
 * A one-page PDF of the figure, laid out for the sheet (one layout unit is
 * one point) and drawn at print resolution. pdf-lib writes the file on the
 * page: nothing is sent anywhere.
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
  const canvas = await figureCanvas(figure, PRINT_DPI / 72);
  const png = new Uint8Array(await (await canvasBlob(canvas)).arrayBuffer());
  const pdf = await PDFDocument.create();
  pdf.setTitle(words.title);
  pdf.setSubject(words.subtitle);
  pdf.setLanguage(language);
  pdf.setCreator('ntp-atlas');
  pdf.setProducer('ntp-atlas (pdf-lib)');
  const image = await pdf.embedPng(png);
  const page = pdf.addPage([size.width, size.height]);
  page.drawImage(image, { x: 0, y: 0, width: size.width, height: size.height });
  const bytes = await pdf.save();
  return new Blob([bytes as BlobPart], { type: 'application/pdf' });
}
