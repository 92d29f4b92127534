import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../src/core/catalogue';
import { toCsv } from '../../src/core/csv-writer';
import { safeColour } from '../../src/core/css-colour';
import { layoutFigure } from '../../src/core/figure';
import { figureSvg } from '../../src/core/figure-svg';
import type { FigureMap, FigureWords } from '../../src/core/figure-types';
import { parseIndicatorFile } from '../../src/core/indicator-file';
import { DataFileError } from '../../src/core/problems';

/** Payloads a hostile or careless file can carry (issue 20, points 1 and 2). */
const HOSTILE_COLOURS = [
  '#fff" onmouseover="alert(1)',
  '"/><script>alert(1)</script>',
  'url(http://elsewhere.example/x.png)',
  'red; background-image: url(//elsewhere.example/)',
  'expression(alert(1))',
  'var(--x)',
  'rgb(1, 2, 3) url(x)',
  '',
];

describe('colours from data files', () => {
  it('accepts colour syntax only', () => {
    for (const colour of [
      '#abc',
      '#abcd',
      '#1a9850',
      '#1a985080',
      'rgb(26, 152, 80)',
      'rgba(26,152,80,0.5)',
      'hsl(140, 70%, 35%)',
      'rgb(26 152 80 / 50%)',
    ]) {
      expect(safeColour(colour), colour).toBe(colour);
    }
    for (const colour of [...HOSTILE_COLOURS, 'red', '#12345', 42, null]) {
      expect(safeColour(colour), String(colour)).toBeNull();
    }
  });

  it('refuses an indicator file whose category colour is not a colour, saying where', () => {
    const status = CATALOGUE.find((d) => d.id === 'ntm_status')!;
    const file = (color: string) => ({
      format: 'ntp-atlas/indicators',
      version: 1,
      vintage: '2021',
      periods: ['2025'],
      indicators: [
        {
          ...status,
          categories: status.categories!.map((c, i) => (i === 1 ? { ...c, color } : c)),
        },
      ],
      values: { '2025': {} },
    });
    expect(
      parseIndicatorFile(file('#1a9850'), 'ok.json').indicators[0]?.categories?.[1]?.color,
    ).toBe('#1a9850');
    for (const colour of HOSTILE_COLOURS) {
      let error: unknown;
      try {
        parseIndicatorFile(file(colour), 'bad.json');
      } catch (caught) {
        error = caught;
      }
      expect(error, colour).toBeInstanceOf(DataFileError);
      expect((error as Error).message).toContain('indicators[0].categories[1].color');
      expect((error as Error).message).toMatch(/expected a colour such as #1a9850/);
    }
  });
});

describe('names with markup and control characters in exports', () => {
  const map: FigureMap = {
    camera: { lng: 105.5, lat: 21.5, zoom: 8 },
    width: 400,
    height: 300,
    background: '#eef2f5',
    units: [
      {
        code: '001"><script>',
        name: 'Xã\u0000 Một\u0007\u001b</title><script>alert(1)</script>',
        polygons: [
          [
            [
              [105, 21],
              [106, 21],
              [106, 22],
              [105, 22],
              [105, 21],
            ],
          ],
        ],
        fill: 'url(http://elsewhere.example/)',
        dim: false,
      },
    ],
    parents: [],
    selected: null,
    labels: [],
    islands: [],
    landmarks: [],
    archipelagoNames: [],
    outlineWidth: 0.7,
    parentOutlineWidth: 1.4,
    labelSize: 11,
  };
  const words: FigureWords = {
    title: 'Tiêu đề\u0001',
    subtitle: '',
    legendLines: [],
    rows: [{ color: '" onload="alert(1)', label: 'Lớp\u0002', count: '1' }],
    legendNotes: [],
    footer: [],
    synthetic: null,
  };

  it('writes an SVG with no control character, no element from a name and only colour fills', () => {
    const svg = figureSvg(layoutFigure(map, words), 'vi');
    // eslint-disable-next-line no-control-regex
    expect(svg).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    expect(svg).not.toContain('<script');
    expect(svg).toContain('Xã Một&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(svg).toContain('data-code="001&quot;&gt;&lt;script&gt;"');
    const fills = [...svg.matchAll(/ fill="([^"]*)"/g)].map((m) => m[1]);
    expect(fills.length).toBeGreaterThan(3);
    for (const fill of fills)
      expect(fill).toMatch(/^(#[0-9a-f]{3,8}|none|url\(#no-data\)|rgba?\([\d., ]+\))$/i);
  });

  it('writes CSV cells without control characters', () => {
    expect(toCsv([['Xã\u0000 Một\u0007', 'a\tb']])).toBe('\uFEFFXã Một,a\tb\r\n');
  });
});
