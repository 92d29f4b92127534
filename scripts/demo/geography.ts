import * as turf from '@turf/turf';
import type { Position } from 'geojson';
import {
  kMeans,
  makeOutline,
  mountainIndex,
  neighbours,
  seedPoints,
  splitShape,
  unionOf,
  voronoiCells,
  type Shape,
} from './geometry';
import { createNamer } from './names';
import type { Random } from './random';

/**
 * The demo's two geographies. 2021: 4 provinces, 25 districts, 300 communes
 * (Voronoi cells of seeds denser in the delta). 2025, mirroring the reform:
 * provinces merged in pairs, districts gone, communes merged about three to
 * one, with a few old communes split between two new ones.
 * Codes are from ranges the statistics office does not use (provinces 90,
 * 97–99; districts 975–999; communes from 40000) so they never pass for real.
 */

export interface OldCommune {
  code: string;
  name: string;
  shape: Shape;
  centroid: Position;
  mountain: number;
  urban: boolean;
  coastal: boolean;
  district: number;
}
export interface OldDistrict {
  code: string;
  name: string;
  shape: Shape;
  province: number;
  communes: number[];
}
export interface OldProvince {
  code: string;
  name: string;
  shape: Shape;
  districts: number[];
}
export interface NewCommune {
  code: string;
  name: string;
  shape: Shape;
  province: number;
  /** Old commune index → share of that old commune's area that went here. */
  parts: Map<number, number>;
}
export interface NewProvince {
  code: string;
  name: string;
  shape: Shape;
  oldProvinces: number[];
}
export interface DemoGeography {
  communes: OldCommune[];
  districts: OldDistrict[];
  provinces: OldProvince[];
  newCommunes: NewCommune[];
  newProvinces: NewProvince[];
}

const PROVINCE_CODES = ['90', '97', '98', '99'];
const COMMUNE_COUNT = 300;
const DISTRICT_COUNT = 25;
const SPLIT_COUNT = 8;

/**
 * Contiguous groups: grow k regions over the adjacency graph from k seeds
 * (the members nearest k-means centres), one neighbour per region per turn,
 * so every group is one piece and sizes stay close.
 */
function growRegions(
  random: Random,
  positions: Position[],
  adjacency: Set<number>[],
  k: number,
  members: number[],
): number[][] {
  const clusterOf = kMeans(
    random,
    members.map((i) => positions[i] as Position),
    k,
  );
  const seeds: number[] = [];
  for (let c = 0; c < k; c += 1) {
    const inCluster = members.filter((_, j) => clusterOf[j] === c);
    const mean: Position = [
      inCluster.reduce((s, i) => s + positions[i]![0]!, 0) / inCluster.length,
      inCluster.reduce((s, i) => s + positions[i]![1]!, 0) / inCluster.length,
    ];
    const nearest = inCluster.reduce((best, i) =>
      dist(positions[i]!, mean) < dist(positions[best]!, mean) ? i : best,
    );
    seeds.push(nearest);
  }
  const allowed = new Set(members);
  const owner = new Map<number, number>(seeds.map((s, c) => [s, c]));
  const groups = seeds.map((s) => [s]);
  let progress = true;
  while (owner.size < members.length && progress) {
    progress = false;
    groups.forEach((group, c) => {
      const frontier = new Set<number>();
      for (const i of group)
        for (const n of adjacency[i]!) if (allowed.has(n) && !owner.has(n)) frontier.add(n);
      if (frontier.size === 0) return;
      const seed = positions[seeds[c]!]!;
      const next = [...frontier].reduce((best, i) =>
        dist(positions[i]!, seed) < dist(positions[best]!, seed) ? i : best,
      );
      owner.set(next, c);
      group.push(next);
      progress = true;
    });
  }
  if (owner.size < members.length) throw new Error('the adjacency graph is not connected');
  return groups.map((g) => g.sort((a, b) => a - b));
}

function dist(a: Position, b: Position): number {
  return Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!);
}

function meanMountain(communes: OldCommune[], indices: number[]): number {
  return indices.reduce((s, i) => s + communes[i]!.mountain, 0) / indices.length;
}

