/**
 * Issue 18: every unit of at least 4 px² on screen is drawn as its own shape
 * in its class colour, at the zooms a planner uses: the national view, one
 * province, one commune's neighbourhood. On the real 3,321 communes of 2025,
 * the demo and the synthetic 10,600 communes.
 *
 * The classes are typed (manual breaks 5, 10, 15 on criteria met, palette
 * YlGnBu), so each unit's expected colour is known here from its value
 * without the atlas's classifier: < 5, 5–9, 10–14, ≥ 15.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSyntheticCountry } from '../../scripts/bench/synthetic-country';
import { checkFidelity, type Camera, type ExpectedUnit } from './fidelity';
import { Harness, ROOT, SHARED_FIXTURES, writeCriteriaFile } from './harness';

/** ColorBrewer YlGnBu, 4 classes, as published. */
const YLGNBU_4 = ['#ffffcc', '#a1dab4', '#41b6c4', '#225ea8'];
const HATCH_INKS = ['#9a9a9a', '#f4f4f4'];
const SEA = '#eef2f5';
const CLASSING = 'm=manual&b=5,10,15&pal=YlGnBu&names=0';

const colourOf = (value: number | undefined): readonly string[] =>
  value === undefined
    ? HATCH_INKS
    : [YLGNBU_4[value < 5 ? 0 : value < 10 ? 1 : value < 15 ? 2 : 3]!];

type Boundary = Feature<Polygon | MultiPolygon, { code: string; level?: string }>;

function readFeatures(file: string): Boundary[] {
  return (JSON.parse(readFileSync(file, 'utf8')) as { features: Boundary[] }).features;
}

function expected(features: Boundary[], values: Record<string, number>): ExpectedUnit[] {
  return features.map((f) => ({
    code: f.properties.code,
    polygons: (f.geometry.type === 'Polygon'
      ? [f.geometry.coordinates]
      : f.geometry.coordinates) as Position[][][],
    colours: colourOf(values[f.properties.code]),
  }));
}

/** Opens a view, screenshots the map and checks every unit; returns the report for the note. */
async function fidelityAt(
  harness: Harness,
  query: string,
  camera: Camera,
  units: ExpectedUnit[],
  shot: string,
) {
  const page = await harness.open(`${query}&c=${camera.lng},${camera.lat},${camera.zoom}`);
  const png = await page
    .locator('ntp-atlas-app #map')
    .screenshot({ path: join(ROOT, `test-results/${shot}.png`) });
  // Outlines (and their anti-aliasing) reach about 1 px into a unit at the
  // national zoom (province borders 0.5 px wide, no commune borders below
  // zoom 6.5) and 1.5 px from there on (commune borders 0.7–1.2 px, province 1.4 px).
  const edgeMargin = camera.zoom < 6.5 ? 1 : 1.5;
  const report = checkFidelity(png, camera, units, { background: SEA, edgeMargin });
  expect((page as unknown as { errors: string[] }).errors).toEqual([]);
  await page.close();
  console.log(
    `${shot}: ${report.counted} units ≥ 4 px², ${report.missing.length} not drawn, ${report.ownColour}/${report.clear} clear of outlines in their own colour (${report.ownColourAll}/${report.counted} of all)`,
  );
  return report;
}

function expectFaithful(report: ReturnType<typeof checkFidelity>, atLeast: number): void {
  expect(report.counted).toBeGreaterThanOrEqual(atLeast);
  expect(report.missing).toEqual([]);
  expect(
    report.ownColour / report.clear,
    report.wrong.slice(0, 10).join('\n'),
  ).toBeGreaterThanOrEqual(0.99);
}

const realPresent = existsSync(join(SHARED_FIXTURES, 'vn-2025/communes.geojson'));
if (!realPresent)
  console.warn(`Skipping the real-boundary fidelity checks: ${SHARED_FIXTURES} is absent.`);

