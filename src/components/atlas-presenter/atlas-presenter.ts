import { html, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import { plainText } from '../../core/display-language';
import { layerLabel } from '../../core/layer';
import { AtlasPart } from '../shared/atlas-part';
import { bi, biText } from '../shared/bilingual';

/**
 * The title block of a presentation: the editable title, the step's caption,
 * and the steps. While it is shown, arrow keys, Page Up/Down, Home and End
 * step through the story and Escape leaves it.
 */
@customElement('atlas-presenter')
export class AtlasPresenter extends AtlasPart {
  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('keydown', this.onKey);
    // Back to ▶, where the presentation was started.
    const root = this.atlasRoot;
    requestAnimationFrame(() => root?.querySelector('atlas-story')?.focusPresent());
  }

  /** The focus stays on the presentation's controls while it runs. */
  protected override firstUpdated(): void {
    this.querySelector<HTMLElement>('#step-next:not([disabled]), #present-exit')?.focus();
  }

  private atlasRoot: ShadowRoot | Document | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    this.atlasRoot = this.getRootNode() as ShadowRoot | Document;
    window.addEventListener('keydown', this.onKey);
  }

  private readonly onKey = (event: KeyboardEvent): void => {
    if (!this.atlas.ready) return;
    const target = event.composedPath()[0];
    if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) return;
    if (event.key === 'Escape') return this.leave();
    if (this.atlas.store.story.key(event.key)) event.preventDefault();
  };

  private leave(): void {
    this.atlas.store.story.leave();
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  }

  override render() {
    if (!this.atlas.ready) return nothing;
    const { store } = this.atlas;
    const { story, step, title } = store.state.view;
    const layer = store.select.mapView(store.state)?.layer;
    const caption = story[step]?.caption ?? '';
    const t = (vi: string, en: string) => bi({ vi, en }, this.language);
    return html`<section
      class="presenter"
      aria-label=${biText({ vi: 'Trình chiếu', en: 'Presentation' }, this.language)}
    >
      <input
        id="present-title"
        class="present-title"
        type="text"
        .value=${title ?? ''}
        placeholder=${layer ? plainText(layerLabel(layer), this.language) : ''}
        aria-label=${biText({ vi: 'Tiêu đề', en: 'Title' }, this.language)}
        @change=${(e: Event) => store.setTitle((e.target as HTMLInputElement).value)}
      />
      <p id="present-caption" class="caption" aria-live="polite">${caption}</p>
      <div class="stepper">
        <button id="step-prev" ?disabled=${step <= 0} @click=${() => store.story.show(step - 1)}>
          ◀ ${t('Trước', 'Previous')}
        </button>
        <span id="step-count">${step + 1} / ${story.length}</span>
        <button
          id="step-next"
          ?disabled=${step >= story.length - 1}
          @click=${() => store.story.show(step + 1)}
        >
          ${t('Tiếp', 'Next')} ▶
        </button>
        <button id="present-exit" @click=${() => this.leave()}>${t('Thoát', 'Exit')}</button>
      </div>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'atlas-presenter': AtlasPresenter;
  }
}
