/**
 * `npm run data:test-fixtures`: writes the import test corpus under
 * tests/fixtures from the synthetic demo (never from ../shared, whose files
 * may not be copied here). Deterministic; the files are committed, and
 * tests/fixtures/README.md lists what each must produce.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import proj4 from 'proj4';
import { topology } from 'topojson-server';
import { vn2000Definition } from '../src/formats/projection';
import {
  mapCoordinates,
  vn2000Prj,
  writePolygonShapefile,
  zipShapefile,
} from './fixtures/shapefile-writer';
import { writeXlsx } from './fixtures/xlsx-writer';

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

/**
 * CSV and Excel tables as provincial offices send them, with values from the
 * demo (so the map can be checked against the demo's own numbers).
 */
function writeTableCorpus(): void {
  type Values = Record<string, Record<string, Record<string, number>>>;
  const readJson = <T>(path: string) => JSON.parse(readFileSync(join(root, path), 'utf8')) as T;
  const values2021 = readJson<{ values: Values }>('data/demo/indicators-2021.json').values;
  const values2025 = readJson<{ values: Values }>('data/demo/indicators-2025.json').values;
  const units2021 = readJson<FeatureCollection<Polygon, Record<string, string>>>(
    'data/demo/boundaries-2021.geojson',
  ).features.map((f) => f.properties as unknown as UnitRow);
  const units2025 = demo.features.map((f) => f.properties as unknown as UnitRow);
  const nameOf = (units: readonly UnitRow[], code: string | undefined) =>
    units.find((u) => u.code === code)?.name ?? '';
  const communes2021 = units2021.filter((u) => u.level === 'commune');
  const communes2025 = units2025.filter((u) => u.level === 'commune');
  const STATUS = ['Chưa đạt', 'Đạt chuẩn', 'Nâng cao', 'Kiểu mẫu'];
  const percent = (part: number, whole: number) => Math.round((part / whole) * 1000) / 10;

  // An Excel report: a title, a header merged over two rows, a numbering row, a total row.
  const v2024 = values2021['2024'] as Values[string];
  const sheetRows: (string | number | null)[][] = [
    ['BÁO CÁO KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH NTM VÀ GIẢM NGHÈO NĂM 2024'],
    [null],
    ['STT', 'Mã xã', 'Tên xã', 'Huyện', 'Nông thôn mới', null, 'Giảm nghèo', null, null],
    [
      null,
      null,
      null,
      null,
      'Số tiêu chí đạt',
      'Mức đạt',
      'Số hộ nghèo',
      'Tổng số hộ',
      'Tỷ lệ hộ nghèo (%)',
    ],
    ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)', '(9)'],
  ];
  communes2021.forEach((u, i) => {
    const v = v2024[u.code] as Record<string, number>;
    sheetRows.push([
      i + 1,
      // Excel keeps typed codes as numbers; the atlas restores the zeros by level.
      Number(u.code),
      u.name,
      nameOf(units2021, u.parent),
      v.ntm_criteria_met as number,
      STATUS[v.ntm_status as number] as string,
      v.poor_households as number,
      v.households_total as number,
      percent(v.poor_households as number, v.households_total as number),
    ]);
  });
  sheetRows.push([null, null, 'Tổng cộng', null, null, null, null, null, null]);
  writeFileSync(
    join(good, 'ntm-2024-merged-header.xlsx'),
    writeXlsx([
      {
        name: 'Kết quả 2024',
        rows: sheetRows,
        merges: ['A1:I1', 'A3:A4', 'B3:B4', 'C3:C4', 'D3:D4', 'E3:F3', 'G3:I3'],
      },
      { name: 'Ghi chú', rows: [['Nguồn: Văn phòng điều phối NTM tỉnh (dữ liệu minh họa)']] },
    ]),
  );

  // UTF-8 with a BOM, as Excel's "CSV UTF-8" writes it; codes as text, English decimals.
  const v2025 = values2025['2025'] as Values[string];
  const bomRows = [
    ['Mã xã', 'Tên xã', 'Tổng số hộ', 'Số hộ nghèo', 'Số hộ cận nghèo', 'Tỷ lệ hộ nghèo (%)'],
  ];
  for (const u of communes2025) {
    const v = v2025[u.code] as Record<string, number>;
    bomRows.push([
      u.code,
      u.name,
      String(v.households_total),
      String(v.poor_households),
      String(v.near_poor_households),
      String(percent(v.poor_households as number, v.households_total as number)),
    ]);
  }
  writeFileSync(
    join(good, 'ho-ngheo-2025-bom.csv'),
    Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv(bomRows, ','), 'utf8')]),
  );

  // Windows-1258, names only (no codes), with the province to match within.
  const nameRows = [['Tên xã', 'Tỉnh', 'Số sản phẩm OCOP 3 sao', 'Số sản phẩm OCOP 4 sao']];
  for (const u of communes2025) {
    const v = v2025[u.code] as Record<string, number>;
    nameRows.push([
      u.name.replace(/^Xã /, 'xã ').replace(/^Phường /, 'P. '),
      nameOf(units2025, u.parent).replace(/^Tỉnh /, ''),
      String(v.ocop_3star),
      String(v.ocop_4star),
    ]);
  }
  writeFileSync(join(good, 'ocop-2025-windows-1258.csv'), encodeWindows1258(csv(nameRows, ',')));

  // Semicolons and decimal commas, as Excel writes CSV on a Vietnamese Windows; no-figure marks.
  const fundsRows = [['Mã xã', 'Vốn giao, tổng (triệu đồng)', 'Vốn giải ngân, tổng (triệu đồng)']];
  communes2021.forEach((u, i) => {
    const v = v2024[u.code] as Record<string, number>;
    const allocated = (v.funds_allocated_total as number) + 0.5;
    fundsRows.push([
      u.code,
      vietnameseNumber(allocated),
      i === 3
        ? '—'
        : i === 4
          ? 'n/a'
          : vietnameseNumber((v.funds_disbursed_total as number) + 0.25),
    ]);
  });
  writeFileSync(join(good, 'von-2024-semicolon.csv'), csv(fundsRows, ';'));

  // Every kind of row-level problem, each with the message it must produce (README).
  const [a, b, c, d] = communes2025 as [UnitRow, UnitRow, UnitRow, UnitRow];
  const problemRows = [
    ['Mã xã', 'Tên xã', 'Số hộ nghèo', 'Tổng số hộ', 'Tỷ lệ hộ nghèo (%)'],
    [a.code, a.name, '120', '2000', '6,0'],
    [b.code, b.name, '-5', '1800', '104,5'],
    [c.code, c.name, 'mười hai', '1500', '8,0'],
    [a.code, a.name, '130', '2100', '6,2'],
    ['99999', 'Xã Không Có', '10', '100', '10,0'],
    ['', 'Xã <img src=x onerror="document.title=\'pwned\'">Bình An', '10', '100', '10,0'],
    [d.code, d.name, '', '1700', '—'],
  ];
  writeFileSync(join(bad, 'table-problems-2025.csv'), csv(problemRows, ';'));

  // Two communes of one name in two provinces: a table of names alone must ask which.
  const [first2025, second2025] = demo.features.filter(
    (f) => f.properties.level === 'commune' && f.properties.parent !== undefined,
  ) as UnitFeature[];
  const other = demo.features.find(
    (f) => f.properties.level === 'commune' && f.properties.parent !== first2025?.properties.parent,
  ) as UnitFeature;
  const twinName = first2025?.properties.name as string;
  writeFileSync(
    join(good, 'demo-2025-twin-names.geojson'),
    collection(
      demo.features.map((f) =>
        f === other ? { ...f, properties: { ...f.properties, name: twinName } } : f,
      ),
    ),
  );
  writeFileSync(
    join(good, 'twin-names-2025.csv'),
    csv(
      [
        ['Tên xã', 'Tổng số hộ'],
        [twinName, '1234'],
        [second2025?.properties.name as string, '2345'],
      ],
      ',',
    ),
  );
}

