import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { app, Harness, ROOT, saveDownload } from './harness';
import { expectedView, legendOf, loadDemo, readLegend } from './layer-expectations';
import { colourCounts } from './pixels';

const harness = new Harness();
beforeAll(() => harness.start());
afterAll(() => harness.stop());

const OUT = join(ROOT, 'test-results/export');
mkdirSync(OUT, { recursive: true });

const { old } = loadDemo();
const view = expectedView(old, '2021', 'district', 'ntm_criteria_met');
/** Class colours that have units, with the number of units in each. */
const classColours = (view.classification?.classes ?? [])
  .map((c) => ({
    color: c.color,
    units: view.classCounts.find((k) => k.index === c.index)?.count ?? 0,
  }))
  .filter((c) => c.units > 0)
  .map((c) => c.color);

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const save = (page: Page, button: string, name: string): Promise<Buffer> =>
  saveDownload(page, app(page).locator(button), join(OUT, name));

describe('exporting the view', () => {
  it('has class colours and legend rows to check (the demo at district level)', () => {
    // Every loop below runs over these: an empty list would check nothing.
    expect(classColours.length).toBeGreaterThan(2);
    expect(legendOf(view).length).toBeGreaterThan(2);
  });

  let page: Page;
  let screen: Buffer;
  beforeAll(async () => {
    page = await harness.open('?l=district&lang=both', { width: 1280, height: 800 });
    screen = await app(page).locator('#map').screenshot();
    await app(page).locator('#export-open').click();
    await app(page).locator('#figure-title').fill('Nông thôn mới 2025 — bản tin tháng 11');
    await app(page).locator('#figure-title').press('Enter');
    await app(page).locator('#figure-title').blur();
  });
  afterAll(() => page.close());

  it('saves a PNG whose map has the colours of the map on screen, at 1×, 2× and 4×', async () => {
    const one = await save(page, '#png-1', 'view@1x.png');
    const two = await save(page, '#png-2', 'view@2x.png');
    const four = await save(page, '#png-4', 'view@4x.png');
    const size = (png: Buffer) => {
      const { width, height } = PNG.sync.read(png);
      return { width, height };
    };
    expect(size(two)).toEqual({ width: size(one).width * 2, height: size(one).height * 2 });
    expect(size(four)).toEqual({ width: size(one).width * 4, height: size(one).height * 4 });
    // The same units at the same zoom and size: each class covers as many pixels as on screen.
    const onScreen = colourCounts(screen, classColours);
    const exported = colourCounts(one, classColours);
    classColours.forEach((colour, i) => {
      expect(onScreen[i], colour).toBeGreaterThan(2000);
      expect(exported[i]! / onScreen[i]!, colour).toBeGreaterThan(0.9);
      expect(exported[i]! / onScreen[i]!, colour).toBeLessThan(1.1);
    });
  });

  it('saves an SVG with one path per unit, real text and the legend', async () => {
    const svg = (await save(page, '#svg', 'view.svg')).toString('utf8');
    const codes = [...svg.matchAll(/<path data-code="(\d+)"/g)].map((m) => m[1]);
    expect(codes.sort()).toEqual([...view.codes].sort());
    const unescape = (text: string) =>
      text
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&');
    const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => unescape(m[1] ?? ''));
    expect(texts).toContain('Nông thôn mới 2025 — bản tin tháng 11');
    // Every legend row on screen, with its count, is text in the SVG.
    const legend = await readLegend(page);
    expect(legend).toEqual(legendOf(view));
    for (const row of legend) {
      expect(
        texts.filter((t) => t.startsWith(row.label)),
        row.label,
      ).not.toEqual([]);
      expect(texts).toContain(String(row.count));
    }
    expect(texts.join(' ')).toContain('Dữ liệu minh họa / Synthetic demo');
    expect(texts.join(' ')).toMatch(/Ngày số liệu: \d\d\/\d\d\/\d{4}/);
    // Each class colour fills the units of that class.
    for (const colour of classColours) expect(svg).toContain(`fill="${colour}"`);
  });

  it('saves a PDF on A4 and A3, either way round, with the title and the legend', async () => {
    const sizes: Record<string, [number, number]> = {};
    for (const [paper, orientation] of [
      ['A4', 'landscape'],
      ['A3', 'portrait'],
    ] as const) {
      await app(page).locator('#paper').selectOption(paper);
      await app(page).locator('#orientation').selectOption(orientation);
      const pdf = await save(page, '#pdf', `view-${paper}-${orientation}.pdf`);
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      const file = join(OUT, `view-${paper}-${orientation}.pdf`);
      const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
      expect(info).toMatch(/Title:\s+Nông thôn mới 2025 — bản tin tháng 11/);
      const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
      sizes[`${paper}-${orientation}`] = [Number(size?.[1]), Number(size?.[2])];
      // Rendered as a reader would see it: the map's class colours and the legend swatches.
      execFileSync('pdftoppm', [
        '-r',
        '72',
        '-png',
        '-singlefile',
        file,
        file.replace(/\.pdf$/, ''),
      ]);
      const rendered = readFileSync(file.replace(/\.pdf$/, '.png'));
      colourCounts(rendered, classColours, 10).forEach((count, i) =>
        expect(count, classColours[i]).toBeGreaterThan(100),
      );
    }
    expect(sizes['A4-landscape']?.map(Math.round)).toEqual([842, 595]);
    expect(sizes['A3-portrait']?.map(Math.round)).toEqual([842, 1191]);
    expect(harness.offOrigin()).toEqual([]);
  });

  it('saves a vector PDF whose every word is text in the embedded font', async () => {
    const file = join(OUT, 'view-A4-landscape.pdf');
    // No picture of the map: units are paths, words are text.
    expect(
      execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).trim().split('\n'),
    ).toHaveLength(2);
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' });
    // Noto Sans, embedded: Latin and Vietnamese glyphs come from its separate files.
    expect(fonts).toMatch(/NotoSans-Regular\S*\s+CID TrueType\s+Identity-H\s+yes/);
    expect(fonts).toMatch(/NotoSans-SemiBold\S*\s+CID TrueType\s+Identity-H\s+yes/);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('Nông thôn mới 2025 — bản tin tháng 11');
    // The 25 districts by criteria met in 2025, counted by hand from the demo: 0, 3, 15, 7 and none without data.
    for (const [label, count] of [
      ['< 10', 0],
      ['10 – < 15', 3],
      ['15 – < 19', 15],
      ['≥ 19', 7],
      ['Không có dữ liệu / No', 0],
    ] as const) {
      expect(text).toMatch(new RegExp(`${escapeRegExp(label)}\\s+${count}\\n`));
    }
    expect(text).toContain('Nguồn: Dữ liệu minh họa');
    expect(text).toContain('Địa giới trước 1/7/2025');
  });

  it('writes the poverty rate, its legend and its source as searchable Vietnamese', async () => {
    const poverty = await harness.open('?l=district&i=poor_rate&p=2025&lang=vi', {
      width: 1280,
      height: 800,
    });
    await app(poverty).locator('#export-open').click();
    await app(poverty).locator('#paper').selectOption('A4');
    await app(poverty).locator('#orientation').selectOption('portrait');
    const bytes = await save(poverty, '#pdf', 'poverty-A4-portrait.pdf');
    const file = join(OUT, 'poverty-A4-portrait.pdf');
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    expect(text).toContain('Tỷ lệ hộ nghèo');
    const legend = await readLegend(poverty);
    expect(legend.length).toBeGreaterThan(2);
    const layout = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    for (const row of legend)
      expect(layout).toMatch(new RegExp(`${escapeRegExp(row.label)}\\s+${row.count}`));
    expect(text).toContain('Nguồn:');
    expect(bytes.length).toBeLessThan(150_000);
    await poverty.close();
  });

  it('prints the title, the map and its legend without the controls', async () => {
    await app(page).locator('#export-close').click();
    const file = join(OUT, 'printed.pdf');
    await page.emulateMedia({ media: 'print' });
    writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    await page.emulateMedia({ media: 'screen' });
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('Bản đồ các Chương trình mục tiêu quốc gia');
    for (const row of legendOf(view)) expect(text).toContain(row.label);
    expect(text).not.toContain('Nhập dữ liệu');
    execFileSync('pdftoppm', ['-r', '72', '-png', '-singlefile', file, join(OUT, 'printed')]);
    const rendered = readFileSync(join(OUT, 'printed.png'));
    colourCounts(rendered, classColours, 10).forEach((count, i) =>
      expect(count, classColours[i]).toBeGreaterThan(100),
    );
  });
});
