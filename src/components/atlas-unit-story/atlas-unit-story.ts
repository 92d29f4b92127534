import { css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { storyPeriodName, type UnitStory } from '../../core/unit-story';
import { bi, biText, bilingualStyles } from '../shared/bilingual';
import { AtlasElement } from '../shared/atlas-element';
import { panelSectionStyles } from '../shared/panel-section-styles';
import { visuallyHiddenStyles } from '../shared/dialog-styles';
import { compactTableStyles } from '../shared/table-styles';

/**
 * A new commune's story across both programme periods, in one table: the
 * years before its own figures computed from its predecessors (marked ↺,
 * each measure's rule below), then its own results under the criteria set
 * of the period. A row per year, so a screen reader reads year by year.
 */
@customElement('atlas-unit-story')
export class AtlasUnitStory extends AtlasElement {
  static override styles = [
    bilingualStyles,
    panelSectionStyles,
    compactTableStyles,
    visuallyHiddenStyles,
    css`
      th[scope='rowgroup'] {
        background: var(--atlas-surface-muted, #f3f5f7);
        font-weight: 600;
      }
      td.computed {
        font-style: italic;
        color: var(--atlas-ink-strong);
      }
      tr.current th[scope='row'] {
        text-decoration: underline;
      }
      .rules {
        margin: 4px 0;
        padding-left: 16px;
        color: var(--atlas-ink-strong);
      }
    `,
  ];

  @property({ attribute: false }) story: UnitStory | null = null;
  @property() unitName = '';
  /** The year on the map, marked in the table. */
  @property() period: string | null = null;

  override render() {
    const { story } = this;
    if (!story || story.years.length === 0) return nothing;
    const groups = [...new Set(story.years.map((y) => y.programme))];
    return html`
      <h3 id="story-heading">
        ${bi({ vi: 'Qua hai giai đoạn', en: 'Across both periods' }, this.language)}
      </h3>
      <table aria-labelledby="story-heading">
        <caption class="visually-hidden">
          ${biText({ vi: `Kết quả của ${this.unitName} theo năm; ↺ là tính lại từ đơn vị cũ`, en: `Results of ${this.unitName} by year; ↺ computed from the old units` }, this.language)}
        </caption>
        <thead>
          <tr>
            <th scope="col">${bi({ vi: 'Năm', en: 'Year' }, this.language)}</th>
            ${story.columns.map((c) => html`<th scope="col">${bi(c, this.language)}</th>`)}
          </tr>
        </thead>
        ${groups.map(
          (programme) =>
            html`<tbody>
              <tr>
                <th scope="rowgroup" colspan=${story.columns.length + 1}>
                  ${bi(storyPeriodName(programme), this.language)}
                </th>
              </tr>
              ${story.years
                .filter((y) => y.programme === programme)
                .map(
                  (year) =>
                    html`<tr
                      data-year=${year.period}
                      class=${year.period === this.period ? 'current' : ''}
                    >
                      <th scope="row">${year.period}</th>
                      ${year.cells.map(
                        (cell) =>
                          html`<td
                            class=${cell.computed ? 'computed' : ''}
                            data-indicator=${cell.indicator ?? ''}
                            title=${biText(cell.full, this.language)}
                          >
                            ${bi(cell.text, this.language)}${cell.computed ? ' ↺' : ''}
                          </td>`,
                      )}
                    </tr>`,
                )}
            </tbody>`,
        )}
      </table>
      ${
        story.rules.length > 0
          ? html`<ul
              class="rules"
              aria-label=${biText({ vi: 'Cách tính lại', en: 'How the years were computed' }, this.language)}
            >
              ${story.rules.map((r) => html`<li>↺ ${bi(r.label, this.language)}: ${bi(r.rule, this.language)}</li>`)}
            </ul>`
          : nothing
      }
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'atlas-unit-story': AtlasUnitStory;
  }
}