describe.skipIf(!realPresent)('the real 3,321 communes of 2025, drawn faithfully', () => {
  const harness = new Harness();
  const generated = join(ROOT, '.bench/test-data');
  let units: ExpectedUnit[] = [];
  beforeAll(async () => {
    const communes = readFeatures(join(SHARED_FIXTURES, 'vn-2025/communes.geojson'));
    const values = Object.fromEntries(
      communes.map((f) => [f.properties.code, (Number(f.properties.code) * 7) % 20]),
    );
    writeCriteriaFile(join(generated, 'fidelity-2025.json'), values);
    units = expected(communes, values);
    await harness.start({ '/fixtures': SHARED_FIXTURES, '/generated': generated });
  });
  afterAll(() => harness.stop());

  const query = `?vintage=2025&boundaries=fixtures/vn-2025/provinces.geojson,fixtures/vn-2025/communes.geojson&indicators=generated/fidelity-2025.json&v=2025&l=commune&i=ntm_criteria_met&${CLASSING}`;

  it('at the national view: every delta commune drawn, none as background', async () => {
    // The whole country with both archipelagos, in the 660 × 584 px map of a 1280 × 800 window.
    const report = await fidelityAt(
      harness,
      query,
      { lng: 110, lat: 14.8, zoom: 4.45 },
      units,
      'fidelity-real-national',
    );
    // Hand count: at this zoom about three communes in four cover 4 px² or more.
    expectFaithful(report, 2000);
  });

  it('at one province (the Mekong delta around Cần Thơ)', async () => {
    const report = await fidelityAt(
      harness,
      query,
      { lng: 105.75, lat: 10.0, zoom: 8.5 },
      units,
      'fidelity-real-province',
    );
    expectFaithful(report, 150);
  });

  it("at one commune's neighbourhood (Hà Nội's old quarter)", async () => {
    const report = await fidelityAt(
      harness,
      query,
      { lng: 105.85, lat: 21.03, zoom: 11.5 },
      units,
      'fidelity-real-commune',
    );
    expectFaithful(report, 20);
  });

  it('made no request off the origin', () => {
    expect(harness.offOrigin()).toEqual([]);
  });
});

describe('the demo and the synthetic 10,600 communes, drawn faithfully', () => {
  const harness = new Harness();
  const synthetic = join(ROOT, '.bench/test-data/synthetic');
  let syntheticUnits: ExpectedUnit[] = [];
  beforeAll(async () => {
    const codes = writeSyntheticCountry(synthetic);
    const file = JSON.parse(readFileSync(join(synthetic, 'indicators.json'), 'utf8')) as {
      values: Record<string, Record<string, { ntm_criteria_met: number }>>;
    };
    const values = Object.fromEntries(
      codes.map((code) => [code, file.values['2025']![code]!.ntm_criteria_met]),
    );
    syntheticUnits = expected(readFeatures(join(synthetic, 'communes.geojson')), values);
    await harness.start({ '/synthetic': synthetic });
  });
  afterAll(() => harness.stop());

  function demoUnits(): ExpectedUnit[] {
    const demo = JSON.parse(readFileSync(join(ROOT, 'data/demo/indicators-2021.json'), 'utf8')) as {
      values: Record<string, Record<string, { ntm_criteria_met?: number }>>;
    };
    const values: Record<string, number> = {};
    for (const [code, row] of Object.entries(demo.values['2025']!))
      if (row.ntm_criteria_met !== undefined) values[code] = row.ntm_criteria_met;
    const communes = readFeatures(join(ROOT, 'data/demo/boundaries-2021.geojson')).filter(
      (f) => f.properties.level === 'commune',
    );
    return expected(communes, values);
  }
  const demoQuery = `?v=2021&l=commune&i=ntm_criteria_met&p=2025&${CLASSING}`;
  const syntheticQuery = `?vintage=2025&boundaries=synthetic/provinces.geojson,synthetic/communes.geojson&indicators=synthetic/indicators.json&v=2025&l=commune&i=ntm_criteria_met&p=2025&${CLASSING}`;

  it('the demo communes at the demo region view (a province)', async () => {
    const at = { lng: 105.27, lat: 21.26, zoom: 7.4 };
    expectFaithful(await fidelityAt(harness, demoQuery, at, demoUnits(), 'fidelity-demo'), 280);
  });

  it("the demo communes at one commune's neighbourhood", async () => {
    const at = { lng: 105.3, lat: 21.3, zoom: 10 };
    const report = await fidelityAt(harness, demoQuery, at, demoUnits(), 'fidelity-demo-commune');
    expectFaithful(report, 5);
  });

  it('the synthetic 10,600 communes at the national view', async () => {
    const at = { lng: 106.05, lat: 16, zoom: 4.75 };
    const report = await fidelityAt(
      harness,
      syntheticQuery,
      at,
      syntheticUnits,
      'fidelity-synthetic-national',
    );
    expectFaithful(report, 8000);
  });

  it("the synthetic communes at one province's and one commune's zoom", async () => {
    // A corner where four of the rectangular "provinces" meet, then one commune's neighbourhood.
    for (const [at, atLeast, shot] of [
      [{ lng: 104.7, lat: 15, zoom: 8 }, 200, 'fidelity-synthetic-province'],
      [{ lng: 104.7, lat: 15, zoom: 10.5 }, 5, 'fidelity-synthetic-commune'],
    ] as const) {
      expectFaithful(await fidelityAt(harness, syntheticQuery, at, syntheticUnits, shot), atLeast);
    }
  });

  it('made no request off the origin', () => {
    expect(harness.offOrigin()).toEqual([]);
  });
});
