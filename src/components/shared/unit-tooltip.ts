import { css, html, nothing, type TemplateResult } from 'lit';
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
`;

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
