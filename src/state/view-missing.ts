import type { BilingualText } from '../core/text';
import type { ViewState } from '../core/view-state';
import type { AtlasState } from './atlas-state';
import type { LoadedVintage } from './load-data';

/**
 * The view without the years and units its data does not have, with a notice
 * saying what was dropped; the state as it was when nothing is missing.
 */
export function withoutWhatIsMissing(state: AtlasState, loaded: LoadedVintage): AtlasState {
  const { view, data, crosswalk } = state;
  const periods = loaded.dataset?.periods ?? [];
  const dropped: BilingualText[] = [];
  const patch: { -readonly [K in keyof ViewState]?: ViewState[K] } = {};
  if (view.period !== null && !periods.includes(view.period)) {
    dropped.push({ vi: `năm ${view.period}`, en: `year ${view.period}` });
    patch.period = null;
  }
  if (view.compare !== null && !periods.includes(view.compare)) {
    dropped.push({ vi: `năm so sánh ${view.compare}`, en: `comparison year ${view.compare}` });
    patch.compare = null;
  }
  const vintage = loaded.hierarchy.vintage;
  if (view.selected !== null && !loaded.hierarchy.units.has(view.selected)) {
    dropped.push({
      vi: `đơn vị ${view.selected} (không có trong địa giới ${vintage})`,
      en: `unit ${view.selected} (not in the ${vintage} boundaries)`,
    });
    patch.selected = null;
  }
  const target = crosswalk ? data[crosswalk.to] : undefined;
  if (view.pairSelected !== null && target && !target.hierarchy.units.has(view.pairSelected)) {
    dropped.push({
      vi: `đơn vị ${view.pairSelected} (không có trong địa giới ${target.hierarchy.vintage})`,
      en: `unit ${view.pairSelected} (not in the ${target.hierarchy.vintage} boundaries)`,
    });
    patch.pairSelected = null;
  }
  if (dropped.length === 0) return state;
  return {
    ...state,
    view: { ...view, ...patch },
    viewNotice: {
      vi: `Không có trong dữ liệu nên đã bỏ khỏi địa chỉ: ${dropped.map((d) => d.vi).join('; ')}`,
      en: `Not in the data, so dropped from the address: ${dropped.map((d) => d.en).join('; ')}`,
    },
  };
}
