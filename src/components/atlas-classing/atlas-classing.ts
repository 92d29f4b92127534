import { css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { formatBreaks, parseBreaks } from '../../core/break-input';
import {
  MAX_CLASSES,
  MIN_CLASSES,
  methodsFor,
  paletteKindsFor,
  type ClassMethod,
  type Classification,
} from '../../core/classify';
import type { Layer } from '../../core/layer';
import { PALETTES, PALETTE_KIND_LABELS, isColorblindSafe } from '../../core/palette';
import type { BilingualText } from '../../core/text';
import type { ClassingChoice } from '../../core/view-state';
import { bi, bilingualStyles, biText } from '../shared/bilingual';
import { AtlasElement } from '../shared/atlas-element';
import { METHOD_LABELS } from '../../core/legend-text';
import { safeColour } from '../../core/css-colour';

/**
 * How the shown layer is classed and coloured: method, number of classes,
 * manual breaks, palette (colour-blind-safe ones marked ✓), reverse, and
 * whether breaks are computed over every year or the year shown.
 *
 * @event atlas-classing - detail is the part of ClassingChoice that changed.
 */
@customElement('atlas-classing')
export class AtlasClassing extends AtlasElement {
  static override styles = [
    bilingualStyles,
    css`
      :host {
        display: block;
        font-size: 12px;
      }
      .grid {
        display: grid;
        grid-template-columns: 1fr 1fr;
        gap: 6px 8px;
      }
      label {
        display: flex;
        flex-direction: column;
        gap: 2px;
      }
      label.wide {
        grid-column: 1 / -1;
      }
      label.check {
        flex-direction: row;
        align-items: center;
        gap: 4px;
      }
      select,
      input[type='text'] {
        font: inherit;
        font-size: 12.5px;
        padding: 3px;
        min-width: 0;
      }
      .ramp {
        display: flex;
        height: 10px;
        border: 1px solid rgba(0, 0, 0, 0.2);
      }
      .ramp span {
        flex: 1;
      }
      .error {
        color: #8a1111;
        margin: 2px 0 0;
      }
      .hint {
        color: var(--atlas-ink-muted);
        margin: 2px 0 0;
      }
      button {
        font: inherit;
        font-size: 12px;
        justify-self: start;
      }
    `,
  ];

  @property({ attribute: false }) layer: Layer | null = null;
  @property({ attribute: false }) classification: Classification | null = null;
  @property({ attribute: false }) choice: ClassingChoice | null = null;
  @property({ type: Boolean }) change = false;
  @state() private draft: string | null = null;
  @state() private draftError: BilingualText | null = null;

  protected override willUpdate(changed: Map<string, unknown>): void {
    // A new layer or new breaks replace whatever was being typed.
    if (changed.has('layer') || changed.has('classification')) {
      if (!this.draftError) this.draft = null;
    }
  }

  override render() {
    const { layer, classification, choice } = this;
    if (!layer || !classification || !choice) return nothing;
    const methods = methodsFor(layer, this.change);
    const kinds = paletteKindsFor(layer, this.change);
    const count = classification.classes.length;
    const method = classification.method;
    const numeric = method !== 'categories';
    const classesFixed = method === 'manual' || method === 'thresholds';
    return html`<div class="grid">
      ${
        numeric
          ? html`<label class="wide"
                >${bi({ vi: 'Cách phân lớp', en: 'Classification' }, this.language)}
                <select id="class-method" @change=${this.onMethod}>
                  ${methods.map(
                    (m) =>
                      html`<option value=${m} .selected=${m === method}>
                        ${biText(METHOD_LABELS[m], this.language)}
                      </option>`,
                  )}
                </select></label
              >
              <label
                >${bi({ vi: 'Số lớp', en: 'Classes' }, this.language)}
                <select
                  id="class-count"
                  ?disabled=${classesFixed}
                  @change=${(e: Event) =>
                    this.emit('atlas-classing', {
                      classes: Number((e.target as HTMLSelectElement).value),
                    })}
                >
                  ${range(MIN_CLASSES, MAX_CLASSES).map(
                    (k) => html`<option value=${k} .selected=${k === count}>${k}</option>`,
                  )}
                </select></label
              >
              <label
                >${bi({ vi: 'Ngưỡng tính trên', en: 'Breaks from' }, this.language)}
                <select
                  id="class-basis"
                  ?disabled=${this.change || classesFixed}
                  @change=${(e: Event) =>
                    this.emit('atlas-classing', {
                      basis: (e.target as HTMLSelectElement).value as ClassingChoice['basis'],
                    })}
                >
                  <option value="all" .selected=${choice.basis === 'all'}>
                    ${biText({ vi: 'mọi năm', en: 'all years' }, this.language)}
                  </option>
                  <option value="period" .selected=${choice.basis === 'period'}>
                    ${biText({ vi: 'năm đang xem', en: 'this year' }, this.language)}
                  </option>
                </select></label
              >
              ${method === 'manual' ? this.renderBreaks(classification) : nothing}`
          : nothing
      }
      <label class="wide"
        >${bi({ vi: 'Bảng màu', en: 'Palette' }, this.language)}
        <select
          id="palette"
          @change=${(e: Event) => {
            const value = (e.target as HTMLSelectElement).value;
            this.emit('atlas-classing', { palette: value === '' ? null : value });
          }}
        >
          <option value="" .selected=${choice.palette === null}>
            ${biText(numeric ? { vi: 'Mặc định (an toàn mù màu)', en: 'Default (colour-blind safe)' } : { vi: 'Màu của chương trình', en: "The programme's colours" }, this.language)}
          </option>
          ${kinds.map(
            (kind) =>
              html`<optgroup label=${biText(PALETTE_KIND_LABELS[kind], this.language)}>
                ${PALETTES.filter((p) => p.kind === kind).map(
                  (p) =>
                    html`<option value=${p.id} .selected=${p.id === choice.palette}>
                      ${p.id}${isColorblindSafe(p, count) ? ' ✓' : ''}
                    </option>`,
                )}
              </optgroup>`,
          )}
        </select>
        <span class="hint"
          >✓ ${biText({ vi: 'an toàn cho người mù màu', en: 'colour-blind safe' }, this.language)}
          (${count} ${biText({ vi: 'lớp', en: 'classes' }, this.language)})</span
        >
      </label>
      <div class="ramp wide" aria-hidden="true" style="grid-column:1/-1">
        ${classification.classes.map((c) => html`<span style="background:${safeColour(c.color) ?? 'transparent'}"></span>`)}
      </div>
      <label class="check"
        ><input
          id="reverse"
          type="checkbox"
          .checked=${choice.reverse}
          ?disabled=${!numeric && choice.palette === null}
          @change=${(e: Event) => this.emit('atlas-classing', { reverse: (e.target as HTMLInputElement).checked })}
        />${bi({ vi: 'Đảo màu', en: 'Reverse' }, this.language)}</label
      >
      ${
        choice.method ||
        choice.classes ||
        choice.palette ||
        choice.reverse ||
        choice.basis !== 'all'
          ? html`<button
              id="classing-reset"
              @click=${() =>
                this.emit('atlas-classing', {
                  method: null,
                  classes: null,
                  breaks: null,
                  palette: null,
                  reverse: false,
                  basis: 'all',
                })}
            >
              ${bi({ vi: 'Mặc định', en: 'Defaults' }, this.language)}
            </button>`
          : nothing
      }
    </div>`;
  }

  private renderBreaks(classification: Classification) {
    const value = this.draft ?? formatBreaks(classification.breaks);
    return html`<label class="wide"
      >${bi({ vi: 'Ngưỡng (cách nhau bằng ;)', en: 'Breaks (separated by ;)' }, this.language)}
      <input
        id="class-breaks"
        type="text"
        inputmode="decimal"
        .value=${value}
        aria-invalid=${this.draftError ? 'true' : 'false'}
        aria-describedby="breaks-help"
        @input=${(e: Event) => (this.draft = (e.target as HTMLInputElement).value)}
        @change=${(e: Event) => this.applyBreaks((e.target as HTMLInputElement).value)}
        @keydown=${(e: KeyboardEvent) => {
          if (e.key === 'Enter') this.applyBreaks((e.target as HTMLInputElement).value);
        }}
      />
      ${
        this.draftError
          ? html`<p id="breaks-help" class="error" role="alert">
              ${bi(this.draftError, this.language)}
            </p>`
          : html`<p id="breaks-help" class="hint">
              ${bi({ vi: 'Mỗi ngưỡng mở một lớp mới: giá trị bằng ngưỡng thuộc lớp trên.', en: 'Each break opens a class: a value equal to a break goes to the class above.' }, this.language)}
            </p>`
      }
    </label>`;
  }

  private onMethod = (e: Event): void => {
    const method = (e.target as HTMLSelectElement).value as ClassMethod;
    // Manual starts from the breaks on screen, so the user edits rather than starts over.
    if (method === 'manual') {
      this.emit('atlas-classing', { method, breaks: [...(this.classification?.breaks ?? [])] });
    } else {
      this.emit('atlas-classing', { method });
    }
  };

  private applyBreaks(text: string): void {
    const read = parseBreaks(text);
    if ('error' in read) {
      this.draftError = read.error;
      return;
    }
    this.draftError = null;
    this.draft = null;
    this.emit('atlas-classing', { method: 'manual', breaks: read.breaks });
  }
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

declare global {
  interface HTMLElementTagNameMap {
    'atlas-classing': AtlasClassing;
  }
}
