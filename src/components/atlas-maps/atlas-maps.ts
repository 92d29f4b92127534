import { html, nothing } from 'lit';
import { customElement, query } from 'lit/decorators.js';
import type { Crosswalk } from '../../core/crosswalk';
import { isHistoryView } from '../../core/history-view';
import type { MapDrawing } from '../../core/figure-types';
import type { Camera } from '../../core/view-state';
import { currentData, pairShown } from '../../state/selectors';
import type { AtlasMapView } from '../atlas-map-view/atlas-map-view';
import type { AtlasEvent } from '../shared/atlas-events';
import { AtlasPart } from '../shared/atlas-part';
import { bi } from '../shared/bilingual';
import '../atlas-map-view/atlas-map-view';
import '../atlas-pair-captions/atlas-pair-captions';

const PAIR_MAP_LABEL = { vi: 'Bản đồ đơn vị mới', en: 'Map of the new units' };

/**
 * The map area: the main map and, side by side, the new geography's map
 * following its camera (each moves the other), with their captions, or a
 * word while the data loads. What the maps tell goes to the store's actions.
 */
@customElement('atlas-maps')
export class AtlasMaps extends AtlasPart {
  @query('#map') private mainMap!: AtlasMapView | null;
  @query('#pair-map') private pairMap!: AtlasMapView | null;

  /**
   * True once the main map has drawn the latest view. A change waiting to be
   * handed down (this part's or the map's own update pending) is not drawn yet.
   */
  get mapIdle(): boolean {
    const map = this.mainMap;
    return !this.isUpdatePending && !!map && !map.isUpdatePending && map.mapIdle;
  }

  /** Where the main map looks now. */
  camera(): Camera | null {
    return this.mainMap?.camera() ?? null;
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
    return html`<div class="map-wrap ${pair ? 'pair' : ''}">
      ${this.renderMaps(unitsUrl, pair || null)}
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
        .hovered=${state.tableHovered}
        .linked=${store.select.linkedOnMain(state)}
        .emphasized=${store.select.emphasized(state)}
        .names=${view.names}
        .cameraRequest=${state.cameraRequest}
        .unitsUrl=${unitsUrl}
        .interactive=${state.interactive}
        @atlas-map-hover=${(e: AtlasEvent<'atlas-map-hover'>) => store.pointAt(e.detail)}
        @atlas-map-click=${(e: AtlasEvent<'atlas-map-click'>) => store.selectUnit(e.detail)}
        @atlas-map-move=${(e: AtlasEvent<'atlas-map-move'>) => this.pairMap?.follow(e.detail)}
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
