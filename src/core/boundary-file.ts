import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { joinByCode, type KeyedRecord } from './join';
import { DataFileError, describeValue, type DataProblem } from './problems';
import { normaliseName } from './text';
import {
  isLevel,
  levelOfCodeLength,
  levelsOf,
  parseUnitCode,
  type Level,
  type Unit,
  type UnitCode,
  type Vintage,
} from './units';

/** The properties every prepared boundary feature carries. */
export interface UnitProperties {
  code: UnitCode;
  name: string;
  level: Level;
  parent: UnitCode | null;
  /** Where the name is written, when the file says (`labelLng`, `labelLat`, as data:prepare writes). */
  label?: [number, number];
}

export type UnitFeature = Feature<Polygon | MultiPolygon, UnitProperties>;

export interface BoundarySet {
  readonly vintage: Vintage;
  readonly units: readonly Unit[];
  readonly features: readonly UnitFeature[];
  readonly problems: readonly DataProblem[];
}

function labelOf(props: Record<string, unknown>): { label?: [number, number] } {
  const [lng, lat] = [props.labelLng, props.labelLat];
  return typeof lng === 'number' && typeof lat === 'number' && Number.isFinite(lng + lat)
    ? { label: [lng, lat] }
    : {};
}

/** Property names read for a unit's parent, most specific first. */
const PARENT_KEYS = ['parent', 'parent_code', 'district_code', 'province_code'] as const;

/**
 * Reads boundary GeoJSON (one or more FeatureCollections, e.g. provinces and
 * communes) into units of one vintage. Each feature needs `code` and `name`;
 * `level` is read or inferred from the code's length; the parent from
 * `parent`, `parent_code`, `district_code` or `province_code`. Features that
 * cannot be used are reported with their position and skipped; repeated
 * codes are reported and only the first feature is drawn.
 */
export function parseBoundaryFiles(
  files: readonly { name: string; json: unknown }[],
  vintage: Vintage,
): BoundarySet {
  const problems: DataProblem[] = [];
  const candidates: { feature: UnitFeature; record: KeyedRecord; file: string }[] = [];
  const allowedLevels = levelsOf(vintage);
  /** Codes given as numbers, per file: read with zeros restored, and reported once per file. */
  const numericCodes = new Map<string, string[]>();
  for (const { name: file, json } of files) {
    if (
      typeof json !== 'object' ||
      json === null ||
      (json as { type?: unknown }).type !== 'FeatureCollection'
    ) {
      throw new DataFileError(
        file,
        '',
        `expected a GeoJSON FeatureCollection, found ${describeValue((json as { type?: unknown })?.type ?? json)}`,
      );
    }
    const features = (json as { features?: unknown }).features;
    if (!Array.isArray(features))
      throw new DataFileError(file, 'features', 'expected a list of features');
    features.forEach((raw: unknown, index) => {
      const report = (message: string, code?: unknown) =>
        problems.push({
          severity: 'error',
          file,
          where: `feature ${index + 1}${code === undefined ? '' : ` (code ${describeValue(code)})`}`,
          message,
        });
      const feature = raw as Feature | null;
      const props = (feature?.properties ?? {}) as Record<string, unknown>;
      const rawCode = props.code ?? props.ma ?? props.id;
      const geometryType = feature?.geometry?.type;
      if (geometryType !== 'Polygon' && geometryType !== 'MultiPolygon') {
        report(
          `expected a Polygon or MultiPolygon geometry, found ${describeValue(geometryType ?? null)}; feature skipped`,
          rawCode,
        );
        return;
      }
      const declared = props.level;
      const level: Level | undefined = isLevel(declared)
        ? declared
        : typeof rawCode === 'string' || typeof rawCode === 'number'
          ? levelOfCodeLength(String(rawCode).trim().length)
          : undefined;
      if (typeof rawCode === 'number' && !isLevel(declared)) {
        report(
          `code ${rawCode} is a number, so its leading zeros are lost and its level cannot be told (a province code has 2 digits, a district code 3, a commune code 5); store codes as text, e.g. "${String(rawCode).padStart(5, '0')}", or add a "level" property; feature skipped`,
          rawCode,
        );
        return;
      }
      if (!level || !allowedLevels.includes(level)) {
        report(
          `cannot tell the level (expected ${allowedLevels.join(', ')} for vintage ${vintage}); feature skipped`,
          rawCode,
        );
        return;
      }
      const parsed = parseUnitCode(rawCode, level);
      if (!parsed.ok) {
        report(`${parsed.reason}; feature skipped`, rawCode);
        return;
      }
      if (typeof rawCode === 'number') {
        const padded = numericCodes.get(file) ?? [];
        padded.push(`${rawCode} → ${parsed.code}`);
        numericCodes.set(file, padded);
      }
      const name = typeof props.name === 'string' ? normaliseName(props.name) : '';
      if (!name) report('has no "name"; the code is shown instead', rawCode);
      let parent: UnitCode | null = null;
      if (level !== 'province') {
        const parentLevel = allowedLevels[allowedLevels.indexOf(level) - 1] as Level;
        const key = PARENT_KEYS.find((k) => props[k] !== undefined && props[k] !== null);
        const parsedParent = key ? parseUnitCode(props[key], parentLevel) : undefined;
        if (!parsedParent?.ok) {
          report(
            `has no usable parent ${parentLevel} code (${PARENT_KEYS.join(' / ')}); drawn, but left out of aggregates`,
            rawCode,
          );
        } else {
          parent = parsedParent.code;
        }
      }
      candidates.push({
        file,
        record: { code: parsed.code, where: `${file} feature ${index + 1}` },
        feature: {
          type: 'Feature',
          geometry: feature!.geometry as Polygon | MultiPolygon,
          properties: {
            code: parsed.code,
            name: name || parsed.code,
            level,
            parent,
            ...labelOf(props),
          },
        },
      });
    });
  }
  for (const [file, padded] of numericCodes) {
    problems.push({
      severity: 'warning',
      file,
      where: `${padded.length} features`,
      message: `codes are numbers, read with leading zeros restored by level (${padded.slice(0, 3).join(', ')}${padded.length > 3 ? ', …' : ''}); store codes as text so no zero is ever lost`,
    });
  }
  const join = joinByCode(
    [],
    candidates.map((c) => c.record),
  );
  for (const [code, records] of join.duplicates) {
    problems.push({
      severity: 'error',
      file: records[0]?.where.split(' feature')[0] ?? '',
      where: records.map((r) => r.where).join(', '),
      message: `code "${code}" appears ${records.length} times; only the first is drawn`,
    });
  }
  const kept = new Set<UnitCode>();
  const features: UnitFeature[] = [];
  for (const { feature } of candidates) {
    if (kept.has(feature.properties.code)) continue;
    kept.add(feature.properties.code);
    features.push(feature);
  }
  const units: Unit[] = features.map(({ properties: { label: _label, ...unit } }) => ({
    ...unit,
    vintage,
  }));
  for (const unit of units) {
    if (unit.parent && !kept.has(unit.parent)) {
      problems.push({
        severity: 'warning',
        file: '',
        where: `${unit.level} ${unit.code} (${unit.name})`,
        message: `its parent ${unit.parent} has no boundary; it is drawn but has no parent to aggregate into`,
      });
    }
  }
  return { vintage, units, features, problems };
}
