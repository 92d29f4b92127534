import type { Feature, Geometry, MultiPolygon, Polygon } from 'geojson';
import { checkRings } from './ring-check';
import { fieldOf, PARENT_FIELDS, unitFields } from './gis-fields';
import { joinByCode, type KeyedRecord } from './join';
import {
  DataFileError,
  describeValue,
  expectedFound,
  joinTexts,
  listPlaces,
  type DataProblem,
} from './problems';
import { normaliseName, type BilingualText } from './text';
import {
  isLevel,
  levelOfCodeLength,
  levelsOf,
  LEVEL_WORDS,
  parseUnitCode,
  type Level,
  type Unit,
  type UnitCode,
  type Vintage,
} from './units';

const FEATURE_SKIPPED: BilingualText = { vi: 'bỏ qua đối tượng này', en: 'feature skipped' };

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
/** The polygons of a GeometryCollection made of polygons only, as one MultiPolygon; else null. */
function polygonsOfCollection(geometry: Geometry | null | undefined): MultiPolygon | null {
  if (geometry?.type !== 'GeometryCollection' || !Array.isArray(geometry.geometries)) return null;
  const parts = geometry.geometries;
  if (
    parts.length === 0 ||
    !parts.every((g) => g?.type === 'Polygon' || g?.type === 'MultiPolygon')
  )
    return null;
  return {
    type: 'MultiPolygon',
    coordinates: parts.flatMap((g) =>
      g.type === 'Polygon' ? [g.coordinates] : (g as MultiPolygon).coordinates,
    ),
  };
}

