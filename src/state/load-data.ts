import { unitColumns } from '../core/boundary-transfer';
import type { ValidationReport } from '../core/validation-report';
import type { DisplaySimplification } from '../core/display-simplify';
import { buildHierarchy } from '../core/hierarchy';
import type { AtlasData } from '../core/map-view';
import { DataFileError } from '../core/problems';
import type { BilingualText } from '../core/text';
import type { Vintage } from '../core/units';
import type { VintageFiles } from './data-sources';
import { DataWorker, type ProgressListener } from './data-worker-client';

/** One vintage's data on the page; its geometry stays in `worker`. */
export interface LoadedVintage extends AtlasData {
  /** Why the data is read in this vintage, when it was inferred rather than chosen. */
  readonly vintageReason: BilingualText | null;
  readonly files: VintageFiles;
  /** GeoJSON of every unit for the map: a Blob (one per source for tens of thousands of units), or the address of the one file when it draws as it is. */
  readonly display: Blob | string | readonly Blob[];
  /** How the geometry was lightened for the map, if it was. */
  readonly displaySimplification: DisplaySimplification | null;
  readonly worker: DataWorker;
  /** The check of this data, when the import already made it (else it is made when asked for). */
  readonly report?: ValidationReport;
}

/** A load in progress: its result, and a way to stop it. */
export interface PendingLoad {
  readonly result: Promise<LoadedVintage>;
  cancel(): void;
}

/** Units × periods beyond which the indicator file is checked in its worker. */
const CHECK_IN_WORKER_ABOVE = 200_000;

/**
 * Loads one vintage in a new data worker. Throws {@link DataFileError} with
 * file and place on bad input, or LoadCancelled when cancelled; either way
 * the worker is stopped and whatever was shown before stays.
 */
export function loadVintage(
  requested: Vintage | 'auto',
  files: VintageFiles,
  onProgress?: ProgressListener,
): PendingLoad {
  const worker = new DataWorker();
  // The indicator file is read in a worker of its own, alongside the
  // boundaries: on two cores the two files are parsed and checked at once.
  const indicatorWorker = files.indicators ? new DataWorker() : null;
  const result = (async () => {
    try {
      // An indicator file declares its vintage; boundaries then need no guessing.
      const indicators =
        files.indicators && indicatorWorker
          ? indicatorWorker.loadIndicators(files.indicators, onProgress)
          : null;
      const declared = requested === 'auto' && indicators ? (await indicators).vintage : requested;
      const [boundaries, read] = await Promise.all([
        worker.loadBoundaries(declared, files.boundaries, onProgress),
        indicators,
      ]);
      // A table's figures were joined to these units when it was imported.
      const dataset = files.table?.dataset ?? read;
      const vintage = boundaries.vintage;
      if (dataset && dataset.vintage !== vintage) {
        throw new DataFileError(dataset.fileName, 'vintage', {
          vi: `thuộc bộ ${dataset.vintage} nhưng ranh giới thuộc bộ ${vintage}; một mã không bao giờ được đọc mà không kèm bộ của nó`,
          en: `is ${dataset.vintage} but the boundaries are ${vintage}; a code is never read without its vintage`,
        });
      }
      const { display, vintageReason, displaySimplification, ...units } = boundaries;
      // A big file is checked where its values are (100,000 units × 16 years took the page
      // 0.8 s); a small one on the page when the check is asked for, not delaying the map.
      const report =
        files.table?.report ??
        (dataset &&
        indicatorWorker &&
        units.units.length * dataset.periods.length > CHECK_IN_WORKER_ABOVE
          ? await indicatorWorker.report(unitColumns(vintage, units.units), units.problems)
          : undefined);
      return {
        vintageReason:
          vintageReason ??
          (requested === 'auto' && dataset
            ? { vi: 'khai báo trong tệp chỉ tiêu', en: 'declared in the indicator file' }
            : null),
        files,
        boundaries: units,
        hierarchy: buildHierarchy(vintage, units.units),
        dataset,
        display: display ?? (files.boundaries[0] as { url: string }).url,
        displaySimplification,
        worker,
        ...(report ? { report } : {}),
      };
    } catch (error) {
      worker.cancel();
      throw error;
    } finally {
      // Its only work is done: the page keeps the dataset, the boundary worker the geometry.
      indicatorWorker?.cancel();
    }
  })();
  return {
    result,
    cancel: () => {
      worker.cancel();
      indicatorWorker?.cancel();
    },
  };
}
