import { css, html, nothing, unsafeCSS, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { archipelagoDrawing } from '../../core/archipelagos';
import type { MapDrawing } from '../../core/figure-types';
import { parentLevel } from '../../core/hierarchy';
import type { MapView } from '../../core/map-view';
import type { ReaggregatedView } from '../../core/reaggregated-view';
import { isBivariateView } from '../../core/bivariate';
import { describeBilingual } from '../../core/describe-value';
import { isHistoryView } from '../../core/history-view';
import { layerLabel } from '../../core/layer';
import { unitSeries } from '../../core/trend';
import type { BilingualText } from '../../core/text';
import type { UnitFills } from '../../core/unit-fills';
import { levelsOf, type Level, type UnitCode } from '../../core/units';
import {
  nearestUnit,
  unitInDirection,
  type Direction,
  type ScreenUnit,
} from '../../core/unit-steps';
import type { Camera } from '../../core/view-state';
import { AtlasMap, mapLibreCss } from '../../map/atlas-map';
import type { CameraRequest } from '../../state/atlas-state';
import type { LoadedVintage } from '../../state/load-data';
import { AtlasElement } from '../shared/atlas-element';
import { bi, biText } from '../shared/bilingual';
import { sparkline, tooltipStyles, unitTooltip } from '../shared/unit-tooltip';

const ARROWS: Record<string, Direction> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};
/** How far Shift + an arrow moves the map, in pixels. */
const PAN: Record<Direction, [number, number]> = {
  left: [-100, 0],
  right: [100, 0],
  up: [0, -100],
  down: [0, 100],
};

/**
 * A map of one geography: it owns a MapLibre map, draws what it is given as
 * properties (units, their fills, what is picked, pointed at or linked),
 * makes the camera moves it is asked for, and tells the page what the person
 * points at, clicks and moves. The only element that knows the map adapter;
 * the main map and the right-hand map of the side-by-side view are both one.
 */
@customElement('atlas-map-view')
export class AtlasMapView extends AtlasElement {
  static override styles = [
    unsafeCSS(mapLibreCss),
    tooltipStyles,
    css`
      :host {
        display: block;
      }
      .canvas {
        position: absolute;
        inset: 0;
      }
      .rule {
        color: var(--atlas-ink-strong);
      }
      .flag {
        color: var(--atlas-warning-ink);
      }
    `,
  ];

  /** The geography drawn: its units, codes, names and the worker holding its outlines. */
  @property({ attribute: false }) loaded: LoadedVintage | null = null;
  /** The values shown: the tooltip reads them; `fills` colours the units. */
  @property({ attribute: false }) view: MapView | ReaggregatedView | null = null;
  @property({ attribute: false }) fills: UnitFills | null = null;
  /** The level drawn before any view is derived (the map starts while data loads). */
  @property({ attribute: false }) initialLevel: Level = 'commune';
  @property({ attribute: false }) selected: UnitCode | null = null;
  /** A unit pointed at elsewhere (a table row): outlined, with no tooltip. */
  @property({ attribute: false }) hovered: UnitCode | null = null;
  /** Units outlined because they are linked to the unit pointed at on the other map. */
  @property({ attribute: false }) linked: readonly UnitCode[] = [];
  /** Units kept bright while a legend class or histogram bar is pointed at (null: all). */
  @property({ attribute: false }) emphasized: ReadonlySet<UnitCode> | null = null;
  @property({ attribute: false }) names = true;
  @property({ attribute: false }) cameraRequest: CameraRequest | null = null;
  /** Where to look at creation, before any request (a link's camera, the other map's). */
  @property({ attribute: false }) startCamera: Camera | null = null;
  /** A boundary file the map may start reading at creation, before it has been checked. */
  @property({ attribute: false }) unitsUrl: string | null = null;
  /** False for a still picture: no pan, zoom, hover or click. */
  @property({ attribute: false }) interactive = true;
  @property({ attribute: false }) label: BilingualText = { vi: 'Bản đồ', en: 'Map' };

  @query('.canvas') private container!: HTMLDivElement;
  @state() private pointer: { code: UnitCode; x: number; y: number } | null = null;

  /** True once the map has drawn the latest view; tests and exports wait for it. */
  mapIdle = false;
  private map: AtlasMap | null = null;
  private shownUnits: LoadedVintage | null = null;
  private appliedRequest: CameraRequest | null = null;
  /** Whether the map's style has loaded: its sources can be given data. */
  private ready = false;
  /** Drawing in progress: the map is not idle until the last one has been handed over. */
  private syncing = 0;

  /** Moves with another map, without echoing the move back. */
  follow(camera: Camera): void {
    this.map?.follow(camera);
  }

