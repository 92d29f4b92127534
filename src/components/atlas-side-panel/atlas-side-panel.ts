import { html, nothing, type PropertyValues } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { Histogram } from '../../core/histogram';
import { isHistoryView } from '../../core/history-view';
import { isBivariateView } from '../../core/bivariate';
import { isCategoryLayer } from '../../core/classify';
import { isAggregatedAt, layerKey, layerLabel } from '../../core/layer';
import { levelsOf } from '../../core/units';
import { reaggregationRule } from '../../core/reaggregate';
import type { MapView } from '../../core/map-view';
import { plainText } from '../../core/display-language';
import { formatNumber } from '../../core/format';
import { tableCsv, tableSheet } from '../../core/unit-table';
import { downloadText, downloadWorkbook } from '../shared/download';
import { problemLine } from '../../core/problems';
import { whenIdle } from '../../state/idle-work';
import type { LoadedVintage } from '../../state/load-data';
import { currentData } from '../../state/selectors';
import type { ValidationReport } from '../../core/validation-report';
import type { AtlasEvent } from '../shared/atlas-events';
import { AtlasPart } from '../shared/atlas-part';
import { bi, biText, LEVEL_LABELS } from '../shared/bilingual';
import '../atlas-bivariate-legend/atlas-bivariate-legend';
import '../atlas-classing/atlas-classing';
import '../atlas-detail/atlas-detail';
import '../atlas-histogram/atlas-histogram';
import '../atlas-legend/atlas-legend';
import '../atlas-pair-side/atlas-pair-side';
import '../atlas-predecessors/atlas-predecessors';
import '../atlas-story/atlas-story';
import '../atlas-targets/atlas-targets';
import '../atlas-unit-story/atlas-unit-story';
import '../atlas-trend/atlas-trend';

/**
 * The panel beside the map: the legend, classes and colours, the story, the
 * distribution, the unit picked with its predecessors, and what the
 * side-by-side view and the crosswalk add. A step added to the story and
 * the presentation started go on to the atlas (`atlas-story-add`,
 * `atlas-present`): they need its map's camera and its full screen.
 */
@customElement('atlas-side-panel')
export class AtlasSidePanel extends AtlasPart {
  /**
   * The distribution is derived a frame after the map has its colours: the
   * map answers an indicator switch first, the side panel follows.
   */
  @state() private histogram: Histogram | null = null;
  private histogramFor: MapView | null = null;

