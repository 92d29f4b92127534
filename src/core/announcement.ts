import { describeBilingual } from './describe-value';
import type { Hierarchy } from './hierarchy';
import { layerLabel } from './layer';
import type { MapView } from './map-view';
import type { BilingualText } from './text';
import type { UnitCode } from './units';

/**
 * What a screen reader is told when the map changes: the layer and year with
 * its number of classes, the legend filter, and the unit picked with its
 * value. Said politely, as one sentence, whenever any part of it changes.
 */
export function announcement(
  view: MapView,
  hierarchy: Hierarchy,
  selected: UnitCode | null,
): BilingualText | null {
  const { layer } = view;
  if (!layer) return null;
  const label = layerLabel(layer);
  const when = view.change ? `${view.change.from}→${view.change.to}` : (view.period ?? '');
  const classes = view.classification?.classes ?? [];
  const parts: BilingualText[] = [
    {
      vi: `${label.vi}, ${when}: ${classes.length} lớp`,
      en: `${label.en}, ${when}: ${classes.length} classes`,
    },
  ];
  if (view.filter.size > 0) {
    const shown = classes.filter((c) => view.filter.has(c.index)).map((c) => c.label);
    parts.push({
      vi: `chỉ hiện ${shown.map((l) => l.vi).join(', ') || 'không có dữ liệu'}`,
      en: `showing only ${shown.map((l) => l.en).join(', ') || 'no data'}`,
    });
  }
  const unit = selected ? hierarchy.units.get(selected) : undefined;
  const value = selected ? view.values.get(selected) : undefined;
  if (unit) {
    const described = value
      ? describeBilingual(layer, value)
      : { vi: 'không hiện ở cấp này', en: 'not shown at this level' };
    parts.push({ vi: `${unit.name}: ${described.vi}`, en: `${unit.name}: ${described.en}` });
  }
  return { vi: parts.map((p) => p.vi).join('; '), en: parts.map((p) => p.en).join('; ') };
}
