import { ContextProvider } from '@lit/context';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, query } from 'lit/decorators.js';
import { layerKey } from '../../core/layer';
import { firstVisitLanguage, htmlLang, plainText } from '../../core/display-language';
import type { IndicatorDataset } from '../../core/indicator-file';
import type { ViewState } from '../../core/view-state';
import { EMPTY_STATE, type AtlasState } from '../../state/atlas-state';
import { initialState } from '../../state/initial-state';
import { savedStartFor, type SavedStart } from '../../state/workspace-start';
import { briefingFile } from '../../state/briefing-file';
import { WorkspaceSync } from '../../state/workspace-sync';
import { currentData, fileBase, hasLocalData } from '../../state/selectors';
import { AtlasStore } from '../../state/store';
import { storeContext, StoreController } from '../../state/store-context';
import { UrlSync } from '../../state/url-sync';
import type { AtlasEvent } from '../shared/atlas-events';
import { bi, biText } from '../shared/bilingual';
import { languageContext } from '../shared/language';
import { appStyles } from './atlas-app.styles';
import { figureOfView, snippetsOfView } from './view-outputs';
import type { AtlasExport } from '../atlas-export/atlas-export';
import type { AtlasImport } from '../atlas-import/atlas-import';
import type { AtlasMaps } from '../atlas-maps/atlas-maps';
import type { AtlasShare } from '../atlas-share/atlas-share';
import type { AtlasSavedData } from '../atlas-saved-data/atlas-saved-data';
import '../atlas-breadcrumbs/atlas-breadcrumbs';
import '../atlas-controls/atlas-controls';
import '../atlas-export/atlas-export';
import '../atlas-header/atlas-header';
import '../atlas-import/atlas-import';
import '../atlas-layer-panel/atlas-layer-panel';
import '../atlas-maps/atlas-maps';
import '../atlas-presenter/atlas-presenter';
import '../atlas-share/atlas-share';
import '../atlas-saved-data/atlas-saved-data';
import '../atlas-side-panel/atlas-side-panel';
import '../atlas-unit-table/atlas-unit-table';
import '../atlas-scorecard/atlas-scorecard';

/** How an atlas embedded in another page is set up (see src/embed.ts). */
export interface EmbedOptions {
  readonly params: URLSearchParams;
  readonly interactive: boolean;
  /** Whether the reader may download the figures shown (CSV, Excel); on unless turned off. */
  readonly downloads?: boolean;
}

/**
 * The atlas: it makes the store, lays out the page and wires what its parts
 * and maps tell it to the store's actions. Everything shown is derived from
 * the store's state by its selectors; the view is written to the address.
 */
@customElement('ntp-atlas-app')
export class AtlasApp extends LitElement {
  static override styles = appStyles;

  /**
   * Set by the embeddable element before the atlas is connected: the view
   * and data addresses (the same keys as the app's URL), and whether the
   * map can be moved and pointed at. The page's address is then left alone.
   */
  embed: EmbedOptions | null = null;
  /** The data and view of an offline briefing file (src/briefing), in place of the address's. */
  briefing: SavedStart | null = null;

  @query('atlas-maps') private maps!: AtlasMaps | null;
  @query('atlas-import') private importer!: AtlasImport;
  @query('atlas-export') private exporter!: AtlasExport;
  @query('atlas-share') private sharer!: AtlasShare;
  @query('atlas-saved-data') private saved!: AtlasSavedData;

  private readonly store = new AtlasStore(EMPTY_STATE);
  private readonly atlas = new StoreController(this, this.store);
  private readonly url = new UrlSync();
  private unsubscribeUrl: (() => void) | null = null;
  /** What the browser keeps of this atlas's work (the full app only; an embed keeps nothing). */
  workspace: WorkspaceSync | null = null;
  private unsubscribeWorkspace: (() => void) | null = null;
  private readonly languageProvider = new ContextProvider(this, {
    context: languageContext,
    initialValue: EMPTY_STATE.view.language,
  });

  constructor() {
    super();
    new ContextProvider(this, { context: storeContext, initialValue: this.store });
  }

  /** The state of this atlas, read-only: for the host page's scripts and for tests. */
  get state(): AtlasState {
    return this.store.state;
  }

  /** True once the main map has drawn the latest view; tests and exports wait for it. */
  get mapIdle(): boolean {
    // A state change not yet rendered is not drawn yet either.
    return !this.isUpdatePending && this.maps?.mapIdle === true && !!currentData(this.store.state);
  }

  /** True when no layer is waiting to be prepared. */
  get layersPrepared(): boolean {
    return this.store.preparation.done;
  }

  /** Whether other layers' classes are computed while idle (`npm run bench` turns it off). */
  set prepareLayers(enabled: boolean) {
    this.store.preparation.enabled = enabled;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // In an iframe (embed=1, or embed=static for a still map): the same compact layout.
    const framed = new URLSearchParams(window.location.search).get('embed');
    if (!this.embed && framed) {
      const params = new URLSearchParams(window.location.search);
      this.embed = {
        params,
        interactive: framed !== 'static',
        downloads: params.get('download') !== '0',
      };
    }
    void this.begin();
    this.addEventListener('dragover', this.onDragOver);
    this.addEventListener('drop', this.onDrop);
  }

