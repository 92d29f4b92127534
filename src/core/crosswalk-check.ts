import { successorsOf, type Crosswalk } from './crosswalk';
import type { DataProblem, Place } from './problems';
import type { BilingualText } from './text';
import { LEVEL_WORDS, type UnitCode } from './units';

/** Weights of one old unit may be rounded in a file: this much off 1 is not reported. */
const WEIGHT_TOLERANCE = 0.005;

/**
 * What is wrong with a crosswalk, against the unit lists of both vintages
 * when they are known: old units that go nowhere, links to units that do not
 * exist, an old unit that is "full" in one new unit yet also linked to
 * another, and split weights that do not add up to the whole old unit.
 */
export function checkCrosswalk(
  crosswalk: Crosswalk,
  fileName: string,
  units: { old?: readonly UnitCode[]; new?: readonly UnitCode[] } = {},
): DataProblem[] {
  const problems: DataProblem[] = [];
  const report = (
    where: Place,
    message: BilingualText,
    severity: DataProblem['severity'] = 'error',
  ) => problems.push({ severity, file: fileName, where, message });
  const unitPlace = (code: UnitCode): BilingualText => ({
    vi: `đơn vị ${code}`,
    en: `unit ${code}`,
  });

  for (const code of units.old ?? []) {
    if (successorsOf(crosswalk, code).length === 0) {
      report(unitPlace(code), {
        vi: `đơn vị cũ ${code} không nối với đơn vị nào của bộ ${crosswalk.to}`,
        en: `old unit ${code} is linked to no unit of ${crosswalk.to}`,
      });
    }
  }
  const known = units.new ? new Set(units.new) : null;
  if (known) {
    for (const [index, link] of crosswalk.links.entries()) {
      if (!known.has(link.to)) {
        report(`links[${index}]`, {
          vi: `nối ${link.from} với ${link.to}, nhưng ${link.to} không phải một ${LEVEL_WORDS[link.level].vi} của bộ ${crosswalk.to}`,
          en: `links ${link.from} to ${link.to}, which is not a ${link.level} of ${crosswalk.to}`,
        });
      }
    }
  }
  for (const [code, links] of crosswalk.successors) {
    if (links.length > 1 && links.some((link) => link.type === 'full')) {
      const full = links.find((l) => l.type === 'full')?.to;
      const others = links
        .filter((l) => l.type !== 'full')
        .map((l) => l.to)
        .join(', ');
      report(unitPlace(code), {
        vi: `đơn vị cũ ${code} được ghi "full" (trọn) trong ${full} nhưng còn nối với ${others}: đơn vị bị chia cho nhiều đơn vị mới phải có liên kết "partial"`,
        en: `old unit ${code} is marked "full" in ${full} but is also linked to ${others}: a unit split between several new units has "partial" links`,
      });
    }
    const weights = links.map((link) => link.weight);
    if (links.some((link) => link.type === 'full')) continue;
    if (links.length > 1 && weights.every((w) => w !== null)) {
      const total = (weights as number[]).reduce((sum, w) => sum + w, 0);
      if (Math.abs(total - 1) > WEIGHT_TOLERANCE) {
        const sum = Math.round(total * 1000) / 1000;
        const parts = links.map((l) => `${l.to}: ${l.weight}`).join(', ');
        report(unitPlace(code), {
          vi: `tỷ trọng của đơn vị cũ ${code} cộng lại bằng ${sum}, không phải 1 (${parts})`,
          en: `the weights of old unit ${code} add up to ${sum}, not 1 (${parts})`,
        });
      }
    } else if (links.length > 1 && weights.some((w) => w !== null)) {
      report(
        unitPlace(code),
        {
          vi: `đơn vị cũ ${code} được chia cho ${links.length} đơn vị nhưng chỉ một số liên kết có tỷ trọng`,
          en: `old unit ${code} is split between ${links.length} units but only some links have a weight`,
        },
        'warning',
      );
    }
  }
  return problems;
}

/** Old units split between several new units, with their successors. */
export function splitUnits(crosswalk: Crosswalk): Map<UnitCode, UnitCode[]> {
  const split = new Map<UnitCode, UnitCode[]>();
  for (const [code, links] of crosswalk.successors) {
    if (links.length > 1)
      split.set(
        code,
        links.map((link) => link.to),
      );
  }
  return split;
}
