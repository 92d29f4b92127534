/**
 * The data worker: reads, parses, checks and prepares boundary and indicator
 * files away from the page, so the page stays responsive while a national
 * file loads. It keeps the geometry of the boundary set it loaded and hands
 * the page only what the page needs: units, problems, bounding boxes, the
 * GeoJSON text the map draws, and single features on request.
 */
import { expose, transfer } from 'comlink';
import './worker-errors';
import { parseBoundaryFiles, type UnitFeature } from '../core/boundary-file';
import { labelPoints } from '../core/geometry';
import { areaShares, type UnweightedSplit } from '../core/area-weights';
import { parseIndicatorFile, type IndicatorDataset } from '../core/indicator-file';
import { toTransfer, type TransferredDataset } from '../core/dataset-transfer';
import {
  toTransferBoundaries,
  unitsOfColumns,
  type TransferredBoundaries,
  type UnitColumns,
} from '../core/boundary-transfer';
import { validationReport, type ValidationReport } from '../core/validation-report';
import { inferVintage } from '../core/infer-vintage';
import { shardCount, shardOf } from '../core/unit-shards';
import { archipelagosPresent, missingArchipelagoProblems } from '../core/archipelagos';
import type { BilingualText, Language } from '../core/text';
import {
  boundaryUnits,
  displayGeoJson,
  drawsAsIs,
  type BoundaryUnits,
} from '../core/prepared-boundaries';
import {
  DISPLAY_VERTEX_BUDGET,
  simplifyForDisplay,
  vertexCount,
  type DisplaySimplification,
} from '../core/display-simplify';
import { DataFileError, notValidJson, problemLine, type DataProblem } from '../core/problems';
import { capRepeatedProblems } from '../core/repeated-problems';
import type { UnitCode, Vintage } from '../core/units';
import { decodeText } from '../formats/decode-text';
import { readBoundarySources } from '../formats/boundary-source';
import { readBytes, type FileRef, type ProgressListener } from './read-bytes';
import {
  importSheet,
  readTablePreviews,
  type TableImportRequest,
  type TablePreview,
  type TransferredTableImport,
} from './table-work';

export interface LoadedBoundaries extends BoundaryUnits {
  /** Why this vintage: declared by the caller, in the file, or inferred. */
  readonly vintageReason: BilingualText | null;
  /**
   * GeoJSON of every unit, for the map's own worker to read by object URL;
   * null when the one file given can be drawn as it is (then the map reads
   * that file, and no copy is written).
   */
  readonly display: Blob | readonly Blob[] | null;
  /** How the geometry was lightened for the map, when the file was too heavy to draw as it is. */
  readonly displaySimplification: DisplaySimplification | null;
}

/** LoadedBoundaries as they cross to the page: see boundary-transfer. */
export type TransferredLoadedBoundaries = Omit<LoadedBoundaries, 'units' | 'bounds'> &
  TransferredBoundaries;

let features = new Map<UnitCode, UnitFeature>();
let labels: ReturnType<typeof labelPoints> | null = null;
/** The indicator file read last, kept for its report. */
let lastDataset: IndicatorDataset | null = null;

/** Reads, checks and prepares one geography's boundary files (see DataWorker.loadBoundaries). */
async function loadBoundaries(
  requested: Vintage | 'auto',
  files: readonly FileRef[],
  onProgress: ProgressListener,
): Promise<LoadedBoundaries> {
  const sources = [];
  for (const ref of files)
    sources.push({ name: ref.name, bytes: await readBytes(ref, onProgress) });
  onProgress({ phase: 'parsing', fraction: null, file: files.map((f) => f.name).join(', ') });
  const collections = readBoundarySources(sources);
  onProgress({ phase: 'checking', fraction: null, file: '' });
  const inferred = requested === 'auto' ? inferVintage(collections) : null;
  const vintage = inferred?.vintage ?? (requested as Vintage);
  const set = parseBoundaryFiles(collections, vintage);
  if (set.features.length === 0) {
    const first = set.problems[0];
    const firstProblem = (language: Language) =>
      first
        ? ` (${language === 'vi' ? 'vấn đề đầu tiên' : 'first problem'}: ${problemLine('', first.where, first.message)[language]})`
        : '';
    throw new DataFileError(files.map((f) => f.name).join(', '), '', {
      vi: `không có đơn vị nào dùng được cho bộ ranh giới ${vintage}${firstProblem('vi')}`,
      en: `has no usable unit for vintage ${vintage}${firstProblem('en')}`,
    });
  }
  onProgress({ phase: 'preparing', fraction: null, file: '' });
  const checked = boundaryUnits(set);
  const units = {
    ...checked,
    problems: capRepeatedProblems([
      ...checked.problems,
      ...missingArchipelagoProblems(
        files.map((f) => f.name).join(', '),
        checked.extent,
        archipelagosPresent(checked.islands),
      ),
    ]),
  };
  // Tens of thousands of units are drawn from several sources, each written here.
  const shards = shardCount(set.features.length);
  const asIs =
    shards === 1 &&
    files.length === 1 &&
    'url' in files[0]! &&
    collections.length === 1 &&
    collections[0]!.geoJsonAsWritten === true &&
    drawsAsIs(collections[0]!.json, set) &&
    vertexCount(set.features) <= DISPLAY_VERTEX_BUDGET;
  // The map, the hover outlines and the labels all use the same (lighter) geometry.
  const shown = asIs
    ? { features: set.features, simplification: null }
    : simplifyForDisplay(set.features);
  features = new Map(shown.features.map((f) => [f.properties.code, f]));
  labels = null;
  return {
    ...units,
    vintageReason: inferred?.reason ?? null,
    display: asIs ? null : displayBlobs(shown.features, shards),
    displaySimplification: shown.simplification,
  };
}

