import { css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { bi, bilingualStyles, biText } from '../shared/bilingual';
import { AtlasElement } from '../shared/atlas-element';

/** How long each period stays on screen while playing: long enough to read the legend. */
const PLAY_STEP_MS = 1600;

/**
 * The time control: a slider over the periods of the data (arrow keys step,
 * Home/End jump), a play / pause button that walks through them once, and a
 * "compare with" period that turns the map into the change between the two.
 *
 * @event atlas-period - detail is the period chosen.
 * @event atlas-compare - detail is the period to compare with, or null.
 */
@customElement('atlas-period')
export class AtlasPeriod extends AtlasElement {
  static override styles = [
    bilingualStyles,
    css`
      :host {
        display: flex;
        flex-wrap: wrap;
        align-items: end;
        gap: 4px 12px;
        font-size: 12px;
      }
      .slider {
        display: flex;
        flex-direction: column;
        gap: 2px;
        min-width: 250px;
      }
      .row {
        display: flex;
        align-items: center;
        gap: 6px;
      }
      input[type='range'] {
        flex: 1;
        margin: 0;
      }
      .ticks {
        display: flex;
        justify-content: space-between;
        font-variant-numeric: tabular-nums;
        color: var(--atlas-ink-muted);
        gap: 6px;
        padding: 0 0 0 32px;
      }
      .ticks .current {
        color: var(--atlas-ink);
        font-weight: 600;
      }
      button {
        font: inherit;
        font-size: 14px;
        width: 26px;
        height: 24px;
        padding: 0;
        border: 1px solid var(--atlas-line-strong);
        border-radius: 3px;
        background: white;
        cursor: pointer;
      }
      button:disabled {
        cursor: default;
        opacity: 0.5;
      }
      label {
        display: flex;
        flex-direction: column;
        gap: 2px;
      }
      select {
        font: inherit;
        font-size: 13px;
        padding: 3px;
      }
      .value {
        font-weight: 600;
        font-size: 13px;
      }
      .ticks .computed {
        font-style: italic;
        text-decoration: underline dotted;
      }
      .computed-note {
        color: var(--atlas-ink-muted);
        padding-left: 32px;
      }
    `,
  ];

  @property({ attribute: false }) periods: readonly string[] = [];
  /** The years computed from the old units' results (before the 2025 reform), said on the slider. */
  @property({ attribute: false }) computed: readonly string[] = [];
  @property() period: string | null = null;
  @property() compare: string | null = null;
  /** No "compare with" (the controls act on the second map of a split view, which has none). */
  @property({ type: Boolean }) noCompare = false;
  @state() private playing = false;
  private timer: number | null = null;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stop();
  }

  override render() {
    const { periods } = this;
    const index = this.period ? periods.indexOf(this.period) : -1;
    const disabled = periods.length < 2;
    const computedText = {
      vi: 'tính lại từ đơn vị cũ',
      en: 'computed from the old units',
    };
    const isComputed = this.period !== null && this.computed.includes(this.period);
    const valueText = isComputed
      ? `${this.period} (${biText(computedText, this.language)})`
      : (this.period ?? '');
    const label = this.playing
      ? { vi: 'Dừng', en: 'Pause' }
      : { vi: 'Chạy qua các năm', en: 'Play through the years' };
    return html`
      <div class="slider">
        <span id="period-label"
          >${bi({ vi: 'Năm', en: 'Year' }, this.language)}:
          <span class="value" aria-live="polite"
            >${this.period ?? '—'}${isComputed ? html` · ${bi(computedText, this.language)}` : nothing}</span
          ></span
        >
        <div class="row">
          <button
            id="period-play"
            aria-label=${biText(label, this.language)}
            title=${biText(label, this.language)}
            aria-pressed=${this.playing ? 'true' : 'false'}
            ?disabled=${disabled}
            @click=${() => (this.playing ? this.stop() : this.play())}
          >
            ${this.playing ? '⏸' : '▶'}
          </button>
          <input
            id="period-slider"
            type="range"
            min="0"
            max=${Math.max(0, periods.length - 1)}
            step="1"
            .value=${String(Math.max(0, index))}
            ?disabled=${periods.length === 0}
            aria-labelledby="period-label"
            aria-valuetext=${valueText}
            @input=${(e: Event) => {
              this.stop();
              this.choose(Number((e.target as HTMLInputElement).value));
            }}
          />
        </div>
        ${
          periods.length > 1
            ? html`<div class="ticks" aria-hidden="true">
                ${periods.map((p) => html`<span class="${p === this.period ? 'current' : ''} ${this.computed.includes(p) ? 'computed' : ''}">${p}</span>`)}
              </div>`
            : nothing
        }
        ${
          this.computed.length > 0
            ? html`<span class="computed-note" id="period-computed"
                >${bi({ vi: `${yearSpan(this.computed)}: tính lại từ đơn vị trước sắp xếp`, en: `${yearSpan(this.computed)}: computed from the units before the reform` }, this.language)}</span
              >`
            : nothing
        }
      </div>
      <label
        >${bi({ vi: 'So sánh với năm', en: 'Change since' }, this.language)}
        <select
          id="compare"
          ?disabled=${disabled || this.noCompare}
          @change=${(e: Event) => {
            const value = (e.target as HTMLSelectElement).value;
            this.emit('atlas-compare', value === '' ? null : value);
          }}
        >
          <option value="" .selected=${this.compare === null}>
            — ${biText({ vi: 'không so sánh', en: 'no comparison' }, this.language)} —
          </option>
          ${periods
            .filter((p) => p !== this.period)
            .map((p) => html`<option value=${p} .selected=${p === this.compare}>${p}</option>`)}
        </select>
      </label>
    `;
  }

  /** Plays from the period shown to the last one; from the first if already at the end. */
  play(): void {
    const { periods } = this;
    if (periods.length < 2) return;
    this.playing = true;
    let index = this.period ? periods.indexOf(this.period) : 0;
    if (index >= periods.length - 1) {
      index = 0;
      this.choose(0);
    }
    this.timer = window.setInterval(() => {
      index += 1;
      this.choose(index);
      if (index >= periods.length - 1) this.stop();
    }, PLAY_STEP_MS);
  }

  stop(): void {
    if (this.timer !== null) window.clearInterval(this.timer);
    this.timer = null;
    this.playing = false;
  }

  private choose(index: number): void {
    const period = this.periods[index];
    if (period !== undefined && period !== this.period) this.emit('atlas-period', period);
  }
}

/** "2021–2024", or the one year. */
function yearSpan(periods: readonly string[]): string {
  const first = periods[0] ?? '';
  const last = periods[periods.length - 1] ?? '';
  return first === last ? first : `${first}–${last}`;
}

declare global {
  interface HTMLElementTagNameMap {
    'atlas-period': AtlasPeriod;
  }
}
