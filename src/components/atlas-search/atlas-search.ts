import { css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import {
  linkCoverageText,
  successorsOf,
  type Crosswalk,
  type CrosswalkLink,
} from '../../core/crosswalk';
import type { Hierarchy } from '../../core/hierarchy';
import { buildSearchIndex, searchUnits, type SearchEntry } from '../../core/search';
import type { Unit } from '../../core/units';
import { biText, LEVEL_LABELS } from '../shared/bilingual';
import { AtlasElement } from '../shared/atlas-element';

/** A unit found: one of the map's, or a former unit and the new unit it went (partly) into. */
type Result =
  | { readonly kind: 'unit'; readonly unit: Unit }
  | {
      readonly kind: 'former';
      readonly former: Unit;
      readonly link: CrosswalkLink;
      readonly successor: Unit;
    };

/** Former units listed at most, after the map's own. */
const MAX_FORMER = 8;

/**
 * Finds a unit by name, ignoring diacritics, case and type words ("mong cai"
 * finds "Móng Cái"), or by code. An ARIA combobox: arrows move, Enter picks,
 * Escape clears. With a crosswalk and the former geography, it also answers
 * "where did my old commune go?": an old name or code lists the new unit(s)
 * it became part of, and picking one goes there.
 *
 * @event atlas-pick - detail is the code of the unit picked.
 * @event atlas-search-focus - the box got focus (the former geography may be read then).
 */
@customElement('atlas-search')
export class AtlasSearch extends AtlasElement {
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
      color: var(--atlas-ink-muted);
      font-size: 12px;
    }
  `;

  @property({ attribute: false }) hierarchy: Hierarchy | null = null;
  /** The geography before the reform, and the links from it to `hierarchy`'s units. */
  @property({ attribute: false }) formerHierarchy: Hierarchy | null = null;
  @property({ attribute: false }) crosswalk: Crosswalk | null = null;
  @state() private query = '';
  @state() private active = 0;
  private index: SearchEntry[] = [];
  private indexed: Hierarchy | null = null;
  private formerIndex: SearchEntry[] = [];
  private formerIndexed: Hierarchy | null = null;

  private results(): Result[] {
    // The index is made on the first letter typed, not with the map: 100,000 names take ~150 ms to fold.
    if (this.query.trim() === '') return [];
    if (this.hierarchy !== this.indexed) {
      this.indexed = this.hierarchy;
      this.index = this.hierarchy ? buildSearchIndex(this.hierarchy.units.values()) : [];
    }
    const own: Result[] = searchUnits(this.index, this.query).map((unit) => ({
      kind: 'unit',
      unit,
    }));
    const { crosswalk, formerHierarchy, hierarchy } = this;
    if (!crosswalk || !formerHierarchy || !hierarchy || hierarchy.vintage !== crosswalk.to) {
      return own;
    }
    if (formerHierarchy !== this.formerIndexed) {
      this.formerIndexed = formerHierarchy;
      this.formerIndex = buildSearchIndex(
        [...formerHierarchy.units.values()].filter((u) => crosswalk.successors.has(u.code)),
      );
    }
    const former: Result[] = [];
    for (const unit of searchUnits(this.formerIndex, this.query, MAX_FORMER)) {
      for (const link of successorsOf(crosswalk, unit.code)) {
        const successor = hierarchy.units.get(link.to);
        if (successor) former.push({ kind: 'former', former: unit, link, successor });
      }
    }
    return [...own, ...former.slice(0, MAX_FORMER)];
  }

  override render() {
    const results = this.results();
    const open = this.query.trim() !== '';
    return html`
      <input
        type="search"
        role="combobox"
        aria-label=${biText({ vi: 'Tìm đơn vị theo tên hoặc mã', en: 'Find a unit by name or code' }, this.language)}
        placeholder=${biText({ vi: 'Tìm xã, huyện, tỉnh…', en: 'Find a unit…' }, this.language)}
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
        @focus=${() => this.emit('atlas-search-focus', null)}
      />
      ${
        open
          ? html`<ul
              id="results"
              role="listbox"
              aria-label=${biText({ vi: 'Kết quả', en: 'Results' }, this.language)}
            >
              ${
                results.length === 0
                  ? html`<li role="option" aria-disabled="true">
                      ${biText({ vi: 'Không tìm thấy', en: 'Nothing found' }, this.language)}
                    </li>`
                  : results.map(
                      (result, i) =>
                        html`<li
                          id="result-${i}"
                          role="option"
                          class=${result.kind}
                          aria-selected=${i === this.active ? 'true' : 'false'}
                          @mousedown=${(e: Event) => {
                            e.preventDefault();
                            this.pick(result);
                          }}
                        >
                          ${this.renderResult(result)}
                        </li>`,
                    )
              }
            </ul>`
          : nothing
      }
    `;
  }

  private renderResult(result: Result) {
    if (result.kind === 'unit') {
      return html`${result.unit.name} <span class="where">${this.where(result.unit)}</span>`;
    }
    const { former, link, successor } = result;
    const part = linkCoverageText(link);
    return html`${former.name}
      <span class="where"
        >${biText({ vi: `trước 1/7/2025 · ${former.code}`, en: `before 1 Jul 2025 · ${former.code}` }, this.language)}</span
      >
      → ${successor.name}
      <span class="where">${successor.code} · ${biText(part, this.language)}</span>`;
  }

  private where(unit: Unit): string {
    const parent = unit.parent ? this.hierarchy?.units.get(unit.parent) : undefined;
    return `${biText(LEVEL_LABELS[unit.level], this.language)}${parent ? ` · ${parent.name}` : ''} · ${unit.code}`;
  }

  private onKey(event: KeyboardEvent, results: Result[]) {
    if (event.key === 'ArrowDown') {
      this.active = Math.min(results.length - 1, this.active + 1);
      event.preventDefault();
    } else if (event.key === 'ArrowUp') {
      this.active = Math.max(0, this.active - 1);
      event.preventDefault();
    } else if (event.key === 'Enter') {
      const result = results[this.active];
      if (result) this.pick(result);
    } else if (event.key === 'Escape') {
      this.query = '';
    }
  }

  private pick(result: Result) {
    this.query = '';
    const code = result.kind === 'unit' ? result.unit.code : result.successor.code;
    this.emit('atlas-pick', code);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'atlas-search': AtlasSearch;
  }
}
