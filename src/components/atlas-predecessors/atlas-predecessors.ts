import { css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { describeBilingual, formatLayerNumber } from '../../core/describe-value';
import { formatNumber, formatPercent } from '../../core/format';
import { linkCoverageText, type Crosswalk } from '../../core/crosswalk';
import type { Hierarchy } from '../../core/hierarchy';
import type { IndicatorDataset } from '../../core/indicator-file';
import { layerLabel, layerUnit, resolveLayer } from '../../core/layer';
import { reaggregate, type Reaggregated } from '../../core/reaggregate';
import type { Unit } from '../../core/units';
import { bi, biText, bilingualStyles } from '../shared/bilingual';
import { AtlasElement } from '../shared/atlas-element';
import { panelSectionStyles } from '../shared/panel-section-styles';

/** Shown for every new unit, besides the layer on the map. */
const HEADLINES = ['ntm_status', 'ntm_criteria_met', 'poor_rate'];

/**
 * For a unit of the new (2025) geography: the old units it was formed from,
 * each whole or in part, with their own values, and the indicator shown
 * computed from them with the rule beside it — "k of n old communes were
 * NTM", never an inherited status.
 */
@customElement('atlas-predecessors')
export class AtlasPredecessors extends AtlasElement {
  static override styles = [
    bilingualStyles,
    panelSectionStyles,
    css`
      .value {
        font-weight: 600;
      }
      .rule {
        color: var(--atlas-ink-strong);
        margin: 2px 0;
      }
      .flag {
        color: var(--atlas-warning-ink);
        margin: 2px 0;
      }
      dl {
        margin: 4px 0;
      }
      dt {
        font-weight: 600;
        margin-top: 4px;
      }
      dd {
        margin: 0 0 0 8px;
      }
      ul {
        margin: 4px 0;
        padding-left: 18px;
      }
      .part {
        color: var(--atlas-ink-muted);
      }
    `,
  ];

  @property({ attribute: false }) unit: Unit | null = null;
  @property({ attribute: false }) crosswalk: Crosswalk | null = null;
  /** The old vintage's units and indicator file. */
  @property({ attribute: false }) oldHierarchy: Hierarchy | null = null;
  @property({ attribute: false }) oldDataset: IndicatorDataset | null = null;
  /** The layer shown on the map, by key; looked up among the old file's indicators. */
  @property() layerKey = '';
  /** The period shown on the map; the old file's latest when it has not that period. */
  @property() period: string | null = null;

  override render() {
    const { unit, crosswalk, oldHierarchy, oldDataset } = this;
    if (!unit || !crosswalk || !oldHierarchy) return nothing;
    const links = crosswalk.predecessors.get(unit.code) ?? [];
    if (links.length === 0) return nothing;
    const period =
      this.period && oldDataset?.periods.includes(this.period)
        ? this.period
        : oldDataset?.periods[oldDataset.periods.length - 1];
    // The layer on the map, then the programme's headline results, as far as the old file has them.
    const keys = [...new Set([this.layerKey, ...HEADLINES])];
    const results =
      oldDataset && period
        ? keys.flatMap((key) => {
            const layer = resolveLayer(oldDataset.indicators, key);
            if (!layer) return [];
            const result = reaggregate(
              { crosswalk, old: { hierarchy: oldHierarchy, dataset: oldDataset, period } },
              layer,
              unit.code,
            );
            const shown = result.share ? { ...layer, share: result.share } : layer;
            return [{ key, layer, shown, result }];
          })
        : [];
    const first = results[0];
    return html`
      <h3>
        ${bi({ vi: `Trước sắp xếp 1/7/2025: ${links.length} đơn vị cũ`, en: `Before the 1 July 2025 reform: ${links.length} old units` }, this.language)}
      </h3>
      ${period ? html`<p class="part">${bi({ vi: `Kết quả năm ${period} trên đơn vị cũ, tính cho ${unit.name}`, en: `Results of ${period} on the old units, computed for ${unit.name}` }, this.language)}</p>` : nothing}
      <dl>
        ${results.map(
          ({ key, shown, result }) =>
            html`<dt>${bi(layerLabel(shown), this.language)}</dt>
              <dd data-reaggregated=${key}>
                <span class="value">${this.valueText(result, shown)}</span>
                <div class="rule">${bi(result.rule, this.language)}</div>
                ${
                  result.partlyCovered
                    ? html`<div class="flag" role="note">
                        ${bi({ vi: `Chỉ ${result.covered}/${result.total} đơn vị cũ có số liệu: giá trị chỉ phủ một phần`, en: `Only ${result.covered} of ${result.total} old units have data: the value covers part of the unit` }, this.language)}
                      </div>`
                    : nothing
                }
              </dd>`,
        )}
      </dl>
      <ul aria-label=${biText({ vi: 'Đơn vị cũ', en: 'Old units' }, this.language)}>
        ${links.map((link) => {
          const old = oldHierarchy.units.get(link.from);
          const predecessor = first?.result.predecessors.find((p) => p.link === link);
          // An old commune shows its own status, not a share of itself.
          const ownLayer =
            first && first.result.share && link.level === first.layer.indicator.baseLevel
              ? { indicator: first.layer.indicator }
              : first?.shown;
          const part =
            link.type !== 'partial'
              ? linkCoverageText(link)
              : link.weight !== null && link.weightFrom === 'area'
                ? {
                    vi: `một phần (${formatPercent(link.weight * 100, this.locale, 0)} diện tích, tính từ hai bộ địa giới)`,
                    en: `part (${formatPercent(link.weight * 100, 'en', 0)} of its area, computed from the two boundary sets)`,
                  }
                : link.weight !== null
                  ? {
                      vi: `một phần (${formatPercent(link.weight * 100, this.locale, 0)})`,
                      en: `part (${formatPercent(link.weight * 100, 'en', 0)})`,
                    }
                  : { vi: 'một phần (chưa rõ tỷ lệ)', en: 'part (share unknown)' };
          return html`<li data-old=${link.from}>
            ${old?.name ?? link.from}
            <span class="part">${link.from} · ${bi(part, this.language)}</span>
            ${predecessor && ownLayer ? html`<br /><span class="part">${bi(describeBilingual(ownLayer, predecessor.value), this.language)}</span>` : nothing}
          </li>`;
        })}
      </ul>
    `;
  }

  private valueText(result: Reaggregated, layer: NonNullable<ReturnType<typeof resolveLayer>>) {
    if (result.value === null) return bi({ vi: 'không có dữ liệu', en: 'no data' }, this.language);
    // A rate at the digits it has everywhere; a count spread over parts of old communes
    // keeps one decimal, since it is an estimate (3,4 products), not a count.
    if (layerUnit(layer)?.vi === '%') return formatLayerNumber(layer, result.value, this.locale);
    const unit = layerUnit(layer);
    return `${formatNumber(result.value, this.locale, 1)}${unit ? ` ${unit.vi}` : ''}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'atlas-predecessors': AtlasPredecessors;
  }
}