/** The map's GeoJSON: one Blob, or one per source when the units are split (core/unit-shards). */
function displayBlobs(shown: readonly UnitFeature[], shards: number): Blob | Blob[] {
  const blob = (part: readonly UnitFeature[]) =>
    new Blob([displayGeoJson(part)], { type: 'application/geo+json' });
  if (shards === 1) return blob(shown);
  const parts: UnitFeature[][] = Array.from({ length: shards }, () => []);
  for (const feature of shown) parts[shardOf(feature.properties.code, shards)]!.push(feature);
  return parts.map(blob);
}

/**
 * Runs a reader of `files`; an engine error on the way ("Maximum call stack
 * size exceeded" from arrays nested 100,000 deep, "Cannot read properties of
 * undefined" from a topology missing an arc) becomes a message naming the
 * file, as every other problem does.
 */
async function naming<T>(files: readonly FileRef[], read: () => Promise<T> | T): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof DataFileError || (error as Error)?.name === 'LoadCancelled') throw error;
    const detail = (error as Error)?.message ?? String(error);
    throw new DataFileError(files.map((f) => f.name).join(', '), '', {
      vi: `không đọc được (${detail}): tệp có thể hỏng hoặc có cấu trúc lạ, như mảng lồng nhau quá sâu hay TopoJSON thiếu cung (arc) được nhắc đến`,
      en: `could not be read (${detail}): the file may be damaged or built oddly, such as arrays nested too deep or a TopoJSON naming an arc it lacks`,
    });
  }
}

const api = {
  loadBoundaries(
    requested: Vintage | 'auto',
    files: readonly FileRef[],
    onProgress: ProgressListener,
  ): Promise<TransferredLoadedBoundaries> {
    return naming(files, async () => {
      const { transferred, buffers } = toTransferBoundaries(
        await loadBoundaries(requested, files, onProgress),
      );
      return transfer(transferred, buffers);
    });
  },

  /** Where each unit's name is written; computed once, on first request. */
  labels(): ReturnType<typeof labelPoints> {
    return (labels ??= labelPoints([...features.values()]));
  },

  /** The features of some units (hovered, selected, without data), for the map's small overlays. */
  features(codes: readonly UnitCode[]): UnitFeature[] {
    return codes.map((code) => features.get(code)).filter((f): f is UnitFeature => !!f);
  },

  /**
   * The same as GeoJSON in a Blob, for many units (every unit without data
   * in a file without figures): the map's worker reads it by address, so
   * the page neither receives nor re-sends the geometry (100,000 squares
   * were 34 MB through the page, 1.3 s of its time).
   */
  featuresFile(codes: readonly UnitCode[]): Blob {
    const found = codes.map((code) => features.get(code)).filter((f): f is UnitFeature => !!f);
    return new Blob([displayGeoJson(found)], { type: 'application/geo+json' });
  },

  /**
   * For old units split between new ones without weights: the share of each
   * old unit's area inside each new unit. The old geometry is here; the new
   * units' features come from the other geography's worker.
   */
  areaShares(
    splits: readonly UnweightedSplit[],
    successors: readonly UnitFeature[],
  ): [UnitCode, number[]][] {
    const byCode = new Map(successors.map((f) => [f.properties.code, f]));
    return splits.flatMap((split) => {
      const old = features.get(split.from);
      const shares = old
        ? areaShares(
            old,
            split.to.map((code) => byCode.get(code)),
          )
        : null;
      return shares ? [[split.from, shares] as [UnitCode, number[]]] : [];
    });
  },

  /**
   * The check of the indicator file read here against the units given: made
   * where the values are (100,000 units × 16 years took the page 0.8 s).
   */
  report(units: UnitColumns, boundaryProblems: readonly DataProblem[]): ValidationReport {
    return validationReport(
      { units: unitsOfColumns(units), problems: boundaryProblems },
      lastDataset,
    );
  },

  /** Handed over as typed arrays, not copied value by value: see dataset-transfer. */
  loadIndicators(ref: FileRef, onProgress: ProgressListener): Promise<TransferredDataset> {
    return naming([ref], () => loadIndicators(ref, onProgress));
  },

  /** The sheets of a CSV or Excel file, kept here; the page gets a preview of each (see table-work). */
  readTables(ref: FileRef, onProgress: ProgressListener): Promise<TablePreview[]> {
    return naming([ref], () => readTablePreviews(ref, onProgress));
  },

  /** A sheet read before, put on the units with the mapping chosen; the values come back packed. */
  importTable(request: TableImportRequest): TransferredTableImport {
    const { result, buffers } = importSheet(request);
    return transfer(result, buffers);
  },
};

/** An indicator file, read and checked (see DataWorker.loadIndicators). */
async function loadIndicators(
  ref: FileRef,
  onProgress: ProgressListener,
): Promise<TransferredDataset> {
  const bytes = await readBytes(ref, onProgress);
  onProgress({ phase: 'parsing', fraction: null, file: ref.name });
  let json: unknown;
  try {
    json = JSON.parse(decodeText(bytes).text);
  } catch (error) {
    throw new DataFileError(ref.name, '', notValidJson(error));
  }
  const read = parseIndicatorFile(json, ref.name);
  const dataset = (lastDataset = { ...read, problems: capRepeatedProblems(read.problems) });
  const { transferred, buffers } = toTransfer(dataset);
  return transfer(transferred, buffers);
}

export type DataWorkerApi = typeof api;

expose(api);