  /** Where the map looks now. */
  camera(): Camera | null {
    return this.map?.camera() ?? null;
  }

  /** How the map draws at this moment, for an export that must look the same. */
  drawing(): MapDrawing | null {
    return this.map?.drawing() ?? null;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.map?.destroy();
    this.map = null;
  }

  protected override firstUpdated(): void {
    const level = this.view?.level ?? this.initialLevel;
    this.map = new AtlasMap(
      this.container,
      level,
      undefined,
      {
        onHover: (code, point) => {
          if (!this.interactive) return;
          this.pointer = code && point ? { code, ...point } : null;
          this.emit('atlas-map-hover', code);
        },
        onClick: (code) => {
          if (this.interactive) this.emit('atlas-map-click', code);
        },
        onMove: (camera) => this.emit('atlas-map-move', camera),
        onMoveEnd: (camera) => this.emit('atlas-map-moveend', camera),
        onIdle: () => {
          if (!this.map?.isIdle() || !this.shownUnits || this.syncing > 0) return;
          this.mapIdle = true;
          this.emit('atlas-map-idle', null);
        },
      },
      this.unitsUrl,
      this.interactive,
    );
    if (this.startCamera) this.map.follow(this.startCamera);
  }

  protected override updated(changed: PropertyValues<this>): void {
    const map = this.map;
    if (!map) return;
    const draw =
      changed.has('loaded') ||
      changed.has('view') ||
      changed.has('fills') ||
      changed.has('cameraRequest');
    if (draw) void this.sync(map);
    if (changed.has('label') || (changed as PropertyValues).has('language'))
      map.setAccessibleName(biText(this.label, this.language));
    // Before the style is ready there is nothing to outline: `sync` marks them once it is.
    if (!this.ready) return;
    if (changed.has('selected')) map.setSelected(this.selected);
    if (changed.has('hovered')) map.setHover(this.hovered);
    if (changed.has('linked')) map.setLinked(this.linked);
    if (changed.has('emphasized')) map.emphasize(this.emphasized);
    // Names are not part of the view: showing or hiding them redraws nothing else.
    if (changed.has('names')) map.setNamesShown(this.names);
  }

  /** Hands the map what changed: a camera move first, so tiles are cut once, for the zoom seen. */
  private async sync(map: AtlasMap): Promise<void> {
    const { loaded, view, fills, cameraRequest } = this;
    if (!loaded) return;
    this.mapIdle = false;
    this.syncing += 1;
    try {
      await map.whenReady();
      this.ready = true;
      if (cameraRequest && cameraRequest !== this.appliedRequest) {
        this.appliedRequest = cameraRequest;
        // The map may just have changed width (side by side): fit the width it has now.
        map.resize();
        if ('bbox' in cameraRequest) map.fitBounds(cameraRequest.bbox, cameraRequest.animate);
        else map.jumpTo(cameraRequest.camera);
      }
      if (this.shownUnits !== loaded) {
        this.shownUnits = loaded;
        await map.setUnits(
          loaded.display,
          loaded.boundaries.units.map((unit) => unit.code),
          loaded.worker,
          archipelagoDrawing(loaded.boundaries),
        );
        performance.mark('atlas-units-set');
        map.setLinked(this.linked);
        map.setSelected(this.selected);
        map.setHover(this.hovered);
        map.emphasize(this.emphasized);
      }
      // Newer properties arrived while waiting: the later call draws them.
      if (this.loaded !== loaded || this.view !== view || this.fills !== fills) return;
      if (!view || !fills) return;
      const levels = levelsOf(loaded.hierarchy.vintage);
      map.setLevel(
        view.level,
        levels.includes(view.level) ? parentLevel(loaded.hierarchy.vintage, view.level) : undefined,
      );
      map.setNamesShown(this.names);
      performance.clearMeasures('atlas-restyle');
      performance.mark('atlas-restyle-start');
      map.paint(fills.fillOf, fills.isDimmed);
      map.setSelected(this.selected);
      performance.measure('atlas-restyle', 'atlas-restyle-start');
    } finally {
      this.syncing -= 1;
    }
  }

  /**
   * The keyboard on the focused map: the arrows move from unit to unit
   * (outlined, with their tooltip, in the arrow's direction), Enter picks the
   * unit, Escape leaves it; Shift + arrows move the map, + and − zoom.
   */
  private readonly onKey = (event: KeyboardEvent): void => {
    const map = this.map;
    if (!map || !this.interactive || event.altKey || event.ctrlKey || event.metaKey) return;
    const direction = ARROWS[event.key];
    if (direction && event.shiftKey) {
      const [x, y] = PAN[direction];
      map.nudge({ pan: [x, y] });
    } else if (direction) {
      this.stepTo(direction);
    } else if (event.key === '+' || event.key === '=') {
      map.nudge({ zoom: 1 });
    } else if (event.key === '-' || event.key === '_') {
      map.nudge({ zoom: -1 });
    } else if (event.key === 'Enter' && this.pointer) {
      this.emit('atlas-map-click', this.pointer.code);
    } else if (event.key === 'Escape' && this.pointer) {
      this.leaveKeyboard();
    } else {
      return;
    }
    event.preventDefault();
  };

