import { splitsWithoutWeights, withAreaWeights } from '../core/area-weights';
import { parseCrosswalkFile, type Crosswalk } from '../core/crosswalk';
import { summarizeCrosswalk } from '../core/crosswalk-summary';
import { DataFileError, errorText, notValidJson, same } from '../core/problems';
import type { Vintage } from '../core/units';
import type { FileRef } from '../workers/read-bytes';
import type { AtlasState } from './atlas-state';
import { takeEarlyLoad } from './early-load';
import { fontReady, loadUnitNamesFont } from './fonts';
import { loadVintage } from './load-data';

/** What the loader needs of the store: to read the state and to change it. */
export interface StateHolder {
  readonly state: AtlasState;
  update(patch: Partial<AtlasState>): void;
}

/**
 * Reads the data the view needs, each vintage once, and the crosswalk
 * between them. A file that cannot be used says which and why, and leaves
 * the view that was working.
 */
export class DataLoader {
  /** Vintages being read, so a second request does not start a second load. */
  private readonly loading = new Set<Vintage>();
  /** The crosswalk whose split units have been weighed by area (or needed no weighing). */
  private weighed: Crosswalk | null = null;

  constructor(private readonly store: StateHolder) {}

  async ensureVintage(vintage: Vintage): Promise<void> {
    const { sources, data } = this.store.state;
    const source = sources[vintage];
    if (!source || data[vintage] || this.loading.has(vintage)) return;
    this.loading.add(vintage);
    try {
      const loaded = await (takeEarlyLoad(vintage, source) ?? loadVintage(vintage, source)).result;
      performance.mark('atlas-data-ready');
      // Label glyphs drawn before the Vietnamese font subset arrives stay in a fallback font for good.
      await Promise.all([fontReady(), loadUnitNamesFont(loaded.boundaries.units)]);
      performance.mark('atlas-fonts-ready');
      this.store.update({ data: { ...this.store.state.data, [vintage]: loaded } });
    } catch (error) {
      this.store.update({
        error: errorText(error),
        failed: { ...this.store.state.failed, [vintage]: true },
      });
    } finally {
      this.loading.delete(vintage);
    }
  }

  /** The crosswalk named in the address (the demo's): read on the page, it is small. */
  async loadCrosswalk(ref: FileRef): Promise<void> {
    try {
      if (!('url' in ref)) return;
      const response = await fetch(ref.url);
      if (!response.ok) throw new DataFileError(ref.name, '', same(`HTTP ${response.status}`));
      const json: unknown = await response.json().catch((error: unknown) => {
        throw new DataFileError(ref.name, '', notValidJson(error));
      });
      this.store.update({
        crosswalk: parseCrosswalkFile(json, ref.name),
        crosswalkName: ref.name,
        crosswalkPending: false,
      });
    } catch (error) {
      this.store.update({ error: errorText(error), crosswalkPending: false });
    }
  }

  /**
   * Once both geographies are loaded, the crosswalk is checked against them,
   * and old units split without weights get the share of their area inside
   * each new unit (computed in the old geography's worker) instead of an
   * equal split.
   */
  async weighSplitsByArea(): Promise<void> {
    const { crosswalk, data, crosswalkName } = this.store.state;
    const old = crosswalk ? data[crosswalk.from] : undefined;
    const target = crosswalk ? data[crosswalk.to] : undefined;
    if (!crosswalk || !old || !target || this.weighed === crosswalk) return;
    this.weighed = crosswalk;
    const { problems } = summarizeCrosswalk(crosswalk, crosswalkName, {
      old: old.hierarchy,
      new: target.hierarchy,
    });
    this.store.update({ crosswalkProblems: problems });
    const splits = splitsWithoutWeights(crosswalk);
    if (splits.length === 0) return;
    try {
      const successors = await target.worker.features([...new Set(splits.flatMap((s) => s.to))]);
      const shares = await old.worker.areaShares(splits, successors);
      // The crosswalk or the data may have been replaced meanwhile.
      if (this.store.state.crosswalk !== crosswalk) return;
      this.weighed = withAreaWeights(crosswalk, new Map(shares));
      this.store.update({ crosswalk: this.weighed });
    } catch (error) {
      if ((error as Error).name !== 'LoadCancelled') this.store.update({ error: errorText(error) });
    }
  }

  /** Whether `crosswalk` is the one last checked (its problems still apply). */
  isChecked(crosswalk: Crosswalk | null): boolean {
    return crosswalk !== null && crosswalk === this.weighed;
  }
}
