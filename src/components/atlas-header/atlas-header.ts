import { html, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import type { DisplayLanguage } from '../../core/display-language';
import { layerLabel } from '../../core/layer';
import { currentData } from '../../state/selectors';
import { AtlasPart } from '../shared/atlas-part';
import { bi, biText, SYNTHETIC_LABEL } from '../shared/bilingual';

/** Each language named in itself, so a reader finds their own whatever is shown. */
const LANGUAGE_NAMES: Record<DisplayLanguage, string> = {
  both: 'Tiếng Việt · English',
  vi: 'Tiếng Việt',
  en: 'English',
};

/**
 * The atlas's title bar: what it is (or, embedded, the view's title), whether
 * the data is fictional, the dataset, the language, and the buttons that open
 * the export, share and import dialogs.
 */
@customElement('atlas-header')
export class AtlasHeader extends AtlasPart {
  override render() {
    if (!this.atlas.ready) return nothing;
    const { store } = this.atlas;
    const state = store.state;
    const dataset = currentData(state)?.dataset ?? null;
    const layer = store.select.mapView(state)?.layer;
    const title = state.embedded
      ? (state.view.title ?? (layer ? bi(layerLabel(layer), this.language) : nothing))
      : bi(
          {
            vi: 'Bản đồ các Chương trình mục tiêu quốc gia',
            en: 'Atlas of the National Target Programs',
          },
          this.language,
        );
    return html`<header class="top">
      <h1>${title}</h1>
      ${
        dataset?.synthetic
          ? html`<span
              class="synthetic"
              role="note"
              title=${biText({ vi: 'Số liệu và địa giới hư cấu', en: 'Fictional figures and boundaries' }, this.language)}
              >${bi(SYNTHETIC_LABEL, this.language)}</span
            >`
          : nothing
      }
      ${dataset ? html`<span class="dataset">${bi(dataset.title, this.language)}</span>` : nothing}
      <div class="tools">
        ${this.renderLanguagePicker()}
        <button
          id="export-open"
          class="import"
          ?disabled=${!layer}
          @click=${() => this.emit('atlas-open', 'export')}
        >
          ${bi({ vi: 'Lưu hình', en: 'Export' }, this.language)}
        </button>
        ${
          // A briefing file opened from disk has no address to share and keeps nothing.
          this.atlas.state.briefing
            ? nothing
            : html`<button
                id="share-open"
                class="import"
                @click=${() => this.emit('atlas-open', 'share')}
              >
                ${bi({ vi: 'Chia sẻ', en: 'Share' }, this.language)}
              </button>`
        }
        ${
          this.atlas.state.embedded || this.atlas.state.briefing
            ? nothing
            : html`<button
                id="saved-open"
                class="import"
                @click=${() => this.emit('atlas-open', 'saved')}
              >
                ${bi({ vi: 'Dữ liệu đã lưu', en: 'Saved data' }, this.language)}
              </button>`
        }
        <button id="import-open" class="import" @click=${() => this.emit('atlas-open', 'import')}>
          ${bi({ vi: 'Nhập dữ liệu', en: 'Import data' }, this.language)}
        </button>
      </div>
    </header>`;
  }

  private renderLanguagePicker() {
    return html`<label class="language">
      <span class="visually-hidden"
        >${biText({ vi: 'Ngôn ngữ', en: 'Language' }, this.language)}</span
      >
      <select
        id="language"
        @change=${(e: Event) =>
          this.atlas.store.setLanguage((e.target as HTMLSelectElement).value as DisplayLanguage)}
      >
        ${(Object.keys(LANGUAGE_NAMES) as DisplayLanguage[]).map(
          (language) =>
            html`<option
              value=${language}
              lang=${language === 'en' ? 'en' : 'vi'}
              translate="no"
              .selected=${language === this.language}
            >
              ${LANGUAGE_NAMES[language]}
            </option>`,
        )}
      </select>
    </label>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'atlas-header': AtlasHeader;
  }
}
