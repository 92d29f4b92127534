import { describe, expect, it } from 'vitest';
import { firstVisitLanguage } from '../../src/core/display-language';
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
    compare: null,
    filter: [],
    classing: DEFAULT_VIEW.classing,
    pair: false,
    pairSelected: null,
    language: 'both',
    title: null,
    story: [],
    step: 0,
    presenting: false,
    names: true,
    scorecard: false,
    bivariate: null,
    maps: null,
    second: null,
  };
  const analysed: ViewState = {
    ...view,
    layer: 'em_region.region_iii.count',
    compare: '2021',
    filter: [0, 3],
    pair: true,
    pairSelected: code('40003'),
    language: 'en',
    title: 'Nông thôn mới & giảm nghèo',
    story: [
      { caption: 'Miền núi còn xa mục tiêu', query: 'v=2021&l=commune&i=ntm_criteria_met' },
      { caption: 'Tỷ lệ hộ nghèo, 2023', query: 'v=2021&l=district&i=poor_rate&p=2023' },
    ],
    step: 1,
    presenting: true,
    names: false,
    classing: {
      method: 'manual',
      classes: 4,
      breaks: [-1.5, 0, 2, 10],
      palette: 'PuOr',
      reverse: true,
      basis: 'period',
    },
  };

  it('says the programme period of the year, and takes nothing from it', () => {
    expect(writeViewState(view).get('pp')).toBe('2021-2025');
    expect(writeViewState({ ...view, period: '2026' }).get('pp')).toBe('2026-2030');
    expect(writeViewState({ ...view, period: null }).has('pp')).toBe(false);
    // A link whose pp contradicts its year shows the year's own period.
    const read = readViewState(new URLSearchParams('v=2025&p=2026&pp=2021-2025'), DEFAULT_VIEW);
    expect(writeViewState(read).get('pp')).toBe('2026-2030');
  });

  it('restores a split view’s second map with its own layer, year and classes', () => {
    const split: ViewState = {
      ...view,
      maps: 'split',
      second: {
        layer: 'poor_rate',
        period: '2022',
        classing: { ...DEFAULT_VIEW.classing, method: 'quantile', classes: 4, palette: 'Blues' },
      },
    };
    const query = writeViewState(split);
    expect(query.get('split')).toBe('1');
    expect([query.get('i2'), query.get('p2'), query.get('m2'), query.get('k2')]).toEqual([
      'poor_rate',
      '2022',
      'quantile',
      '4',
    ]);
    expect(readViewState(query, DEFAULT_VIEW)).toEqual(split);
    const swipe = readViewState(new URLSearchParams('swipe=1&i2=bad%20key'), DEFAULT_VIEW);
    expect(swipe.maps).toBe('swipe');
    expect(swipe.second?.layer).toBe(DEFAULT_VIEW.layer);
  });

  it('opens a first visit in the reader’s language and always says the language in the link', () => {
    expect(firstVisitLanguage(['vi-VN', 'en-US'])).toBe('vi');
    expect(firstVisitLanguage(['vi'])).toBe('vi');
    expect(firstVisitLanguage(['en-GB', 'vi'])).toBe('en');
    expect(firstVisitLanguage(['fr-FR'])).toBe('en');
    expect(firstVisitLanguage([])).toBe('en');
    expect(writeViewState({ ...view, language: 'both' }).get('lang')).toBe('both');
  });

  it('restores exactly the view it wrote', () => {
    expect(readViewState(writeViewState(view), DEFAULT_VIEW)).toEqual(view);
  });

  it('writes the same query again after reading it', () => {
    const query = writeViewState(view).toString();
    expect(writeViewState(readViewState(new URLSearchParams(query), DEFAULT_VIEW)).toString()).toBe(
      query,
    );
  });

  it('restores a change, a legend filter and every classing choice', () => {
    const query = writeViewState(analysed).toString();
    expect(readViewState(new URLSearchParams(query), DEFAULT_VIEW)).toEqual(analysed);
    expect(query).toContain('i=em_region.region_iii.count');
    expect(query).toContain('b=-1.5%2C0%2C2%2C10');
    expect(query).toContain('pair=1&u2=40003&lang=en&t=N%C3%B4ng');
    expect(query).toMatch(/&names=0$/);
  });

  it('leaves default classing out of the link', () => {
    expect([...writeViewState(view).keys()]).toEqual(['v', 'l', 'i', 'p', 'pp', 'u', 'c', 'lang']);
  });

  it('ignores an unknown palette, a class count out of 3–9 and broken breaks', () => {
    const read = readViewState(new URLSearchParams('pal=Rainbow&k=12&b=1,x&m=magic'), DEFAULT_VIEW);
    expect(read.classing).toEqual(DEFAULT_VIEW.classing);
  });

  it('reads the language shown and ignores one it does not speak', () => {
    expect(readViewState(new URLSearchParams('lang=vi'), DEFAULT_VIEW).language).toBe('vi');
    expect(readViewState(new URLSearchParams('lang=fr'), DEFAULT_VIEW).language).toBe('both');
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
