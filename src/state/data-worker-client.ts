import { createDataWorker } from './data-worker-factory';
import { proxy, wrap, type Remote } from 'comlink';
import type { FeatureCollection, Point } from 'geojson';
import type { UnitFeature } from '../core/boundary-file';
import type { UnweightedSplit } from '../core/area-weights';
import type { IndicatorDataset } from '../core/indicator-file';
import { fromTransfer } from '../core/dataset-transfer';
import { fromTransferBoundaries } from '../core/boundary-transfer';
import type { UnitCode, Vintage } from '../core/units';
import type { AmbiguousRow } from '../core/table-import';
import type { UnitColumns } from '../core/boundary-transfer';
import type { DataProblem } from '../core/problems';
import type { ValidationReport } from '../core/validation-report';
import type { DataWorkerApi, LoadedBoundaries } from '../workers/data-worker';
import type { TableImportRequest, TablePreview } from '../workers/table-work';

export type { TablePreview } from '../workers/table-work';
import type { FileRef, ProgressListener } from '../workers/read-bytes';

export type { FileRef, LoadProgress, ProgressListener } from '../workers/read-bytes';

/** Raised by a load the user cancelled. */
export class LoadCancelled extends Error {
  constructor() {
    super('Đã hủy / Cancelled');
    this.name = 'LoadCancelled';
  }
}

/**
 * One data worker, holding one boundary set. Every call can be cancelled:
 * the worker is stopped (a JSON.parse cannot be interrupted any other way)
 * and the pending calls fail with {@link LoadCancelled}.
 */
export class DataWorker {
  private readonly worker: Worker;
  private readonly remote: Remote<DataWorkerApi>;
  private readonly pending = new Set<(error: Error) => void>();
  private stopped = false;

  constructor() {
    this.worker = createDataWorker();
    this.remote = wrap<DataWorkerApi>(this.worker);
  }

  loadBoundaries(
    vintage: Vintage | 'auto',
    files: readonly FileRef[],
    onProgress: ProgressListener = () => {},
  ): Promise<LoadedBoundaries> {
    return this.call(() => this.remote.loadBoundaries(vintage, files, proxy(onProgress))).then(
      fromTransferBoundaries,
    );
  }

  loadIndicators(
    file: FileRef,
    onProgress: ProgressListener = () => {},
  ): Promise<IndicatorDataset> {
    return this.call(() => this.remote.loadIndicators(file, proxy(onProgress))).then(fromTransfer);
  }

  /** Reads a table's sheets; this worker keeps them for {@link importTable}, the page gets previews. */
  readTables(file: FileRef, onProgress: ProgressListener = () => {}): Promise<TablePreview[]> {
    return this.call(() => this.remote.readTables(file, proxy(onProgress)));
  }

  /** Imports a sheet read by {@link readTables}, in the worker. */
  async importTable(request: TableImportRequest): Promise<{
    dataset: IndicatorDataset;
    ambiguous: readonly AmbiguousRow[];
    report: ValidationReport;
  }> {
    const { dataset, ambiguous, report } = await this.call(() => this.remote.importTable(request));
    return { dataset: fromTransfer(dataset), ambiguous, report };
  }

  /** The check of the indicator file this worker read against the units given, made here. */
  report(units: UnitColumns, boundaryProblems: readonly DataProblem[]): Promise<ValidationReport> {
    return this.call(() => this.remote.report(units, boundaryProblems));
  }

  labels(): Promise<FeatureCollection<Point>> {
    return this.call(() => this.remote.labels());
  }

  features(codes: readonly UnitCode[]): Promise<UnitFeature[]> {
    return this.call(() => this.remote.features(codes));
  }

  featuresFile(codes: readonly UnitCode[]): Promise<Blob> {
    return this.call(() => this.remote.featuresFile(codes));
  }

  /** Area shares of split old units (this worker holding the old geometry); see the worker. */
  areaShares(
    splits: readonly UnweightedSplit[],
    successors: readonly UnitFeature[],
  ): Promise<[UnitCode, number[]][]> {
    return this.call(() => this.remote.areaShares(splits, successors));
  }

  /** Stops the worker; calls still running fail with {@link LoadCancelled}. */
  cancel(): void {
    this.stopped = true;
    this.worker.terminate();
    for (const reject of this.pending) reject(new LoadCancelled());
    this.pending.clear();
  }

  private call<T>(run: () => Promise<T>): Promise<T> {
    if (this.stopped) return Promise.reject(new LoadCancelled());
    return new Promise<T>((resolve, reject) => {
      this.pending.add(reject);
      run()
        .then(resolve, reject)
        .finally(() => this.pending.delete(reject));
    });
  }
}
