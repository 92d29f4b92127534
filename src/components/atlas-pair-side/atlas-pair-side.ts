import { html, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import { layerKey } from '../../core/layer';
import { reaggregationRule } from '../../core/reaggregate';
import { AtlasPart } from '../shared/atlas-part';
import { bi, LEVEL_LABELS } from '../shared/bilingual';
import '../atlas-legend/atlas-legend';
import '../atlas-predecessors/atlas-predecessors';

/**
 * Beside the two maps of the side-by-side view: the right-hand map's legend
 * (with the rule its values were recomputed by) and the new unit picked there
 * with its predecessors.
 */
@customElement('atlas-pair-side')
export class AtlasPairSide extends AtlasPart {
  override render() {
    if (!this.atlas.ready) return nothing;
    const { store } = this.atlas;
    const state = store.state;
    const { crosswalk, view, data } = state;
    const pairView = store.select.pairView(state);
    if (!crosswalk || !pairView) return nothing;
    const old = data[crosswalk.from];
    const target = data[crosswalk.to];
    const picked = view.pairSelected ? target?.hierarchy.units.get(view.pairSelected) : undefined;
    return html`<atlas-legend
        id="pair-legend"
        .layer=${pairView.layer}
        .classification=${pairView.classification}
        .counts=${pairView.classCounts}
        .noDataCount=${pairView.noDataCount}
        .period=${pairView.period}
        .compare=${pairView.change?.from ?? null}
        .unitsLabel=${LEVEL_LABELS[pairView.level]}
        .source=${old?.dataset?.source ?? null}
        .filter=${new Set()}
        .basis=${null}
        .note=${
          pairView.sharedClasses
            ? {
                vi: 'Bản đồ bên phải: kết quả của đơn vị cũ tính lại cho đơn vị mới, cùng thang màu với bản đồ bên trái',
                en: 'Right-hand map: the old units’ results recomputed for the new units, on the same classes as the left',
              }
            : {
                vi: 'Bản đồ bên phải: kết quả của đơn vị cũ tính lại cho đơn vị mới',
                en: 'Right-hand map: the old units’ results recomputed for the new units',
              }
        }
        .vintage=${pairView.vintage}
        .rule=${pairView.layer ? reaggregationRule(pairView.layer) : null}
        ?passive=${true}
        ?synthetic=${old?.dataset?.synthetic ?? false}
      ></atlas-legend>
      ${pairView.notice ? html`<p class="notice" role="status">${bi(pairView.notice, this.language)}</p>` : nothing}
      ${
        picked
          ? html`<atlas-predecessors
              id="pair-predecessors"
              .unit=${picked}
              .crosswalk=${crosswalk}
              .oldHierarchy=${old?.hierarchy ?? null}
              .oldDataset=${old?.dataset ?? null}
              .layerKey=${pairView.layer ? layerKey(pairView.layer) : view.layer}
              .period=${pairView.period}
            ></atlas-predecessors>`
          : nothing
      }`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'atlas-pair-side': AtlasPairSide;
  }
}
