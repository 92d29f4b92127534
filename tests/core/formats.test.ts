import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import proj4 from 'proj4';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { topology } from 'topojson-server';
import { describe, expect, it } from 'vitest';
import { zipSync } from 'fflate';
import { shapefileLayersOfZip } from '../../src/formats/shapefile';
import { inferVintage } from '../../src/core/infer-vintage';
import { readBoundarySources } from '../../src/formats/boundary-source';
import { decodeText } from '../../src/formats/decode-text';
import { vn2000Definition } from '../../src/formats/projection';
import {
  mapCoordinates,
  vn2000Prj,
  writePolygonShapefile,
  zipShapefile,
} from '../../scripts/fixtures/shapefile-writer';

const ROOT = join(import.meta.dirname, '../..');
type UnitFeature = Feature<Polygon | MultiPolygon, Record<string, string>>;
const demo = JSON.parse(
  readFileSync(join(ROOT, 'data/demo/boundaries-2025.geojson'), 'utf8'),
) as FeatureCollection<Polygon | MultiPolygon, Record<string, string>>;
const communes = demo.features.filter((f) => f.properties.level === 'commune').slice(0, 12);

/** The demo communes in a provincial VN-2000 3° zone (central meridian 104.75°), as a land office would send them. */
function vn2000Zip(withPrj: boolean): Uint8Array {
  const toGrid = proj4('WGS84', vn2000Definition({ centralMeridian: 104.75, scale: 0.9999 }));
  const projected = communes.map((f) =>
    mapCoordinates(f, (p) => toGrid.forward([p[0] as number, p[1] as number])),
  );
  const layer = writePolygonShapefile(projected, ['code', 'name', 'parent']);
  return zipShapefile(
    'xa_vn2000',
    layer,
    withPrj ? vn2000Prj('VN_2000_KT_104_45', 104.75, 0.9999) : null,
  );
}

describe('reading boundary files', () => {
  it('reads a zipped Shapefile in a VN-2000 3° zone back onto WGS84 within a centimetre, with Vietnamese names', () => {
    const [collection] = readBoundarySources([{ name: 'xa.zip', bytes: vn2000Zip(true) }]);
    const read = collection?.json as FeatureCollection<Polygon | MultiPolygon>;
    expect(read.features).toHaveLength(communes.length);
    read.features.forEach((feature, i) => {
      const original = communes[i] as UnitFeature;
      expect(feature.properties).toMatchObject({
        code: original.properties.code,
        name: original.properties.name,
        parent: original.properties.parent,
      });
      const a = (feature.geometry as Polygon).coordinates[0]?.[0] as Position;
      const ring = (original.geometry as Polygon).coordinates[0] as Position[];
      // The writer may have reversed the ring to make it clockwise; the point is still on it.
      const nearest = Math.min(
        ...ring.map((p) =>
          Math.hypot((p[0] as number) - (a[0] as number), (p[1] as number) - (a[1] as number)),
        ),
      );
      expect(nearest).toBeLessThan(1e-7);
    });
  });

  it('applies the VN-2000 datum shift: without it the communes would land over 100 m away', () => {
    const [collection] = readBoundarySources([{ name: 'xa.zip', bytes: vn2000Zip(true) }]);
    const read = (collection?.json as FeatureCollection<Polygon>).features[0]?.geometry
      .coordinates[0]?.[0] as Position;
    const noShift = proj4(
      '+proj=tmerc +lat_0=0 +lon_0=104.75 +k=0.9999 +x_0=500000 +y_0=0 +ellps=WGS84 +units=m',
      'WGS84',
    );
    const grid = proj4(
      'WGS84',
      vn2000Definition({ centralMeridian: 104.75, scale: 0.9999 }),
    ).forward(read as [number, number]);
    const naive = noShift.forward(grid);
    const metres = Math.hypot(
      (naive[0] - (read[0] as number)) * 111_320 * Math.cos(((read[1] as number) * Math.PI) / 180),
      (naive[1] - (read[1] as number)) * 110_574,
    );
    expect(metres).toBeGreaterThan(100);
  });

  it('refuses projected coordinates without a .prj, saying what to add', () => {
    expect(() => readBoundarySources([{ name: 'xa.zip', bytes: vn2000Zip(false) }])).toThrow(
      /xa\.zip: xa_vn2000\.shp: has coordinates such as \([\d,]+, [\d,]+\) that are metres, not longitude\/latitude, and no \.prj file/,
    );
  });

  it('reads TopoJSON, each object as a collection', () => {
    const topo = topology({
      communes: { type: 'FeatureCollection', features: communes } as FeatureCollection,
    });
    const bytes = new TextEncoder().encode(JSON.stringify(topo));
    const [collection] = readBoundarySources([{ name: 'x.topojson', bytes }]);
    const read = collection?.json as FeatureCollection;
    expect(read.features).toHaveLength(communes.length);
    expect(read.features[3]?.properties).toEqual(communes[3]?.properties);
  });

  it('reports malformed JSON and an unknown kind of file by name', () => {
    const bytes = new TextEncoder().encode('{"type": "FeatureCollection", "features": [');
    expect(() => readBoundarySources([{ name: 'broken.geojson', bytes }])).toThrow(
      /^broken\.geojson: is not valid JSON/,
    );
    expect(() => readBoundarySources([{ name: 'map.kml', bytes }])).toThrow(
      /^map\.kml: is not a boundary file the atlas reads/,
    );
  });
});

