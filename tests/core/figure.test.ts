import { describe, expect, it } from 'vitest';
import { layoutFigure, project, wrapText } from '../../src/core/figure';
import { type FigureMap, type FigureWords } from '../../src/core/figure-types';
import { figureSvg } from '../../src/core/figure-svg';

const square = (lng: number, lat: number, size: number) => [
  [
    [
      [lng, lat],
      [lng + size, lat],
      [lng + size, lat + size],
      [lng, lat + size],
      [lng, lat],
    ],
  ],
];

const map: FigureMap = {
  camera: { lng: 105.5, lat: 21.5, zoom: 8 },
  width: 800,
  height: 600,
  background: '#eef2f5',
  units: [
    {
      code: '001',
      name: 'Xã <b>Một</b>',
      polygons: square(105, 21, 1),
      fill: '#123456',
      dim: false,
    },
    { code: '002', name: 'Xã Hai', polygons: square(106, 21, 0.5), fill: null, dim: true },
    { code: '003', name: 'Xa lắm', polygons: square(140, 40, 1), fill: '#123456', dim: false },
  ],
  parents: [],
  selected: null,
  labels: [{ text: 'Một', lng: 105.5, lat: 21.5 }],
  islands: [],
  landmarks: [],
  archipelagoNames: [],
  outlineWidth: 0.7,
  parentOutlineWidth: 1.4,
  labelSize: 11,
};

const words: FigureWords = {
  title: 'Số tiêu chí NTM đạt',
  subtitle: 'Năm 2025 · Xã',
  legendLines: ['đơn vị: tiêu chí'],
  rows: [
    { color: '#123456', label: '≥ 19', count: '1' },
    { color: null, label: 'Không có dữ liệu', count: '1' },
  ],
  legendNotes: ['Ngưỡng chính sách, 4 lớp'],
  footer: ['Nguồn: thử', 'Ngày số liệu: 30/06/2025'],
  synthetic: 'Dữ liệu minh họa',
};

describe('the exported figure', () => {
  it('projects with Web Mercator at 512-pixel tiles, as the map does', () => {
    expect(project(0, 0, 0)).toEqual([256, 256]);
    expect(project(180, 0, 1)[0]).toBeCloseTo(1024);
    expect(project(0, 85.0511, 0)[1]).toBeCloseTo(0, 1);
  });

  it('wraps text on word boundaries', () => {
    // 70 px of 12 px type: about ten letters a line.
    expect(wrapText('một hai ba bốn năm sáu bảy tám chín mười', 70, 12)).toEqual([
      'một hai ba',
      'bốn năm',
      'sáu bảy',
      'tám chín',
      'mười',
    ]);
  });

  it('keeps the on-screen size at 1× and puts the camera centre in the middle of the frame', () => {
    const figure = layoutFigure(map, words);
    expect(figure.frame.width).toBe(800);
    expect(figure.frame.height).toBe(600);
    expect(figure.scale).toBe(1);
    // Unit 001 spans 105–106°E; the centre 105.5°E falls in the middle of the frame.
    const xs = [...(figure.units[0]?.d.matchAll(/[ML]([\d.]+) /g) ?? [])].map((m) => Number(m[1]));
    expect((Math.min(...xs) + Math.max(...xs)) / 2).toBeCloseTo(figure.frame.x + 400, 0);
    // Far outside the camera: no path at all.
    expect(figure.units.map((u) => u.code)).toEqual(['001', '002']);
  });

  it('scales the same area onto a sheet, keeping its proportions', () => {
    const a4 = layoutFigure(map, words, { width: 842, height: 595 });
    expect(a4.width).toBe(842);
    expect(a4.height).toBe(595);
    expect(a4.frame.width / a4.frame.height).toBeCloseTo(800 / 600);
    expect(a4.frame.x + a4.frame.width).toBeLessThan(842 - 250);
    // Portrait: the legend goes under the map.
    const portrait = layoutFigure(map, words, { width: 595, height: 842 });
    const legendRow = portrait.texts.find((t) => t.text === '≥ 19');
    expect(legendRow!.y).toBeGreaterThan(portrait.frame.y + portrait.frame.height);
  });

  it('writes one path per unit, names escaped, and every word as text', () => {
    const svg = figureSvg(layoutFigure(map, words), 'vi');
    expect(svg.match(/<path data-code=/g)).toHaveLength(2);
    expect(svg).toContain('<title>Xã &lt;b&gt;Một&lt;/b&gt;</title>');
    expect(svg).not.toContain('<b>');
    for (const text of ['Số tiêu chí NTM đạt', '≥ 19', 'Không có dữ liệu', 'Dữ liệu minh họa'])
      expect(svg).toContain(`>${text}</text>`);
    expect(svg).toContain('fill="url(#no-data)" fill-opacity="0.3"');
  });
});

describe('Hoàng Sa and Trường Sa in the exported figure', () => {
  const national: FigureMap = {
    ...map,
    camera: { lng: 110, lat: 14.8, zoom: 4.45 },
    width: 660,
    height: 584,
    // A unit label placed where the archipelago's name is written.
    labels: [{ text: 'Một nhãn rất dài', lng: 111.95, lat: 17.55 }],
    islands: [
      { lng: 112.34, lat: 16.84, fill: '#41b6c4', dim: false },
      { lng: 114.36, lat: 11.45, fill: null, dim: false },
    ],
    landmarks: [],
    archipelagoNames: [
      { text: 'Quần đảo Hoàng Sa', lng: 111.95, lat: 17.55 },
      { text: 'Quần đảo Trường Sa', lng: 114.4, lat: 12 },
    ],
  };

  it('draws a dot per island in its unit colour, the no-data ink without data, and both names', () => {
    const svg = figureSvg(layoutFigure(national, words), 'vi');
    const dots = [...svg.matchAll(/<circle [^>]*>/g)].map((m) => m[0]);
    expect(dots).toHaveLength(2);
    expect(dots[0]).toContain('fill="#41b6c4"');
    // No data: the hatch's light ink inside the ring, never a class colour.
    expect(dots[1]).toContain('fill="#f4f4f4"');
    expect(svg).toContain('>Quần đảo Hoàng Sa</text>');
    expect(svg).toContain('>Quần đảo Trường Sa</text>');
  });

  it('never drops an archipelago name for a unit label in its way', () => {
    const texts = layoutFigure(national, words).texts.map((t) => t.text);
    expect(texts).toContain('Quần đảo Hoàng Sa');
    expect(texts).not.toContain('Một nhãn rất dài');
  });

  it('fades the dots out from zoom 9 to 11, as the map does', () => {
    const at = (zoom: number) =>
      layoutFigure({ ...national, camera: { lng: 112.34, lat: 16.84, zoom } }, words).dots;
    expect(at(8)[0]?.opacity).toBe(1);
    expect(at(10)[0]?.opacity).toBeCloseTo(0.5);
    expect(at(11.5)).toEqual([]);
  });
});
