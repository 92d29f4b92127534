import { css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { axisThirds, BIVARIATE_COLOURS, type BivariateView } from '../../core/bivariate';
import { inkOn } from '../../core/css-colour';
import { formatNumber } from '../../core/format';
import { layerLabel } from '../../core/layer';
import { NO_DATA_CLASS } from '../../core/map-view';
import type { BilingualText } from '../../core/text';
import { bi, biText, bilingualStyles } from '../shared/bilingual';
import { AtlasElement } from '../shared/atlas-element';

/**
 * The legend of a bivariate map: the 3 × 3 grid of colours, the first
 * layer's thirds across and the second's up, each cell with its units;
 * a cell (or "no data") pressed filters the map and the table to it, as a
 * class of the ordinary legend does.
 *
 * @event atlas-filter - detail is the cell index (column + 3 × row), NO_DATA_CLASS, or null to clear.
 */
@customElement('atlas-bivariate-legend')
export class AtlasBivariateLegend extends AtlasElement {
  static override styles = [
    bilingualStyles,
    css`
      :host {
        display: block;
        font-size: 12.5px;
      }
      h2 {
        font-size: 15px;
        margin: 0 0 4px;
      }
      .grid {
        display: grid;
        grid-template-columns: auto repeat(3, 64px);
        gap: 2px;
        align-items: stretch;
      }
      .cell {
        font: inherit;
        height: 40px;
        border: 2px solid transparent;
        border-radius: 2px;
        cursor: pointer;
        font-variant-numeric: tabular-nums;
      }
      .cell[aria-pressed='true'] {
        border-color: #1f2d3d;
      }
      .cell.off {
        opacity: 0.35;
      }
      .row-label {
        font-size: 11.5px;
        text-align: right;
        padding-right: 4px;
        align-self: center;
      }
      .col-label {
        font-size: 11.5px;
        text-align: center;
      }
      .axis {
        color: var(--atlas-ink-muted);
        margin: 2px 0;
      }
      .meta {
        color: var(--atlas-ink-muted);
        margin: 4px 0;
      }
    `,
  ];

  @property({ attribute: false }) view: BivariateView | null = null;
  @property() unitsLabel = '';

  override render() {
    const view = this.view;
    if (!view) return nothing;
    const { x, y } = view.bivariate;
    const filter = view.filter;
    const count = (index: number) => view.classCounts.find((c) => c.index === index)?.count ?? 0;
    const n = (value: number) => formatNumber(value, this.locale, 0);
    const language = this.language === 'en' ? 'en' : 'vi';
    const xThirds = axisThirds(x, language);
    const yThirds = axisThirds(y, language);
    const method = (axis: typeof x): BilingualText =>
      axis.method === 'policy'
        ? { vi: 'ngưỡng chính sách', en: 'policy thresholds' }
        : { vi: 'ba phần đều số đơn vị', en: 'tertiles' };
    const cell = (index: number, colour: string) => {
      const on = filter.has(index);
      const label = view.classification?.classes[index]?.label;
      return html`<button
        class="cell ${!on && filter.size > 0 ? 'off' : ''}"
        data-cell=${index}
        style="background:${colour};color:${inkOn(colour)}"
        aria-pressed=${on ? 'true' : 'false'}
        aria-label=${`${label ? biText(label, this.language) : ''}: ${n(count(index))} ${this.unitsLabel}`}
        @click=${() => this.emit('atlas-filter', index)}
      >
        ${n(count(index))}
      </button>`;
    };
    return html`
      <h2>
        ${bi({ vi: `${layerLabel(x.layer).vi} × ${layerLabel(y.layer).vi}`, en: `${layerLabel(x.layer).en} × ${layerLabel(y.layer).en}` }, this.language)}
      </h2>
      <p class="meta">
        ${bi({ vi: `Năm ${view.period} — mỗi ${this.unitsLabel.toLowerCase()} tô theo cặp nhóm của hai chỉ tiêu`, en: `${view.period} — each unit coloured by its pair of thirds` }, this.language)}
      </p>
      <div
        class="grid"
        role="group"
        aria-label=${biText({ vi: 'Chú giải hai biến, chọn một ô để lọc', en: 'Bivariate legend, pick a cell to filter' }, this.language)}
      >
        ${[2, 1, 0].map(
          (row) =>
            html`<span class="row-label">${yThirds[row]}</span>
              ${[0, 1, 2].map((col) => cell(col + 3 * row, BIVARIATE_COLOURS[row]![col]!))}`,
        )}
        <span></span>
        ${xThirds.map((t) => html`<span class="col-label">${t}</span>`)}
      </div>
      <p class="axis">
        → ${bi(layerLabel(x.layer), this.language)} (${bi(method(x), this.language)})<br />
        ↑ ${bi(layerLabel(y.layer), this.language)} (${bi(method(y), this.language)})
      </p>
      <button
        class="cell no-data ${!filter.has(NO_DATA_CLASS) && filter.size > 0 ? 'off' : ''}"
        data-cell="no-data"
        style="background:#f2f2f2;height:auto;padding:2px 6px"
        aria-pressed=${filter.has(NO_DATA_CLASS) ? 'true' : 'false'}
        @click=${() => this.emit('atlas-filter', NO_DATA_CLASS)}
      >
        ${bi({ vi: 'Thiếu một trong hai số liệu', en: 'Either value missing' }, this.language)}:
        ${n(view.noDataCount)}
      </button>
      ${
        filter.size > 0
          ? html`<button id="bivariate-clear" @click=${() => this.emit('atlas-filter', null)}>
              ${bi({ vi: 'Bỏ lọc', en: 'Clear filter' }, this.language)}
            </button>`
          : nothing
      }
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'atlas-bivariate-legend': AtlasBivariateLegend;
  }
}
