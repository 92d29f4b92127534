import { DataFileError, expectedFound, same, type Place } from './problems';
import type { BilingualText } from './text';
import { isVintage, type Level, type UnitCode, type Vintage } from './units';

/**
 * The bridge between the two geographies: links from units before the
 * 1 July 2025 reform to the units after it. A link is "full" when the whole
 * old unit went into the new one, "partial" when only part of it did (the old
 * unit was split between several new ones). A partial link may carry the
 * share of the old unit that went this way (by area or population); without
 * it, shares are unknown and any split of a count is an assumption, said so.
 * "unknown" is a link whose source does not say whether the whole old unit
 * went this way (a table that ties each old commune to one new commune and
 * knows no splits): it is never shown as whole, and values carried through
 * it are flagged.
 */
export type LinkType = 'full' | 'partial' | 'unknown';

export interface CrosswalkLink {
  readonly level: Level;
  readonly from: UnitCode;
  readonly to: UnitCode;
  readonly type: LinkType;
  /** Share of the old unit that went to the new one, 0–1; null when not known. */
  readonly weight: number | null;
  /** Set when the weight was not in the file but computed from the two geometries' areas. */
  readonly weightFrom?: 'area';
}

export interface Crosswalk {
  readonly from: Vintage;
  readonly to: Vintage;
  readonly synthetic: boolean;
  readonly source: BilingualText | null;
  readonly links: readonly CrosswalkLink[];
  /** Old unit → its links, in file order. */
  readonly successors: ReadonlyMap<UnitCode, readonly CrosswalkLink[]>;
  /** New unit → its links, in file order. */
  readonly predecessors: ReadonlyMap<UnitCode, readonly CrosswalkLink[]>;
}

export const CROSSWALK_FORMAT = 'ntp-atlas/crosswalk';
export const CROSSWALK_FORMAT_VERSION = 1;

/** Indexes links both ways. Old and new codes are kept apart: 2025 codes reuse old ones. */
export function buildCrosswalk(
  from: Vintage,
  to: Vintage,
  links: readonly CrosswalkLink[],
  options: { synthetic?: boolean; source?: BilingualText | null } = {},
): Crosswalk {
  const successors = new Map<UnitCode, CrosswalkLink[]>();
  const predecessors = new Map<UnitCode, CrosswalkLink[]>();
  for (const link of links) {
    const out = successors.get(link.from);
    if (out) out.push(link);
    else successors.set(link.from, [link]);
    const into = predecessors.get(link.to);
    if (into) into.push(link);
    else predecessors.set(link.to, [link]);
  }
  return {
    from,
    to,
    synthetic: options.synthetic ?? false,
    source: options.source ?? null,
    links,
    successors,
    predecessors,
  };
}

export function successorsOf(crosswalk: Crosswalk, oldCode: UnitCode): readonly CrosswalkLink[] {
  return crosswalk.successors.get(oldCode) ?? [];
}

export function predecessorsOf(crosswalk: Crosswalk, newCode: UnitCode): readonly CrosswalkLink[] {
  return crosswalk.predecessors.get(newCode) ?? [];
}

/**
 * The part of an old unit's quantity that a link carries: 1 for a full link,
 * the link's weight for a partial one, and — when the file gives no weight —
 * an equal share among the old unit's successors, flagged as assumed so the
 * value can say it is approximate.
 */
export function linkShare(
  crosswalk: Crosswalk,
  link: CrosswalkLink,
): { readonly share: number; readonly assumed: boolean } {
  if (link.type === 'full') return { share: 1, assumed: false };
  // All of it, as the source says nothing else, but that is an assumption.
  if (link.type === 'unknown') return { share: 1, assumed: true };
  if (link.weight !== null) return { share: link.weight, assumed: false };
  const count = successorsOf(crosswalk, link.from).length;
  return { share: count > 0 ? 1 / count : 0, assumed: true };
}

const LEVELS: readonly Level[] = ['province', 'district', 'commune'];

export const FULL_OR_PARTIAL: BilingualText = {
  vi: '"full" (trọn), "partial" (một phần) hoặc "unknown" (nguồn không ghi rõ)',
  en: '"full", "partial" or "unknown" (the source does not say)',
};

