import type { FeatureCollection, Polygon, MultiPolygon, Point, Position } from 'geojson';
import { plainText, numberLanguage, type DisplayLanguage } from '../core/display-language';
import type { FigureMap, FigureUnit, FigureWords, MapDrawing } from '../core/figure-types';
import type { AtlasData } from '../core/map-view';
import { formatDate, formatNumber } from '../core/format';
import { layerLabel } from '../core/layer';
import {
  axisThirds,
  BIVARIATE_COLOURS,
  isBivariateView,
  type BivariateView,
} from '../core/bivariate';
import { isHistoryView } from '../core/history-view';
import { legendText, vintageText } from '../core/legend-text';
import { reaggregationRule } from '../core/reaggregate';
import type { MapView } from '../core/map-view';
import type { BilingualText } from '../core/text';
import { unitFills } from '../core/unit-fills';
import type { UnitCode } from '../core/units';
import type { UnitFeature } from '../core/boundary-file';
import { archipelagoDrawing } from '../core/archipelagos';

/** What the export is of: the view on screen, in the words of the language shown. */
export interface FigureRequest {
  readonly drawing: MapDrawing;
  readonly mapView: MapView;
  /** The data shown, and where to ask for its units' outlines and label points. */
  readonly loaded: AtlasData & { readonly worker: FigureGeometry };
  readonly selected: UnitCode | null;
  readonly language: DisplayLanguage;
  /** A title typed by the presenter; the layer's name otherwise. */
  readonly title: string | null;
  readonly levelLabel: BilingualText;
  /** True when the values are aggregated from the units below: the legend then says how. */
  readonly aggregated: boolean;
}

/** A bivariate map's grid legend: cells from the top row, thirds on each axis. */
function bivariateGrid(
  view: BivariateView,
  t: (text: BilingualText) => string,
  locale: 'vi' | 'en',
): NonNullable<FigureWords['grid']> {
  const count = (index: number) =>
    formatNumber(view.classCounts.find((c) => c.index === index)?.count ?? 0, locale, 0);
  const { x, y } = view.bivariate;
  return {
    cells: [2, 1, 0].flatMap((row) =>
      [0, 1, 2].map((col) => ({
        color: BIVARIATE_COLOURS[row]![col]!,
        count: count(col + 3 * row),
      })),
    ),
    across: axisThirds(x, locale),
    up: axisThirds(y, locale),
    acrossTitle: t(layerLabel(x.layer)),
    upTitle: t(layerLabel(y.layer)),
  };
}

/** Units' outlines and label points, kept in the data worker. */
export interface FigureGeometry {
  features(codes: readonly UnitCode[]): Promise<UnitFeature[]>;
  labels(): Promise<FeatureCollection<Point>>;
}

const SYNTHETIC: BilingualText = { vi: 'Dữ liệu minh họa', en: 'Synthetic demo' };

