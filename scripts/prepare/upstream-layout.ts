/**
 * The layout of thanglequoc/vietnamese-provinces-database, `json/geojson/`:
 *
 *     01_ha_noi/01_ha_noi.geojson             the province, one Feature
 *     01_ha_noi/wards/00004_ba_dinh.geojson   each commune, one Feature
 *
 * Commune files carry no province code; it is the folder's number. This
 * module turns such files (found anywhere below a given folder) into the
 * FeatureCollections the app's boundary reader takes, with `level` and
 * `province_code` filled in.
 */
import type { Feature, FeatureCollection } from 'geojson';

/** One file of the layout: its path (with / separators) below some folder, and its JSON. */
export interface LayoutFile {
  readonly path: string;
  readonly json: unknown;
}

const PROVINCE_FILE = /(?:^|\/)(\d{2})_[^/]+\/\1_[^/]+\.geojson$/;
const WARD_FILE = /(?:^|\/)(\d{2})_[^/]+\/wards\/\d{5}_[^/]+\.geojson$/;

/** Whether a path is a province or commune file of the layout, and of which province. */
export function layoutRole(
  path: string,
): { level: 'province' | 'commune'; province: string } | null {
  const province = PROVINCE_FILE.exec(path);
  if (province) return { level: 'province', province: province[1]! };
  const ward = WARD_FILE.exec(path);
  if (ward) return { level: 'commune', province: ward[1]! };
  return null;
}

/**
 * Two collections, "provinces" and "communes", from the layout's files.
 * Files that are not of the layout are returned by path in `ignored`.
 */
export function collectionsOfLayout(files: readonly LayoutFile[]): {
  collections: { name: string; json: FeatureCollection }[];
  ignored: string[];
} {
  const provinces: Feature[] = [];
  const communes: Feature[] = [];
  const ignored: string[] = [];
  for (const { path, json } of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    const role = layoutRole(path);
    const features = (json as { features?: unknown }).features;
    if (!role || !Array.isArray(features)) {
      ignored.push(path);
      continue;
    }
    for (const feature of features as Feature[]) {
      const properties: Record<string, unknown> = { ...feature?.properties, level: role.level };
      if (role.level === 'commune') properties.province_code = role.province;
      const target = role.level === 'province' ? provinces : communes;
      // The upstream `bbox` members describe the unsimplified shapes; they are dropped.
      target.push({ type: 'Feature', geometry: feature?.geometry, properties } as Feature);
    }
  }
  return {
    collections: [
      { name: 'provinces', json: { type: 'FeatureCollection', features: provinces } },
      { name: 'communes', json: { type: 'FeatureCollection', features: communes } },
    ],
    ignored,
  };
}
