import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Hierarchy } from '../../core/hierarchy';
import { buildSearchIndex, searchUnits, type SearchEntry } from '../../core/search';
import type { Unit } from '../../core/units';
import { biText, LEVEL_LABELS } from '../shared/bilingual';

/**
 * Finds a unit by name, ignoring diacritics, case and type words ("mong cai"
 * finds "Móng Cái"), or by code. An ARIA combobox: arrows move, Enter picks,
 * Escape clears.
 *
 * @event atlas-pick - detail is the code of the unit picked.
 */
@customElement('atlas-search')
export class AtlasSearch extends LitElement {
  static override styles = css`
    :host {
      display: block;
      position: relative;
      font-size: 13px;
    }
    input {
      width: 100%;
      box-sizing: border-box;
      font: inherit;
      padding: 5px 8px;
    }
    ul {
      position: absolute;
      z-index: 10;
      left: 0;
      right: 0;
      margin: 2px 0 0;
      padding: 0;
      list-style: none;
      background: white;
      border: 1px solid #b8c2cc;
      max-height: 320px;
      overflow: auto;
      box-shadow: 0 4px 10px rgba(0, 0, 0, 0.15);
    }
    li {
      padding: 4px 8px;
      cursor: pointer;
    }
    li[aria-selected='true'] {
      background: #dbe9f6;
    }
    .where {
      color: #5b6470;
      font-size: 12px;
    }
  `;

  @property({ attribute: false }) hierarchy: Hierarchy | null = null;
  @state() private query = '';
  @state() private active = 0;
  private index: SearchEntry[] = [];
  private indexed: Hierarchy | null = null;

  private results(): Unit[] {
    if (this.hierarchy !== this.indexed) {
      this.indexed = this.hierarchy;
      this.index = this.hierarchy ? buildSearchIndex(this.hierarchy.units.values()) : [];
    }
    return searchUnits(this.index, this.query);
  }

  override render() {
    const results = this.results();
    const open = this.query.trim() !== '';
    return html`
      <input
        type="search"
        role="combobox"
        aria-label="Tìm đơn vị theo tên hoặc mã / Find a unit by name or code"
        placeholder="Tìm xã, huyện, tỉnh… / Find a unit…"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls="results"
        aria-autocomplete="list"
        aria-activedescendant=${open && results.length ? `result-${this.active}` : ''}
        .value=${this.query}
        @input=${(e: Event) => {
          this.query = (e.target as HTMLInputElement).value;
          this.active = 0;
        }}
        @keydown=${(e: KeyboardEvent) => this.onKey(e, results)}
      />
      ${
        open
          ? html`<ul id="results" role="listbox" aria-label="Kết quả / Results">
              ${
                results.length === 0
                  ? html`<li role="option" aria-disabled="true">Không tìm thấy / Nothing found</li>`
                  : results.map(
                      (unit, i) =>
                        html`<li
                          id="result-${i}"
                          role="option"
                          aria-selected=${i === this.active ? 'true' : 'false'}
                          @mousedown=${(e: Event) => {
                            e.preventDefault();
                            this.pick(unit);
                          }}
                        >
                          ${unit.name}
                          <span class="where">${this.where(unit)}</span>
                        </li>`,
                    )
              }
            </ul>`
          : nothing
      }
    `;
  }

  private where(unit: Unit): string {
    const parent = unit.parent ? this.hierarchy?.units.get(unit.parent) : undefined;
    return `${biText(LEVEL_LABELS[unit.level])}${parent ? ` · ${parent.name}` : ''} · ${unit.code}`;
  }

  private onKey(event: KeyboardEvent, results: Unit[]) {
    if (event.key === 'ArrowDown') {
      this.active = Math.min(results.length - 1, this.active + 1);
      event.preventDefault();
    } else if (event.key === 'ArrowUp') {
      this.active = Math.max(0, this.active - 1);
      event.preventDefault();
    } else if (event.key === 'Enter') {
      const unit = results[this.active];
      if (unit) this.pick(unit);
    } else if (event.key === 'Escape') {
      this.query = '';
    }
  }

  private pick(unit: Unit) {
    this.query = '';
    this.dispatchEvent(
      new CustomEvent('atlas-pick', { detail: unit.code, bubbles: true, composed: true }),
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'atlas-search': AtlasSearch;
  }
}
