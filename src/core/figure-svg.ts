import {
  DIM_OPACITY,
  OUTLINE_COLOUR,
  PARENT_OUTLINE_COLOUR,
  SELECTED_COLOUR,
  type Figure,
} from './figure-types';
import { NO_DATA_BACKGROUND, NO_DATA_COLOR } from './palette';
import { ISLAND_RING_COLOUR } from './archipelagos';
import { CONTROL_CHARACTERS } from './csv-writer';
import { safeColour } from './css-colour';

/**
 * Text from data files goes into the SVG as text, never as markup; control
 * characters, which XML does not allow, are dropped.
 */
export function escapeXml(text: string): string {
  return text
    .replace(CONTROL_CHARACTERS, '')
    .replace(/[\n\r\t]/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const ANCHORS = { start: 'start', middle: 'middle', end: 'end' } as const;

/**
 * The figure as a standalone SVG document: one path per unit (with its name
 * as a tooltip and its code as data-code), the legend and every line of
 * text as real, selectable text.
 */
export function figureSvg(figure: Figure, language: string): string {
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${figure.width}" height="${r(figure.height)}" viewBox="0 0 ${figure.width} ${r(figure.height)}" xml:lang="${escapeXml(language)}" font-family="'Noto Sans', 'DejaVu Sans', Arial, sans-serif">`,
    '<defs>',
    `<pattern id="no-data" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="8" height="8" fill="${NO_DATA_BACKGROUND}"/><rect width="2" height="8" fill="${NO_DATA_COLOR}"/></pattern>`,
    clipPath(figure.frame, 'frame'),
    ...(figure.beside ? [clipPath(figure.beside.frame, 'frame-2')] : []),
    '</defs>',
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
  );
  panel(out, figure, '');
  // The second map of a split view, with its legend, to the right of the first.
  if (figure.beside) {
    out.push(
      `<g id="map-2-panel" transform="translate(${r(figure.width - figure.beside.width)},0)">`,
    );
    panel(out, figure.beside, '-2');
    out.push('</g>');
  }
  out.push('</svg>');
  return out.join('\n');
}

function clipPath(frame: Figure['frame'], id: string): string {
  return `<clipPath id="${id}"><rect x="${r(frame.x)}" y="${r(frame.y)}" width="${r(frame.width)}" height="${r(frame.height)}"/></clipPath>`;
}

/** One map with its legend and words; `suffix` keeps the ids of a second one apart. */
function panel(out: string[], figure: Figure, suffix: '' | '-2'): void {
  const { frame } = figure;
  out.push(
    `<g id="map${suffix}" clip-path="url(#frame${suffix})">`,
    `<rect x="${r(frame.x)}" y="${r(frame.y)}" width="${r(frame.width)}" height="${r(frame.height)}" fill="${paint(figure.background)}"/>`,
    `<g id="units${suffix}" fill-rule="evenodd" stroke="${OUTLINE_COLOUR}" stroke-width="${r(figure.outlineWidth)}" stroke-linejoin="round">`,
  );
  for (const unit of figure.units) {
    const fill = unit.fill === null ? 'url(#no-data)' : paint(unit.fill);
    const opacity = unit.dim ? ` fill-opacity="${DIM_OPACITY}"` : '';
    out.push(
      `<path data-code="${escapeXml(unit.code)}" fill="${fill}"${opacity} d="${unit.d}"><title>${escapeXml(unit.name)}</title></path>`,
    );
  }
  out.push('</g>');
  if (figure.parents.length > 0) {
    out.push(
      `<g id="parents${suffix}" fill="none" stroke="${PARENT_OUTLINE_COLOUR}" stroke-width="${r(figure.parentOutlineWidth)}" stroke-linejoin="round">`,
      ...figure.parents.map((d) => `<path d="${d}"/>`),
      '</g>',
    );
  }
  if (figure.dots.length > 0) {
    out.push(
      `<g id="islands${suffix}" stroke="${ISLAND_RING_COLOUR}" stroke-width="0.6">`,
      ...figure.dots.map(
        (d) =>
          `<circle cx="${r(d.x)}" cy="${r(d.y)}" r="${r(d.radius)}" fill="${paint(d.fill)}"${d.opacity < 1 ? ` opacity="${r(d.opacity)}"` : ''}/>`,
      ),
      '</g>',
    );
  }
  if (figure.selected) {
    out.push(
      `<path id="selected${suffix}" fill="none" stroke="${SELECTED_COLOUR}" stroke-width="3" d="${figure.selected}"/>`,
    );
  }
  const labels = figure.texts.filter((t) => t.halo);
  out.push(`<g id="labels${suffix}">`, ...labels.map(textElement), '</g>', '</g>');
  out.push(
    `<rect x="${r(frame.x)}" y="${r(frame.y)}" width="${r(frame.width)}" height="${r(frame.height)}" fill="none" stroke="#9aa5b1"/>`,
  );
  out.push(`<g id="legend${suffix}">`);
  for (const s of figure.swatches) {
    out.push(
      `<rect x="${r(s.x)}" y="${r(s.y)}" width="${s.width}" height="${s.height}" fill="${s.color === null ? 'url(#no-data)' : paint(s.color)}" stroke="rgba(0,0,0,0.25)"/>`,
    );
  }
  if (figure.badge) {
    const b = figure.badge;
    out.push(
      `<rect x="${r(b.x)}" y="${r(b.y)}" width="${r(b.width)}" height="${b.height}" rx="3" fill="#fff3cd" stroke="#e0c36a"/>`,
    );
  }
  out.push(...figure.texts.filter((t) => !t.halo).map(textElement), '</g>');
}

function textElement(t: Figure['texts'][number]): string {
  const anchor = t.anchor && t.anchor !== 'start' ? ` text-anchor="${ANCHORS[t.anchor]}"` : '';
  const halo = t.halo
    ? ' stroke="rgba(255,255,255,0.9)" stroke-width="2.8" paint-order="stroke" stroke-linejoin="round"'
    : '';
  const weight = t.weight === 600 ? ' font-weight="600"' : '';
  return `<text x="${r(t.x)}" y="${r(t.y)}" font-size="${r(t.size)}"${weight} fill="${paint(t.color)}"${anchor}${halo}>${escapeXml(t.text)}</text>`;
}

/**
 * A colour for a fill attribute: only colour syntax, escaped; anything else
 * (which the readers refuse already) is drawn as no colour at all.
 */
function paint(colour: string): string {
  return escapeXml(safeColour(colour) ?? 'none');
}

function r(n: number): number {
  return Math.round(n * 10) / 10;
}
