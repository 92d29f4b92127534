import { html, nothing } from 'lit';
import { customElement, query } from 'lit/decorators.js';
import type { Crosswalk } from '../../core/crosswalk';
import { isHistoryView } from '../../core/history-view';
import { layerLabel } from '../../core/layer';
import type { MapView } from '../../core/map-view';
import type { BilingualText } from '../../core/text';
import type { MapDrawing } from '../../core/figure-types';
import type { Camera } from '../../core/view-state';
import { currentData, pairShown } from '../../state/selectors';
import type { AtlasMapView } from '../atlas-map-view/atlas-map-view';
import type { AtlasEvent } from '../shared/atlas-events';
import { AtlasPart } from '../shared/atlas-part';
import { bi, biText } from '../shared/bilingual';
import '../atlas-map-view/atlas-map-view';
import '../atlas-pair-captions/atlas-pair-captions';

const PAIR_MAP_LABEL = { vi: 'Bản đồ đơn vị mới', en: 'Map of the new units' };
const SECOND_MAP_LABEL = { vi: 'Bản đồ 2', en: 'Map 2' };

/**
 * The map area: the main map and, side by side, the new geography's map
 * following its camera (each moves the other), with their captions, or a
 * word while the data loads. What the maps tell goes to the store's actions.
 */
@customElement('atlas-maps')
export class AtlasMaps extends AtlasPart {
  @query('#map') private mainMap!: AtlasMapView | null;
  @query('#pair-map') private pairMap!: AtlasMapView | null;
  @query('#second-map') private secondMap!: AtlasMapView | null;

  /**
   * True once the main map has drawn the latest view. A change waiting to be
   * handed down (this part's or the map's own update pending) is not drawn yet.
   */
  get mapIdle(): boolean {
    const map = this.mainMap;
    // A split or swipe view is drawn when both its maps are.
    const second = this.secondMap;
    return (
      !this.isUpdatePending &&
      !!map &&
      !map.isUpdatePending &&
      map.mapIdle &&
      (!second || (!second.isUpdatePending && second.mapIdle))
    );
  }

  /** Where the main map looks now. */
  camera(): Camera | null {
    return this.mainMap?.camera() ?? null;
  }

  /** How the second map of a split or swipe view draws, for an export of both. */
  secondDrawing(): MapDrawing | null {
    return this.secondMap?.drawing() ?? null;
  }

  /** How the main map draws at this moment, for an export. */
  drawing(): MapDrawing | null {
    return this.mainMap?.drawing() ?? null;
  }

  override render() {
    if (!this.atlas.ready) return nothing;
    const { store } = this.atlas;
    const state = store.state;
    const { view, crosswalk } = state;
    const loaded = currentData(state);
    // One boundary file by address: the map starts reading it while the data worker checks it.
    const files = state.sources[view.vintage]?.boundaries;
    const only = files?.length === 1 ? files[0] : undefined;
    // Only GeoJSON: MapLibre cannot read TopoJSON or a Shapefile itself.
    const unitsUrl = only && 'url' in only && /\.(geo)?json$/i.test(only.name) ? only.url : null;
    const pair = pairShown(state) && crosswalk;
    const shown = store.select.mapView(state);
    const maps = !pair && loaded ? view.maps : null;
    return html`<div class="map-wrap ${pair ? 'pair' : ''} ${maps ?? ''}">
      ${this.renderMaps(unitsUrl, pair || null)} ${maps ? this.renderSecondMap(maps) : nothing}
      ${
        isHistoryView(shown)
          ? html`<p class="map-badge" id="map-recomputed" role="note">
              ${bi({ vi: `Năm ${shown.recomputed.periods.join(', ')} · tính lại từ đơn vị cũ`, en: `${shown.recomputed.periods.join(', ')} · computed from the old units` }, this.language)}
            </p>`
          : nothing
      }
      ${
        loaded
          ? nothing
          : html`<p class="loading">
              ${
                state.failed[view.vintage]
                  ? bi(
                      {
                        vi: 'Không tải được dữ liệu (xem thông báo phía trên)',
                        en: 'The data could not be loaded (see the message above)',
                      },
                      this.language,
                    )
                  : bi({ vi: 'Đang tải dữ liệu…', en: 'Loading data…' }, this.language)
              }
            </p>`
      }
    </div>`;
  }