  /**
   * Reads the view and its data from the address, or (the full app, with no
   * files in the address) from what the browser kept of the last session,
   * and starts loading.
   */
  private async begin(): Promise<void> {
    // Embedded, the view comes from the element's attributes, not the page's address.
    const address = this.embed
      ? (new URL(`?${this.embed.params.toString()}`, window.location.href) as unknown as Location)
      : window.location;
    const saved =
      this.briefing ?? (this.embed ? null : await savedStartFor(window.location.search));
    if (!this.isConnected) return;
    // A first visit speaks the reader's language; an embed without `lang` shows both, as documented.
    const { sources, crosswalk, keptCrosswalk, error, view } = initialState(
      address,
      this.embed ? 'both' : firstVisitLanguage(navigator.languages),
      saved,
    );
    this.store.update({
      sources,
      error,
      view,
      ...(keptCrosswalk
        ? { crosswalk: keptCrosswalk.crosswalk, crosswalkName: keptCrosswalk.name }
        : {}),
      fitPending: view.camera === null,
      cameraRequest: view.camera ? { camera: view.camera } : null,
      embedded: this.embed !== null,
      interactive: this.embed?.interactive ?? true,
      downloads: this.embed?.downloads ?? true,
      briefing: this.briefing !== null,
      panelOpen: !this.embed && window.matchMedia('(min-width: 801px)').matches,
    });
    this.toggleAttribute('embedded', this.embed !== null);
    this.store.start(crosswalk);
    // The address follows the view once its data is there; embedded, the page's address is left alone.
    // A briefing file opened from disk keeps its view in itself, not in an address.
    this.unsubscribeUrl =
      this.embed || this.briefing
        ? null
        : this.store.subscribe((state) => {
            if (currentData(state)) this.url.write(state.view);
          });
    // The full app keeps imports, crosswalks, the view and the story in the browser.
    if (!this.embed && !this.briefing) {
      this.workspace = new WorkspaceSync(this.store, saved !== null);
      this.unsubscribeWorkspace = this.workspace.follow();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribeUrl?.();
    this.unsubscribeWorkspace?.();
    this.url.flush();
    this.removeEventListener('dragover', this.onDragOver);
    this.removeEventListener('drop', this.onDrop);
  }

  /** Files dropped anywhere on the atlas go to the import dialog. */
  private readonly onDragOver = (event: DragEvent): void => {
    if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
  };

  private readonly onDrop = (event: DragEvent): void => {
    const files = [...(event.dataTransfer?.files ?? [])];
    if (files.length === 0) return;
    event.preventDefault();
    void this.importer.open(files);
  };

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const { language, presenting } = this.store.state.view;
    this.toggleAttribute('presenting', presenting);
    if (this.languageProvider.value !== language) {
      this.languageProvider.setValue(language);
      this.lang = htmlLang(language);
    }
  }

  /** The figure of the view on screen, for the export dialog (and its tests). */
  readonly makeFigure = (title: string | null) => figureOfView(this.store, this.maps, title);

  /** The link, iframe and element for the view on screen, for the share dialog. */
  private readonly snippets = () => snippetsOfView(this.store, this.maps?.camera() ?? null);

  private openDialog(which: AtlasEvent<'atlas-open'>['detail']): void {
    if (which === 'export') this.exporter.open();
    else if (which === 'share') this.sharer.open();
    else if (which === 'report') this.openReport();
    else if (which === 'saved') void this.saved.open();
    else void this.importer.open();
  }

  /** The check of the data shown, in the import dialog's report. */
  private openReport(): void {
    const loaded = currentData(this.store.state);
    const report = this.store.select.report(this.store.state);
    if (loaded && report) void this.importer.showReport(loaded, report);
  }

  /** The criteria scorecard of the area shown, below the map, when asked for and the year has criteria. */
  private renderScorecard() {
    const { store } = this;
    const state = store.state;
    if (!state.view.scorecard) return nothing;
    const { card, areaName } = store.select.scorecard(state);
    return card
      ? html`<atlas-scorecard
          class="table"
          .card=${card}
          .areaName=${areaName}
          .selected=${state.view.selected}
          @atlas-layer=${(e: AtlasEvent<'atlas-layer'>) => store.setLayer(e.detail)}
          @atlas-select=${(e: AtlasEvent<'atlas-select'>) => store.selectUnit(e.detail)}
          @atlas-close=${() => store.toggleScorecard()}
        ></atlas-scorecard>`
      : nothing;
  }

  /** Presentation: full screen where the browser allows it, from the first step. */
  private present(): void {
    this.store.story.present();
    this.requestFullscreen?.().catch(() => undefined);
  }