  /**
   * The check of the data shown, made while the page is idle: joining every
   * value to its unit takes tens of milliseconds on a national file, which
   * the first drawing of the map must not wait for.
   */
  @state() private report: ValidationReport | null = null;
  private reportFor: LoadedVintage | undefined;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (!this.atlas.ready) return;
    const { store } = this.atlas;
    const loaded = currentData(store.state);
    if (loaded !== this.reportFor) {
      this.reportFor = loaded;
      this.report = null;
      whenIdle(() => {
        if (this.reportFor === loaded) this.report = store.select.report(store.state);
      });
    }
    const shown = store.select.mapView(store.state);
    if (shown === this.histogramFor) return;
    this.histogramFor = shown;
    requestAnimationFrame(() => {
      if (this.histogramFor === shown) this.histogram = store.select.histogram(store.state);
    });
  }

  override render() {
    if (!this.atlas.ready) return nothing;
    const { store } = this.atlas;
    const state = store.state;
    const { view, crosswalk, data } = state;
    const loaded = currentData(state);
    const dataset = loaded?.dataset ?? null;
    const mapView = store.select.mapView(state);
    const selected = view.selected ? loaded?.hierarchy.units.get(view.selected) : undefined;
    return html`<aside class="side">
      ${store.select
        .notices(state)
        .map((notice) => html`<p class="notice" role="status">${bi(notice, this.language)}</p>`)}
      ${this.renderReportNotice()}
      ${
        view.maps
          ? html`<h2 class="second-heading">
              ${bi(view.maps === 'swipe' ? { vi: 'Bản đồ 1 (bên trái đường chia)', en: 'Map 1 (left of the divider)' } : { vi: 'Bản đồ 1 (bên trái)', en: 'Map 1 (left)' }, this.language)}
            </h2>`
          : nothing
      }
      ${
        isBivariateView(mapView)
          ? html`<atlas-bivariate-legend
              .view=${mapView}
              .unitsLabel=${biText(LEVEL_LABELS[mapView.level], this.language)}
              @atlas-filter=${(e: AtlasEvent<'atlas-filter'>) => store.toggleFilter(e.detail)}
            ></atlas-bivariate-legend>`
          : this.renderLegend()
      }
      ${this.renderGetTheData()} ${this.renderSecondLegend()} ${this.renderBivariateChoice()}
      ${this.renderTargets()} ${mapView?.layer ? this.renderLayerTools(mapView) : nothing}
      ${
        selected
          ? html`<atlas-detail
              .unit=${selected}
              .hierarchy=${loaded?.hierarchy ?? null}
              .indicators=${dataset}
              .period=${mapView?.period ?? null}
              .layer=${mapView?.layer ?? null}
              .benchmarks=${store.select.benchmarks(state)}
              @atlas-close=${() => store.selectUnit(null)}
              @atlas-drill=${(e: AtlasEvent<'atlas-drill'>) => store.drill(e.detail)}
              @atlas-zoom=${(e: AtlasEvent<'atlas-zoom'>) => store.zoomTo(e.detail)}
            ></atlas-detail>`
          : nothing
      }
      ${
        selected
          ? html`<atlas-trend
              .trend=${store.select.trend(state)}
              .unitName=${selected.name}
            ></atlas-trend>`
          : nothing
      }
      ${
        selected && crosswalk && selected.vintage === crosswalk.to
          ? html`<atlas-unit-story
              .story=${store.select.unitStory(state)}
              .unitName=${selected.name}
              .period=${mapView?.period ?? null}
            ></atlas-unit-story>`
          : nothing
      }
      <atlas-pair-side></atlas-pair-side>
      ${this.renderCrosswalkProblems()}
      ${
        selected && crosswalk && selected.vintage === crosswalk.to
          ? html`<atlas-predecessors
              .unit=${selected}
              .crosswalk=${crosswalk}
              .oldHierarchy=${data[crosswalk.from]?.hierarchy ?? null}
              .oldDataset=${data[crosswalk.from]?.dataset ?? null}
              .layerKey=${mapView?.layer ? layerKey(mapView.layer) : view.layer}
              .period=${mapView?.period ?? null}
            ></atlas-predecessors>`
          : nothing
      }
    </aside>`;
  }

  /**
   * Embedded in another page, where the table is not shown: the figures on
   * the map (the units of the level, within the unit drilled into) as CSV or
   * Excel, unless the page turned it off.
   */
  private renderGetTheData() {
    const { store } = this.atlas;
    const state = store.state;
    const shown = store.select.mapView(state);
    if (!state.embedded || !state.downloads || !shown?.layer) return nothing;
    const base = `ntp-atlas-${layerKey(shown.layer)}-${shown.level}-${shown.period ?? ''}`.replace(
      /[^a-z0-9_.-]+/gi,
      '_',
    );
    const sheet = () => {
      const dataset = currentData(state)?.dataset ?? null;
      return tableSheet(shown, store.select.rows(state), {
        source: dataset ? plainText(dataset.source, state.view.language) : null,
        dataDate: dataset?.dataDate ?? null,
      });
    };
    const csv = () =>
      downloadText(
        `${base}.csv`,
        tableCsv(shown, store.select.rows(state)),
        'text/csv;charset=utf-8',
      );
    const workbook = () => downloadWorkbook(`${base}.xlsx`, sheet());
    return html`<p class="get-data" id="get-data">
      ${bi({ vi: 'Số liệu của bản đồ:', en: 'The map’s figures:' }, this.language)}
      <button id="get-data-csv" @click=${csv}>CSV</button>
      <button id="get-data-xlsx" @click=${() => void workbook()}>Excel</button>
    </p>`;
  }

  /** The second map's own legend, in a split or swipe view. */
  private renderSecondLegend() {
    const { store } = this.atlas;
    const state = store.state;
    const second = store.select.secondView(state);
    if (!second) return nothing;
    const loaded = currentData(state);
    return html`<h2 class="second-heading">
        ${bi(state.view.maps === 'swipe' ? { vi: 'Bản đồ 2 (bên phải đường chia)', en: 'Map 2 (right of the divider)' } : { vi: 'Bản đồ 2 (bên phải)', en: 'Map 2 (right)' }, this.language)}
      </h2>
      <atlas-legend
        id="second-legend"
        .layer=${second.layer}
        .classification=${second.classification}
        .counts=${second.classCounts}
        .noDataCount=${second.noDataCount}
        .period=${second.period}
        .compare=${null}
        .unitsLabel=${LEVEL_LABELS[second.level]}
        .source=${loaded?.dataset?.source ?? null}
        .filter=${new Set()}
        .basis=${second.classBasis}
        .vintage=${loaded?.hierarchy.vintage ?? null}
        ?aggregated=${second.layer ? isAggregatedAt(second.layer, second.level, levelsOf(second.vintage)) : false}
        ?passive=${true}
        ?synthetic=${loaded?.dataset?.synthetic ?? false}
      ></atlas-legend>`;
  }

  /** The legend of one layer: classes, counts, filter. */
  private renderLegend() {
    const { store } = this.atlas;
    const state = store.state;
    const { data } = state;
    const loaded = currentData(state);
    const dataset = loaded?.dataset ?? null;
    const mapView = store.select.mapView(state);
    const recomputed = isHistoryView(mapView) ? mapView.recomputed : null;
    return html`<atlas-legend
      .layer=${mapView?.layer ?? null}
      .classification=${mapView?.classification ?? null}
      .counts=${mapView?.classCounts ?? []}
      .noDataCount=${mapView?.noDataCount ?? 0}
      .period=${mapView?.period ?? null}
      .compare=${mapView?.change?.from ?? null}
      .unitsLabel=${mapView ? LEVEL_LABELS[mapView.level] : LEVEL_LABELS.commune}
      .source=${recomputed ? (data[recomputed.from]?.dataset?.source ?? null) : (dataset?.source ?? null)}
      .filter=${mapView?.filter ?? new Set()}
      .basis=${mapView?.classBasis ?? null}
      .note=${state.levelNote}
      .recomputed=${recomputed}
      .rule=${recomputed && mapView?.layer ? reaggregationRule(mapView.layer) : null}
      .vintage=${loaded?.hierarchy.vintage ?? null}
      ?aggregated=${store.select.aggregated(state)}
      ?synthetic=${dataset?.synthetic ?? false}
      @atlas-filter=${(e: AtlasEvent<'atlas-filter'>) => store.toggleFilter(e.detail)}
      @atlas-emphasize=${(e: AtlasEvent<'atlas-emphasize'>) => store.emphasize(e.detail)}
    ></atlas-legend>`;
  }

  /**
   * A second numeric layer for a bivariate map (poverty × criteria met): the
   * numeric layers of the level, or none for one layer.
   */
  private renderBivariateChoice() {
    const { store } = this.atlas;
    const state = store.state;
    const mapView = store.select.mapView(state);
    if (!mapView?.layer || mapView.change || isHistoryView(mapView)) return nothing;
    const shownKey = isBivariateView(mapView)
      ? layerKey(mapView.bivariate.x.layer)
      : layerKey(mapView.layer);
    const numeric = store.select
      .layers(state)
      .filter((layer) => !isCategoryLayer(layer) && !layer.count && layerKey(layer) !== shownKey);
    if (numeric.length === 0) return nothing;
    const chosen = state.view.bivariate;
    return html`<label class="bivariate-choice">
      ${bi({ vi: 'Bản đồ hai biến, với', en: 'Bivariate map, with' }, this.language)}
      <select
        id="bivariate-layer"
        @change=${(e: Event) => store.setBivariate((e.target as HTMLSelectElement).value || null)}
      >
        <option value="" .selected=${!chosen}>
          — ${biText({ vi: 'một chỉ tiêu', en: 'one indicator' }, this.language)} —
        </option>
        ${numeric.map(
          (layer) =>
            html`<option value=${layerKey(layer)} .selected=${chosen === layerKey(layer)}>
              ${biText(layerLabel(layer), this.language)}
            </option>`,
        )}
      </select>
    </label>`;
  }

  /** The programme targets of the year and area shown. */
  private renderTargets() {
    const { view, areaName } = this.atlas.store.select.targets(this.atlas.store.state);
    return view
      ? html`<atlas-targets .view=${view} .areaName=${areaName}></atlas-targets>`
      : nothing;
  }

  /** Classes and colours, the story, the distribution: for a layer shown. */
  private renderLayerTools(mapView: MapView) {
    const { store } = this.atlas;
    const { view } = store.state;
    const count = view.story.length;
    // In a split view the classes are those of the map the controls act on.
    const controlled = store.select.controlled(store.state);
    const classed = controlled.view ?? mapView;
    return html`<details class="classing" id="classing-details">
        <summary>
          ${bi({ vi: 'Phân lớp và màu', en: 'Classes and colours' }, this.language)}${
            view.maps
              ? html` ·
                ${bi(controlled.side === 'second' ? { vi: 'bản đồ 2', en: 'map 2' } : { vi: 'bản đồ 1', en: 'map 1' }, this.language)}`
              : nothing
          }
        </summary>
        <atlas-classing
          .layer=${classed.layer}
          .classification=${classed.classification}
          .choice=${controlled.classing}
          ?change=${classed.change !== null}
          @atlas-classing=${(e: AtlasEvent<'atlas-classing'>) => store.setClassing(e.detail)}
        ></atlas-classing>
      </details>
      <details class="classing" id="story-details" ?open=${count > 0}>
        <summary>
          ${bi({ vi: `Câu chuyện trình chiếu (${count})`, en: `Story (${count})` }, this.language)}
        </summary>
        <atlas-story
          .steps=${view.story}
          .storyTitle=${view.title}
          @atlas-story-change=${(e: AtlasEvent<'atlas-story-change'>) =>
            store.story.change(e.detail.steps, e.detail.title)}
          @atlas-story-show=${(e: AtlasEvent<'atlas-story-show'>) => store.story.show(e.detail)}
        ></atlas-story>
      </details>
      <atlas-histogram
        .histogram=${this.histogram}
        .classification=${mapView.classification}
        .unitsLabel=${LEVEL_LABELS[mapView.level]}
        @atlas-highlight=${(e: AtlasEvent<'atlas-highlight'>) => store.emphasize(e.detail)}
      ></atlas-histogram>`;
  }

  /**
   * Files read by address are checked as imports are: when the check found
   * something, it is said here, with the full report one click away.
   */
  private renderReportNotice() {
    const report = this.report;
    if (!report || report.problems.length === 0) return nothing;
    const n = (value: number) => formatNumber(value, this.locale, 0);
    return html`<p class="notice" id="data-problems" role="status">
      ${bi({ vi: `Kiểm tra dữ liệu: ${n(report.errors)} lỗi, ${n(report.warnings)} cảnh báo`, en: `Data check: ${n(report.errors)} errors, ${n(report.warnings)} warnings` }, this.language)}
      <button id="report-open" @click=${() => this.emit('atlas-open', 'report')}>
        ${bi({ vi: 'Xem báo cáo', en: 'See the report' }, this.language)}
      </button>
    </p>`;
  }

  /** Problems of the crosswalk in use, folded: the links that are fine are still used. */
  private renderCrosswalkProblems() {
    const { crosswalkProblems: problems, crosswalk, crosswalkName } = this.atlas.state;
    if (problems.length === 0 || !crosswalk) return nothing;
    const shown = problems.slice(0, 20);
    return html`<details id="crosswalk-problems" class="notice">
      <summary>
        ${bi({ vi: `Bảng chuyển đổi ${crosswalkName}: ${problems.length} vấn đề`, en: `Crosswalk ${crosswalkName}: ${problems.length} problems` }, this.language)}
      </summary>
      <ul>
        ${shown.map((p) => html`<li>${bi(problemLine('', p.where, p.message), this.language)}</li>`)}
        ${problems.length > shown.length ? html`<li>… ${problems.length - shown.length}</li>` : nothing}
      </ul>
    </details>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'atlas-side-panel': AtlasSidePanel;
  }
}
