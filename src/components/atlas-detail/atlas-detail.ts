import { css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { unitValue } from '../../core/aggregate';
import type { UnitBenchmarks } from '../../core/benchmarks';
import { describeBilingual } from '../../core/describe-value';
import type { Hierarchy } from '../../core/hierarchy';
import type { IndicatorDataset } from '../../core/indicator-file';
import type { Layer } from '../../core/layer';
import { layerGroup, layerLabel, layersAt } from '../../core/layer';
import { NTM_CRITERIA, NTM_CRITERIA_GROUPS, criterionId } from '../../core/ntm-criteria';
import {
  NTM_CRITERIA_2026,
  criterion2026Id,
  parseIndicator2026Id,
} from '../../core/ntm-criteria-2026';
import { PROGRAMME_PERIOD_LABELS, programmePeriodOf } from '../../core/programme-period';
import { PROGRAMS } from '../../core/catalogue';
import { levelsOf, type Unit, type UnitCode } from '../../core/units';
import { bi, biText, bilingualStyles, LEVEL_LABELS } from '../shared/bilingual';
import { AtlasElement } from '../shared/atlas-element';
import { visuallyHiddenStyles } from '../shared/dialog-styles';

/** Funds broken down by source and type: shown folded, the totals and rates stay visible. */

/**
 * The panel for one unit: its values for the period, each with its base; for
 * a commune the 19-criteria checklist, for a parent the aggregates.
 *
 * @event atlas-drill - the user asked to show the units below this one.
 * @event atlas-zoom - the user asked to fit the map to this unit.
 * @event atlas-close - the user closed the panel.
 */
@customElement('atlas-detail')
export class AtlasDetail extends AtlasElement {
  static override styles = [
    bilingualStyles,
    visuallyHiddenStyles,
    css`
      :host {
        display: block;
        font-size: 13px;
      }
      header {
        display: flex;
        justify-content: space-between;
        gap: 8px;
      }
      h2 {
        font-size: 16px;
        margin: 0;
        overflow-wrap: anywhere;
      }
      .code {
        color: var(--atlas-ink-muted);
      }
      dl {
        margin: 6px 0;
      }
      dt {
        font-weight: 600;
        margin-top: 6px;
      }
      dd {
        margin: 0 0 0 8px;
      }
      h3 {
        font-size: 13px;
        margin: 10px 0 2px;
        border-bottom: 1px solid var(--atlas-line);
      }
      ol {
        margin: 0;
        padding-left: 22px;
      }
      ul.indicators {
        margin: 0 0 2px;
        padding-left: 14px;
        list-style: none;
        font-size: 12px;
      }
      .met {
        color: #1b7837;
      }
      .unmet {
        color: #b2182b;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 6px;
        margin: 8px 0;
      }
      button {
        font: inherit;
        padding: 3px 8px;
        align-self: start;
      }
      h4 {
        margin: 6px 0 0;
        font-size: 12px;
      }
      .benchmarks ul {
        margin: 2px 0 4px;
        padding-left: 18px;
      }
      .shown-value {
        margin: 2px 0;
        font-weight: 600;
      }
    `,
  ];

  @property({ attribute: false }) unit: Unit | null = null;
  @property({ attribute: false }) hierarchy: Hierarchy | null = null;
  @property({ attribute: false }) indicators: IndicatorDataset | null = null;
  @property() period: string | null = null;
  /** The layer on the map: its value here beside the parent's units and the whole map. */
  @property({ attribute: false }) layer: Layer | null = null;
  @property({ attribute: false }) benchmarks: UnitBenchmarks | null = null;

  /** Moves the focus to the unit's name: after a search, the reader lands on what was found. */
  async focusHeading(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  override render() {
    const { unit, hierarchy } = this;
    if (!unit || !hierarchy) return nothing;
    const hasChildren = (hierarchy.children.get(unit.code)?.length ?? 0) > 0;
    return html`
      <header>
        <div>
          <h2 tabindex="-1">${unit.name}</h2>
          <div class="code">
            ${bi(LEVEL_LABELS[unit.level], this.language)} · ${unit.code} ·
            ${bi({ vi: `địa giới ${unit.vintage}`, en: `${unit.vintage} boundaries` }, this.language)}
          </div>
        </div>
        <button
          aria-label=${biText({ vi: 'Đóng', en: 'Close' }, this.language)}
          @click=${() => this.emit('atlas-close', null)}
        >
          ×
        </button>
      </header>
      <div class="actions">
        <button @click=${() => this.emit('atlas-zoom', unit.code)}>
          ${bi({ vi: 'Phóng tới', en: 'Zoom to' }, this.language)}
        </button>
        ${
          hasChildren
            ? html`<button @click=${() => this.emit('atlas-drill', unit.code)}>
                ${bi({ vi: 'Xem cấp dưới', en: 'Show units below' }, this.language)}
              </button>`
            : nothing
        }
      </div>
      ${this.renderBenchmarks()} ${this.renderValues(unit)}
    `;
  }

  /** The value on the map, then how it stands: beside the parent's units, the whole map, its rank. */
  private renderBenchmarks() {
    const { benchmarks, layer } = this;
    if (!benchmarks || !layer) return nothing;
    const lines = [benchmarks.parent?.text, benchmarks.whole?.text, benchmarks.rank?.text].filter(
      (line): line is NonNullable<typeof line> => !!line,
    );
    return html`<section class="benchmarks" id="benchmarks">
      <h3>${bi(layerLabel(layer), this.language)}${this.period ? ` · ${this.period}` : ''}</h3>
      <p class="shown-value">${bi(describeBilingual(layer, benchmarks.own), this.language)}</p>
      <ul>
        ${lines.map((line) => html`<li>${bi(line, this.language)}</li>`)}
      </ul>
    </section>`;
  }

  private renderValues(unit: Unit) {
    const { indicators: dataset, hierarchy, period } = this;
    if (!dataset || !hierarchy || !period) return nothing;
    // A year the map computed from the old units: this unit reported nothing of its own then.
    if (!dataset.periods.includes(period))
      return html`<p class="year" id="detail-computed-year">
        ${bi({ vi: `Năm ${period}: ${unit.name} chưa có số liệu riêng (đơn vị lập theo sắp xếp 1/7/2025); giá trị trên bản đồ tính lại từ các đơn vị cũ, xem bên dưới`, en: `${period}: ${unit.name} has no figures of its own (a unit of the 1 July 2025 reform); the map's value is computed from the old units, see below` }, this.language)}
      </p>`;
    const context = { hierarchy, dataset, period };
    const programme = programmePeriodOf(period);
    // Another period's criteria set has no value this year: it is not listed as "no data".
    const ofYear = layersAt(dataset.indicators, unit.level, levelsOf(hierarchy.vintage)).filter(
      (layer) => !layer.indicator.programmePeriod || layer.indicator.programmePeriod === programme,
    );
    // A share already says "2/5 xã": its count layer would repeat it. Criteria go in the checklist.
    const layers = ofYear.filter(
      (layer) =>
        layerGroup(layer) !== 'criteria' && layerGroup(layer) !== 'indicators' && !layer.count,
    );
    // A programme with criteria alone (a table of criterion 7) still gets its checklist.
    const programs = [...new Set(ofYear.map((l) => l.indicator.program))];
    return html`
      <p class="year">
        ${bi({ vi: `Năm ${period}`, en: `Year ${period}` }, this.language)}${
          programme ? html` · ${bi(PROGRAMME_PERIOD_LABELS[programme], this.language)}` : nothing
        }
      </p>
      ${programs.map((program) => {
        const own = layers.filter((l) => l.indicator.program === program);
        const main = own.filter((l) => layerGroup(l) === 'main');
        const parts = own.filter((l) => layerGroup(l) === 'funds-parts');
        const row = (layer: Layer) =>
          html`<dt>${bi(layerLabel(layer), this.language)}</dt>
            <dd data-indicator=${layer.indicator.id}>
              ${bi(describeBilingual(layer, unitValue(context, layer, unit.code)), this.language)}
            </dd>`;
        return html`<section>
          <h3>${bi(PROGRAMS[program] ?? PROGRAMS.other!, this.language)}</h3>
          ${(program === 'ntm' || program === 'ntm2026') && unit.level === 'commune' ? this.renderChecklist(unit.code) : nothing}
          <dl>${main.map(row)}</dl>
          ${
            parts.length
              ? html`<details>
                  <summary>${bi({ vi: 'Theo nguồn vốn', en: 'By source' }, this.language)}</summary>
                  <dl>${parts.map(row)}</dl>
                </details>`
              : nothing
          }
        </section>`;
      })}
    `;
  }

  /**
   * The indicators (chỉ tiêu) of a 2026–2030 criterion that the file
   * carries, met or not, named as the file names them.
   */
  private renderIndicators(criterion: number, code: UnitCode) {
    const dataset = this.indicators;
    const values = dataset?.values.get(this.period ?? '');
    if (!dataset || !values) return nothing;
    const indicators = dataset.indicators.filter(
      (d) => parseIndicator2026Id(d.id)?.criterion === criterion && values.get(d.id)?.size,
    );
    if (indicators.length === 0) return nothing;
    return html`<ul class="indicators">
      ${indicators.map((d) => {
        const { mark, className, state } = metMark(values.get(d.id)?.get(code));
        return html`<li data-indicator=${d.id} class=${className}>
          <span aria-hidden="true">${mark}</span> ${bi(d.label, this.language)}
          <span class="visually-hidden">(${biText(state, this.language)})</span>
        </li>`;
      })}
    </ul>`;
  }

  /**
   * The commune's criteria, met or not: the 19 of 2021–2025 in their five
   * groups, or the 10 of 2026–2030 (thresholds by commune group), whichever
   * the year shown has.
   */
  private renderChecklist(code: UnitCode) {
    const values = this.indicators?.values.get(this.period ?? '');
    if (!values) return nothing;
    const sets = [
      { idOf: criterionId, names: NTM_CRITERIA, groups: NTM_CRITERIA_GROUPS, count: 19 },
      {
        idOf: criterion2026Id,
        names: NTM_CRITERIA_2026,
        groups: [{ label: null, first: 1, last: 10 }],
        count: 10,
      },
    ];
    // The set of which the file has any criterion (a table may carry criterion 7 alone).
    const set = sets.find((s) =>
      Array.from({ length: s.count }, (_, i) => s.idOf(i + 1)).some((id) => values.get(id)?.size),
    );
    if (!set) return nothing;
    return html`<div
      class="checklist"
      aria-label=${biText({ vi: `${set.count} tiêu chí`, en: `${set.count} criteria` }, this.language)}
    >
      ${set.groups.map(
        (group) =>
          html`${group.label ? html`<h4>${bi(group.label, this.language)}</h4>` : nothing}
            <ol start=${group.first}>
              ${set.names.slice(group.first - 1, group.last).map((criterion, offset) => {
                const n = group.first + offset;
                const { mark, className, state } = metMark(values.get(set.idOf(n))?.get(code));
                return html`<li data-criterion=${n} class=${className}>
                  <span aria-hidden="true">${mark}</span> ${bi(criterion, this.language)}
                  <span class="visually-hidden">(${biText(state, this.language)})</span>
                  ${set.count === 10 ? this.renderIndicators(n, code) : nothing}
                </li>`;
              })}
            </ol>`,
      )}
    </div>`;
  }
}

/** "✓", "✗" or "–" with what it means, for a met / not met value. */
function metMark(met: number | undefined) {
  return {
    mark: met === undefined ? '–' : met === 1 ? '✓' : '✗',
    className: met === 1 ? 'met' : met === 0 ? 'unmet' : '',
    state:
      met === undefined
        ? { vi: 'không có dữ liệu', en: 'no data' }
        : met === 1
          ? { vi: 'đạt', en: 'met' }
          : { vi: 'chưa đạt', en: 'not met' },
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'atlas-detail': AtlasDetail;
  }
}