/** How a link's coverage reads beside an old unit. */
export function linkCoverageText(link: CrosswalkLink): BilingualText {
  if (link.type === 'full') return { vi: 'toàn bộ', en: 'whole' };
  if (link.type === 'unknown')
    return { vi: 'không rõ toàn bộ hay một phần', en: 'coverage unknown' };
  return { vi: 'một phần', en: 'in part' };
}
const CODE = /^\d{2,5}$/;

/**
 * Reads a crosswalk file (format "ntp-atlas/crosswalk", version 1; see
 * data/README.md). Anything that makes the file unusable stops it with the
 * file, the link and what was expected.
 */
export function parseCrosswalkFile(input: unknown, fileName: string): Crosswalk {
  const fail = (where: Place, message: BilingualText): never => {
    throw new DataFileError(fileName, where, message);
  };
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return fail(
      '',
      expectedFound({ vi: 'một đối tượng bảng chuyển đổi', en: 'a crosswalk object' }, input),
    );
  }
  const file = input as Record<string, unknown>;
  if (file.format !== CROSSWALK_FORMAT) {
    fail('format', expectedFound(same(`"${CROSSWALK_FORMAT}"`), file.format));
  }
  if (file.version !== CROSSWALK_FORMAT_VERSION) {
    fail('version', expectedFound(same(String(CROSSWALK_FORMAT_VERSION)), file.version));
  }
  const from = file.from;
  const to = file.to;
  const aVintage = { vi: 'bộ ranh giới "2021" hoặc "2025"', en: 'a vintage "2021" or "2025"' };
  if (!isVintage(from)) fail('from', expectedFound(aVintage, from));
  if (!isVintage(to)) fail('to', expectedFound(aVintage, to));
  if (from === to) {
    fail('to', {
      vi: `nối đơn vị bộ ${String(from)} với chính bộ đó`,
      en: `links units of ${String(from)} to the same vintage`,
    });
  }
  if (!Array.isArray(file.links)) {
    fail(
      'links',
      expectedFound({ vi: 'một danh sách liên kết', en: 'a list of links' }, file.links),
    );
  }
  const links = (file.links as unknown[]).map((raw, index): CrosswalkLink => {
    const where = `links[${index}]`;
    if (typeof raw !== 'object' || raw === null) {
      return fail(where, expectedFound({ vi: 'một liên kết', en: 'a link object' }, raw));
    }
    const link = raw as Record<string, unknown>;
    const level = link.level;
    if (!LEVELS.includes(level as Level)) {
      fail(
        `${where}.level`,
        expectedFound(
          { vi: 'province, district hoặc commune', en: 'province, district or commune' },
          level,
        ),
      );
    }
    for (const key of ['from', 'to'] as const) {
      const code = link[key];
      if (typeof code !== 'string' || !CODE.test(code)) {
        fail(
          `${where}.${key}`,
          expectedFound(
            {
              vi: 'mã đơn vị dạng văn bản, giữ số 0 đứng đầu ("00004")',
              en: 'a unit code as text with its leading zeros ("00004")',
            },
            code,
          ),
        );
      }
    }
    const type = link.type;
    if (type !== 'full' && type !== 'partial' && type !== 'unknown') {
      fail(`${where}.type`, expectedFound(FULL_OR_PARTIAL, type));
    }
    const weight = link.weight;
    if (
      weight !== undefined &&
      weight !== null &&
      (typeof weight !== 'number' || !(weight > 0) || weight > 1)
    ) {
      fail(
        `${where}.weight`,
        expectedFound({ vi: 'một tỷ phần giữa 0 và 1', en: 'a share between 0 and 1' }, weight),
      );
    }
    return {
      level: level as Level,
      from: link.from as UnitCode,
      to: link.to as UnitCode,
      type: type as LinkType,
      weight: typeof weight === 'number' ? (type === 'full' ? 1 : weight) : null,
    };
  });
  const source = file.source;
  return buildCrosswalk(from as Vintage, to as Vintage, links, {
    synthetic: file.synthetic === true,
    source:
      typeof source === 'string'
        ? { vi: source, en: source }
        : source && typeof source === 'object' && 'vi' in source
          ? (source as BilingualText)
          : null,
  });
}