export function buildGeography(random: Random): DemoGeography {
  const namer = createNamer(random);
  const outline = makeOutline(random);
  const cells = voronoiCells(seedPoints(random, outline, COMMUNE_COUNT), outline);
  const centroids = cells.map((cell) => turf.centroid(cell).geometry.coordinates);
  const adjacency = neighbours(cells);
  const outlineRing = new Set(
    turf.coordAll(outline).map((p) => `${p[0]!.toFixed(5)},${p[1]!.toFixed(5)}`),
  );

  // Districts from communes, provinces from districts: both contiguous.
  const all = cells.map((_, i) => i);
  const districtGroups = growRegions(random, centroids, adjacency, DISTRICT_COUNT, all);
  const districtShapes = districtGroups.map((g, d) =>
    unionOf(
      g.map((i) => cells[i]!),
      `district ${d}`,
    ),
  );
  const districtCentroids = districtShapes.map((s) => turf.centroid(s).geometry.coordinates);
  const districtAdjacency = districtGroups.map(() => new Set<number>());
  districtGroups.forEach((g, a) => {
    for (const i of g)
      for (const n of adjacency[i]!) {
        const b = districtGroups.findIndex((other) => other.includes(n));
        if (b !== a) districtAdjacency[a]!.add(b);
      }
  });
  const provinceGroups = growRegions(
    random,
    districtCentroids,
    districtAdjacency,
    PROVINCE_CODES.length,
    districtGroups.map((_, d) => d),
  );
  // Order provinces north-west to south-east so codes read like the real, geographic numbering.
  const provinceOrder = provinceGroups
    .map((g, p) => ({
      p,
      key:
        g.reduce((s, d) => s + districtCentroids[d]![0]! - districtCentroids[d]![1]!, 0) / g.length,
    }))
    .sort((a, b) => a.key - b.key)
    .map((o) => o.p);

  const communes: OldCommune[] = [];
  const districts: OldDistrict[] = [];
  const provinces: OldProvince[] = [];
  let districtCode = 975;
  let communeCode = 40000;
  const communeIndex = new Map<number, number>();
  for (const p of provinceOrder) {
    const group = provinceGroups[p]!;
    const provinceCommunes = group.flatMap((d) => districtGroups[d]!);
    const provinceName = namer(meanMountain(communesFromCells(), provinceCommunes) > 0.55);
    // The least mountainous district is the provincial city.
    const cityDistrict = group.reduce((best, d) =>
      meanMountainOfCells(districtGroups[d]!) < meanMountainOfCells(districtGroups[best]!)
        ? d
        : best,
    );
    const province: OldProvince = {
      code: PROVINCE_CODES[provinces.length]!,
      name: `Tỉnh ${provinceName}`,
      shape: unionOf(
        group.map((d) => districtShapes[d]!),
        'province',
      ),
      districts: [],
    };
    provinces.push(province);
    for (const d of [...group].sort(
      (a, b) => districtCentroids[a]![0]! - districtCentroids[b]![0]!,
    )) {
      const isCity = d === cityDistrict;
      const upland = meanMountainOfCells(districtGroups[d]!) > 0.55;
      const districtName = isCity ? provinceName : namer(upland);
      const district: OldDistrict = {
        code: String(districtCode++),
        name: `${isCity ? 'Thành phố' : 'Huyện'} ${districtName}`,
        shape: districtShapes[d]!,
        province: provinces.length - 1,
        communes: [],
      };
      const centre = districtCentroids[d]!;
      const seat = districtGroups[d]!.reduce((best, i) =>
        dist(centroids[i]!, centre) < dist(centroids[best]!, centre) ? i : best,
      );
      for (const i of districtGroups[d]!) {
        const mountain = mountainIndex(centroids[i]!);
        const urban = isCity || i === seat;
        const prefix = isCity ? 'Phường' : i === seat ? 'Thị trấn' : 'Xã';
        const onEdge = turf
          .coordAll(cells[i]!)
          .some((q) => outlineRing.has(`${q[0]!.toFixed(5)},${q[1]!.toFixed(5)}`));
        communeIndex.set(i, communes.length);
        district.communes.push(communes.length);
        communes.push({
          code: String(communeCode).padStart(5, '0'),
          name: `${prefix} ${namer(mountain > 0.55)}`,
          shape: cells[i]!,
          centroid: centroids[i]!,
          mountain,
          urban,
          // The south-east edge of the region is the coast.
          coastal: onEdge && mountain < 0.3,
          district: districts.length,
        });
        communeCode += 3;
      }
      province.districts.push(districts.length);
      districts.push(district);
    }
  }

  function meanMountainOfCells(indices: number[]): number {
    return indices.reduce((s, i) => s + mountainIndex(centroids[i]!), 0) / indices.length;
  }
  function communesFromCells(): OldCommune[] {
    return cells.map((_, i) => ({ mountain: mountainIndex(centroids[i]!) }) as OldCommune);
  }

  const { newCommunes, newProvinces } = buildReform(
    random,
    namer,
    communes,
    districts,
    provinces,
    adjacency,
    communeIndex,
  );
  return { communes, districts, provinces, newCommunes, newProvinces };
}

