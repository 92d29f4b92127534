import { archipelagoDrawing } from '../../core/archipelagos';
import type { AtlasMap } from '../../map/atlas-map';
import type { LoadedVintage } from '../../state/load-data';

/**
 * Hands a loaded geography to a map: its display file, its codes, its worker
 * for outlines, and what it draws of Hoàng Sa and Trường Sa.
 */
export function showUnits(map: AtlasMap, loaded: LoadedVintage): Promise<void> {
  return map.setUnits(
    loaded.display,
    loaded.boundaries.units.map((unit) => unit.code),
    loaded.worker,
    archipelagoDrawing(loaded.boundaries),
  );
}
