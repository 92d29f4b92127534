import { buildCrosswalk, type Crosswalk, type CrosswalkLink } from './crosswalk';
import { fromTransfer, toTransfer, type TransferredDataset } from './dataset-transfer';
import type { IndicatorDataset } from './indicator-file';
import { DataFileError } from './problems';
import type { BilingualText } from './text';
import { isVintage, type UnitCode, type Vintage } from './units';
import type { ValidationReport } from './validation-report';

/**
 * What an offline briefing file carries besides the app: the data in use
 * (each geography's units and figures), the crosswalk between them when the
 * story needs both, and the view with its story. Written as JSON into the
 * file's own page, read back when the file is opened from disk.
 */
export const BRIEFING_FORMAT = 'ntp-atlas/briefing';

/** A dataset as JSON: each column's numbers as a list, null where a unit has no value. */
type JsonDataset = Omit<TransferredDataset, 'values' | 'origins'> & {
  readonly values: readonly [string, readonly UnitCode[], [string, (number | null)[]][]][];
};

export interface BriefingGeography {
  readonly vintage: Vintage;
  /** The units as GeoJSON text (code, name, level, parent), as the data worker holds them. */
  readonly boundaries: { readonly name: string; readonly geojson: string };
  readonly dataset: JsonDataset | null;
  readonly report: ValidationReport | null;
}

export interface BriefingPayload {
  readonly format: typeof BRIEFING_FORMAT;
  readonly version: 1;
  /** The view's link query, story included. */
  readonly view: string;
  readonly geographies: readonly BriefingGeography[];
  readonly crosswalk: {
    readonly name: string;
    readonly from: Vintage;
    readonly to: Vintage;
    readonly synthetic: boolean;
    readonly source: BilingualText | null;
    readonly links: readonly CrosswalkLink[];
  } | null;
}

export function datasetToJson(dataset: IndicatorDataset): JsonDataset {
  // Where each unit's row was in a spreadsheet only serves the import report: not carried.
  const { values, ...rest } = toTransfer({ ...dataset, origins: undefined }).transferred;
  delete (rest as { origins?: unknown }).origins;
  return {
    ...rest,
    values: values.map(([period, codes, columns]) => [
      period,
      [...codes],
      columns.map(([id, numbers]): [string, (number | null)[]] => [
        id,
        Array.from(numbers, (n) => (Number.isNaN(n) ? null : n)),
      ]),
    ]),
  };
}

export function datasetFromJson(json: JsonDataset): IndicatorDataset {
  return fromTransfer({
    ...json,
    values: json.values.map(([period, codes, columns]) => [
      period,
      codes,
      columns.map(([id, numbers]): [string, Float64Array] => [
        id,
        Float64Array.from(numbers, (n) => (n === null ? NaN : n)),
      ]),
    ]),
  });
}

export function crosswalkToJson(crosswalk: Crosswalk, name: string): BriefingPayload['crosswalk'] {
  const { from, to, synthetic, source, links } = crosswalk;
  return { name, from, to, synthetic, source, links };
}

export function crosswalkFromJson(json: NonNullable<BriefingPayload['crosswalk']>): {
  crosswalk: Crosswalk;
  name: string;
} {
  return {
    crosswalk: buildCrosswalk(json.from, json.to, json.links, {
      synthetic: json.synthetic,
      source: json.source,
    }),
    name: json.name,
  };
}

/** Where the payload goes in the briefing page: this element, holding `null` until filled. */
const SLOT_OPEN = '<script type="application/json" id="ntp-briefing">';
const SLOT = /<script type="application\/json" id="ntp-briefing">\s*null\s*<\/script>/;

/**
 * The briefing page with the payload written into its slot. The JSON is made
 * safe for a script element: "<" is escaped, so no text from a data file can
 * close the element or open another; the line separators JavaScript once
 * refused are escaped too.
 */
export function fillBriefing(template: string, payload: BriefingPayload): string {
  // The first match: the page's own element comes before its inlined code.
  const slot = SLOT.exec(template);
  if (!slot) {
    throw new DataFileError('briefing.html', '', {
      vi: 'trang mẫu của tệp trình chiếu không có chỗ cho dữ liệu',
      en: 'the briefing page template has no place for the data',
    });
  }
  const json = JSON.stringify(payload)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  const end = slot.index + slot[0].length;
  return `${template.slice(0, slot.index)}${SLOT_OPEN}${json}</script>${template.slice(end)}`;
}

/** The payload read from the page's slot; null in the template itself (nothing filled in). */
export function readBriefing(text: string): BriefingPayload | null {
  const parsed: unknown = JSON.parse(text);
  if (parsed === null) return null;
  const payload = parsed as Partial<BriefingPayload>;
  if (
    payload.format !== BRIEFING_FORMAT ||
    payload.version !== 1 ||
    typeof payload.view !== 'string' ||
    !Array.isArray(payload.geographies) ||
    !payload.geographies.every((g) => isVintage(g.vintage))
  ) {
    throw new DataFileError('briefing', 'format', {
      vi: `không phải dữ liệu ${BRIEFING_FORMAT} phiên bản 1`,
      en: `is not ${BRIEFING_FORMAT} version 1 data`,
    });
  }
  return payload as BriefingPayload;
}