interface UnitRow {
  readonly code: string;
  readonly name: string;
  readonly level: string;
  readonly parent?: string;
}

function csv(rows: readonly (readonly string[])[], separator: ',' | ';'): string {
  const quote = (cell: string) => (/[",;\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  return rows.map((row) => row.map(quote).join(separator)).join('\r\n') + '\r\n';
}

/** 1234.5 → "1.234,5": dots group thousands, the comma marks decimals. */
function vietnameseNumber(value: number): string {
  const [whole, fraction] = value.toFixed(2).replace(/0+$/, '').replace(/\.$/, '').split('.');
  const grouped = (whole as string).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return fraction ? `${grouped},${fraction}` : grouped;
}

/** Grave, acute, tilde, hook above, dot below: the five tones, combining. */
const TONE_MARKS = ['\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];

/**
 * Windows-1258 has precomposed letters for ă â ê ô ơ ư đ (and a few more)
 * but writes tones as combining marks after the letter.
 */
function encodeWindows1258(text: string): Uint8Array {
  const decoder = new TextDecoder('windows-1258');
  const byteOf = new Map<string, number>();
  for (let byte = 0x80; byte <= 0xff; byte += 1) {
    byteOf.set(decoder.decode(new Uint8Array([byte])), byte);
  }
  const out: number[] = [];
  for (const char of text.normalize('NFC')) {
    const code = char.codePointAt(0) as number;
    if (code < 0x80) {
      out.push(code);
      continue;
    }
    const direct = byteOf.get(char);
    if (direct !== undefined) {
      out.push(direct);
      continue;
    }
    const [base, ...marks] = [...char.normalize('NFD')];
    const tones = marks.filter((m) => TONE_MARKS.includes(m));
    const shape = [base, ...marks.filter((m) => !TONE_MARKS.includes(m))].join('').normalize('NFC');
    const shapeByte = shape.charCodeAt(0) < 0x80 ? shape.charCodeAt(0) : byteOf.get(shape);
    if (shape.length !== 1 || shapeByte === undefined || tones.some((t) => !byteOf.has(t))) {
      throw new Error(`cannot write "${char}" in Windows-1258`);
    }
    out.push(shapeByte, ...tones.map((t) => byteOf.get(t) as number));
  }
  return new Uint8Array(out);
}

/** Files of the hardening classes (issue 20): one case per class. */
function writeHardeningCorpus(): void {
  const communes = demo.features.filter((f) => f.properties.level === 'commune').slice(0, 3);
  const edit = (f: UnitFeature, move: (p: Position, i: number) => Position) => {
    let i = 0;
    return mapCoordinates(f, (p) => move(p, i++));
  };
  // Latitude written before longitude, as some exports do.
  writeFileSync(
    join(bad, 'swapped-lat-lon.geojson'),
    collection(communes.map((f) => edit(f, (p) => [p[1] as number, p[0] as number]))),
  );
  // One latitude typed wrong (210.5 for 21.05) in the second feature.
  writeFileSync(
    join(bad, 'typo-latitude.geojson'),
    collection(
      communes.map((f, k) =>
        k === 1 ? edit(f, (p, i) => (i === 0 ? [p[0] as number, 210.5] : p)) : f,
      ),
    ),
  );
  // A .dbf of 64 MB of zeros: a zip bomb of about 64 kB.
  writeFileSync(
    join(bad, 'zip-bomb.zip'),
    zipSync(
      { 'xa.shp': new Uint8Array(100), 'xa.dbf': new Uint8Array(64 * 1024 * 1024) },
      // A fixed date, so that the file is the same on every run.
      { mtime: new Date('2025-07-01T00:00:00Z') },
    ),
  );
  // A category colour that tries to leave its attribute.
  const indicators = JSON.parse(
    readFileSync(join(root, 'data/demo/indicators-2021.json'), 'utf8'),
  ) as { indicators: { id: string; categories?: { color?: string }[] }[] };
  const status = indicators.indicators.find((d) => d.id === 'ntm_status');
  if (status?.categories?.[1]) status.categories[1].color = '#fff" onmouseover="alert(1)';
  writeFileSync(
    join(bad, 'hostile-colour-2021.json'),
    JSON.stringify({ ...indicators, indicators: [status], values: {} }, null, 1),
  );
  // An unclosed ring and a ring that crosses itself: loaded, both said.
  const [a, b] = communes as [UnitFeature, UnitFeature];
  const ring = (a.geometry as Polygon).coordinates[0] as Position[];
  const [x0, y0] = ring[0] as [number, number];
  writeFileSync(
    join(bad, 'rings.geojson'),
    collection([
      { ...a, geometry: { type: 'Polygon', coordinates: [ring.slice(0, -1)] } },
      {
        ...b,
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [x0, y0],
              [x0 + 0.02, y0 + 0.02],
              [x0 + 0.02, y0],
              [x0, y0 + 0.02],
              [x0, y0],
            ],
          ],
        },
      },
    ]),
  );
}

