import { css, html, nothing, svg, type TemplateResult } from 'lit';
import { describeBilingual, describeChange } from '../../core/describe-value';
import { layerLabel } from '../../core/layer';
import type { MapView } from '../../core/map-view';
import type { UnitCode } from '../../core/units';
import { bi, biText } from './bilingual';
import type { DisplayLanguage } from '../../core/display-language';

export const tooltipStyles = css`
  .tooltip {
    position: absolute;
    pointer-events: none;
    background: white;
    border: 1px solid var(--atlas-line-strong);
    border-radius: 3px;
    padding: 5px 8px;
    font-size: 12px;
    max-width: 300px;
    box-shadow: 0 2px 6px rgba(0, 0, 0, 0.2);
    z-index: 5;
  }
  .muted {
    color: var(--atlas-ink-muted);
  }
  .sparkline {
    display: inline-block;
    vertical-align: middle;
    margin-right: 4px;
  }
`;

/**
 * A small line of the unit's value over the years, the year shown marked:
 * drawn for the eye only (the panel's trend has the values as a table).
 */
export function sparkline(
  series: readonly { readonly period: string; readonly value: number | null }[],
  shown: string | null,
): TemplateResult | typeof nothing {
  const values = series.flatMap((p) => (p.value === null ? [] : [p.value]));
  if (values.length < 2) return nothing;
  const [w, h, pad] = [120, 26, 3];
  const low = Math.min(...values);
  const high = Math.max(...values);
  const x = (i: number) => pad + (i * (w - 2 * pad)) / Math.max(1, series.length - 1);
  const y = (v: number) =>
    h - pad - (high === low ? 0.5 : (v - low) / (high - low)) * (h - 2 * pad);
  const points = series.flatMap((p, i) =>
    p.value === null ? [] : [`${x(i).toFixed(1)},${y(p.value).toFixed(1)}`],
  );
  const at = series.findIndex((p) => p.period === shown);
  const current = at >= 0 ? series[at]?.value : null;
  return html`<svg
      class="sparkline"
      width=${w}
      height=${h}
      viewBox="0 0 ${w} ${h}"
      aria-hidden="true"
    >
      <polyline points=${points.join(' ')} fill="none" stroke="#1f2d3d" stroke-width="1.5" />
      ${current !== null && current !== undefined ? svg`<circle cx=${x(at)} cy=${y(current)} r="2.5" fill="#b2182b" />` : nothing}
    </svg>
    <span class="muted">${series[0]?.period}–${series[series.length - 1]?.period}</span>`;
}

/**
 * The box beside the pointer: the unit, the layer and its value (or its
 * change between two periods), and whatever the map adds below (a rule).
 * Names come from data files and are bound as text, never as HTML.
 */
export function unitTooltip(
  view: MapView,
  code: UnitCode,
  names: { readonly name: string; readonly parent?: string },
  at: { readonly x: number; readonly y: number },
  language: DisplayLanguage,
  extra: TemplateResult | typeof nothing = nothing,
): TemplateResult | typeof nothing {
  const value = view.values.get(code);
  if (!view.layer || !value) return nothing;
  const change = view.change?.parts.get(code);
  return html`<div class="tooltip" role="tooltip" style="left:${at.x + 14}px;top:${at.y + 14}px">
    <strong>${names.name}</strong
    >${names.parent ? html` <span class="muted">${names.parent}</span>` : nothing}
    <div class="muted">${biText(layerLabel(view.layer), language)}</div>
    <div class="value">
      ${bi(
        change
          ? describeChange(
              view.layer,
              change.from,
              change.to,
              view.change as NonNullable<MapView['change']>,
            )
          : describeBilingual(view.layer, value),
        language,
      )}
    </div>
    ${extra}
  </div>`;
}
