import { css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Classification } from '../../core/classify';
import { formatNumber } from '../../core/format';
import type { Layer } from '../../core/layer';
import { legendText, type LegendInput, type LegendRow } from '../../core/legend-text';
import type { Vintage } from '../../core/units';
import { NO_DATA_CLASS, type ClassCount, type MapView } from '../../core/map-view';
import { NO_DATA_BACKGROUND, NO_DATA_COLOR } from '../../core/palette';
import type { BilingualText } from '../../core/text';
import { bi, biText, bilingualStyles, SYNTHETIC_LABEL } from '../shared/bilingual';
import { AtlasElement } from '../shared/atlas-element';
import { safeColour } from '../../core/css-colour';

/**
 * The map's key: one row per class with its colour, range and number of units,
 * then "no data" drawn as the same hatch as on the map. States the period (or
 * the two periods of a change), the unit, the base of a share, how the classes
 * were cut, the policy they stand for, and the source. Each row is a button:
 * click or Enter filters the map and table to that class (classes are not
 * recomputed); hovering or focusing it highlights its units.
 *
 * @event atlas-filter - detail is the class index toggled, or null to clear.
 * @event atlas-emphasize - detail is the class index hovered, or null.
 */
@customElement('atlas-legend')
export class AtlasLegend extends AtlasElement {
  static override styles = [
    bilingualStyles,
    css`
      :host {
        display: block;
        font-size: 13px;
      }
      h2 {
        font-size: 1.1em;
        margin: 0 0 4px;
      }
      .meta {
        color: var(--atlas-ink-muted);
        margin: 0 0 6px;
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      li button,
      li .row {
        display: grid;
        grid-template-columns: 22px 1fr auto;
        gap: 6px;
        align-items: center;
        width: 100%;
        padding: 2px 4px;
        font: inherit;
        text-align: left;
        background: none;
        border: 1px solid transparent;
        border-radius: 3px;
        cursor: pointer;
      }
      li button:hover,
      li button:focus-visible {
        border-color: var(--atlas-line-strong);
      }
      li button.on {
        background: #e3edf8;
        border-color: var(--atlas-ink-strong);
        font-weight: 600;
      }
      li button.off {
        opacity: 0.45;
      }
      .note,
      .series-break,
      .recomputed {
        background: #fff8e1;
        border-left: 3px solid #e0a800;
        padding: 3px 6px;
        margin: 0 0 6px;
      }
      .link {
        font: inherit;
        font-size: 12px;
        background: none;
        border: none;
        color: var(--atlas-link);
        text-decoration: underline;
        cursor: pointer;
        padding: 2px 0;
      }
      .method,
      .policy {
        margin-top: 6px;
      }
      .policy {
        color: var(--atlas-ink-strong);
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
        background: var(--atlas-caution-bg);
        border: 1px solid var(--atlas-caution-line);
        border-radius: 3px;
      }
    `,
  ];

  @property({ attribute: false }) layer: Layer | null = null;
  @property({ attribute: false }) classification: Classification | null = null;
  @property({ attribute: false }) counts: readonly ClassCount[] = [];
  @property({ type: Number }) noDataCount = 0;
  @property() period: string | null = null;
  /** When the map shows a change: the period compared with. */
  @property() compare: string | null = null;
  @property({ attribute: false }) unitsLabel: BilingualText = { vi: 'đơn vị', en: 'units' };
  @property({ attribute: false }) source: BilingualText | null = null;
  @property({ type: Boolean }) synthetic = false;
  /** The boundary vintage the values are on: a code means nothing without it. */
  @property() vintage: Vintage | null = null;
  /** Classes picked to filter by (NO_DATA_CLASS for "no data"). */
  @property({ attribute: false }) filter: ReadonlySet<number> = new Set();
  @property({ attribute: false }) basis: MapView['classBasis'] = null;
  /** True when the values shown are aggregated from the units below (the rule is then said). */
  @property({ type: Boolean }) aggregated = false;
  /** Said once after the level changed and breaks were computed again. */
  @property({ attribute: false }) note: BilingualText | null = null;
  /** How the values were computed, when not the layer's own aggregation (re-aggregated old results). */
  @property({ attribute: false }) rule: BilingualText | null = null;
  /** Years computed from the old units' results, said above the classes. */
  @property({ attribute: false }) recomputed: LegendInput['recomputed'] = null;
  /** A legend that only reads: no filter to pick (the right-hand map of the side-by-side view). */
  @property({ type: Boolean }) passive = false;

