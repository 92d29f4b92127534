import { css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { PROGRAMME_PERIOD_NAMES } from '../../core/programme-period';
import type { TargetView } from '../../core/targets';
import { bi, biText, bilingualStyles } from '../shared/bilingual';
import { AtlasElement } from '../shared/atlas-element';
import { panelSectionStyles } from '../shared/panel-section-styles';
import { compactTableStyles } from '../shared/table-styles';

/**
 * The targets of the programme period of the year shown, for the area
 * shown: each with the area's figure (numerator, denominator), and the gap
 * ("còn thiếu 40 xã để đạt 65%"). Drawn from {@link TargetView}; computes nothing.
 */
@customElement('atlas-targets')
export class AtlasTargets extends AtlasElement {
  static override styles = [
    bilingualStyles,
    panelSectionStyles,
    compactTableStyles,
    css`
      td.met {
        color: var(--atlas-ok-ink, #1f5f2f);
      }
      td.short {
        color: var(--atlas-warning-ink, #8a4b00);
      }
    `,
  ];

  @property({ attribute: false }) view: TargetView | null = null;
  /** The area's name, or null for the whole map. */
  @property({ attribute: false }) areaName: string | null = null;

  override render() {
    const view = this.view;
    if (!view) return nothing;
    const period = PROGRAMME_PERIOD_NAMES[view.period];
    const area = this.areaName ?? biText({ vi: 'toàn vùng', en: 'whole map' }, this.language);
    const title = {
      vi: `Mục tiêu ${period.vi} — ${area}, năm ${view.year}`,
      en: `Targets of the ${period.en} — ${area}, ${view.year}`,
    };
    return html`<section id="targets" aria-labelledby="targets-title">
      <h3 id="targets-title">${bi(title, this.language)}</h3>
      <table>
        <thead>
          <tr>
            <th scope="col">${bi({ vi: 'Mục tiêu', en: 'Target' }, this.language)}</th>
            <th scope="col">${bi({ vi: 'Hiện nay', en: 'Now' }, this.language)}</th>
            <th scope="col">${bi({ vi: 'Còn thiếu', en: 'Gap' }, this.language)}</th>
          </tr>
        </thead>
        <tbody>
          ${view.rows.map(
            (row) =>
              html`<tr data-target=${row.id}>
                <th scope="row">${bi(row.target, this.language)}</th>
                <td>${row.figure ? bi(row.figure, this.language) : '—'}</td>
                <td class=${row.met === true ? 'met' : row.met === false ? 'short' : ''}>
                  ${bi(row.gap, this.language)}
                </td>
              </tr>`,
          )}
        </tbody>
      </table>
    </section>`;
  }
}
