import proj4 from 'proj4';
import type { Feature, FeatureCollection, Position } from 'geojson';
import { DataFileError } from '../core/problems';

/**
 * VN-2000 → WGS84, the seven parameters of Decision 05/2007/QĐ-BTNMT (the
 * same as EPSG's transformation for VN-2000). ESRI .prj files from land
 * offices name the datum but rarely carry these, and without them every
 * boundary lands a few hundred metres off.
 */
const VN2000_TOWGS84 =
  '-191.90441429,-39.30318279,-111.45032835,-0.00928836,0.01975479,-0.00427372,0.252906278';

/** A proj4 definition for a VN-2000 Transverse Mercator grid (UTM 6° zones or provincial 3° zones). */
export function vn2000Definition(grid: {
  centralMeridian: number;
  scale: number;
  falseEasting?: number;
  falseNorthing?: number;
  latitudeOfOrigin?: number;
}): string {
  return [
    '+proj=tmerc',
    `+lat_0=${grid.latitudeOfOrigin ?? 0}`,
    `+lon_0=${grid.centralMeridian}`,
    `+k=${grid.scale}`,
    `+x_0=${grid.falseEasting ?? 500000}`,
    `+y_0=${grid.falseNorthing ?? 0}`,
    '+ellps=WGS84',
    `+towgs84=${VN2000_TOWGS84}`,
    '+units=m +no_defs',
  ].join(' ');
}

const VN2000_NAME = /VN[-_ ]?2000|Vietnam[-_ ]?2000/i;

function wktParameter(wkt: string, name: string): number | undefined {
  const match = new RegExp(`PARAMETER\\[\\s*"${name}"\\s*,\\s*(-?[\\d.eE+-]+)`, 'i').exec(wkt);
  return match ? Number(match[1]) : undefined;
}

/** Known coordinate systems by EPSG code, for GeoJSON files that still carry the old `crs` member. */
const EPSG: Readonly<Record<string, string | null>> = {
  '4326': null,
  CRS84: null,
  '4756': `+proj=longlat +ellps=WGS84 +towgs84=${VN2000_TOWGS84} +no_defs`,
  '3405': vn2000Definition({ centralMeridian: 105, scale: 0.9996 }),
  '3406': vn2000Definition({ centralMeridian: 111, scale: 0.9996 }),
  '32648': '+proj=utm +zone=48 +datum=WGS84 +units=m +no_defs',
  '32649': '+proj=utm +zone=49 +datum=WGS84 +units=m +no_defs',
};

/**
 * The proj4 definition of a .prj (WKT) text, or null when it is already
 * WGS84 longitude/latitude. VN-2000 grids are recognised by name and always
 * get the official datum shift.
 */
