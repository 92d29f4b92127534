import { describe, expect, it } from 'vitest';
import type { BBox } from '../../src/core/geometry';
import { layerKey } from '../../src/core/layer';
import { readViewState, writeViewState } from '../../src/core/url-state';
import { DEFAULT_VIEW } from '../../src/core/view-state';
import { EMPTY_STATE, type AtlasState } from '../../src/state/atlas-state';
import type { LoadedVintage } from '../../src/state/load-data';
import { AtlasStore } from '../../src/state/store';
import { code, dataset, hierarchy, UNITS } from '../core/fixtures';

/**
 * The store and its selectors, in Node: the figures below are worked out by
 * hand from the tiny geography of fixtures.ts (one province, two districts,
 * seven communes), not computed with the atlas's own code.
 */

const CRITERIA: Record<string, Record<string, number>> = {
  '40000': { ntm_criteria_met: 10, poor_households: 50, households_total: 1000 },
  '40003': { ntm_criteria_met: 12, poor_households: 100, households_total: 500 },
  '40006': { ntm_criteria_met: 19 },
  '40009': { ntm_criteria_met: 14 },
  '40012': { ntm_criteria_met: 9 },
  '40015': { ntm_criteria_met: 16 },
  // 40018 has no data.
};

const box = (x: number): BBox => [x, 10, x + 1, 11];

function loaded(): LoadedVintage {
  return {
    boundaries: {
      vintage: '2021',
      units: UNITS,
      problems: [],
      bounds: new Map(UNITS.map((u, i) => [u.code, box(100 + i)])),
      extent: [100, 10, 110, 11],
      islands: { type: 'FeatureCollection', features: [] },
    },
    hierarchy,
    dataset: dataset(CRITERIA),
    vintageReason: null,
    files: { boundaries: [], indicators: null },
    display: '',
    displaySimplification: null,
    worker: { cancel: () => undefined } as unknown as LoadedVintage['worker'],
  };
}

function storeWithData(patch: Partial<AtlasState> = {}): AtlasStore {
  const store = new AtlasStore({ ...EMPTY_STATE, ...patch });
  store.update({ data: { '2021': loaded() } });
  return store;
}

