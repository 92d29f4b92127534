import { css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Hierarchy } from '../../core/hierarchy';
import { describePlace } from '../../core/name-match';
import type { AmbiguousRow } from '../../core/table-import';
import type { UnitCode } from '../../core/units';
import { bi, biText, bilingualStyles } from '../shared/bilingual';
import { AtlasElement } from '../shared/atlas-element';

/** "none" = the user says none of the candidates is the row's unit. */
const NONE = 'none';

/**
 * Rows whose name fits several units ("Xã Tân Lập" with no district given):
 * the user picks the right one for each, or none. A name alone is never
 * trusted to choose.
 */
@customElement('atlas-name-choices')
export class AtlasNameChoices extends AtlasElement {
  static override styles = [
    bilingualStyles,
    css`
      :host {
        display: block;
      }
      ol {
        max-height: 46vh;
        overflow: auto;
        padding-left: 22px;
      }
      li {
        margin: 6px 0;
      }
      select {
        font: inherit;
        max-width: 100%;
      }
    `,
  ];

  @property({ attribute: false }) rows: readonly AmbiguousRow[] = [];
  @property({ attribute: false }) hierarchy: Hierarchy | null = null;
  @state() private chosen = new Map<number, UnitCode | null>();

  /** The user's choices; rows left unchosen count as "none of these". */
  choices(): Map<number, UnitCode | null> {
    return new Map(this.rows.map((r) => [r.row, this.chosen.get(r.row) ?? null]));
  }

  override render() {
    const hierarchy = this.hierarchy;
    if (!hierarchy) return html``;
    return html`
      <p id="ambiguous-intro">
        ${bi(
          {
            vi: `${this.rows.length} dòng có tên trùng với nhiều đơn vị. Chọn đúng đơn vị cho từng dòng:`,
            en:
              this.rows.length === 1
                ? 'One row has a name that fits several units. Choose the right unit:'
                : `${this.rows.length} rows have a name that fits several units. Choose the right unit for each:`,
          },
          this.language,
        )}
      </p>
      <ol aria-labelledby="ambiguous-intro">
        ${this.rows.map(
          (r) =>
            html`<li>
              <label>
                ${bi({ vi: `Dòng ${r.row}`, en: `Row ${r.row}` }, this.language)}:
                <strong>${r.name}</strong>${
                  r.parentNames.length ? ` (${r.parentNames.join(', ')})` : ''
                }
                <br />
                <select
                  data-row=${r.row}
                  @change=${(e: Event) => {
                    const value = (e.target as HTMLSelectElement).value;
                    const next = new Map(this.chosen);
                    next.set(r.row, value === NONE ? null : (value as UnitCode));
                    this.chosen = next;
                  }}
                >
                  <option value=${NONE}>
                    — ${biText({ vi: 'Không phải đơn vị nào', en: 'None of these' }, this.language)}
                    —
                  </option>
                  ${r.candidates.map(
                    (code) =>
                      html`<option value=${code} .selected=${this.chosen.get(r.row) === code}>
                        ${describePlace(hierarchy, code)} (${code})
                      </option>`,
                  )}
                </select>
              </label>
            </li>`,
        )}
      </ol>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'atlas-name-choices': AtlasNameChoices;
  }
}
