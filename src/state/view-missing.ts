import type { BilingualText } from '../core/text';
import type { ViewState } from '../core/view-state';
import { historyOf, periodsWithHistory } from '../core/history-view';
import type { AtlasState } from './atlas-state';
import type { LoadedVintage } from './load-data';
import { formerData, formerPending } from './selectors';

/**
 * The view without the years and units its data does not have, with a notice
 * saying what was dropped; the state as it was when nothing is missing.
 */
export function withoutWhatIsMissing(state: AtlasState, loaded: LoadedVintage): AtlasState {
  const { view, data, crosswalk } = state;
  // Years before the new file's own come from the old geography: judged once it is read.
  const waiting = formerPending(state);
  const periods = periodsWithHistory(
    loaded,
    historyOf(crosswalk, loaded, formerData(state), view.layer),
  );
  const dropped: BilingualText[] = [];
  const patch: { -readonly [K in keyof ViewState]?: ViewState[K] } = {};
  if (view.period !== null && !periods.includes(view.period) && !waiting) {
    dropped.push({ vi: `năm ${view.period}`, en: `year ${view.period}` });
    patch.period = null;
  }
  if (view.compare !== null && !periods.includes(view.compare) && !waiting) {
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
