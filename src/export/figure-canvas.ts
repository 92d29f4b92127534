import {
  DIM_OPACITY,
  OUTLINE_COLOUR,
  PARENT_OUTLINE_COLOUR,
  SELECTED_COLOUR,
  type Figure,
} from '../core/figure-types';
import { NO_DATA_BACKGROUND, NO_DATA_COLOR } from '../core/palette';
import { ISLAND_RING_COLOUR } from '../core/archipelagos';
import { BilingualError } from '../core/problems';

const FONT_FAMILY = '"Noto Sans", "DejaVu Sans", sans-serif';

/** The "no data" hatch as the map draws it: an 8-pixel diagonal. */
function hatch(ctx: CanvasRenderingContext2D): CanvasPattern | string {
  const tile = document.createElement('canvas');
  tile.width = tile.height = 8;
  const t = tile.getContext('2d');
  if (!t) return NO_DATA_BACKGROUND;
  t.fillStyle = NO_DATA_BACKGROUND;
  t.fillRect(0, 0, 8, 8);
  t.fillStyle = NO_DATA_COLOR;
  for (let y = 0; y < 8; y += 1)
    for (let x = 0; x < 8; x += 1) if ((x + y) % 8 < 2) t.fillRect(x, y, 1, 1);
  return ctx.createPattern(tile, 'repeat') ?? NO_DATA_BACKGROUND;
}

/**
 * Draws the figure on a canvas `pixelRatio` times its size: the same layers
 * in the same order as the SVG, with the fonts the page has loaded.
 */
export async function figureCanvas(figure: Figure, pixelRatio: number): Promise<HTMLCanvasElement> {
  await Promise.all([
    document.fonts.load(`400 12px ${FONT_FAMILY}`, 'Việt'),
    document.fonts.load(`600 12px ${FONT_FAMILY}`, 'Việt'),
  ]).catch(() => undefined);
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(figure.width * pixelRatio);
  canvas.height = Math.round(figure.height * pixelRatio);
  const ctx = canvas.getContext('2d');
  if (!ctx) {
    throw new BilingualError({
      vi: 'Trình duyệt không vẽ được ảnh',
      en: 'The browser cannot draw the picture',
    });
  }
  ctx.scale(pixelRatio, pixelRatio);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, figure.width, figure.height);
  const noData = hatch(ctx);
  drawPanel(ctx, figure, noData);
  // The second map of a split view, with its legend, to the right of the first.
  if (figure.beside) {
    ctx.save();
    ctx.translate(figure.width - figure.beside.width, 0);
    drawPanel(ctx, figure.beside, noData);
    ctx.restore();
  }
  return canvas;
}

/** One map with its legend and words, in the figure's coordinates. */
function drawPanel(
  ctx: CanvasRenderingContext2D,
  figure: Figure,
  noData: CanvasPattern | string,
): void {
  const { frame } = figure;
  ctx.save();
  ctx.beginPath();
  ctx.rect(frame.x, frame.y, frame.width, frame.height);
  ctx.clip();
  ctx.fillStyle = figure.background;
  ctx.fillRect(frame.x, frame.y, frame.width, frame.height);
  ctx.lineJoin = 'round';
  for (const unit of figure.units) {
    const path = new Path2D(unit.d);
    ctx.globalAlpha = unit.dim ? DIM_OPACITY : 1;
    ctx.fillStyle = unit.fill ?? noData;
    ctx.fill(path, 'evenodd');
    ctx.globalAlpha = 1;
    if (figure.outlineWidth > 0) {
      ctx.strokeStyle = OUTLINE_COLOUR;
      ctx.lineWidth = figure.outlineWidth;
      ctx.stroke(path);
    }
  }
  ctx.strokeStyle = PARENT_OUTLINE_COLOUR;
  ctx.lineWidth = figure.parentOutlineWidth;
  for (const d of figure.parents) ctx.stroke(new Path2D(d));
  ctx.strokeStyle = ISLAND_RING_COLOUR;
  ctx.lineWidth = 0.6;
  for (const dot of figure.dots) {
    ctx.globalAlpha = dot.opacity;
    ctx.beginPath();
    ctx.arc(dot.x, dot.y, dot.radius, 0, 2 * Math.PI);
    ctx.fillStyle = dot.fill;
    ctx.fill();
    ctx.stroke();
  }
  ctx.globalAlpha = 1;
  if (figure.selected) {
    ctx.strokeStyle = SELECTED_COLOUR;
    ctx.lineWidth = 3;
    ctx.stroke(new Path2D(figure.selected));
  }
  for (const text of figure.texts.filter((t) => t.halo)) drawText(ctx, text);
  ctx.restore();

  ctx.strokeStyle = '#9aa5b1';
  ctx.lineWidth = 1;
  ctx.strokeRect(frame.x, frame.y, frame.width, frame.height);
  for (const s of figure.swatches) {
    ctx.fillStyle = s.color ?? noData;
    ctx.fillRect(s.x, s.y, s.width, s.height);
    ctx.strokeStyle = 'rgba(0,0,0,0.25)';
    ctx.strokeRect(s.x, s.y, s.width, s.height);
  }
  if (figure.badge) {
    const b = figure.badge;
    ctx.fillStyle = '#fff3cd';
    ctx.strokeStyle = '#e0c36a';
    ctx.beginPath();
    ctx.roundRect(b.x, b.y, b.width, b.height, 3);
    ctx.fill();
    ctx.stroke();
  }
  for (const text of figure.texts.filter((t) => !t.halo)) drawText(ctx, text);
}

function drawText(ctx: CanvasRenderingContext2D, text: Figure['texts'][number]): void {
  ctx.font = `${text.weight} ${text.size}px ${FONT_FAMILY}`;
  ctx.textAlign = text.anchor === 'middle' ? 'center' : text.anchor === 'end' ? 'right' : 'left';
  ctx.textBaseline = 'alphabetic';
  if (text.halo) {
    ctx.strokeStyle = 'rgba(255,255,255,0.9)';
    ctx.lineWidth = 2.8;
    ctx.strokeText(text.text, text.x, text.y);
  }
  ctx.fillStyle = text.color;
  ctx.fillText(text.text, text.x, text.y);
}

export function canvasBlob(canvas: HTMLCanvasElement, type = 'image/png'): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) =>
        blob
          ? resolve(blob)
          : reject(
              new BilingualError({ vi: 'Không tạo được ảnh', en: 'Could not make the picture' }),
            ),
      type,
    ),
  );
}
