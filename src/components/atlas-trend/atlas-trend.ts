import { scaleLinear, scalePoint } from 'd3-scale';
import { css, html, nothing, svg } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { formatLayerNumber } from '../../core/describe-value';
import { layerLabel } from '../../core/layer';
import type { TrendPoint, UnitTrend } from '../../core/trend';
import { bi, biText, bilingualStyles } from '../shared/bilingual';
import { AtlasElement } from '../shared/atlas-element';
import { panelSectionStyles } from '../shared/panel-section-styles';
import { compactTableStyles } from '../shared/table-styles';

const WIDTH = 300;
const HEIGHT = 150;
const MARGIN = { top: 10, right: 10, bottom: 22, left: 40 };
const INK = { unit: '#1f2d3d', parent: '#2166ac', whole: '#5b6b7b', target: '#b2182b' };

/**
 * A unit's trend in the panel: its value over every year it has (years
 * computed from the old units as hollow points), its parent's units and the
 * whole map as reference lines, the programme's target as a horizontal
 * line, a gap where the series breaks. The picture is for the eye; the same
 * values are a table for the keyboard and the screen reader.
 */
@customElement('atlas-trend')
export class AtlasTrend extends AtlasElement {
  static override styles = [
    bilingualStyles,
    panelSectionStyles,
    compactTableStyles,
    css`
      svg {
        display: block;
        max-width: 100%;
        height: auto;
        font-size: 10px;
      }
      .key {
        display: flex;
        flex-wrap: wrap;
        gap: 2px 10px;
        font-size: 11.5px;
        margin: 2px 0;
      }
      .key span::before {
        content: '';
        display: inline-block;
        width: 16px;
        margin-right: 4px;
        vertical-align: middle;
        border-top: 2px solid currentColor;
      }
      .key .parent::before {
        border-top-style: dashed;
      }
      .key .whole::before {
        border-top-style: dotted;
      }
      .key .target::before {
        border-top-style: dashed;
      }
      .break {
        font-size: 11.5px;
        color: var(--atlas-warning-ink, #7a5300);
        margin: 2px 0;
      }
    `,
  ];

  @property({ attribute: false }) trend: UnitTrend | null = null;
  @property() unitName = '';