export function definitionOfPrj(wkt: string, file: string): string | null {
  const text = wkt.trim();
  const isProjected = /^PROJCS\[|^PROJCRS\[/i.test(text);
  if (VN2000_NAME.test(text)) {
    if (!isProjected) return EPSG['4756'] as string;
    if (!/Transverse_Mercator/i.test(text) && !/UTM/i.test(text)) {
      throw new DataFileError(file, '', {
        vi: 'dùng một phép chiếu VN-2000 không phải Transverse Mercator; hãy xuất tệp theo VN-2000 TM (múi 3° hoặc 6°) hoặc WGS84',
        en: 'is a VN-2000 projection other than Transverse Mercator; export the file in VN-2000 TM (3° or 6° zone) or WGS84',
      });
    }
    const centralMeridian =
      wktParameter(text, 'Central_Meridian') ?? wktParameter(text, 'central_meridian');
    const zone = /UTM[_ ]zone[_ ](\d+)/i.exec(text)?.[1];
    const meridian = centralMeridian ?? (zone ? Number(zone) * 6 - 183 : undefined);
    if (meridian === undefined) {
      throw new DataFileError(file, '', {
        vi: 'là VN-2000 nhưng không ghi kinh tuyến trục',
        en: 'is VN-2000 but names no central meridian',
      });
    }
    return vn2000Definition({
      centralMeridian: meridian,
      scale: wktParameter(text, 'Scale_Factor') ?? (zone ? 0.9996 : 0.9999),
      falseEasting: wktParameter(text, 'False_Easting'),
      falseNorthing: wktParameter(text, 'False_Northing'),
      latitudeOfOrigin: wktParameter(text, 'Latitude_Of_Origin'),
    });
  }
  if (!isProjected && /WGS[_ ]?(19)?84/i.test(text)) return null;
  try {
    proj4(text, 'WGS84');
    return text;
  } catch {
    throw new DataFileError(file, '', {
      vi: `mô tả một hệ tọa độ mà bản đồ không đọc được (${text.slice(0, 60)}…); hãy xuất ranh giới theo WGS84 (EPSG:4326) hoặc VN-2000`,
      en: `describes a coordinate system the atlas cannot read (${text.slice(0, 60)}…); export the boundaries in WGS84 (EPSG:4326) or VN-2000`,
    });
  }
}

/** The definition named by a GeoJSON `crs` member, or undefined when there is none. */
export function definitionOfGeoJsonCrs(json: unknown, file: string): string | null | undefined {
  const name = (json as { crs?: { properties?: { name?: unknown } } })?.crs?.properties?.name;
  if (typeof name !== 'string') return undefined;
  const code = /(?:EPSG:{1,2}|CRS)(\d+|84)\s*$/i.exec(name)?.[1];
  const known = code === '84' ? null : code ? EPSG[code] : undefined;
  if (known === undefined) {
    throw new DataFileError(file, 'crs', {
      vi: `ghi hệ tọa độ ${name}, một hệ mà bản đồ không biết; hãy dùng WGS84 (EPSG:4326) hoặc VN-2000 (EPSG:3405, 3406)`,
      en: `names ${name}, a coordinate system the atlas does not know; use WGS84 (EPSG:4326) or VN-2000 (EPSG:3405, 3406)`,
    });
  }
  return known;
}

function* positionsOf(collection: FeatureCollection): Generator<[Position, number]> {
  for (let index = 0; index < collection.features.length; index += 1) {
    const geometry = collection.features[index]?.geometry;
    if (!geometry || !('coordinates' in geometry)) continue;
    const stack: unknown[] = [geometry.coordinates];
    while (stack.length) {
      const item = stack.pop();
      if (!Array.isArray(item)) continue;
      if (typeof item[0] === 'number') yield [item as Position, index];
      else for (const child of item) stack.push(child);
    }
  }
}

/** Whether a position is longitude/latitude in range. */
const inRange = ([x, y]: Position) => Math.abs(x ?? 0) <= 180 && Math.abs(y ?? 0) <= 90;

/**
 * What is wrong with coordinates out of longitude/latitude range, when no
 * projection is declared: all of them metres (a projected file without its
 * .prj), longitude and latitude swapped, or a few typos in one feature.
 * Null when every position is in range.
 */
function coordinateProblem(collection: FeatureCollection, file: string): DataFileError | null {
  let total = 0;
  let outside = 0;
  let swapped = 0;
  let first: { position: Position; feature: number } | null = null;
  for (const [position, feature] of positionsOf(collection)) {
    total += 1;
    if (inRange(position)) continue;
    outside += 1;
    first ??= { position, feature };
    const [x, y] = position as [number, number];
    if (Math.abs(y) <= 180 && Math.abs(x) <= 90) swapped += 1;
  }
  if (!first) return null;
  const shown = (locale: string, digits = 0) =>
    first.position
      .slice(0, 2)
      .map((n) => n.toLocaleString(locale, { maximumFractionDigits: digits }))
      .join(', ');
  const properties = collection.features[first.feature]?.properties ?? {};
  const name = ['code', 'ma', 'name', 'ten'].map((k) => properties[k]).find((v) => v != null);
  const where = `features[${first.feature}]${name != null ? ` (${String(name)})` : ''}`;
  // A few positions out of range among many good ones: typos, not a projection.
  if (outside <= Math.max(2, total * 0.01)) {
    return new DataFileError(file, where, {
      vi: `có tọa độ (${shown('vi', 6)}) ngoài phạm vi kinh độ ±180, vĩ độ ±90 (${outside} điểm trong ${total}); có thể gõ nhầm: hãy sửa điểm này`,
      en: `has a position (${shown('en', 6)}) outside longitude ±180, latitude ±90 (${outside} of ${total} positions); a typo? correct this position`,
    });
  }
  if (swapped === outside) {
    return new DataFileError(file, where, {
      vi: `có tọa độ như (${shown('vi', 6)}): vĩ độ đứng trước kinh độ; GeoJSON ghi [kinh độ, vĩ độ] — hãy đổi chỗ hai số khi xuất`,
      en: `has positions such as (${shown('en', 6)}): latitude before longitude; GeoJSON writes [longitude, latitude] — swap the two when exporting`,
    });
  }
  return new DataFileError(file, '', {
    vi: `có tọa độ như (${shown('vi')}) tính bằng mét, không phải kinh độ/vĩ độ, và không có tệp .prj cho biết phép chiếu; hãy thêm tệp .prj đi kèm Shapefile (VN-2000) hoặc xuất theo WGS84 (EPSG:4326)`,
    en: `has coordinates such as (${shown('en')}) that are metres, not longitude/latitude, and no .prj file says which projection they are in; add the .prj that came with the Shapefile (VN-2000) or export in WGS84 (EPSG:4326)`,
  });
}

function transformCoordinates(value: unknown, forward: (p: Position) => Position): unknown {
  if (!Array.isArray(value)) return value;
  if (typeof value[0] === 'number') return forward(value as Position);
  return value.map((child) => transformCoordinates(child, forward));
}

/**
 * Brings a collection to WGS84 longitude/latitude. `definition` is what the
 * .prj or `crs` says (undefined: nothing was said). Coordinates that are not
 * longitude/latitude and come with no definition are refused with a message
 * that says what to add.
 */
export function toWgs84(
  collection: FeatureCollection,
  definition: string | null | undefined,
  file: string,
): FeatureCollection {
  if (!definition) {
    const problem = coordinateProblem(collection, file);
    if (problem) throw problem;
    return collection;
  }
  const converter = proj4(definition, 'WGS84');
  const forward = (p: Position): Position => {
    const [lng, lat] = converter.forward([p[0] as number, p[1] as number]);
    return [Math.round(lng * 1e7) / 1e7, Math.round(lat * 1e7) / 1e7];
  };
  return {
    ...collection,
    features: collection.features.map((feature): Feature =>
      feature?.geometry && 'coordinates' in feature.geometry
        ? {
            ...feature,
            geometry: {
              ...feature.geometry,
              coordinates: transformCoordinates(feature.geometry.coordinates, forward),
            } as Feature['geometry'],
          }
        : feature,
    ),
  };
}