const PARENT_KEYS = ['parent', 'parent_code'] as const;

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
        expectedFound(
          { vi: 'một GeoJSON FeatureCollection', en: 'a GeoJSON FeatureCollection' },
          (json as { type?: unknown })?.type ?? json,
        ),
      );
    }
    const features = (json as { features?: unknown }).features;
    if (!Array.isArray(features)) {
      throw new DataFileError(file, 'features', {
        vi: 'cần một danh sách đối tượng (features)',
        en: 'expected a list of features',
      });
    }
    features.forEach((raw: unknown, index) => {
      const report = (
        message: BilingualText,
        code?: unknown,
        severity: DataProblem['severity'] = 'error',
      ) => {
        const codeText = code === undefined ? null : describeValue(code);
        problems.push({
          severity,
          file,
          where: {
            vi: `đối tượng ${index + 1}${codeText ? ` (mã ${codeText.vi})` : ''}`,
            en: `feature ${index + 1}${codeText ? ` (code ${codeText.en})` : ''}`,
          },
          message,
        });
      };
      const feature = raw as Feature | null;
      const props = (feature?.properties ?? {}) as Record<string, unknown>;
      const own = props.code ?? props.ma ?? props.id;
      // A GIS office's export: MA_XA / TEN_XA / MA_HUYEN / MA_TINH, cut or capitalised names.
      const gis = own === undefined ? unitFields(props, allowedLevels) : null;
      const rawCode = own ?? gis?.code;
      // Polygons wrapped in a GeometryCollection (some exporters do it) are unwrapped, and said.
      const unwrapped = polygonsOfCollection(feature?.geometry);
      if (unwrapped) {
        report(
          {
            vi: 'hình là GeometryCollection gồm các đa giác; đã gộp thành MultiPolygon',
            en: 'geometry is a GeometryCollection of polygons; read as one MultiPolygon',
          },
          rawCode,
          'warning',
        );
      }
      const geometry = unwrapped ?? feature?.geometry;
      const geometryType = geometry?.type;
      if (geometryType !== 'Polygon' && geometryType !== 'MultiPolygon') {
        report(
          joinTexts(
            expectedFound(
              { vi: 'hình Polygon hoặc MultiPolygon', en: 'a Polygon or MultiPolygon geometry' },
              geometryType ?? null,
            ),
            FEATURE_SKIPPED,
          ),
          rawCode,
        );
        return;
      }
      // Rings: numbers, closed, four positions or more; crossings said.
      const rings = checkRings(geometry as Polygon | MultiPolygon);
      for (const note of [...rings.repairs, ...rings.warnings]) report(note, rawCode, 'warning');
      if (!rings.geometry) {
        report(joinTexts(rings.refusal ?? { vi: '', en: '' }, FEATURE_SKIPPED), rawCode);
        return;
      }
      const declared = props.level ?? gis?.level;
      const level: Level | undefined = isLevel(declared)
        ? declared
        : typeof rawCode === 'string' || typeof rawCode === 'number'
          ? levelOfCodeLength(String(rawCode).trim().length)
          : undefined;
      if (typeof rawCode === 'number' && !isLevel(declared)) {
        const padded = String(rawCode).padStart(5, '0');
        report(
          {
            vi: `mã ${rawCode} là số nên mất các số 0 đứng đầu và không biết được cấp (mã tỉnh có 2 chữ số, mã huyện 3, mã xã 5); hãy lưu mã dạng văn bản, ví dụ "${padded}", hoặc thêm thuộc tính "level"; bỏ qua đối tượng này`,
            en: `code ${rawCode} is a number, so its leading zeros are lost and its level cannot be told (a province code has 2 digits, a district code 3, a commune code 5); store codes as text, e.g. "${padded}", or add a "level" property; feature skipped`,
          },
          rawCode,
        );
        return;
      }
      if (!level || !allowedLevels.includes(level)) {
        report(
          {
            vi: `không biết được cấp (bộ ${vintage} có ${allowedLevels.map((l) => LEVEL_WORDS[l].vi).join(', ')}); bỏ qua đối tượng này`,
            en: `cannot tell the level (expected ${allowedLevels.join(', ')} for vintage ${vintage}); feature skipped`,
          },
          rawCode,
        );
        return;
      }
      const parsed = parseUnitCode(rawCode, level);
      if (!parsed.ok) {
        report(joinTexts(parsed.reason, FEATURE_SKIPPED), rawCode);
        return;
      }
      if (typeof rawCode === 'number') {
        const padded = numericCodes.get(file) ?? [];
        padded.push(`${rawCode} → ${parsed.code}`);
        numericCodes.set(file, padded);
      }
      const rawName = props.name ?? props.ten ?? gis?.name;
      const name = typeof rawName === 'string' ? normaliseName(rawName) : '';
      if (!name) {
        report(
          {
            vi: 'không có "name"; hiện mã thay tên',
            en: 'has no "name"; the code is shown instead',
          },
          rawCode,
        );
      }
      let parent: UnitCode | null = null;
      if (level !== 'province') {
        const parentLevel = allowedLevels[allowedLevels.indexOf(level) - 1] as Level;
        const parentCode = fieldOf(props, [...PARENT_KEYS, ...PARENT_FIELDS[parentLevel]]);
        const parsedParent =
          parentCode !== undefined ? parseUnitCode(parentCode, parentLevel) : undefined;
        if (!parsedParent?.ok) {
          report(
            {
              vi: `không có mã ${LEVEL_WORDS[parentLevel].vi} cấp trên dùng được (${[...PARENT_KEYS, PARENT_FIELDS[parentLevel][0]].join(' / ')}); vẫn vẽ, nhưng không tính vào số tổng hợp`,
              en: `has no usable parent ${parentLevel} code (${[...PARENT_KEYS, PARENT_FIELDS[parentLevel][0]].join(' / ')}); drawn, but left out of aggregates`,
            },
            rawCode,
          );
        } else {
          parent = parsedParent.code;
        }
      }
      candidates.push({
        file,
        record: {
          code: parsed.code,
          where: { vi: `${file} đối tượng ${index + 1}`, en: `${file} feature ${index + 1}` },
        },
        feature: {
          type: 'Feature',
          geometry: rings.geometry,
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
    const examples = `${padded.slice(0, 3).join(', ')}${padded.length > 3 ? ', …' : ''}`;
    problems.push({
      severity: 'warning',
      file,
      where: { vi: `${padded.length} đối tượng`, en: `${padded.length} features` },
      message: {
        vi: `mã là số, được đọc với các số 0 đứng đầu thêm lại theo cấp (${examples}); hãy lưu mã dạng văn bản để không mất số 0 nào`,
        en: `codes are numbers, read with leading zeros restored by level (${examples}); store codes as text so no zero is ever lost`,
      },
    });
  }
  const join = joinByCode(
    [],
    candidates.map((c) => c.record),
  );
  const fileOf = new Map(candidates.map((c) => [c.record, c.file]));
  for (const [code, records] of join.duplicates) {
    problems.push({
      severity: 'error',
      file: fileOf.get(records[0] as KeyedRecord) ?? '',
      where: listPlaces(records.map((r) => r.where)),
      message: {
        vi: `mã "${code}" xuất hiện ${records.length} lần; chỉ vẽ lần đầu`,
        en: `code "${code}" appears ${records.length} times; only the first is drawn`,
      },
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
  // One line per missing parent, not one per child: a province's communes all name the province.
  const orphansByParent = new Map<UnitCode, Unit[]>();
  for (const unit of units) {
    if (unit.parent && !kept.has(unit.parent)) {
      const orphans = orphansByParent.get(unit.parent) ?? [];
      orphans.push(unit);
      orphansByParent.set(unit.parent, orphans);
    }
  }
  for (const [parent, orphans] of orphansByParent) {
    const first = orphans[0] as Unit;
    const examples = orphans
      .slice(0, 3)
      .map((u) => `${u.code} (${u.name})`)
      .join(', ');
    const more = orphans.length > 3 ? ', …' : '';
    const one = orphans.length === 1;
    problems.push({
      severity: 'warning',
      file: '',
      where: {
        vi: `${orphans.length} ${LEVEL_WORDS[first.level].vi}: ${examples}${more}`,
        en: `${orphans.length} ${first.level}${one ? '' : 's'}: ${examples}${more}`,
      },
      message: {
        vi: `đơn vị cấp trên ${parent} không có ranh giới trong tệp; vẫn vẽ, nhưng không có cấp trên để tổng hợp vào`,
        en: `${one ? 'its' : 'their'} parent ${parent} has no boundary in the files; ${one ? 'it is' : 'they are'} drawn but ${one ? 'has' : 'have'} no parent to aggregate into`,
      },
    });
  }
  return { vintage, units, features, problems };
}
