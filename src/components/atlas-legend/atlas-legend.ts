import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Classification } from '../../core/classify';
import { formatNumber, noDataText } from '../../core/format';
import type { Layer } from '../../core/layer';
import type { ClassCount } from '../../core/map-view';
import { NO_DATA_BACKGROUND, NO_DATA_COLOR } from '../../core/palette';
import type { BilingualText } from '../../core/text';
import { bi, bilingualStyles, SYNTHETIC_LABEL } from '../shared/bilingual';

/**
 * The map's key: one row per class with its colour, range and number of units,
 * then "no data" drawn as the same hatch as on the map. States the period, the
 * base of a share, and the source.
 */
@customElement('atlas-legend')
export class AtlasLegend extends LitElement {
  static override styles = [
    bilingualStyles,
    css`
      :host {
        display: block;
        font-size: 13px;
      }
      h2 {
        font-size: 14px;
        margin: 0 0 4px;
      }
      .meta {
        color: #5b6470;
        margin: 0 0 6px;
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      li {
        display: grid;
        grid-template-columns: 22px 1fr auto;
        gap: 6px;
        align-items: center;
        padding: 2px 0;
      }
      .swatch {
        width: 20px;
        height: 14px;
        border: 1px solid rgba(0, 0, 0, 0.25);
      }
      .count {
        font-variant-numeric: tabular-nums;
        color: #333;
      }
      .synthetic {
        display: inline-block;
        margin-top: 6px;
        padding: 1px 6px;
        background: #fff3cd;
        border: 1px solid #e0c36a;
        border-radius: 3px;
      }
    `,
  ];

  @property({ attribute: false }) layer: Layer | null = null;
  @property({ attribute: false }) classification: Classification | null = null;
  @property({ attribute: false }) counts: readonly ClassCount[] = [];
  @property({ type: Number }) noDataCount = 0;
  @property() period: string | null = null;
  @property({ attribute: false }) unitsLabel: BilingualText = { vi: 'đơn vị', en: 'units' };
  @property({ attribute: false }) source: BilingualText | null = null;
  @property({ type: Boolean }) synthetic = false;

  override render() {
    const { layer, classification } = this;
    if (!layer || !classification)
      return html`<p>${bi({ vi: 'Chưa có chỉ tiêu', en: 'No indicator' })}</p>`;
    const title = layer.share?.label ?? layer.indicator.label;
    const unit = layer.share ? { vi: '%', en: '%' } : layer.indicator.unit;
    const hatch = `repeating-linear-gradient(45deg, ${NO_DATA_COLOR} 0 2px, ${NO_DATA_BACKGROUND} 2px 6px)`;
    return html`
      <h2>${bi(title)}</h2>
      <p class="meta">
        ${this.period ? html`${bi({ vi: 'Năm', en: 'Year' })} ${this.period}` : nothing}
        ${unit ? html` — ${bi({ vi: `đơn vị: ${unit.vi}`, en: `unit: ${unit.en}` })}` : nothing}
        ${layer.share ? html`<br />${bi(layer.share.baseLabel)}` : nothing}
      </p>
      <ul aria-label="Chú giải / Legend">
        ${classification.classes.map(
          (c) =>
            html`<li data-class=${c.index}>
              <span class="swatch" style="background:${c.color}"></span>
              <span>${bi(c.label)}</span>
              <span class="count" title="số ${this.unitsLabel.vi} / ${this.unitsLabel.en}"
                >${formatNumber(this.counts.find((k) => k.index === c.index)?.count ?? 0, 'vi', 0)}</span
              >
            </li>`,
        )}
        <li data-class="no-data">
          <span class="swatch" style="background:${hatch}"></span>
          <span>${bi({ vi: 'Không có dữ liệu', en: 'No data' })}</span>
          <span class="count" title=${noDataText('vi')}
            >${formatNumber(this.noDataCount, 'vi', 0)}</span
          >
        </li>
      </ul>
      ${this.source ? html`<p class="meta">${bi({ vi: `Nguồn: ${this.source.vi}`, en: `Source: ${this.source.en}` })}</p>` : nothing}
      ${this.synthetic ? html`<span class="synthetic">${bi(SYNTHETIC_LABEL)}</span>` : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'atlas-legend': AtlasLegend;
  }
}