/**
 * Layouts people really produce (issue 20, point 9): a workbook whose first
 * sheet is instructions, and a CSV without a header row.
 */
function writeLayoutCorpus(): void {
  type Values = Record<string, Record<string, Record<string, number>>>;
  const read = <T>(path: string) => JSON.parse(readFileSync(join(root, path), 'utf8')) as T;
  const units2021 = read<FeatureCollection<Polygon, Record<string, string>>>(
    'data/demo/boundaries-2021.geojson',
  ).features.map((f) => f.properties as Record<string, string>);
  const v2024 = read<{ values: Values }>('data/demo/indicators-2021.json').values[
    '2024'
  ] as Values[string];
  const v2025 = read<{ values: Values }>('data/demo/indicators-2025.json').values[
    '2025'
  ] as Values[string];
  const figures = (values: Values[string], code: string) => {
    const v = values[code] as Record<string, number>;
    return [v.households_total as number, v.poor_households as number];
  };
  writeFileSync(
    join(bad, 'instructions-first-2024.xlsx'),
    writeXlsx([
      {
        name: 'Hướng dẫn',
        rows: [
          ['HƯỚNG DẪN NHẬP SỐ LIỆU'],
          [null],
          ['Bước', 'Nội dung'],
          [1, 'Nhập mã xã 5 chữ số ở cột A của trang "Số liệu"'],
          [2, 'Nhập tổng số hộ và số hộ nghèo theo chuẩn nghèo đa chiều'],
          [3, 'Không sửa dòng tiêu đề'],
        ],
      },
      {
        name: 'Số liệu',
        rows: [
          ['Mã xã', 'Tên xã', 'Tổng số hộ', 'Số hộ nghèo'],
          ...units2021
            .filter((u) => u.level === 'commune')
            .map((u) => [u.code as string, u.name as string, ...figures(v2024, u.code as string)]),
        ],
      },
    ]),
  );
  const communes2025 = demo.features.map((f) => f.properties).filter((u) => u.level === 'commune');
  writeFileSync(
    join(bad, 'no-header-2025.csv'),
    csv(
      communes2025.map((u) => [
        u.code as string,
        u.name as string,
        ...figures(v2025, u.code as string).map(String),
      ]),
      ',',
    ),
  );
}

writeTableCorpus();
writeHardeningCorpus();
writeLayoutCorpus();
console.log('Wrote tests/fixtures/good and tests/fixtures/bad');
