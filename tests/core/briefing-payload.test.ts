import { describe, expect, it } from 'vitest';
import {
  BRIEFING_FORMAT,
  crosswalkFromJson,
  crosswalkToJson,
  datasetFromJson,
  datasetToJson,
  fillBriefing,
  readBriefing,
  type BriefingPayload,
} from '../../src/core/briefing-payload';
import { code, crosswalk, dataset } from './fixtures';

const TEMPLATE = `<!doctype html><head>
    <script type="application/json" id="ntp-briefing">
      null
    </script>
  </head><body><script type="module">const s = "</scr" + "ipt>";</script></body>`;

const payload = (name: string): BriefingPayload => ({
  format: BRIEFING_FORMAT,
  version: 1,
  view: 'v=2021&l=commune&lang=vi',
  geographies: [
    {
      vintage: '2021',
      boundaries: { name, geojson: '{"type":"FeatureCollection","features":[]}' },
      dataset: null,
      report: null,
    },
  ],
  crosswalk: null,
});

describe('the briefing file’s data', () => {
  it('is written into the page’s slot, where no file name can close the script', () => {
    const hostile = 'xa</script><script>alert(1)</script>\u2028.geojson';
    const page = fillBriefing(TEMPLATE, payload(hostile));
    const slot = /<script type="application\/json" id="ntp-briefing">([\s\S]*?)<\/script>/.exec(
      page,
    );
    expect(slot?.[1]).not.toContain('<');
    expect(slot?.[1]).not.toContain('\u2028');
    // The page still has its two scripts, and reads the name back exactly.
    expect(page.match(/<script\b/g)).toHaveLength(2);
    expect(readBriefing(slot?.[1] ?? '')?.geographies[0]?.boundaries.name).toBe(hostile);
  });

  it('keeps a dataset’s values, no data staying no data', () => {
    const original = dataset({
      '40000': { households_total: 500, poor_households: 75 },
      '40003': { households_total: 200 },
    });
    const back = datasetFromJson(JSON.parse(JSON.stringify(datasetToJson(original))));
    const year = back.values.get('2025');
    expect(year?.get('poor_households')?.get(code('40000'))).toBe(75);
    expect(year?.get('households_total')?.get(code('40003'))).toBe(200);
    expect(year?.get('poor_households')?.get(code('40003'))).toBeUndefined();
    expect(back.indicators.map((d) => d.id)).toEqual(original.indicators.map((d) => d.id));
  });

  it('keeps a crosswalk’s links both ways', () => {
    const json = crosswalkToJson(crosswalk, 'demo.json');
    const back = crosswalkFromJson(JSON.parse(JSON.stringify(json)));
    expect(back.name).toBe('demo.json');
    expect(back.crosswalk.predecessors.get(code('40001'))?.map((l) => [l.from, l.weight])).toEqual([
      ['40000', 1],
      ['40003', 1],
      ['40006', 0.25],
    ]);
  });

  it('says the empty template holds nothing, and refuses what is not a briefing', () => {
    expect(readBriefing('null')).toBeNull();
    expect(() => readBriefing('{"format":"ntp-atlas/indicators","version":1}')).toThrow(
      /ntp-atlas\/briefing/,
    );
    expect(() => fillBriefing('<html></html>', payload('x'))).toThrow(
      /the briefing page template has no place for the data/,
    );
  });
});