  override render() {
    const { trend } = this;
    if (!trend || trend.points.filter((p) => p.value !== null).length < 2) return nothing;
    const { points, layer } = trend;
    const x = scalePoint<string>()
      .domain(points.map((p) => p.period))
      .range([MARGIN.left, WIDTH - MARGIN.right])
      .padding(0.3);
    const numbers = points
      .flatMap((p) => [p.value, p.parent, p.whole])
      .concat(trend.targets.map((t) => t.value))
      .filter((n): n is number => n !== null);
    const y = scaleLinear()
      .domain([Math.min(0, ...numbers), Math.max(...numbers)])
      .nice(4)
      .range([HEIGHT - MARGIN.bottom, MARGIN.top]);
    const at = (p: TrendPoint, value: number | null) =>
      value === null ? null : ([x(p.period) as number, y(value)] as const);
    // A line stops at a break in the series and where a year has no data.
    const segments = (pick: (p: TrendPoint) => number | null) => {
      const runs: string[] = [];
      let run: string[] = [];
      points.forEach((p, i) => {
        const xy = at(p, pick(p));
        if (xy) run.push(`${xy[0].toFixed(1)},${xy[1].toFixed(1)}`);
        const broken =
          !xy || trend.breaks.some((b) => b.after === p.period) || i === points.length - 1;
        if (broken) {
          if (run.length > 1) runs.push(run.join(' '));
          run = [];
        }
      });
      return runs;
    };
    const line = (
      pick: (p: TrendPoint) => number | null,
      colour: string,
      dash: string,
      width: number,
    ) =>
      segments(pick).map(
        (points) =>
          svg`<polyline points=${points} fill="none" stroke=${colour} stroke-width=${width} stroke-dasharray=${dash} />`,
      );
    const format = (value: number | null) =>
      value === null
        ? biText({ vi: 'không có dữ liệu', en: 'no data' }, this.language)
        : formatLayerNumber(layer, value, this.locale);
    const boundary = trend.periodBoundary;
    const boundaryX =
      boundary !== null
        ? ((x(boundary) as number) +
            (x(
              points[points.findIndex((p) => p.period === boundary) + 1]?.period ?? boundary,
            ) as number)) /
          2
        : null;
    return html`
      <h3 id="trend-heading">
        ${bi({ vi: `Diễn biến: ${layerLabel(layer).vi}`, en: `Trend: ${layerLabel(layer).en}` }, this.language)}
      </h3>
      <svg viewBox="0 0 ${WIDTH} ${HEIGHT}" width=${WIDTH} height=${HEIGHT} aria-hidden="true">
        ${y.ticks(4).map(
          (
            tick,
          ) => svg`<line x1=${MARGIN.left} x2=${WIDTH - MARGIN.right} y1=${y(tick)} y2=${y(tick)} stroke="#e1e6eb" />
            <text x=${MARGIN.left - 4} y=${y(tick) + 3} text-anchor="end" fill="#5b6b7b">${formatLayerNumber(layer, tick, this.locale)}</text>`,
        )}
        ${points.map(
          (p) =>
            svg`<text x=${x(p.period)} y=${HEIGHT - 6} text-anchor="middle" fill="#5b6b7b">${p.period}</text>`,
        )}
        ${
          boundaryX !== null
            ? svg`<line class="period-boundary" x1=${boundaryX} x2=${boundaryX} y1=${MARGIN.top} y2=${HEIGHT - MARGIN.bottom} stroke="#5b6b7b" stroke-dasharray="2 2" />
                <text x=${boundaryX - 3} y=${MARGIN.top + 8} text-anchor="end" fill="#5b6b7b">2021–2025</text>
                <text x=${boundaryX + 3} y=${MARGIN.top + 8} fill="#5b6b7b">2026–2030</text>`
            : nothing
        }
        ${trend.targets.map(
          (t) =>
            svg`<line class="target" x1=${MARGIN.left} x2=${WIDTH - MARGIN.right} y1=${y(t.value)} y2=${y(t.value)} stroke=${INK.target} stroke-dasharray="5 3" />`,
        )}
        ${line((p) => p.whole, INK.whole, '1 3', 1.5)}
        ${line((p) => p.parent, INK.parent, '4 3', 1.5)} ${line((p) => p.value, INK.unit, '', 2)}
        ${points.map((p) => {
          const xy = at(p, p.value);
          return xy
            ? svg`<circle class="point" data-period=${p.period} cx=${xy[0]} cy=${xy[1]} r="3" fill=${p.computed ? 'white' : INK.unit} stroke=${INK.unit} stroke-width="1.5" />`
            : nothing;
        })}
      </svg>
      <div class="key">
        <span style="color:${INK.unit}">${this.unitName}</span>
        ${trend.parentName ? html`<span class="parent" style="color:${INK.parent}">${bi({ vi: `bình quân ${trend.parentName}`, en: `${trend.parentName} average` }, this.language)}</span>` : nothing}
        <span class="whole" style="color:${INK.whole}"
          >${bi({ vi: 'toàn vùng', en: 'whole area' }, this.language)}</span
        >
        ${trend.targets.map((t) => html`<span class="target" style="color:${INK.target}">${bi(t.label, this.language)}</span>`)}
      </div>
      ${points.some((p) => p.computed) ? html`<p class="break">${bi({ vi: 'Điểm rỗng: năm tính lại từ đơn vị cũ', en: 'Hollow points: years computed from the old units' }, this.language)}</p>` : nothing}
      ${trend.breaks.map((b) => html`<p class="break" role="note">${bi(b.why, this.language)}</p>`)}
      <details>
        <summary>${bi({ vi: 'Xem số liệu', en: 'See the values' }, this.language)}</summary>
        <table aria-labelledby="trend-heading">
          <thead>
            <tr>
              <th scope="col">${bi({ vi: 'Năm', en: 'Year' }, this.language)}</th>
              <th scope="col">${this.unitName}</th>
              ${trend.parentName ? html`<th scope="col">${trend.parentName}</th>` : nothing}
              <th scope="col">${bi({ vi: 'Toàn vùng', en: 'Whole area' }, this.language)}</th>
            </tr>
          </thead>
          <tbody>
            ${points.map(
              (p) =>
                html`<tr data-period=${p.period}>
                  <th scope="row">${p.period}${p.computed ? ' ↺' : ''}</th>
                  <td class="value">${format(p.value)}</td>
                  ${trend.parentName ? html`<td class="parent">${format(p.parent)}</td>` : nothing}
                  <td class="whole">${format(p.whole)}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </details>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'atlas-trend': AtlasTrend;
  }
}