  /**
   * The second map of a split or swipe view: the same units, its own layer,
   * under one camera with the first (each moves the other), the unit pointed
   * at outlined on both. In a swipe it lies over the first, cut at the
   * divider, which the pointer drags and the arrow keys move.
   */
  private renderSecondMap(maps: 'split' | 'swipe') {
    const { store } = this.atlas;
    const state = store.state;
    const { view } = state;
    const at = state.swipeAt * 100;
    const caption = (shown: MapView | null, side: BilingualText) =>
      shown?.layer
        ? html`${bi(side, this.language)}: ${bi(layerLabel(shown.layer), this.language)} ·
          ${shown.period ?? ''}`
        : nothing;
    return html`<atlas-map-view
        id="second-map"
        class=${maps}
        style=${maps === 'swipe' ? `clip-path: inset(0 0 0 ${at}%)` : ''}
        .loaded=${currentData(state) ?? null}
        .view=${store.select.secondView(state)}
        .fills=${store.select.secondFills(state)}
        .selected=${view.selected}
        .hovered=${state.tableHovered ?? state.hovered}
        .names=${view.names}
        .startCamera=${this.mainMap?.camera() ?? null}
        .label=${SECOND_MAP_LABEL}
        @atlas-map-hover=${(e: AtlasEvent<'atlas-map-hover'>) => store.pointAt(e.detail)}
        @atlas-map-click=${(e: AtlasEvent<'atlas-map-click'>) => store.selectUnit(e.detail)}
        @atlas-map-move=${(e: AtlasEvent<'atlas-map-move'>) => this.mainMap?.follow(e.detail)}
        @atlas-map-moveend=${(e: AtlasEvent<'atlas-map-moveend'>) => store.setCamera(e.detail)}
      ></atlas-map-view>
      <p class="map-caption first" id="first-caption">
        ${caption(store.select.mapView(state), { vi: 'Bản đồ 1', en: 'Map 1' })}
      </p>
      <p class="map-caption second ${maps}" id="second-caption">
        ${caption(store.select.secondView(state), { vi: 'Bản đồ 2', en: 'Map 2' })}
      </p>
      ${
        maps === 'swipe'
          ? html`<div
              class="swipe-divider"
              id="swipe-divider"
              role="slider"
              tabindex="0"
              style="left:${at}%"
              aria-label=${biText({ vi: 'Đường chia: bản đồ 1 bên trái, bản đồ 2 bên phải', en: 'Divider: map 1 on the left, map 2 on the right' }, this.language)}
              aria-valuemin="0"
              aria-valuemax="100"
              aria-valuenow=${Math.round(at)}
              aria-valuetext=${`${Math.round(at)}%`}
              @keydown=${(e: KeyboardEvent) => this.onDividerKey(e)}
              @pointerdown=${(e: PointerEvent) => this.dragDivider(e)}
            ></div>`
          : nothing
      }`;
  }

  /** Arrows move the divider by 5 % of the width, Page keys by 20 %, Home and End to either side. */
  private onDividerKey(e: KeyboardEvent): void {
    const { store } = this.atlas;
    const at = store.state.swipeAt;
    const steps: Record<string, number> = {
      ArrowLeft: at - 0.05,
      ArrowDown: at - 0.05,
      ArrowRight: at + 0.05,
      ArrowUp: at + 0.05,
      PageDown: at - 0.2,
      PageUp: at + 0.2,
      Home: 0,
      End: 1,
    };
    const next = steps[e.key];
    if (next === undefined) return;
    e.preventDefault();
    store.setSwipe(next);
  }

  /** The divider follows the pointer until it is let go. */
  private dragDivider(e: PointerEvent): void {
    const divider = e.currentTarget as HTMLElement;
    const wrap = divider.parentElement;
    if (!wrap) return;
    divider.setPointerCapture(e.pointerId);
    const move = (event: PointerEvent) => {
      const box = wrap.getBoundingClientRect();
      this.atlas.store.setSwipe((event.clientX - box.left) / box.width);
    };
    const stop = () => {
      divider.removeEventListener('pointermove', move);
      divider.removeEventListener('pointerup', stop);
    };
    divider.addEventListener('pointermove', move);
    divider.addEventListener('pointerup', stop);
  }

  private renderMaps(unitsUrl: string | null, crosswalk: Crosswalk | null) {
    const { store } = this.atlas;
    const state = store.state;
    const { view } = state;
    const loaded = currentData(state);
    return html`<atlas-map-view
        id="map"
        .loaded=${loaded ?? null}
        .view=${store.select.mapView(state)}
        .fills=${store.select.fills(state)}
        .initialLevel=${view.level}
        .selected=${view.selected}
        .hovered=${state.tableHovered ?? (view.maps ? state.hovered : null)}
        .linked=${store.select.linkedOnMain(state)}
        .emphasized=${store.select.emphasized(state)}
        .names=${view.names}
        .cameraRequest=${state.cameraRequest}
        .unitsUrl=${unitsUrl}
        .interactive=${state.interactive}
        @atlas-map-hover=${(e: AtlasEvent<'atlas-map-hover'>) => store.pointAt(e.detail)}
        @atlas-map-click=${(e: AtlasEvent<'atlas-map-click'>) => store.selectUnit(e.detail)}
        @atlas-map-move=${(e: AtlasEvent<'atlas-map-move'>) => {
          this.pairMap?.follow(e.detail);
          this.secondMap?.follow(e.detail);
        }}
        @atlas-map-moveend=${(e: AtlasEvent<'atlas-map-moveend'>) => store.setCamera(e.detail)}
        @atlas-map-idle=${() => store.mapDrawn()}
      ></atlas-map-view>
      ${
        crosswalk
          ? html`<atlas-map-view
                id="pair-map"
                .loaded=${state.data[crosswalk.to] ?? null}
                .view=${store.select.pairView(state)}
                .fills=${store.select.pairFills(state)}
                .selected=${view.pairSelected}
                .linked=${store.select.linkedOnPair(state)}
                .names=${view.names}
                .startCamera=${this.mainMap?.camera() ?? null}
                .label=${PAIR_MAP_LABEL}
                @atlas-map-hover=${(e: AtlasEvent<'atlas-map-hover'>) => store.pointAtOnPair(e.detail)}
                @atlas-map-click=${(e: AtlasEvent<'atlas-map-click'>) => store.selectOnPair(e.detail)}
                @atlas-map-move=${(e: AtlasEvent<'atlas-map-move'>) => this.mainMap?.follow(e.detail)}
                @atlas-map-moveend=${(e: AtlasEvent<'atlas-map-moveend'>) => store.setCamera(e.detail)}
              ></atlas-map-view>
              <atlas-pair-captions></atlas-pair-captions>`
          : nothing
      }`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'atlas-maps': AtlasMaps;
  }
}
