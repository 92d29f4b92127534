/**
 * `npm run data:test-fixtures`: writes the import test corpus under
 * tests/fixtures from the synthetic demo (never from ../shared, whose files
 * may not be copied here). Deterministic; the files are committed, and
 * tests/fixtures/README.md lists what each must produce.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import proj4 from 'proj4';
import { topology } from 'topojson-server';
import { vn2000Definition } from '../src/formats/projection';
import {
  mapCoordinates,
  vn2000Prj,
  writePolygonShapefile,
  zipShapefile,
} from './fixtures/shapefile-writer';

const root = join(import.meta.dirname, '..');
const good = join(root, 'tests/fixtures/good');
const bad = join(root, 'tests/fixtures/bad');
mkdirSync(good, { recursive: true });
mkdirSync(bad, { recursive: true });

type UnitFeature = Feature<Polygon | MultiPolygon, Record<string, string>>;
const demo = JSON.parse(
  readFileSync(join(root, 'data/demo/boundaries-2025.geojson'), 'utf8'),
) as FeatureCollection<Polygon | MultiPolygon, Record<string, string>>;

// The demo region lies around 104–106°E: a provincial VN-2000 3° zone on 104°45'.
const toGrid = proj4('WGS84', vn2000Definition({ centralMeridian: 104.75, scale: 0.9999 }));
const projected = demo.features.map((f) =>
  mapCoordinates(f, (p) => {
    const [x, y] = toGrid.forward([p[0] as number, p[1] as number]);
    return [Math.round(x * 1000) / 1000, Math.round(y * 1000) / 1000];
  }),
);
const layer = writePolygonShapefile(projected, ['code', 'name', 'level', 'parent']);
writeFileSync(
  join(good, 'demo-2025-vn2000.zip'),
  zipShapefile('dia_gioi_2025_vn2000', layer, vn2000Prj('VN_2000_KT_104_45_mui_3', 104.75, 0.9999)),
);
writeFileSync(join(good, 'demo-2025.topojson'), JSON.stringify(topology({ units: demo })));

const collection = (features: unknown[]) =>
  JSON.stringify({ type: 'FeatureCollection', features }, null, 1);
const [first, second, third, fourth] = demo.features as [
  UnitFeature,
  UnitFeature,
  UnitFeature,
  UnitFeature,
];

writeFileSync(join(bad, 'projected-no-prj.zip'), zipShapefile('xa_khong_prj', layer, null));
writeFileSync(join(bad, 'malformed.geojson'), collection(demo.features.slice(0, 2)).slice(0, 900));
writeFileSync(
  join(bad, 'null-geometries.geojson'),
  collection([
    first,
    { ...second, geometry: null },
    { ...third, geometry: { type: 'Point', coordinates: [105, 21] } },
  ]),
);
writeFileSync(
  join(bad, 'duplicate-codes.geojson'),
  collection([
    first,
    second,
    third,
    { ...fourth, properties: { ...fourth.properties, code: third.properties.code } },
  ]),
);
writeFileSync(
  join(bad, 'numeric-codes.geojson'),
  collection(
    demo.features
      .filter((f) => f.properties.level === 'commune')
      .slice(0, 3)
      .map((f) => {
        // A spreadsheet's doing: the code became a number and the level column was dropped.
        const { level: _level, ...properties } = f.properties;
        return { ...f, properties: { ...properties, code: Number(f.properties.code) - 40000 } };
      }),
  ),
);
writeFileSync(
  join(bad, 'html-in-names.geojson'),
  collection([
    first,
    {
      ...second,
      properties: {
        ...second.properties,
        name: 'Xã <img src=x onerror="document.title=\'pwned\'">Bình An',
      },
    },
  ]),
);
console.log('Wrote tests/fixtures/good and tests/fixtures/bad');