function buildReform(
  random: Random,
  namer: (upland: boolean) => string,
  communes: OldCommune[],
  districts: OldDistrict[],
  provinces: OldProvince[],
  cellAdjacency: Set<number>[],
  communeIndex: Map<number, number>,
): { newCommunes: NewCommune[]; newProvinces: NewProvince[] } {
  // Re-index adjacency by commune index.
  const adjacency = communes.map(() => new Set<number>());
  cellAdjacency.forEach((set, cell) => {
    for (const n of set) adjacency[communeIndex.get(cell)!]!.add(communeIndex.get(n)!);
  });
  const provinceOf = (i: number) => districts[communes[i]!.district]!.province;
  // Provinces merge in pairs of neighbours: 0 with its first neighbour, the other two together.
  const touches = (a: number, b: number) =>
    communes.some(
      (c, i) => provinceOf(i) === a && [...adjacency[i]!].some((n) => provinceOf(n) === b),
    );
  const partner = [1, 2, 3].find(
    (b) =>
      touches(0, b) &&
      (() => {
        const rest = [1, 2, 3].filter((x) => x !== b);
        return touches(rest[0]!, rest[1]!);
      })(),
  );
  if (partner === undefined)
    throw new Error('no pairing of neighbouring provinces; change the seed');
  const pairs = [[0, partner], [1, 2, 3].filter((x) => x !== partner)] as [number, number][];
  const newProvinces: NewProvince[] = pairs.map((pair) => {
    const sizes = pair.map((p) =>
      provinces[p]!.districts.reduce((s, d) => s + districts[d]!.communes.length, 0),
    );
    const keep = pair[sizes[0]! >= sizes[1]! ? 0 : 1]!;
    return {
      code: provinces[keep]!.code,
      name: provinces[keep]!.name,
      shape: unionOf(
        pair.map((p) => provinces[p]!.shape),
        'new province',
      ),
      oldProvinces: pair,
    };
  });

  const newCommunes: NewCommune[] = [];
  const groupOf = new Map<number, number>();
  newProvinces.forEach((province, p) => {
    const members = communes
      .map((_, i) => i)
      .filter((i) => province.oldProvinces.includes(provinceOf(i)));
    const groups = growRegions(
      random,
      communes.map((c) => c.centroid),
      adjacency,
      Math.round(members.length / 3),
      members,
    );
    for (const group of groups) {
      for (const i of group) groupOf.set(i, newCommunes.length);
      newCommunes.push({
        code: '',
        name: '',
        shape: communes[group[0]!]!.shape,
        province: p,
        parts: new Map(group.map((i) => [i, 1])),
      });
    }
  });

  // A few old communes on a border between two new ones are split between them.
  const halves = new Map<string, Shape>();
  let splits = 0;
  const touched = new Set<number>();
  const order = communes.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random.next() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  for (const index of order) {
    if (splits >= SPLIT_COUNT) break;
    const mine = groupOf.get(index)!;
    if (touched.has(mine) || newCommunes[mine]!.parts.size < 3) continue;
    const neighbour = [...adjacency[index]!].find((n) => {
      const theirs = groupOf.get(n)!;
      return (
        theirs !== mine &&
        !touched.has(theirs) &&
        newCommunes[theirs]!.province === newCommunes[mine]!.province
      );
    });
    if (neighbour === undefined) continue;
    const theirs = groupOf.get(neighbour)!;
    const commune = communes[index]!;
    const [towardsNeighbour, rest] = splitShape(
      commune.shape,
      commune.centroid,
      communes[neighbour]!.centroid,
      commune.centroid.map((v, k) => 2 * v - communes[neighbour]!.centroid[k]!),
    );
    const total = turf.area(commune.shape);
    const share = Math.round((turf.area(towardsNeighbour) / total) * 1000) / 1000;
    newCommunes[theirs]!.parts.set(index, share);
    newCommunes[mine]!.parts.set(index, Math.round((1 - share) * 1000) / 1000);
    halves.set(`${index}>${theirs}`, towardsNeighbour);
    halves.set(`${index}>${mine}`, rest);
    touched.add(mine);
    touched.add(theirs);
    splits += 1;
  }
  if (splits < SPLIT_COUNT) throw new Error(`only ${splits} communes could be split`);

  newCommunes.forEach((commune, n) => {
    const members = [...commune.parts.keys()].sort((a, b) => a - b);
    commune.shape = unionOf(
      members.map((i) => halves.get(`${i}>${n}`) ?? communes[i]!.shape),
      `new commune ${n}`,
    );
    // A new commune keeps the code of its first wholly merged predecessor, as most real ones did.
    const full = members.filter((i) => commune.parts.get(i) === 1);
    commune.code = communes[full[0] ?? members[0]!]!.code;
    const urbanShare = members.filter((i) => communes[i]!.urban).length / members.length;
    const mountain = members.reduce((s, i) => s + communes[i]!.mountain, 0) / members.length;
    commune.name = `${urbanShare > 0.5 ? 'Phường' : 'Xã'} ${namer(mountain > 0.55)}`;
  });
  return { newCommunes, newProvinces };
}
