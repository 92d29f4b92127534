import { css, html, nothing, unsafeCSS, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { parentLevel } from '../../core/hierarchy';
import type { ReaggregatedView } from '../../core/reaggregated-view';
import type { UnitCode } from '../../core/units';
import type { Camera } from '../../core/view-state';
import { AtlasMap, mapLibreCss } from '../../map/atlas-map';
import type { LoadedVintage } from '../../state/load-data';
import { bi, biText, bilingualStyles } from '../shared/bilingual';
import { tooltipStyles, unitTooltip } from '../shared/unit-tooltip';
import { showUnits } from '../shared/show-units';
import { AtlasElement } from '../shared/language';
import { classFill } from '../../core/unit-fills';

/** Where the pointer is on this map, and the unit under it. */
export interface PairHover {
  readonly code: UnitCode;
  readonly x: number;
  readonly y: number;
}

/**
 * The right-hand map of the side-by-side view: the new geography, coloured
 * with the old units' results recomputed for each new unit. It follows the
 * left-hand map's camera, outlines the units linked to the one pointed at
 * there, and tells the app which of its own units is pointed at or picked.
 */
@customElement('atlas-pair-map')
export class AtlasPairMap extends AtlasElement {
  static override styles = [
    unsafeCSS(mapLibreCss),
    bilingualStyles,
    tooltipStyles,
    css`
      :host {
        display: block;
        position: relative;
      }
      #pair-map {
        position: absolute;
        inset: 0;
      }
      .rule {
        color: #12355b;
      }
      .flag {
        color: #8a5a00;
      }
    `,
  ];

  /** The new geography's units. */
  @property({ attribute: false }) loaded: LoadedVintage | null = null;
  @property({ attribute: false }) view: ReaggregatedView | null = null;
  /** Units outlined because they are linked to the unit pointed at on the other map. */
  @property({ attribute: false }) linked: readonly UnitCode[] = [];
  @property({ attribute: false }) selected: UnitCode | null = null;
  /** Units' names written (the Names button acts on both maps). */
  @property({ attribute: false }) names = true;
  /** Where to start; afterwards the map follows the other one through `follow`. */
  @property({ attribute: false }) startCamera: Camera | null = null;

  @query('#pair-map') private container!: HTMLDivElement;
  @state() private hover: PairHover | null = null;

  /** True once the map has drawn the latest view; tests wait for it. */
  mapIdle = false;
  private map: AtlasMap | null = null;
  private shownUnits: LoadedVintage | null = null;

  /** Moves with the other map. */
  follow(camera: Camera): void {
    this.map?.follow(camera);
  }

  /** Where the map looks now (it follows the other map, so the two agree). */
  camera(): Camera | null {
    return this.map?.camera() ?? null;
  }

  /** The canvas, for pixel checks and exports. */
  canvas(): HTMLCanvasElement | null {
    return this.map?.canvas() ?? null;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.map?.destroy();
    this.map = null;
  }

  protected override firstUpdated(): void {
    this.map = new AtlasMap(this.container, this.view?.level ?? 'commune', undefined, {
      onHover: (code, point) => {
        this.hover = code && point ? { code, ...point } : null;
        this.emit('atlas-pair-hover', code);
      },
      onClick: (code) => this.emit('atlas-pair-select', code),
      onMove: (camera) => this.emit('atlas-pair-move', camera),
      onMoveEnd: (camera) => this.emit('atlas-pair-moveend', camera),
      onIdle: () => {
        if (this.map?.isIdle() && this.shownUnits) this.mapIdle = true;
      },
    });
    if (this.startCamera) this.map.follow(this.startCamera);
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('loaded') || changed.has('view')) void this.sync();
    if (changed.has('linked')) this.map?.setLinked(this.linked);
    if (changed.has('selected')) this.map?.setSelected(this.selected);
    if (changed.has('names')) this.map?.setNamesShown(this.names);
  }

  private async sync(): Promise<void> {
    const { map, loaded, view } = this;
    if (!map || !loaded || !view) return;
    this.mapIdle = false;
    await map.whenReady();
    if (this.shownUnits !== loaded) {
      this.shownUnits = loaded;
      await showUnits(map, loaded);
      map.setLinked(this.linked);
      map.setSelected(this.selected);
    }
    if (this.view !== view) return;
    map.setLevel(view.level, parentLevel(loaded.hierarchy.vintage, view.level));
    map.paint(classFill(view.classification, view.classOf), () => false);
  }

  private emit<T>(type: string, detail: T): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  override render() {
    return html`<div
        id="pair-map"
        role="region"
        aria-label=${biText({ vi: 'Bản đồ đơn vị mới', en: 'Map of the new units' }, this.language)}
      ></div>
      ${this.renderTooltip()}`;
  }

  private renderTooltip() {
    const { hover, view, loaded } = this;
    if (!hover || !view || !loaded) return nothing;
    const unit = loaded.hierarchy.units.get(hover.code);
    const result = view.results.get(hover.code);
    if (!unit) return nothing;
    return unitTooltip(
      view,
      hover.code,
      { name: unit.name },
      hover,
      this.language,
      result
        ? html`<div class="rule">${bi(result.rule, this.language)}</div>
            ${
              result.partlyCovered
                ? html`<div class="flag">
                    ${bi({ vi: `Chỉ ${result.covered}/${result.total} đơn vị cũ có số liệu`, en: `Only ${result.covered} of ${result.total} old units have data` }, this.language)}
                  </div>`
                : nothing
            }`
        : nothing,
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'atlas-pair-map': AtlasPairMap;
  }
}
