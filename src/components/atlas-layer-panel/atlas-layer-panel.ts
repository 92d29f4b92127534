import { css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { PROGRAMS } from '../../core/catalogue';
import { layerBase, layerGroup, layerKey, layerLabel, type Layer } from '../../core/layer';
import { foldVietnamese, type BilingualText } from '../../core/text';
import { bi, bilingualStyles, biText } from '../shared/bilingual';
import { AtlasElement } from '../shared/atlas-element';

/** The one-line definition under each layer's name. */
function definitionOf(layer: Layer): BilingualText | undefined {
  if (layer.share && layer.count) {
    return {
      vi: `Số ${layer.indicator.baseLevel === 'district' ? 'huyện' : 'xã'} thuộc nhóm này; cộng dồn.`,
      en: `Number of ${layer.indicator.baseLevel === 'district' ? 'districts' : 'communes'} in the group; summed.`,
    };
  }
  const base = layerBase(layer);
  if (base) return { vi: `Tỷ lệ %, ${base.vi}.`, en: `Percentage, ${base.en}.` };
  return layer.indicator.description;
}

/**
 * The catalogue as a layer list: indicators grouped by programme, each with
 * its Vietnamese and English name and a one-line definition, picked with a
 * radio button (arrow keys move through the list). A filter box narrows the
 * list, ignoring diacritics.
 *
 * @event atlas-layer - detail is the layer key chosen.
 */
@customElement('atlas-layer-panel')
export class AtlasLayerPanel extends AtlasElement {
  static override styles = [
    bilingualStyles,
    css`
      :host {
        display: block;
        font-size: 13px;
      }
      h2 {
        font-size: 14px;
        margin: 0 0 6px;
      }
      input[type='search'] {
        width: 100%;
        box-sizing: border-box;
        font: inherit;
        padding: 4px 6px;
        margin-bottom: 6px;
      }
      fieldset {
        border: none;
        border-top: 1px solid var(--atlas-line);
        margin: 0;
        padding: 6px 0;
      }
      legend {
        font-weight: 600;
        padding: 0;
        color: var(--atlas-ink-strong);
      }
      label {
        display: grid;
        grid-template-columns: 18px 1fr;
        gap: 0 4px;
        padding: 3px 2px;
        border-radius: 3px;
        cursor: pointer;
      }
      label:hover {
        background: #f0f4f8;
      }
      label.current {
        background: #e3edf8;
      }
      input[type='radio'] {
        margin: 2px 0 0;
      }
      .definition {
        grid-column: 2;
        color: var(--atlas-ink-muted);
        font-size: 11.5px;
        line-height: 1.3;
      }
      details {
        margin: 2px 0 2px 4px;
      }
      summary {
        cursor: pointer;
        color: var(--atlas-link);
        font-size: 12px;
      }
      .empty {
        color: var(--atlas-ink-muted);
      }
    `,
  ];

  @property({ attribute: false }) layers: readonly Layer[] = [];
  @property() current = '';
  @state() private query = '';

  override render() {
    const q = foldVietnamese(this.query.trim());
    const matches = (layer: Layer) => {
      if (!q) return true;
      const label = layerLabel(layer);
      return foldVietnamese(`${label.vi} ${label.en} ${layer.indicator.id}`).includes(q);
    };
    const shown = this.layers.filter(matches);
    const programs = [...new Set(shown.map((l) => l.indicator.program))];
    return html`
      <h2>${bi({ vi: 'Lớp chỉ tiêu', en: 'Indicator layers' }, this.language)}</h2>
      <input
        type="search"
        id="layer-filter"
        placeholder=${biText({ vi: 'Lọc chỉ tiêu…', en: 'Filter…' }, this.language)}
        aria-label=${biText({ vi: 'Lọc danh sách chỉ tiêu', en: 'Filter the indicator list' }, this.language)}
        .value=${this.query}
        @input=${(e: Event) => (this.query = (e.target as HTMLInputElement).value)}
      />
      ${
        this.layers.length === 0
          ? html`<p class="empty">
              ${bi({ vi: 'Chưa có tệp chỉ tiêu: nhập một tệp để chọn lớp', en: 'No indicator file: import one to pick a layer' }, this.language)}
            </p>`
          : shown.length === 0
            ? html`<p class="empty">
                ${bi({ vi: 'Không có chỉ tiêu phù hợp', en: 'No matching indicator' }, this.language)}
              </p>`
            : nothing
      }
      ${programs.map((program) => {
        const own = shown.filter((l) => l.indicator.program === program);
        const main = own.filter((l) => layerGroup(l) === 'main');
        // A folded group opens when it holds the layer shown or the filter is in use.
        const folded = (
          group: ReturnType<typeof layerGroup>,
          title: (n: number) => BilingualText,
        ) => {
          const layers = own.filter((l) => layerGroup(l) === group);
          if (layers.length === 0) return nothing;
          const open = q !== '' || layers.some((l) => layerKey(l) === this.current);
          return html`<details ?open=${open}>
            <summary>${bi(title(layers.length), this.language)}</summary>
            ${layers.map((l) => this.renderLayer(l))}
          </details>`;
        };
        return html`<fieldset data-program=${program}>
          <legend>${bi(PROGRAMS[program] ?? PROGRAMS.other!, this.language)}</legend>
          ${main.map((l) => this.renderLayer(l))}
          ${folded('criteria', (n) => ({ vi: `Từng tiêu chí (${n})`, en: `Each criterion (${n})` }))}
          ${folded('indicators', (n) => ({ vi: `Từng chỉ tiêu (${n})`, en: `Each indicator (${n})` }))}
          ${folded('funds-parts', () => ({ vi: 'Theo nguồn và loại vốn', en: 'By source and type' }))}
        </fieldset>`;
      })}
    `;
  }

  private renderLayer(layer: Layer) {
    const key = layerKey(layer);
    const definition = definitionOf(layer);
    const current = key === this.current;
    return html`<label class=${current ? 'current' : ''} data-layer=${key}>
      <input
        type="radio"
        name="layer"
        .value=${key}
        .checked=${current}
        @change=${() => this.emit('atlas-layer', key)}
      />
      <span>${bi(layerLabel(layer), this.language)}</span>
      ${definition ? html`<span class="definition">${bi(definition, this.language)}</span>` : nothing}
    </label>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'atlas-layer-panel': AtlasLayerPanel;
  }
}
