import type { Position } from 'geojson';
import { inkOn } from './css-colour';
import {
  ARCHIPELAGO_NAME_COLOUR,
  ARCHIPELAGO_NAME_SIZE,
  ISLAND_DOT_RADIUS,
  ISLAND_NO_DATA_FILL,
  islandDotOpacity,
} from './archipelagos';
import {
  DIM_OPACITY,
  MUTED_COLOUR,
  TEXT_COLOUR,
  type FigureUnit,
  type FigureMap,
  type FigureWords,
  type FigureText,
  type FigureBox,
  type Figure,
  type FigurePlan,
} from './figure-types';

/**
 * A picture of the map as it is on screen, laid out with its title, legend
 * and footer: the one description that the SVG, PNG and PDF exports (and
 * their tests) draw from, so the three cannot disagree. Pure: coordinates
 * are projected here with the same Web Mercator as the map.
 */

const MARGIN = 16;
const LEGEND_WIDTH = 250;
const TITLE_SIZE = 20;
const SUBTITLE_SIZE = 13;
const TEXT_SIZE = 12;
const ROW_HEIGHT = 20;
const TILE_SIZE = 512;

/** Web Mercator, as MapLibre draws it: world pixels at zoom `zoom`. */
export function project(lng: number, lat: number, zoom: number): [number, number] {
  const world = TILE_SIZE * 2 ** zoom;
  const sin = Math.sin((Math.max(-85.0511, Math.min(85.0511, lat)) * Math.PI) / 180);
  const x = ((lng + 180) / 360) * world;
  const y = (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * world;
  return [x, y];
}

/**
 * Greedy line breaking by an estimated glyph width (Noto Sans averages about
 * 0.55 em): good enough for a legend, and the same in every renderer.
 */
export function wrapText(text: string, width: number, size: number): string[] {
  const perLine = Math.max(8, Math.floor(width / (size * 0.56)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (next.length > perLine && line) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Lays the figure out. Without `page` the map keeps its on-screen size (an
 * export at 1× is the screen, pixel for pixel); with a page (a PDF sheet)
 * the map is scaled to fit it and shows the same area.
 */
export function layoutFigure(
  map: FigureMap,
  words: FigureWords,
  page?: { readonly width: number; readonly height: number },
): Figure {
  const texts: FigureText[] = [];
  const swatches: (FigureBox & { color: string | null })[] = [];
  const fullWidth = page?.width ?? map.width + LEGEND_WIDTH + 3 * MARGIN;
  let y = MARGIN;
  for (const line of wrapText(words.title, fullWidth - 2 * MARGIN, TITLE_SIZE)) {
    y += TITLE_SIZE;
    texts.push({ text: line, x: MARGIN, y, size: TITLE_SIZE, weight: 600, color: TEXT_COLOUR });
    y += 4;
  }
  for (const line of wrapText(words.subtitle, fullWidth - 2 * MARGIN, SUBTITLE_SIZE)) {
    y += SUBTITLE_SIZE + 2;
    texts.push({ text: line, x: MARGIN, y, size: SUBTITLE_SIZE, weight: 400, color: MUTED_COLOUR });
  }
  const top = y + 10;

  const footerLines = words.footer.flatMap((part) =>
    wrapText(part, fullWidth - 2 * MARGIN - 160, TEXT_SIZE - 1),
  );
  const footerHeight = footerLines.length * (TEXT_SIZE + 3) + MARGIN + 6;

  // A portrait sheet has its legend under the map, full width; otherwise beside it.
  const below = !!page && page.height > page.width;
  const legendWidth = below ? Math.min(fullWidth - 2 * MARGIN, 2 * LEGEND_WIDTH) : LEGEND_WIDTH;
  const legendHeight = legendBlock(words, 0, 0, legendWidth).bottom;

  // The map: its own size, or the room the page leaves, keeping its proportions.
  const roomWidth = page
    ? page.width - 2 * MARGIN - (below ? 0 : LEGEND_WIDTH + MARGIN)
    : map.width;
  const roomHeight = page
    ? page.height - top - footerHeight - (below ? legendHeight + MARGIN : 0)
    : map.height;
  const scale = page ? Math.min(roomWidth / map.width, roomHeight / map.height) : 1;
  const frame = {
    x: MARGIN,
    y: top,
    width: map.width * scale,
    height: map.height * scale,
  };
  const legend = below
    ? legendBlock(words, MARGIN, frame.y + frame.height + MARGIN, legendWidth)
    : legendBlock(words, MARGIN + roomWidth + MARGIN, top, legendWidth);
  texts.push(...legend.texts);
  swatches.push(...legend.swatches);
  const ly = legend.bottom;

  const height = page?.height ?? Math.max(frame.y + frame.height, ly) + footerHeight;
  let fy = height - footerHeight + MARGIN;
  for (const line of footerLines) {
    fy += TEXT_SIZE + 2;
    texts.push({
      text: line,
      x: MARGIN,
      y: fy,
      size: TEXT_SIZE - 1,
      weight: 400,
      color: MUTED_COLOUR,
    });
  }
  let badge: FigureBox | null = null;
  if (words.synthetic) {
    const width = words.synthetic.length * TEXT_SIZE * 0.6 + 16;
    badge = {
      x: fullWidth - MARGIN - width,
      y: height - footerHeight + MARGIN + 2,
      width,
      height: 22,
    };
    texts.push({
      text: words.synthetic,
      x: badge.x + 8,
      y: badge.y + 15,
      size: TEXT_SIZE,
      weight: 600,
      color: '#5c4400',
    });
  }

  const toFrame = frameProjection(map, frame, scale);
  const units = map.units.map((unit) => ({
    code: unit.code,
    name: unit.name,
    d: pathData(unit.polygons, toFrame, frame),
    fill: unit.fill,
    dim: unit.dim,
  }));
  const nameSize = ARCHIPELAGO_NAME_SIZE * Math.max(scale, 0.75);
  const names = map.archipelagoNames.map((name): FigureText => {
    const [x, y] = toFrame([name.lng, name.lat]);
    return {
      text: name.text,
      x,
      y: y + nameSize * 0.35,
      size: nameSize,
      weight: 400,
      color: ARCHIPELAGO_NAME_COLOUR,
      halo: true,
      anchor: 'middle',
    };
  });
  const labels = placeLabels(
    map,
    toFrame,
    frame,
    map.labelSize * Math.max(scale, 0.75),
    names.map((n) => textBox(n.text, n.x, n.y - n.size * 0.35, n.size)),
  );
  const radius = ISLAND_DOT_RADIUS * Math.max(scale, 0.75);
  const fade = islandDotOpacity(map.camera.zoom);
  const dots = [
    ...map.islands.map((island) => {
      const [x, y] = toFrame([island.lng, island.lat]);
      const fill = island.fill ?? ISLAND_NO_DATA_FILL;
      return { x, y, radius, fill, opacity: fade * (island.dim ? DIM_OPACITY : 1) };
    }),
    ...map.landmarks.map((landmark) => {
      const [x, y] = toFrame([landmark.lng, landmark.lat]);
      return { x, y, radius, fill: '#ffffff', opacity: 1 };
    }),
  ].filter(
    (d) =>
      d.opacity > 0 &&
      d.x >= frame.x &&
      d.x <= frame.x + frame.width &&
      d.y >= frame.y &&
      d.y <= frame.y + frame.height,
  );
  return {
    width: fullWidth,
    height,
    frame,
    scale,
    background: map.background,
    units: units.filter((u) => u.d !== ''),
    parents: map.parents.map((p) => pathData(p.polygons, toFrame, frame)).filter((d) => d !== ''),
    selected: map.selected ? pathData(map.selected.polygons, toFrame, frame) || null : null,
    dots,
    outlineWidth: map.outlineWidth * scale,
    parentOutlineWidth: map.parentOutlineWidth * scale,
    texts: [...labels, ...names, ...texts],
    swatches,
    badge,
  };
}

/**
 * An export's figure: one map, or the two maps of a split view side by
 * side, each with its legend (on a page, each has half of it).
 */
export function layoutPlan(
  plan: FigurePlan,
  page?: { readonly width: number; readonly height: number },
): Figure {
  if (!plan.beside) return layoutFigure(plan.map, plan.words, page);
  const half = page ? { width: page.width / 2, height: page.height } : undefined;
  const first = layoutFigure(plan.map, plan.words, half);
  const second = layoutFigure(plan.beside.map, plan.beside.words, half);
  return {
    ...first,
    width: first.width + second.width,
    height: Math.max(first.height, second.height),
    beside: second,
  };
}

/** The legend's lines, rows (swatch, label, count) and notes, from (x, y) down. */
function legendBlock(
  words: FigureWords,
  x: number,
  y: number,
  width: number,
): { texts: FigureText[]; swatches: (FigureBox & { color: string | null })[]; bottom: number } {
  const texts: FigureText[] = [];
  const swatches: (FigureBox & { color: string | null })[] = [];
  const line = (text: string, at: number, size: number, color: string) =>
    texts.push({ text, x, y: at, size, weight: 400, color });
  let ly = y;
  for (const text of words.legendLines.flatMap((l) => wrapText(l, width, TEXT_SIZE))) {
    ly += TEXT_SIZE + 3;
    line(text, ly, TEXT_SIZE, MUTED_COLOUR);
  }
  ly += 8;
  if (words.grid) ly = gridBlock(words.grid, x, ly, width, texts, swatches);
  for (const row of words.grid ? [] : words.rows) {
    swatches.push({ x, y: ly + 3, width: 22, height: 14, color: row.color });
    const labelLines = wrapText(row.label, width - 80, TEXT_SIZE);
    labelLines.forEach((text, i) =>
      texts.push({
        text,
        x: x + 30,
        y: ly + 14 + i * (TEXT_SIZE + 3),
        size: TEXT_SIZE,
        weight: 400,
        color: TEXT_COLOUR,
      }),
    );
    texts.push({
      text: row.count,
      x: x + width - 4,
      y: ly + 14,
      size: TEXT_SIZE,
      weight: 400,
      color: TEXT_COLOUR,
      anchor: 'end',
    });
    ly += Math.max(ROW_HEIGHT, labelLines.length * (TEXT_SIZE + 3) + 6);
  }
  ly += 6;
  for (const text of words.legendNotes.flatMap((l) => wrapText(l, width, TEXT_SIZE - 1))) {
    ly += TEXT_SIZE + 2;
    line(text, ly, TEXT_SIZE - 1, MUTED_COLOUR);
  }
  return { texts, swatches, bottom: ly };
}

const CELL = 48;

/** The 3 × 3 grid of a bivariate legend, its thirds on either axis; returns the y below it. */
function gridBlock(
  grid: NonNullable<FigureWords['grid']>,
  x: number,
  y: number,
  width: number,
  texts: FigureText[],
  swatches: (FigureBox & { color: string | null })[],
): number {
  const labelWidth = Math.max(60, width - 3 * CELL - 8);
  const text = (
    t: string,
    tx: number,
    ty: number,
    anchor: FigureText['anchor'],
    color = TEXT_COLOUR,
  ) => texts.push({ text: t, x: tx, y: ty, size: TEXT_SIZE - 1, weight: 400, color, anchor });
  grid.cells.forEach((cell, i) => {
    const row = Math.floor(i / 3);
    const col = i % 3;
    const cx = x + labelWidth + col * CELL;
    const cy = y + row * CELL;
    swatches.push({ x: cx, y: cy, width: CELL - 2, height: CELL - 2, color: cell.color });
    text(cell.count, cx + (CELL - 2) / 2, cy + CELL / 2 + 3, 'middle', inkOn(cell.color));
  });
  // The second layer's thirds beside the rows, highest at the top.
  [...grid.up]
    .reverse()
    .forEach((label, row) =>
      text(label, x + labelWidth - 4, y + row * CELL + CELL / 2 + 3, 'end', MUTED_COLOUR),
    );
  let below = y + 3 * CELL + TEXT_SIZE;
  grid.across.forEach((label, col) =>
    wrapText(label, CELL - 4, TEXT_SIZE - 2).forEach((line, i) =>
      text(
        line,
        x + labelWidth + col * CELL + CELL / 2,
        below + i * (TEXT_SIZE - 1),
        'middle',
        MUTED_COLOUR,
      ),
    ),
  );
  below += 3 * (TEXT_SIZE - 1) + 4;
  for (const line of [`→ ${grid.acrossTitle}`, `↑ ${grid.upTitle}`].flatMap((l) =>
    wrapText(l, width, TEXT_SIZE - 1),
  )) {
    below += TEXT_SIZE + 2;
    text(line, x, below, 'start');
  }
  return below + 6;
}

type ToFrame = (position: Position) => [number, number];

function frameProjection(map: FigureMap, frame: FigureBox, scale: number): ToFrame {
  const { lng, lat, zoom } = map.camera;
  const [cx, cy] = project(lng, lat, zoom);
  return ([x, y]) => {
    const [px, py] = project(x as number, y as number, zoom);
    return [
      frame.x + (px - cx + map.width / 2) * scale,
      frame.y + (py - cy + map.height / 2) * scale,
    ];
  };
}

/**
 * Rings as SVG path data, with points closer than half a pixel to the last
 * one dropped and rings wholly outside the frame left out; a unit with
 * nothing inside the frame gives "".
 */
function pathData(polygons: FigureUnit['polygons'], toFrame: ToFrame, frame: FigureBox): string {
  const parts: string[] = [];
  for (const polygon of polygons) {
    for (const ring of polygon) {
      let last: [number, number] | null = null;
      const points: string[] = [];
      let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
      for (const position of ring) {
        const p = toFrame(position);
        if (last && Math.abs(p[0] - last[0]) < 0.5 && Math.abs(p[1] - last[1]) < 0.5) continue;
        last = p;
        points.push(`${round(p[0])} ${round(p[1])}`);
        minX = Math.min(minX, p[0]);
        minY = Math.min(minY, p[1]);
        maxX = Math.max(maxX, p[0]);
        maxY = Math.max(maxY, p[1]);
      }
      const outside =
        maxX < frame.x ||
        minX > frame.x + frame.width ||
        maxY < frame.y ||
        minY > frame.y + frame.height;
      if (points.length < 3 || outside) continue;
      parts.push(`M${points.join('L')}Z`);
    }
  }
  return parts.join('');
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

/** The box a label centred on (x, y) takes, by the estimated glyph width. */
function textBox(text: string, x: number, y: number, size: number): FigureBox {
  const width = text.length * size * 0.56;
  return { x: x - width / 2, y: y - size, width, height: size * 1.3 };
}

/**
 * Labels inside the frame, skipping any that would overlap one already
 * placed or a box `reserved` (the archipelagos' names, always written).
 */
function placeLabels(
  map: FigureMap,
  toFrame: ToFrame,
  frame: FigureBox,
  size: number,
  reserved: readonly FigureBox[],
): FigureText[] {
  const placed: FigureBox[] = [...reserved];
  const out: FigureText[] = [];
  for (const label of map.labels) {
    const [x, y] = toFrame([label.lng, label.lat]);
    const box = textBox(label.text, x, y, size);
    const width = box.width;
    if (box.x < frame.x || box.x + width > frame.x + frame.width) continue;
    if (box.y < frame.y || box.y + box.height > frame.y + frame.height) continue;
    if (placed.some((other) => overlaps(box, other))) continue;
    placed.push(box);
    out.push({
      text: label.text,
      x,
      y: y + size * 0.35,
      size,
      weight: 400,
      color: TEXT_COLOUR,
      halo: true,
      anchor: 'middle',
    });
  }
  return out;
}

function overlaps(a: FigureBox, b: FigureBox): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