  override render() {
    const { store } = this;
    const state = this.atlas.state;
    const { view, error } = state;
    const loaded = currentData(state);
    const mapView = store.select.mapView(state);
    const controlled = store.select.controlled(state).view;
    const language = view.language;
    return html`
      ${view.presenting ? html`<atlas-presenter></atlas-presenter>` : nothing}
      <atlas-header
        @atlas-open=${(e: AtlasEvent<'atlas-open'>) => this.openDialog(e.detail)}
      ></atlas-header>
      <atlas-share
        .makeSnippets=${this.snippets}
        .makeBriefing=${this.briefing || this.embed ? null : () => briefingFile(this.store)}
        .briefingName=${`${fileBase(view, mapView)}.html`}
        ?localData=${hasLocalData(state)}
      ></atlas-share>
      <atlas-export
        .makeFigure=${this.makeFigure}
        .figureTitle=${view.title}
        .fileBase=${fileBase(view, mapView)}
        @atlas-title=${(e: AtlasEvent<'atlas-title'>) => store.setTitle(e.detail)}
      ></atlas-export>
      <atlas-saved-data .workspace=${this.workspace}></atlas-saved-data>
      <atlas-import
        .current=${state.sources}
        .shownVintage=${view.vintage}
        .periodHint=${loaded?.dataset?.periods.at(-1) ?? null}
        .geographies=${store.select.geographies(state)}
        .demoVintages=${store.select.demoVintages(state)}
        .figureVintages=${store.select.figureVintages(state)}
        @atlas-imported=${(e: AtlasEvent<'atlas-imported'>) => {
          store.showImported(e.detail.loaded);
          void this.workspace?.keepImport(e.detail.loaded);
        }}
        @atlas-crosswalk=${(e: AtlasEvent<'atlas-crosswalk'>) => {
          store.useCrosswalk(e.detail.crosswalk, e.detail.name);
          void this.workspace?.keepCrosswalk(e.detail.crosswalk, e.detail.name);
        }}
      ></atlas-import>
      ${error ? html`<div class="error" role="alert">${bi(error, language)}<button aria-label=${biText({ vi: 'Đóng', en: 'Close' }, language)} @click=${() => store.dismissError()}>×</button></div>` : nothing}
      <atlas-controls></atlas-controls>
      <p id="announcer" class="visually-hidden" role="status" aria-live="polite">
        ${biText(store.select.announcement(state) ?? { vi: '', en: '' }, language)}
      </p>
      <atlas-breadcrumbs
        .trail=${store.select.trail(state)}
        @atlas-crumb=${(e: AtlasEvent<'atlas-crumb'>) => store.drill(e.detail)}
      ></atlas-breadcrumbs>
      <main class="body ${state.panelOpen ? 'with-panel' : ''}">
        ${
          state.panelOpen
            ? html`<nav
                class="layers"
                aria-label=${biText({ vi: 'Lớp chỉ tiêu', en: 'Indicator layers' }, language)}
              >
                <atlas-layer-panel
                  .layers=${store.select.layers(state)}
                  .current=${controlled?.layer ? layerKey(controlled.layer) : ''}
                  @atlas-layer=${(e: AtlasEvent<'atlas-layer'>) => store.setLayer(e.detail)}
                ></atlas-layer-panel>
              </nav>`
            : nothing
        }
        <div class="centre">
          <atlas-maps></atlas-maps>
          ${
            state.tableOpen && mapView?.layer
              ? html`<atlas-unit-table
                  class="table"
                  .view=${mapView}
                  .rows=${store.select.rows(state)}
                  .hovered=${state.hovered ?? state.tableHovered}
                  .selected=${view.selected}
                  .fileName=${`ntp-atlas-${layerKey(mapView.layer)}-${mapView.level}-${mapView.change ? `${mapView.change.from}-${mapView.change.to}` : (mapView.period ?? '')}`}
                  .about=${tableAbout(currentData(state)?.dataset ?? null, view.language)}
                  @atlas-select=${(e: AtlasEvent<'atlas-select'>) => store.selectUnit(e.detail)}
                  @atlas-hover=${(e: AtlasEvent<'atlas-hover'>) => store.pointAtInTable(e.detail)}
                ></atlas-unit-table>`
              : nothing
          }
          ${this.renderScorecard()}
        </div>
        <atlas-side-panel
          @atlas-open=${(e: AtlasEvent<'atlas-open'>) => this.openDialog(e.detail)}
          @atlas-story-add=${(e: AtlasEvent<'atlas-story-add'>) =>
            store.story.add(e.detail, this.maps?.camera() ?? null)}
          @atlas-present=${() => this.present()}
        ></atlas-side-panel>
      </main>
    `;
  }
}

/** The source and date the table's workbook names in its "about" sheet. */
function tableAbout(dataset: IndicatorDataset | null, language: ViewState['language']) {
  return {
    source: dataset ? plainText(dataset.source, language) : null,
    dataDate: dataset?.dataDate ?? null,
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'ntp-atlas-app': AtlasApp;
  }
}
