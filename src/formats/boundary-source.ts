import type { FeatureCollection } from 'geojson';
import { feature as topologyFeature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { DataFileError, notValidJson } from '../core/problems';
import { decodeText } from './decode-text';
import { definitionOfGeoJsonCrs, toWgs84 } from './projection';
import { readShapefileLayer, shapefileLayersOfZip, type ShapefileParts } from './shapefile';

/** One boundary file as given by the user or a URL: its name and its bytes. */
export interface SourceFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** A FeatureCollection in WGS84, named after the file (and layer) it came from. */
export interface BoundaryCollection {
  readonly name: string;
  readonly json: unknown;
  /**
   * True when `json` is the file's own GeoJSON, as a map could read it from
   * the file (not converted from TopoJSON or a Shapefile, not reprojected).
   */
  readonly geoJsonAsWritten?: boolean;
}

/** A zip archive starts with "PK\x03\x04" whatever its name. */
const isZip = (bytes: Uint8Array) =>
  bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

const extensionOf = (name: string) => /\.([^./]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';

function parseJson(bytes: Uint8Array, name: string): unknown {
  const { text } = decodeText(bytes);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new DataFileError(name, '', notValidJson(error));
  }
}

function isTopology(json: unknown): json is Topology {
  return (json as { type?: unknown })?.type === 'Topology';
}

/** Each object of a TopoJSON topology as its own FeatureCollection ("file.topojson: communes"). */
function collectionsOfTopology(topology: Topology, name: string): BoundaryCollection[] {
  const objects = Object.entries(topology.objects ?? {});
  if (objects.length === 0) {
    throw new DataFileError(name, 'objects', {
      vi: 'topology không chứa đối tượng nào',
      en: 'the topology holds no objects',
    });
  }
  return objects.map(([key, object]) => {
    const converted = topologyFeature(topology, object) as FeatureCollection | GeoJSON.Feature;
    const collection: FeatureCollection =
      converted.type === 'FeatureCollection'
        ? converted
        : { type: 'FeatureCollection', features: [converted] };
    return {
      name: objects.length > 1 ? `${name}: ${key}` : name,
      json: toWgs84(collection, undefined, name),
    };
  });
}

/**
 * Reads boundary files of any supported kind into WGS84 FeatureCollections:
 * GeoJSON (.geojson, .json), TopoJSON (.topojson, or JSON of type Topology),
 * a zipped Shapefile (.zip), or the loose parts of a Shapefile (.shp, .dbf,
 * .prj, .cpg) given together.
 */
export function readBoundarySources(files: readonly SourceFile[]): BoundaryCollection[] {
  const out: BoundaryCollection[] = [];
  const loose = new Map<string, ShapefileParts>();
  for (const { name, bytes } of files) {
    const extension = extensionOf(name);
    // A zip renamed .geojson (or saved without its extension) is still a zip: its first bytes say so.
    if (extension === 'zip' || isZip(bytes)) {
      for (const [layer, parts] of shapefileLayersOfZip(bytes, name)) {
        if (!parts.shp) continue;
        out.push({
          name: `${name}: ${layer}.shp`,
          json: readShapefileLayer(parts, `${name}: ${layer}`),
        });
      }
    } else if (['shp', 'dbf', 'prj', 'cpg', 'shx'].includes(extension)) {
      if (extension === 'shx') continue; // Offsets only: the .shp is read in order.
      const base = name.slice(0, -extension.length - 1);
      const parts = loose.get(base) ?? {};
      parts[extension as keyof ShapefileParts] = bytes;
      loose.set(base, parts);
    } else if (['geojson', 'json', 'topojson'].includes(extension) || extension === '') {
      const json = parseJson(bytes, name);
      if (isTopology(json)) out.push(...collectionsOfTopology(json, name));
      else {
        const definition = definitionOfGeoJsonCrs(json, name);
        const isCollection = (json as { type?: unknown })?.type === 'FeatureCollection';
        const wgs84 =
          isCollection && Array.isArray((json as FeatureCollection).features)
            ? toWgs84(json as FeatureCollection, definition, name)
            : json;
        out.push({ name, json: wgs84, geoJsonAsWritten: wgs84 === json });
      }
    } else {
      throw new DataFileError(name, '', {
        vi: 'không phải tệp ranh giới mà bản đồ đọc được: hãy dùng GeoJSON, TopoJSON hoặc Shapefile nén (.zip gồm .shp, .dbf và .prj)',
        en: 'is not a boundary file the atlas reads: use GeoJSON, TopoJSON or a zipped Shapefile (.zip with .shp, .dbf and .prj)',
      });
    }
  }
  for (const [base, parts] of loose) {
    if (!parts.shp) {
      throw new DataFileError(`${base}.dbf`, '', {
        vi: 'thiếu tệp .shp đi kèm; hãy đưa .shp, .dbf và .prj cùng lúc, hoặc một tệp .zip',
        en: 'came without its .shp; give the .shp, .dbf and .prj together, or one .zip',
      });
    }
    out.push({ name: `${base}.shp`, json: readShapefileLayer(parts, base) });
  }
  return out;
}