  /** The units of the level shown that are on screen, at the centres of their bounds. */
  private unitsOnScreen(): ScreenUnit[] {
    const { map, view, loaded, container } = this;
    if (!map || !view || !loaded) return [];
    const width = container.clientWidth;
    const height = container.clientHeight;
    const units: ScreenUnit[] = [];
    for (const code of view.codes) {
      const bbox = loaded.boundaries.bounds.get(code);
      if (!bbox) continue;
      const { x, y } = map.project((bbox[0] + bbox[2]) / 2, (bbox[1] + bbox[3]) / 2);
      if (x >= 0 && y >= 0 && x <= width && y <= height) units.push({ code, x, y });
    }
    return units;
  }

  private stepTo(direction: Direction): void {
    const units = this.unitsOnScreen();
    const current = units.find((u) => u.code === (this.pointer?.code ?? this.selected));
    const code = current
      ? unitInDirection(current, units, direction)
      : nearestUnit(
          { x: this.container.clientWidth / 2, y: this.container.clientHeight / 2 },
          units,
        );
    const unit = units.find((u) => u.code === code);
    if (!unit) return;
    this.pointer = unit;
    this.map?.setHover(unit.code);
    this.emit('atlas-map-hover', unit.code);
  }

  private leaveKeyboard(): void {
    if (!this.pointer) return;
    this.pointer = null;
    this.map?.setHover(this.hovered);
    this.emit('atlas-map-hover', null);
  }

  override render() {
    // The canvas is the map's region (MapLibre's); its name is set in `updated`.
    return html`<div
        class="canvas"
        @keydown=${this.onKey}
        @focusout=${() => this.leaveKeyboard()}
      ></div>
      ${this.renderTooltip()}`;
  }

  private renderTooltip() {
    const { pointer, view, loaded } = this;
    if (!pointer || !view || !loaded) return nothing;
    const unit = loaded.hierarchy.units.get(pointer.code);
    if (!unit) return nothing;
    const parent = unit.parent ? loaded.hierarchy.units.get(unit.parent) : undefined;
    // On the right-hand map: how the new unit's value was recomputed, and from how much.
    const result = 'results' in view ? view.results.get(pointer.code) : undefined;
    const recomputed = isHistoryView(view) ? view.recomputed : null;
    const extra = result
      ? html`${
            recomputed
              ? html`<div class="flag" data-recomputed>
                  ${bi({ vi: `Năm ${recomputed.periods.join(', ')}: tính lại từ đơn vị cũ (địa giới ${recomputed.from}), không phải số liệu báo cáo của đơn vị này`, en: `${recomputed.periods.join(', ')}: computed from the old units (${recomputed.from} boundaries), not reported for this unit` }, this.language)}
                </div>`
              : nothing
          }
          <div class="rule">${bi(result.rule, this.language)}</div>
          ${
            result.partlyCovered
              ? html`<div class="flag">
                  ${bi({ vi: `Chỉ ${result.covered}/${result.total} đơn vị cũ có số liệu`, en: `Only ${result.covered} of ${result.total} old units have data` }, this.language)}
                </div>`
              : nothing
          }`
      : nothing;
    // A bivariate map: the second layer's value under the first's.
    const second = isBivariateView(view) ? view.bivariate.y : null;
    const secondLine = second
      ? html`<div class="muted">${biText(layerLabel(second.layer), this.language)}</div>
          <div class="value" data-second>
            ${bi(describeBilingual(second.layer, second.values.get(pointer.code) ?? { value: null, source: 'none' }), this.language)}
          </div>`
      : nothing;
    // The unit's own years as a small line (the file's years of the layer's programme period).
    const series = view.layer && !view.change ? unitSeries(loaded, view.layer, pointer.code) : [];
    return unitTooltip(
      view,
      pointer.code,
      { name: unit.name, parent: 'results' in view && !recomputed ? undefined : parent?.name },
      pointer,
      this.language,
      html`${secondLine}${extra}${series.length > 1 ? html`<div class="trend">${sparkline(series, view.period)}</div>` : nothing}`,
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'atlas-map-view': AtlasMapView;
  }
}
