import { describe, expect, it } from 'vitest';
import { readViewState, writeViewState } from '../../src/core/url-state';
import { DEFAULT_VIEW, type ViewState } from '../../src/core/view-state';
import { code } from './fixtures';

describe('the URL round trip', () => {
  const view: ViewState = {
    vintage: '2025',
    level: 'province',
    layer: 'ntm_status.advanced',
    period: '2024',
    selected: code('00004'),
    camera: { lng: 105.12345, lat: 21.5, zoom: 7.25 },
  };

  it('restores exactly the view it wrote', () => {
    expect(readViewState(writeViewState(view), DEFAULT_VIEW)).toEqual(view);
  });

  it('writes the same query again after reading it', () => {
    const query = writeViewState(view).toString();
    expect(writeViewState(readViewState(new URLSearchParams(query), DEFAULT_VIEW)).toString()).toBe(
      query,
    );
  });

  it('keeps other parameters such as the data sources', () => {
    const params = writeViewState(view, new URLSearchParams('boundaries=/a.geojson'));
    expect(params.get('boundaries')).toBe('/a.geojson');
  });

  it('falls back to the defaults for malformed parts', () => {
    const read = readViewState(new URLSearchParams('v=1999&l=hamlet&c=1,2&u=<b>'), DEFAULT_VIEW);
    expect(read).toEqual(DEFAULT_VIEW);
  });
});