describe('the store', () => {
  it('fits the whole area once the data is there, when the view has no camera', () => {
    const store = new AtlasStore(EMPTY_STATE);
    expect(store.state.cameraRequest).toBeNull();
    store.update({ data: { '2021': loaded() } });
    expect(store.state.cameraRequest).toEqual({ bbox: [100, 10, 110, 11], animate: false });
    expect(store.state.fitPending).toBe(false);
  });

  it('classes the default view as a person reads it: 1, 3, 1 and 1 communes, 1 with no data', () => {
    const store = storeWithData();
    const view = store.select.mapView(store.state)!;
    expect(view.classification?.classes.map((c) => c.label.en)).toEqual([
      '0–9',
      '10–14',
      '15–18',
      '19',
    ]);
    expect(view.classCounts.map((c) => c.count)).toEqual([1, 3, 1, 1]);
    expect(view.noDataCount).toBe(1);
    // Pointing at the class 10–14 keeps its three communes bright.
    store.emphasize(1);
    expect([...store.select.emphasized(store.state)!].sort()).toEqual(['40000', '40003', '40009']);
  });

  it('derives the view once: a camera move, a title or the names switch recompute nothing', () => {
    const store = storeWithData();
    const first = store.select.mapView(store.state);
    const fills = store.select.fills(store.state);
    store.setCamera({ lng: 105, lat: 21, zoom: 8 });
    store.setTitle('Báo cáo');
    store.toggleNames();
    expect(store.select.mapView(store.state)).toBe(first);
    expect(store.select.fills(store.state)).toBe(fills);
    store.setLayer('poor_rate');
    expect(store.select.mapView(store.state)).not.toBe(first);
  });

  it('switches a layer with its own defaults: classes and filter chosen for another do not carry over', () => {
    const store = storeWithData();
    store.setClassing({ method: 'quantile', classes: 4 });
    store.toggleFilter(2);
    store.toggleFilter(0);
    expect(store.state.view.filter).toEqual([0, 2]);
    store.setLayer('poor_rate');
    expect(store.state.view).toMatchObject({
      layer: 'poor_rate',
      filter: [],
      classing: DEFAULT_VIEW.classing,
    });
  });

  it('says when breaks are computed again for another level', () => {
    const store = storeWithData();
    store.setClassing({ method: 'quantile' });
    store.setLevel('district');
    expect(store.state.levelNote?.en).toBe('Class breaks computed again for the district level');
    // At the district level the mean per commune: (10 + 12 + 19 + 14 + 9) / 5 = 12.8, and 16.
    const view = store.select.mapView(store.state)!;
    expect(view.values.get(code('975'))?.value).toBeCloseTo(12.8, 10);
    expect(view.values.get(code('976'))?.value).toBe(16);
  });

  it('keeps the layer shown in the view, so the link is a plain copy of the state', () => {
    const store = storeWithData();
    // Asked for a layer the file does not have: the level's first is shown, and named in the view.
    store.setLayer('no_such_indicator');
    const shown = store.select.mapView(store.state)!;
    expect(store.state.view.layer).toBe(layerKey(shown.layer!));
    expect(store.select.notices(store.state)[0]?.en).toMatch(/has no "no_such_indicator"/);
    // A status at the district level becomes its shares: the view says which share is shown.
    store.setLayer('ntm_status');
    store.setLevel('district');
    expect(store.state.view.layer).toBe('ntm_status.ntm');
    const link = writeViewState(store.state.view);
    expect(readViewState(link, DEFAULT_VIEW)).toEqual(store.state.view);
  });

  it('drills into a district: its communes, the district picked, the map fitted to it', () => {
    const store = storeWithData();
    store.setLevel('province');
    store.drill(code('975'));
    expect(store.state.view).toMatchObject({ level: 'commune', selected: '975' });
    expect(store.state.cameraRequest).toEqual({ bbox: box(101), animate: true });
    // Table and histogram narrow to the district drilled into: 5 communes, 4 with values.
    expect(store.select.rows(store.state).map((r) => r.code)).toEqual([
      '40000',
      '40003',
      '40006',
      '40009',
      '40012',
    ]);
    expect(store.select.trail(store.state).map((u) => u.name)).toEqual([
      'Tỉnh Sơn Nguyên',
      'Huyện Móng Cái',
    ]);
  });

  it('plays a story: a step is the view as its link, shown again as it was saved', () => {
    const store = storeWithData();
    store.setLevel('district');
    store.story.add('Theo huyện', { lng: 105.5, lat: 21, zoom: 7 });
    store.setLayer('poor_rate');
    store.setLevel('commune');
    store.story.add('', null);
    expect(store.state.view.story.map((s) => s.caption)).toEqual([
      'Theo huyện',
      '2. Tỷ lệ hộ nghèo / Poor-household rate',
    ]);
    store.story.present();
    expect(store.state.view).toMatchObject({ presenting: true, step: 0, level: 'district' });
    expect(store.state.cameraRequest).toEqual({ camera: { lng: 105.5, lat: 21, zoom: 7 } });
    expect(store.story.key('ArrowRight')).toBe(true);
    expect(store.state.view).toMatchObject({ step: 1, level: 'commune', layer: 'poor_rate' });
    expect(store.story.key('Escape')).toBe(true);
    expect(store.state.view.presenting).toBe(false);
    expect(store.story.key('ArrowLeft')).toBe(false);
  });

  it('tells every listener of each change, once, until it stops listening', () => {
    const store = storeWithData();
    const seen: string[] = [];
    const stop = store.subscribe((state, previous) =>
      seen.push(`${previous.view.level}→${state.view.level}`),
    );
    store.setLevel('district');
    stop();
    store.setLevel('province');
    expect(seen).toEqual(['commune→district']);
  });
});

describe('what the view asks for and the data does not have', () => {
  it('drops a year and a unit the data lacks from the view, and says so', () => {
    const store = new AtlasStore({
      ...EMPTY_STATE,
      view: { ...DEFAULT_VIEW, period: '1900', compare: '1899', selected: code('99999') },
    });
    store.update({ data: { '2021': loaded() } });
    expect(store.state.view).toMatchObject({ period: null, compare: null, selected: null });
    expect(store.select.notices(store.state)[0]?.en).toBe(
      'Not in the data, so dropped from the address: year 1900; comparison year 1899; unit 99999 (not in the 2021 boundaries)',
    );
    // The link no longer carries them.
    const link = writeViewState(store.state.view);
    expect([link.get('p'), link.get('d'), link.get('u')]).toEqual([null, null, null]);
    // Said until the next choice.
    store.setLayer('poor_rate');
    expect(store.select.notices(store.state)).toEqual([]);
  });

  it('keeps a year and a unit the data has', () => {
    const store = new AtlasStore({
      ...EMPTY_STATE,
      view: { ...DEFAULT_VIEW, period: '2025', selected: code('40003') },
    });
    store.update({ data: { '2021': loaded() } });
    expect(store.state.view).toMatchObject({ period: '2025', selected: '40003' });
    expect(store.select.notices(store.state)).toEqual([]);
  });
});
