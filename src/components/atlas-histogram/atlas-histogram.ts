import { css, html, nothing, svg } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Classification } from '../../core/classify';
import { formatNumber } from '../../core/format';
import type { Histogram, HistogramBin } from '../../core/histogram';
import type { BilingualText } from '../../core/text';
import type { UnitCode } from '../../core/units';
import { bi, bilingualStyles, biText } from '../shared/bilingual';
import { AtlasElement } from '../shared/atlas-element';
import { safeColour } from '../../core/css-colour';

const WIDTH = 300;
const HEIGHT = 120;
const PAD = { left: 28, right: 8, top: 8, bottom: 22 };

/**
 * The distribution of the units shown: one bar per bin, coloured by its class,
 * with the class breaks drawn over it as dashed lines. Hovering a bar, or
 * moving through the bars with the arrow keys, highlights its units on the map.
 *
 * @event atlas-highlight - detail is the codes of the bar, or null.
 */
@customElement('atlas-histogram')
export class AtlasHistogram extends AtlasElement {
  static override styles = [
    bilingualStyles,
    css`
      :host {
        display: block;
        font-size: 12px;
      }
      h3 {
        font-size: 13px;
        margin: 0 0 4px;
      }
      svg {
        width: 100%;
        height: auto;
        display: block;
      }
      rect.bar {
        stroke: rgba(0, 0, 0, 0.35);
        stroke-width: 0.5;
      }
      rect.bar:hover,
      rect.bar:focus {
        stroke: #111;
        stroke-width: 1.5;
        outline: none;
      }
      .break {
        stroke: #111;
        stroke-dasharray: 3 2;
      }
      text {
        font-size: 9px;
        fill: #333;
      }
      .axis {
        stroke: var(--atlas-line-strong);
      }
      .readout {
        min-height: 1.3em;
        color: #333;
        margin: 2px 0 0;
      }
    `,
  ];

  @property({ attribute: false }) histogram: Histogram | null = null;
  @property({ attribute: false }) classification: Classification | null = null;
  @property({ attribute: false }) unitsLabel: BilingualText = { vi: 'đơn vị', en: 'units' };
  @state() private active: number | null = null;
  /** The bar that takes Tab focus (roving tabindex: one stop for the whole chart). */
  @state() private focusIndex = 0;

  override render() {
    const { histogram, classification } = this;
    if (!histogram || !classification || histogram.bins.length === 0) return nothing;
    const bins = histogram.bins;
    const maxCount = Math.max(1, ...bins.map((b) => b.codes.length));
    const [lo, hi] = histogram.domain;
    const plotWidth = WIDTH - PAD.left - PAD.right;
    const plotHeight = HEIGHT - PAD.top - PAD.bottom;
    const x = (v: number) => PAD.left + ((v - lo) / (hi - lo || 1)) * plotWidth;
    const y = (n: number) => PAD.top + plotHeight - (n / maxCount) * plotHeight;
    const colorOf = (bin: HistogramBin) =>
      safeColour(classification.classes[bin.classIndex]?.color) ?? '#ccc';
    const breaks = histogram.categorical
      ? []
      : classification.breaks.filter((b) => b > lo && b < hi);
    const labelled = histogram.categorical ? [] : [lo, ...breaks, hi];
    const active = this.active === null ? null : bins[this.active];
    return html`
      <h3>${bi({ vi: 'Phân bố', en: 'Distribution' }, this.language)}</h3>
      <svg
        viewBox="0 0 ${WIDTH} ${HEIGHT}"
        role="group"
        aria-label=${biText({ vi: 'Biểu đồ phân bố; dùng phím mũi tên để đi qua các cột', en: 'Distribution chart; use the arrow keys to move through the bars' }, this.language)}
        @keydown=${this.onKey}
      >
        ${svg`<line class="axis" x1=${PAD.left} x2=${WIDTH - PAD.right} y1=${y(0)} y2=${y(0)}></line>
        <text x=${PAD.left - 3} y=${PAD.top + 7} text-anchor="end">${formatNumber(maxCount, this.locale, 0)}</text>
        <text x=${PAD.left - 3} y=${y(0)} text-anchor="end">0</text>`}
        ${bins.map((bin, index) => {
          const x0 = x(bin.x0) + 0.5;
          const x1 = x(bin.x1) - 0.5;
          const top = y(bin.codes.length);
          return svg`<rect
            class="bar"
            data-bin=${index}
            x=${x0}
            y=${top}
            width=${Math.max(1, x1 - x0)}
            height=${Math.max(0, y(0) - top)}
            fill=${colorOf(bin)}
            tabindex=${index === this.focusIndex ? 0 : -1}
            role="img"
            aria-label=${this.describe(bin)}
            @mouseenter=${() => this.activate(index)}
            @mouseleave=${() => this.activate(null)}
            @focus=${() => this.activate(index)}
            @blur=${() => this.activate(null)}
          ></rect>`;
        })}
        ${breaks.map((b) => svg`<line class="break" x1=${x(b)} x2=${x(b)} y1=${PAD.top - 4} y2=${y(0) + 3}></line>`)}
        ${
          histogram.categorical
            ? bins.map(
                (bin) =>
                  svg`<text x=${(x(bin.x0) + x(bin.x1)) / 2} y=${HEIGHT - 8} text-anchor="middle">${formatNumber(bin.codes.length, this.locale, 0)}</text>`,
              )
            : thin(labelled, x).map(
                (v) =>
                  svg`<text x=${x(v)} y=${HEIGHT - 8} text-anchor="middle">${formatNumber(v, this.locale, 2)}</text>`,
              )
        }
      </svg>
      <p class="readout" aria-live="polite">
        ${active ? this.describe(active) : biText({ vi: 'Di chuột lên cột để tô các đơn vị trên bản đồ', en: 'Hover a bar to highlight its units' }, this.language)}
      </p>
    `;
  }

  private describe(bin: HistogramBin): string {
    const n = formatNumber(bin.codes.length, this.locale, 0);
    const units = biText(this.unitsLabel, this.language);
    if (this.histogram?.categorical) {
      const label = this.classification?.classes[bin.classIndex]?.label;
      return `${label ? biText(label, this.language) : ''}: ${n} ${units}`;
    }
    return `${formatNumber(bin.x0, this.locale, 2)} – < ${formatNumber(bin.x1, this.locale, 2)}: ${n} ${units}`;
  }

  private activate(index: number | null): void {
    this.active = index;
    if (index !== null) this.focusIndex = index;
    const codes: readonly UnitCode[] | null =
      index === null ? null : (this.histogram?.bins[index]?.codes ?? null);
    this.emit('atlas-highlight', codes);
  }

  private onKey = (event: KeyboardEvent): void => {
    const count = this.histogram?.bins.length ?? 0;
    if (count === 0) return;
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    this.focusIndex = Math.min(count - 1, Math.max(0, this.focusIndex + step));
    void this.updateComplete.then(() => {
      this.renderRoot.querySelector<SVGRectElement>(`rect[data-bin="${this.focusIndex}"]`)?.focus();
    });
  };
}

/** Axis labels that do not collide: keeps a value only when it is 26 px from the last kept. */
function thin(values: readonly number[], x: (v: number) => number): number[] {
  const kept: number[] = [];
  for (const v of values) {
    const last = kept[kept.length - 1];
    if (last === undefined || x(v) - x(last) >= 26) kept.push(v);
  }
  return kept;
}

declare global {
  interface HTMLElementTagNameMap {
    'atlas-histogram': AtlasHistogram;
  }
}
