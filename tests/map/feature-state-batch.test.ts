import type { Map as MapLibreMap } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { FeatureStateBatch } from '../../src/map/feature-state-batch';

/** A stand-in for MapLibre's map: records public calls, and optionally has the internal tile manager. */
function fakeMap(withTileManager: boolean) {
  const publicCalls: [string, object][] = [];
  const directCalls: [string | undefined, string, object][] = [];
  const map = {
    setFeatureState: (target: { id: string }, state: object) =>
      publicCalls.push([target.id, { ...state }]),
    style: withTileManager
      ? {
          tileManagers: {
            units: {
              setFeatureState: (layer: string | undefined, id: string, state: object) =>
                directCalls.push([layer, id, { ...state }]),
            },
          },
        }
      : {},
  };
  return { map: map as unknown as MapLibreMap, publicCalls, directCalls };
}

describe('feature states set as one batch', () => {
  it('hands states to the tile manager and schedules the render with one public call', () => {
    const { map, publicCalls, directCalls } = fakeMap(true);
    const batch = new FeatureStateBatch(map, 'units');
    const state = { fill: '#fff', dim: false };
    batch.set('10001', state);
    state.fill = '#000';
    batch.set('10002', state);
    batch.finish();
    expect(directCalls).toEqual([
      [undefined, '10001', { fill: '#fff', dim: false }],
      [undefined, '10002', { fill: '#000', dim: false }],
    ]);
    // One public call that changes nothing: MapLibre then renders the batch.
    expect(publicCalls).toEqual([['10002', {}]]);
  });

  it('goes through the public call for every unit when the internal is not there', () => {
    const { map, publicCalls } = fakeMap(false);
    const batch = new FeatureStateBatch(map, 'units');
    batch.set('10001', { faded: true });
    batch.set('10002', { faded: false });
    batch.finish();
    expect(publicCalls).toEqual([
      ['10001', { faded: true }],
      ['10002', { faded: false }],
    ]);
  });

  it('makes no call at all when nothing changed', () => {
    const { map, publicCalls, directCalls } = fakeMap(true);
    new FeatureStateBatch(map, 'units').finish();
    expect([...publicCalls, ...directCalls]).toEqual([]);
  });
});
