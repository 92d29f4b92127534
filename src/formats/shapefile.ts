import { unzipSync } from 'fflate';
import type { FeatureCollection } from 'geojson';
import { parseDbf, parseShp } from 'shpjs';
import { DataFileError } from '../core/problems';
import type { BilingualText } from '../core/text';
import { definitionOfPrj, toWgs84 } from './projection';

/** The parts of one Shapefile layer, by extension (lower case, without the dot). */
export type ShapefileParts = Partial<Record<'shp' | 'dbf' | 'prj' | 'cpg', Uint8Array>>;

/**
 * What a zip may inflate to. A real national commune layer is a few hundred
 * megabytes at most and compresses a few times; a zip bomb compresses a
 * thousand times. Checked on the sizes the archive declares, before any
 * byte is inflated.
 */
const MAX_INFLATED_BYTES = 1024 * 1024 * 1024;
const MAX_RATIO = 100;
/** Small members may compress well (a .prj of repeated text): the ratio counts from here. */
const RATIO_FROM_BYTES = 16 * 1024 * 1024;

const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

/** Groups a zip's entries into Shapefile layers by base name. */
export function shapefileLayersOfZip(zip: Uint8Array, file: string): Map<string, ShapefileParts> {
  let entries: Record<string, Uint8Array>;
  let inflated = 0;
  const tooBig = (name: string, size: number, compressed: number): BilingualText | null => {
    if (inflated + size > MAX_INFLATED_BYTES) {
      return {
        vi: `${name} giải nén ra ${megabytes(size)}, vượt giới hạn ${megabytes(MAX_INFLATED_BYTES)} cho cả tệp; không đọc`,
        en: `${name} inflates to ${megabytes(size)}, over the ${megabytes(MAX_INFLATED_BYTES)} limit for the whole file; not read`,
      };
    }
    if (size > RATIO_FROM_BYTES && size > compressed * MAX_RATIO) {
      const ratio = Math.round(size / Math.max(1, compressed));
      return {
        vi: `${name} nén ${ratio} lần (${megabytes(size)}), quá mức của một tệp địa giới thật (tối đa ${MAX_RATIO} lần): có thể là "bom zip"; không đọc`,
        en: `${name} is compressed ${ratio} times (${megabytes(size)}), beyond any real boundary file (at most ${MAX_RATIO} times): possibly a zip bomb; not read`,
      };
    }
    return null;
  };
  try {
    entries = unzipSync(zip, {
      filter: (entry) => {
        const refusal = tooBig(entry.name, entry.originalSize, entry.size);
        if (refusal) throw new DataFileError(file, '', refusal);
        inflated += entry.originalSize;
        return true;
      },
    });
  } catch (error) {
    if (error instanceof DataFileError) throw error;
    const detail = (error as Error).message;
    throw new DataFileError(file, '', {
      vi: `không phải tệp .zip đọc được (${detail})`,
      en: `is not a readable .zip (${detail})`,
    });
  }
  const layers = new Map<string, ShapefileParts>();
  for (const [path, bytes] of Object.entries(entries)) {
    if (path.includes('__MACOSX/')) continue;
    const match = /^(.*)\.(shp|dbf|prj|cpg)$/i.exec(path);
    if (!match) continue;
    const base = match[1] as string;
    const parts = layers.get(base) ?? {};
    parts[(match[2] as string).toLowerCase() as keyof ShapefileParts] = bytes;
    layers.set(base, parts);
  }
  if (![...layers.values()].some((parts) => parts.shp)) {
    throw new DataFileError(file, '', {
      vi: 'không chứa tệp .shp nào; hãy nén .shp, .shx, .dbf và .prj cùng nhau',
      en: 'holds no .shp file; zip the .shp, .shx, .dbf and .prj together',
    });
  }
  return layers;
}

const latin1 = new TextDecoder('latin1');

function couldNotRead(error: unknown): BilingualText {
  const detail = (error as Error).message;
  return { vi: `không đọc được (${detail})`, en: `could not be read (${detail})` };
}

/**
 * One Shapefile layer as WGS84 GeoJSON. Attributes are read with the
 * encoding named in .cpg (UTF-8 when absent, as QGIS writes); geometry is
 * reprojected from the .prj.
 */
export function readShapefileLayer(parts: ShapefileParts, name: string): FeatureCollection {
  if (!parts.shp) {
    throw new DataFileError(name, '', { vi: 'thiếu phần .shp', en: 'has no .shp part' });
  }
  if (!parts.dbf) {
    throw new DataFileError(`${name}.shp`, '', {
      vi: 'không có tệp .dbf đi kèm nên các đơn vị không có mã và tên; hãy thêm tệp .dbf',
      en: 'has no .dbf beside it, so its units have no codes or names; add the .dbf',
    });
  }
  const view = (bytes: Uint8Array) =>
    new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let geometries: ReturnType<typeof parseShp>;
  let records: ReturnType<typeof parseDbf>;
  try {
    geometries = parseShp(view(parts.shp));
  } catch (error) {
    throw new DataFileError(`${name}.shp`, '', couldNotRead(error));
  }
  try {
    const cpg = parts.cpg ? latin1.decode(parts.cpg).trim() : 'UTF-8';
    records = parseDbf(view(parts.dbf), cpg);
  } catch (error) {
    throw new DataFileError(`${name}.dbf`, '', couldNotRead(error));
  }
  if (records.length !== geometries.length) {
    throw new DataFileError(`${name}.dbf`, '', {
      vi: `có ${records.length} bản ghi nhưng tệp .shp có ${geometries.length} hình; hai tệp đến từ hai lần xuất khác nhau`,
      en: `has ${records.length} records but the .shp has ${geometries.length} shapes; the two files are from different exports`,
    });
  }
  const collection: FeatureCollection = {
    type: 'FeatureCollection',
    features: geometries.map((geometry, index) => ({
      type: 'Feature',
      geometry: geometry as GeoJSON.Geometry,
      properties: normaliseRecord(records[index] as Record<string, unknown>),
    })),
  };
  const definition = parts.prj
    ? definitionOfPrj(latin1.decode(parts.prj), `${name}.prj`)
    : undefined;
  return toWgs84(collection, definition, `${name}.shp`);
}

/** dBase pads text with spaces and may carry NFD Vietnamese. */
function normaliseRecord(record: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    out[key.trim()] = typeof value === 'string' ? value.normalize('NFC').trim() : value;
  }
  return out;
}
