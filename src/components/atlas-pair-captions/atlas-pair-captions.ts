import { html, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import type { BilingualText } from '../../core/text';
import type { AtlasState } from '../../state/atlas-state';
import type { Selectors } from '../../state/selectors';
import { AtlasPart } from '../shared/atlas-part';
import { bi } from '../shared/bilingual';

/**
 * Over the two maps of the side-by-side view: a caption on each, and in
 * words (for everyone, and for screen readers) which units the orange
 * outlines link across the reform.
 */
@customElement('atlas-pair-captions')
export class AtlasPairCaptions extends AtlasPart {
  override render() {
    if (!this.atlas.ready) return nothing;
    const { store } = this.atlas;
    const state = store.state;
    const { crosswalk } = state;
    const target = crosswalk ? state.data[crosswalk.to] : undefined;
    const note = linkNote(state, store.select);
    return html`<p class="pane-caption left">
        ${bi({ vi: 'Trước 1/7/2025: đơn vị cũ, số liệu báo cáo', en: 'Before 1 Jul 2025: old units, as reported' }, this.language)}
      </p>
      <p class="pane-caption right">
        ${bi({ vi: 'Từ 1/7/2025: đơn vị mới, tính lại từ đơn vị cũ', en: 'From 1 Jul 2025: new units, recomputed from the old' }, this.language)}
      </p>
      ${
        target
          ? nothing
          : html`<p class="loading pair-loading">
              ${bi({ vi: 'Đang tải địa giới mới…', en: 'Loading the new units…' }, this.language)}
            </p>`
      }
      <p id="pair-note" class="pair-note" role="status" aria-live="polite">
        ${note ? bi(note, this.language) : nothing}
      </p>`;
  }
}

/** Which units the outlines link: a new unit's predecessors, or an old unit's successors. */
function linkNote(state: AtlasState, select: Selectors): BilingualText | null {
  const { crosswalk, data, view } = state;
  const old = crosswalk ? data[crosswalk.from] : undefined;
  const target = crosswalk ? data[crosswalk.to] : undefined;
  if (!crosswalk || !old || !target) return null;
  const newCode = state.pairHovered ?? (state.hovered ? null : view.pairSelected);
  if (newCode) {
    const unit = target.hierarchy.units.get(newCode);
    if (!unit) return null;
    const names = select.linkedOnMain(state).map((c) => old.hierarchy.units.get(c)?.name ?? c);
    return {
      vi: `${unit.name} (mới) gồm ${names.length} đơn vị cũ: ${names.join(', ')}`,
      en: `${unit.name} (new) was formed from ${names.length} old units: ${names.join(', ')}`,
    };
  }
  const oldCode = state.hovered ?? state.tableHovered ?? view.selected;
  const unit = oldCode ? old.hierarchy.units.get(oldCode) : undefined;
  if (!unit) {
    return {
      vi: 'Trỏ vào một đơn vị để thấy các đơn vị tương ứng ở bản đồ bên kia (viền cam)',
      en: 'Point at a unit to see the matching units on the other map (orange outline)',
    };
  }
  const names = select.linkedOnPair(state).map((c) => target.hierarchy.units.get(c)?.name ?? c);
  return {
    vi: `${unit.name} (cũ) nay thuộc ${names.length} đơn vị mới: ${names.join(', ')}`,
    en: `${unit.name} (old) is now in ${names.length} new units: ${names.join(', ')}`,
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'atlas-pair-captions': AtlasPairCaptions;
  }
}
