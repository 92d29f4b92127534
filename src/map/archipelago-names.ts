import { Marker, type Map as MapLibreMap } from 'maplibre-gl';
import {
  ARCHIPELAGO_NAME_COLOUR,
  ARCHIPELAGO_NAME_SIZE,
  type SovereigntyMarks,
} from '../core/archipelagos';

/**
 * The archipelagos' names, as text on the page over the map rather than a
 * symbol layer: always shown, never dropped in a label collision, read by
 * screen readers, and without the glyph work that cost the national view
 * about 150 ms to first idle (benchmark). MapLibre moves them with the map.
 */
export class ArchipelagoNames {
  private markers: Marker[] = [];

  constructor(private readonly map: MapLibreMap) {}

  /** Writes these names, replacing any written before. */
  show(labels: SovereigntyMarks['labels']): void {
    for (const marker of this.markers) marker.remove();
    this.markers = labels.features.map((feature) => {
      const element = document.createElement('div');
      // A constant from core/archipelagos, set as text: never markup.
      element.textContent = feature.properties.name;
      element.lang = 'vi';
      element.className = 'archipelago-name';
      Object.assign(element.style, {
        font: `400 ${ARCHIPELAGO_NAME_SIZE}px "Noto Sans", sans-serif`,
        color: ARCHIPELAGO_NAME_COLOUR,
        whiteSpace: 'nowrap',
        // A host page's inherited text styles must not reach the names (an embedded atlas).
        textTransform: 'none',
        letterSpacing: 'normal',
        pointerEvents: 'none',
        textShadow: '0 0 1.5px #fff, 0 0 1.5px #fff, 0 0 2.5px #fff',
      });
      const [lng, lat] = feature.geometry.coordinates as [number, number];
      return new Marker({ element, anchor: 'center' }).setLngLat([lng, lat]).addTo(this.map);
    });
  }
}