function polygonsOf(feature: UnitFeature): Position[][][] {
  const geometry = feature.geometry as Polygon | MultiPolygon;
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/**
 * Gathers everything the figure shows: the units with the fills the map
 * gives them (their geometry from the data worker), the outlines one level
 * up, the labels the map shows at this zoom, and every line of the legend.
 */
export async function figureOf(request: FigureRequest): Promise<{
  map: FigureMap;
  words: FigureWords;
}> {
  const { drawing, mapView, loaded, language } = request;
  const { hierarchy, dataset, worker } = loaded;
  const t = (text: BilingualText) => plainText(text, language);
  const { fillOf, isDimmed } = unitFills(mapView, hierarchy);
  const parentCodes = drawing.parentLevel ? (hierarchy.byLevel.get(drawing.parentLevel) ?? []) : [];
  const wanted = [...mapView.codes, ...parentCodes];
  if (request.selected) wanted.push(request.selected);
  const features = new Map((await worker.features(wanted)).map((f) => [f.properties.code, f]));
  const figureUnit = (code: UnitCode): FigureUnit | null => {
    const feature = features.get(code);
    if (!feature) return null;
    return {
      code,
      name: hierarchy.units.get(code)?.name ?? code,
      polygons: polygonsOf(feature),
      fill: fillOf(code) ?? null,
      dim: isDimmed(code),
    };
  };
  const shown = new Set(mapView.codes);
  const labels = drawing.labels
    ? (await worker.labels()).features
        .filter((f) => shown.has((f.properties as { code: UnitCode }).code))
        .map((f) => {
          const [lng, lat] = (f.geometry as Point).coordinates as [number, number];
          return { text: String((f.properties as { label: string }).label), lng, lat };
        })
    : [];
  const marks = archipelagoDrawing(loaded.boundaries);
  const at = (point: Point) => point.coordinates as [number, number];
  const map: FigureMap = {
    camera: drawing.camera,
    width: drawing.width,
    height: drawing.height,
    background: drawing.background,
    units: mapView.codes.map(figureUnit).filter((u): u is FigureUnit => !!u),
    parents: parentCodes.map(figureUnit).filter((u): u is FigureUnit => !!u),
    selected: request.selected ? figureUnit(request.selected) : null,
    labels,
    islands: marks.islands.features
      .filter((f) => f.properties.level === drawing.level)
      .map((f) => {
        const [lng, lat] = at(f.geometry);
        const code = f.properties.code;
        return { lng, lat, fill: fillOf(code) ?? null, dim: isDimmed(code) };
      }),
    landmarks: marks.landmarks.features.map((f) => {
      const [lng, lat] = at(f.geometry);
      return { lng, lat };
    }),
    archipelagoNames: marks.labels.features.map((f) => {
      const [lng, lat] = at(f.geometry);
      return { text: f.properties.name, lng, lat };
    }),
    outlineWidth: drawing.outlineWidth,
    parentOutlineWidth: drawing.parentOutlineWidth,
    labelSize: drawing.labelSize,
  };

  const locale = numberLanguage(language);
  const legend =
    mapView.layer && mapView.classification
      ? legendText({
          layer: mapView.layer,
          classification: mapView.classification,
          counts: mapView.classCounts,
          noDataCount: mapView.noDataCount,
          period: mapView.change ? mapView.change.to : mapView.period,
          compare: mapView.change?.from ?? null,
          vintage: null,
          source: null,
          basis: mapView.classBasis,
          aggregated: request.aggregated,
          rule: isHistoryView(mapView) && mapView.layer ? reaggregationRule(mapView.layer) : null,
          recomputed: isHistoryView(mapView) ? mapView.recomputed : null,
        })
      : null;
  const bivariate = isBivariateView(mapView) ? mapView.bivariate : null;
  const layerName = bivariate
    ? `${t(layerLabel(bivariate.x.layer))} × ${t(layerLabel(bivariate.y.layer))}`
    : legend
      ? t(legend.title)
      : mapView.layer
        ? t(layerLabel(mapView.layer))
        : '';
  const where = mapView.focus ? mapView.focus.name : t(dataset?.title ?? { vi: '', en: '' });
  const when = legend?.period ? t(legend.period) : '';
  const subtitle = [when, t(request.levelLabel), where].filter(Boolean).join(' · ');
  const footer = [
    dataset ? t({ vi: `Nguồn: ${dataset.source.vi}`, en: `Source: ${dataset.source.en}` }) : '',
    dataset?.dataDate
      ? t({
          vi: `Ngày số liệu: ${formatDate(dataset.dataDate, 'vi')}`,
          en: `Data date: ${formatDate(dataset.dataDate, 'en')}`,
        })
      : '',
    t(vintageText(hierarchy.vintage)),
  ].filter(Boolean);
  const words: FigureWords = {
    title: request.title?.trim() || layerName,
    subtitle: request.title?.trim() ? [layerName, subtitle].join(' — ') : subtitle,
    legendLines: legend
      ? [
          legend.recomputed,
          legend.programme,
          legend.unit,
          legend.base,
          legend.rule,
          legend.seriesBreak,
        ]
          .filter((x): x is BilingualText => !!x)
          .map(t)
      : [],
    rows: legend
      ? legend.rows.map((row) => ({
          color: row.color,
          label: t(row.label),
          count: formatNumber(row.count, locale, 0),
        }))
      : [],
    legendNotes: bivariate
      ? [
          t({
            vi: 'Mỗi chỉ tiêu chia ba: ba phần đều số đơn vị, hoặc theo ngưỡng chính sách khi nhiều đơn vị trùng giá trị',
            en: 'Each indicator cut in three: tertiles, or the policy thresholds where ties collapse them',
          }),
        ]
      : legend
        ? [legend.method, legend.policy].filter((x): x is BilingualText => !!x).map(t)
        : [],
    ...(isBivariateView(mapView) ? { grid: bivariateGrid(mapView, t, locale) } : {}),
    footer,
    synthetic: dataset?.synthetic ? t(SYNTHETIC) : null,
  };
  return { map, words };
}
