import type { Map as MapLibreMap } from 'maplibre-gl';
import type { MapDrawing } from '../core/figure-types';
import type { Level } from '../core/units';
import {
  LABEL_MIN_ZOOM,
  MAP_BACKGROUND,
  OUTLINE_MIN_ZOOM,
  outlineWidthAt,
  parentOutlineWidthAt,
} from './style';

/**
 * How the map draws at this moment, for an export that must look the same:
 * camera, size, and the line widths and labels its style gives at this zoom.
 */
export function drawingOf(
  map: MapLibreMap,
  level: Level,
  parentLevel: Level | undefined,
  namesWanted: boolean,
): MapDrawing {
  const zoom = map.getZoom();
  const container = map.getContainer();
  const centre = map.getCenter();
  return {
    camera: { lng: centre.lng, lat: centre.lat, zoom },
    width: container.clientWidth,
    height: container.clientHeight,
    background: MAP_BACKGROUND,
    level,
    parentLevel,
    outlineWidth: zoom >= OUTLINE_MIN_ZOOM[level] ? outlineWidthAt(zoom) : 0,
    parentOutlineWidth: parentOutlineWidthAt(zoom),
    labels: namesWanted && zoom >= LABEL_MIN_ZOOM[level],
    labelSize: level === 'commune' ? 11 : 13,
  };
}
