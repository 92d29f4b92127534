import { html, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import { levelsOf, VINTAGES, type Level, type UnitCode, type Vintage } from '../../core/units';
import type { AtlasEvent } from '../shared/atlas-events';
import { currentData, pairShown } from '../../state/selectors';
import { AtlasPart } from '../shared/atlas-part';
import { bi, biText, LEVEL_LABELS } from '../shared/bilingual';
import '../atlas-period/atlas-period';
import '../atlas-search/atlas-search';

/**
 * The bar above the map: boundaries, level, year and comparison, the
 * side-by-side, names, layers and table switches, and the search box.
 */
@customElement('atlas-controls')
export class AtlasControls extends AtlasPart {
  /** A unit found: shown, and the focus moves to its panel. */
  private async pick(code: UnitCode): Promise<void> {
    this.atlas.store.pick(code);
    // The panel is drawn by the side panel, in the same shadow root, on the next update.
    await new Promise(requestAnimationFrame);
    const root = this.getRootNode() as ShadowRoot | Document;
    await root.querySelector('atlas-detail')?.focusHeading();
  }

  override render() {
    if (!this.atlas.ready) return nothing;
    const { store } = this.atlas;
    const state = store.state;
    const { view, sources, crosswalk, data } = state;
    const loaded = currentData(state);
    const mapView = store.select.mapView(state);
    const controlled = store.select.controlled(state);
    const t = (vi: string, en: string) => bi({ vi, en }, this.language);
    return html`<section
      class="controls"
      aria-label=${biText({ vi: 'Điều khiển', en: 'Controls' }, this.language)}
    >
      <label
        >${t('Địa giới', 'Boundaries')}
        <select
          id="vintage"
          @change=${(e: Event) =>
            void store.changeVintage((e.target as HTMLSelectElement).value as Vintage)}
        >
          ${VINTAGES.filter((v) => sources[v]).map(
            (v) =>
              html`<option value=${v} .selected=${v === view.vintage}>
                ${biText(v === '2021' ? { vi: 'Trước 1/7/2025 (3 cấp)', en: 'Before 1 Jul 2025 (3 levels)' } : { vi: 'Từ 1/7/2025 (2 cấp)', en: 'From 1 Jul 2025 (2 levels)' }, this.language)}
              </option>`,
          )}
        </select></label
      >
      <label
        >${t('Cấp', 'Level')}
        <select
          id="level"
          @change=${(e: Event) => store.setLevel((e.target as HTMLSelectElement).value as Level)}
        >
          ${levelsOf(view.vintage).map((level) => html`<option value=${level} .selected=${level === mapView?.level}>${biText(LEVEL_LABELS[level], this.language)}</option>`)}
        </select></label
      >
      <atlas-period
        .periods=${store.select.periods(state)}
        .computed=${store.select.history(state)?.periods ?? []}
        .period=${controlled.view?.period ?? null}
        .compare=${controlled.side === 'second' ? null : (mapView?.change?.from ?? null)}
        ?noCompare=${controlled.side === 'second'}
        @atlas-period=${(e: AtlasEvent<'atlas-period'>) => store.setPeriod(e.detail)}
        @atlas-compare=${(e: AtlasEvent<'atlas-compare'>) => store.setCompare(e.detail)}
      ></atlas-period>
      <div class="toggles">
        <button
          id="split-toggle"
          aria-pressed=${view.maps === 'split' ? 'true' : 'false'}
          ?disabled=${!mapView?.layer}
          title=${biText({ vi: 'Hai bản đồ cạnh nhau, mỗi bản đồ một chỉ tiêu hoặc một năm, cùng khung nhìn', en: 'Two maps side by side, each its own layer or year, one camera' }, this.language)}
          @click=${() => store.setMaps(view.maps === 'split' ? null : 'split')}
        >
          ${t('Hai bản đồ', 'Split')}
        </button>
        <button
          id="swipe-toggle"
          aria-pressed=${view.maps === 'swipe' ? 'true' : 'false'}
          ?disabled=${!mapView?.layer}
          title=${biText({ vi: 'Hai chỉ tiêu trong một khung, kéo đường chia để so sánh', en: 'Two layers in one frame, drag the divider to compare' }, this.language)}
          @click=${() => store.setMaps(view.maps === 'swipe' ? null : 'swipe')}
        >
          ${t('Kéo so sánh', 'Swipe')}
        </button>
        ${
          view.maps
            ? html`<span
                class="sides"
                role="radiogroup"
                aria-label=${biText({ vi: 'Các nút chọn lớp, năm, phân lớp áp dụng cho', en: 'The layer, year and classes controls act on' }, this.language)}
              >
                ${(['main', 'second'] as const).map(
                  (side) =>
                    html`<button
                      id=${`side-${side}`}
                      role="radio"
                      aria-checked=${state.side === side ? 'true' : 'false'}
                      @click=${() => store.setSide(side)}
                    >
                      ${side === 'main' ? t('Điều khiển bản đồ 1', 'Controls: map 1') : t('Điều khiển bản đồ 2', 'Controls: map 2')}
                    </button>`,
                )}
              </span>`
            : nothing
        }
        <button
          id="pair-toggle"
          aria-pressed=${pairShown(state) ? 'true' : 'false'}
          ?disabled=${!crosswalk || !sources[crosswalk.to] || !sources[crosswalk.from]}
          title=${biText({ vi: 'Địa giới cũ và mới cạnh nhau, cùng một chỉ tiêu', en: 'The old and new units side by side, same indicator' }, this.language)}
          @click=${() => void store.togglePair()}
        >
          ${t('Cũ và mới', 'Old and new')}
        </button>
        <button
          id="names-toggle"
          aria-pressed=${view.names ? 'true' : 'false'}
          title=${biText({ vi: 'Ghi tên đơn vị trên bản đồ (tên quần đảo Hoàng Sa, Trường Sa luôn được ghi)', en: "Write the units' names on the map (Hoàng Sa and Trường Sa are always named)" }, this.language)}
          @click=${() => store.toggleNames()}
        >
          ${t('Tên', 'Names')}
        </button>
        <button
          id="panel-toggle"
          aria-pressed=${state.panelOpen ? 'true' : 'false'}
          @click=${() => store.togglePanel()}
        >
          ${t('Lớp chỉ tiêu', 'Layers')}
        </button>
        <button
          id="table-toggle"
          aria-pressed=${state.tableOpen ? 'true' : 'false'}
          ?disabled=${!mapView?.layer}
          @click=${() => store.toggleTable()}
        >
          ${t('Bảng', 'Table')}
        </button>
        <button
          id="scorecard-toggle"
          aria-pressed=${view.scorecard ? 'true' : 'false'}
          ?disabled=${!store.select.scorecard(state).card}
          title=${biText({ vi: 'Các xã × các tiêu chí của năm: tiêu chí nào giữ chân nhiều xã nhất, xã nào gần đạt chuẩn', en: 'Communes × the year’s criteria: which criteria hold most back, which communes are closest' }, this.language)}
          @click=${() => store.toggleScorecard()}
        >
          ${t('Bảng tiêu chí', 'Scorecard')}
        </button>
      </div>
      <atlas-search
        class="search"
        .hierarchy=${loaded?.hierarchy ?? null}
        .crosswalk=${crosswalk}
        .formerHierarchy=${crosswalk ? (data[crosswalk.from]?.hierarchy ?? null) : null}
        @atlas-search-focus=${() => store.needFormerGeography()}
        @atlas-pick=${(e: AtlasEvent<'atlas-pick'>) => this.pick(e.detail)}
      ></atlas-search>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'atlas-controls': AtlasControls;
  }
}