  override render() {
    const { layer, classification } = this;
    if (!layer || !classification)
      return html`<p>${bi({ vi: 'Chưa có chỉ tiêu', en: 'No indicator' }, this.language)}</p>`;
    const text = legendText({
      layer,
      classification,
      counts: this.counts,
      noDataCount: this.noDataCount,
      period: this.period,
      compare: this.compare,
      vintage: this.vintage,
      source: this.source,
      basis: this.basis,
      aggregated: this.aggregated,
      rule: this.rule,
      recomputed: this.recomputed,
    });
    const hatch = `repeating-linear-gradient(45deg, ${NO_DATA_COLOR} 0 2px, ${NO_DATA_BACKGROUND} 2px 6px)`;
    const filtering = this.filter.size > 0;
    const row = ({ index, color, label, count }: LegendRow) => {
      const on = this.filter.has(index);
      const content = html`<span
          class="swatch"
          style="background:${safeColour(color) ?? hatch}"
        ></span>
        <span class="label">${bi(label, this.language)}</span>
        <span
          class="count"
          title=${biText({ vi: `số ${this.unitsLabel.vi.toLowerCase()}`, en: `${this.unitsLabel.en.toLowerCase()}s` }, this.language)}
          >${formatNumber(count, this.locale, 0)}</span
        >`;
      if (this.passive) {
        return html`<li data-class=${index === NO_DATA_CLASS ? 'no-data' : index}>
          <span class="row">${content}</span>
        </li>`;
      }
      return html`<li data-class=${index === NO_DATA_CLASS ? 'no-data' : index}>
        <button
          class=${on ? 'on' : filtering ? 'off' : ''}
          aria-pressed=${on ? 'true' : 'false'}
          title=${biText({ vi: 'Chọn để lọc', en: 'Click to filter' }, this.language)}
          @click=${() => this.emit('atlas-filter', index)}
          @mouseenter=${() => this.emit('atlas-emphasize', index)}
          @mouseleave=${() => this.emit('atlas-emphasize', null)}
          @focus=${() => this.emit('atlas-emphasize', index)}
          @blur=${() => this.emit('atlas-emphasize', null)}
        >
          ${content}
        </button>
      </li>`;
    };
    const line = (part: BilingualText | null, className: string) =>
      part ? html`<br /><span class=${className}>${bi(part, this.language)}</span>` : nothing;
    return html`
      <h2>${bi(text.title, this.language)}</h2>
      <p class="meta">
        ${text.period ? bi(text.period, this.language) : nothing}
        ${text.unit ? html` — ${bi(text.unit, this.language)}` : nothing}
        ${line(text.programme, 'programme')} ${line(text.vintage, 'vintage')}
        ${line(text.base, 'base')} ${line(text.rule, 'rule')}
      </p>
      ${text.recomputed ? html`<p class="recomputed" id="legend-recomputed" role="note">${bi(text.recomputed, this.language)}</p>` : nothing}
      ${text.seriesBreak ? html`<p class="series-break" role="note">${bi(text.seriesBreak, this.language)}</p>` : nothing}
      ${this.note ? html`<p class="note" role="status">${bi(this.note, this.language)}</p>` : nothing}
      <ul
        aria-label=${biText(this.passive ? { vi: 'Chú giải', en: 'Legend' } : { vi: 'Chú giải, chọn một lớp để lọc', en: 'Legend, pick a class to filter' }, this.language)}
      >
        ${text.rows.map(row)}
      </ul>
      ${
        filtering
          ? html`<button
              id="filter-clear"
              class="link"
              @click=${() => this.emit('atlas-filter', null)}
            >
              ${bi({ vi: 'Bỏ lọc, hiện mọi lớp', en: 'Clear the filter' }, this.language)}
            </button>`
          : nothing
      }
      <p class="meta method">${bi(text.method, this.language)}</p>
      ${text.policy ? html`<p class="meta policy">${bi(text.policy, this.language)}</p>` : nothing}
      ${text.source ? html`<p class="meta">${bi(text.source, this.language)}</p>` : nothing}
      ${this.synthetic ? html`<span class="synthetic">${bi(SYNTHETIC_LABEL, this.language)}</span>` : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'atlas-legend': AtlasLegend;
  }
}
