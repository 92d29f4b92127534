import { archipelagosPresent, sovereigntyMarks } from '../../core/archipelagos';
import type { AtlasMap } from '../../map/atlas-map';
import type { LoadedVintage } from '../../state/load-data';

/**
 * Hands a loaded geography to a map: its display file, its codes, its worker
 * for outlines, and what it draws of Hoàng Sa and Trường Sa.
 */
export function showUnits(map: AtlasMap, loaded: LoadedVintage): Promise<void> {
  const { islands, extent } = loaded.boundaries;
  return map.setUnits(
    loaded.display,
    loaded.boundaries.units.map((unit) => unit.code),
    loaded.worker,
    { islands, ...sovereigntyMarks(extent, archipelagosPresent(islands)) },
  );
}