describe('decoding text files', () => {
  it('reads Windows-1258 (tones as combining marks) into NFC, and notes a UTF-8 byte order mark', () => {
    // "Xã Tân Phú" in Windows-1258: a + combining tilde (0xDE), u + combining acute (0xEC).
    const cp1258 = new Uint8Array([
      0x58, 0x61, 0xde, 0x20, 0x54, 0xe2, 0x6e, 0x20, 0x50, 0x68, 0x75, 0xec,
    ]);
    expect(decodeText(cp1258)).toEqual({
      text: 'Xã Tân Phú',
      encoding: 'Windows-1258',
      byteOrderMark: false,
    });
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Mã xã')]);
    expect(decodeText(bom)).toEqual({ text: 'Mã xã', encoding: 'UTF-8', byteOrderMark: true });
  });
});

describe('inferring the boundary vintage', () => {
  const collection = (features: Record<string, unknown>[]) => ({
    json: { type: 'FeatureCollection', features: features.map((properties) => ({ properties })) },
  });
  it('says 2021 for districts, 2025 for communes under provinces, 2021 for a province code gone in 2025', () => {
    expect(inferVintage([collection([{ code: '001', province_code: '01' }])]).vintage).toBe('2021');
    expect(inferVintage([collection([{ code: '00004', province_code: '01' }])])).toMatchObject({
      vintage: '2025',
      reason: { en: 'communes belong directly to provinces' },
    });
    expect(inferVintage([collection([{ code: '06' }, { code: '04' }])])).toMatchObject({
      vintage: '2021',
      reason: { en: 'province code 06 no longer exists after 1 Jul 2025' },
    });
    expect(inferVintage([{ json: { vintage: '2021', features: [] } }]).vintage).toBe('2021');
  });
});

describe('zip bombs (issue 20, point 10)', () => {
  it('refuses a member that inflates a thousand times, naming it, before inflating it', () => {
    // 64 MB of zeros: a real .dbf never compresses like this.
    const bomb = zipSync({
      'xa.shp': new Uint8Array(8),
      'xa.dbf': new Uint8Array(64 * 1024 * 1024),
    });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(() => shapefileLayersOfZip(bomb, 'bom.zip')).toThrow(
      /bom\.zip: xa\.dbf is compressed \d+ times \(64 MB\), beyond any real boundary file \(at most 100 times\): possibly a zip bomb; not read/,
    );
  });
});

describe('diagnoses of coordinates out of range (issue 20, point 8)', () => {
  const bytesOf = (collection: FeatureCollection) =>
    new TextEncoder().encode(JSON.stringify(collection));
  const withPositions = (edit: (p: Position, feature: number) => Position): FeatureCollection => ({
    type: 'FeatureCollection',
    features: communes.map((f, i) => mapCoordinates(f, (p) => edit(p, i))),
  });

  it('names the feature and the value of a single latitude typed wrong', () => {
    let done = false;
    const typo = withPositions((p, i) => {
      if (i !== 3 || done) return p;
      done = true;
      return [p[0] as number, 210.5];
    });
    expect(() => readBoundarySources([{ name: 'xa.geojson', bytes: bytesOf(typo) }])).toThrow(
      /^xa\.geojson: features\[3\] \(\d+\): has a position \([\d.]+, 210\.5\) outside longitude ±180, latitude ±90 \(1 of \d+ positions\); a typo\? correct this position$/,
    );
  });

  it('says latitude and longitude are swapped, not that they are metres', () => {
    const swapped = withPositions((p) => [p[1] as number, p[0] as number]);
    expect(() => readBoundarySources([{ name: 'xa.geojson', bytes: bytesOf(swapped) }])).toThrow(
      /latitude before longitude; GeoJSON writes \[longitude, latitude\]/,
    );
  });

  it('reads a zipped Shapefile renamed .geojson as the zip it is', () => {
    const [collection] = readBoundarySources([{ name: 'xa.geojson', bytes: vn2000Zip(true) }]);
    expect((collection?.json as FeatureCollection).features).toHaveLength(communes.length);
  });
});
