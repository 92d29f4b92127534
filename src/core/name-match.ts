/**
 * Finding a unit from the name a table gives it, when the table has no code.
 *
 * Names are compared without diacritics, case or type word ("Xã", "Phường",
 * "Thị trấn", "TT.", "P. 1"), and within the parent the table names (a
 * district or a province, any ancestor): Vietnam has dozens of "Tân Lập"
 * communes, and a name alone is never trusted when it fits more than one.
 * Those are handed back as ambiguous, for the user to choose.
 */
import { ancestorsOf, type Hierarchy } from './hierarchy';
import { foldVietnamese, type BilingualText } from './text';
import type { Level, UnitCode } from './units';

/** Type words, folded, longest first; abbreviations end in a dot or a space. */
const TYPE_WORDS = [
  'thanh pho',
  'thi tran',
  'thi xa',
  'dac khu',
  'phuong',
  'huyen',
  'quan',
  'tinh',
  'xa',
  'tp',
  'tx',
  'tt',
  'p',
  'q',
  'h',
  'x',
];

/** A name with its type word kept, folded: "Thị trấn Phong Điền" → "thi tran phong dien". */
function fullNameKey(name: string): string {
  return foldVietnamese(name)
    .replace(/[.,;:()"'’_-]+/g, ' ')
    .replace(/\b0+(\d)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A name without its type word: "TT. Phong Điền", "xã phong dien" → "phong dien"; "P.01" → "1". */
export function nameKey(name: string): string {
  const full = fullNameKey(name);
  for (const word of TYPE_WORDS) {
    if (full.startsWith(`${word} `)) return full.slice(word.length + 1);
  }
  return full;
}

export type NameMatch =
  | { readonly kind: 'matched'; readonly code: UnitCode }
  | { readonly kind: 'ambiguous'; readonly candidates: readonly UnitCode[] }
  | { readonly kind: 'none'; readonly reason: BilingualText };

export interface NameIndex {
  readonly hierarchy: Hierarchy;
  readonly level: Level;
  readonly byKey: ReadonlyMap<string, readonly UnitCode[]>;
}

export function buildNameIndex(hierarchy: Hierarchy, level: Level): NameIndex {
  const byKey = new Map<string, UnitCode[]>();
  for (const code of hierarchy.byLevel.get(level) ?? []) {
    const unit = hierarchy.units.get(code);
    if (!unit) continue;
    const key = nameKey(unit.name);
    const list = byKey.get(key);
    if (list) list.push(code);
    else byKey.set(key, [code]);
  }
  return { hierarchy, level, byKey };
}

/**
 * The unit called `name`, under every ancestor named in `parentNames` (a
 * district, a province, or both). The type word decides between a "Xã" and a
 * "Thị trấn" of the same name in one district, when the table writes it.
 */
export function matchName(
  index: NameIndex,
  name: string,
  parentNames: readonly string[] = [],
): NameMatch {
  const key = nameKey(name);
  if (!key) return { kind: 'none', reason: { vi: 'tên để trống', en: 'the name is empty' } };
  let candidates = index.byKey.get(key) ?? [];
  if (candidates.length === 0)
    return {
      kind: 'none',
      reason: { vi: 'không đơn vị nào có tên này', en: 'no unit has this name' },
    };
  for (const parentName of parentNames) {
    const parentKey = nameKey(parentName);
    if (!parentKey) continue;
    const within = candidates.filter((code) =>
      ancestorsOf(index.hierarchy, code).some((a) => nameKey(a.name) === parentKey),
    );
    if (within.length === 0) {
      return {
        kind: 'none',
        reason: {
          vi: `không đơn vị nào tên này nằm trong "${parentName}"`,
          en: `no unit of this name lies in "${parentName}"`,
        },
      };
    }
    candidates = within;
  }
  if (candidates.length > 1) {
    const full = fullNameKey(name);
    const exact = candidates.filter(
      (code) => fullNameKey(index.hierarchy.units.get(code)?.name ?? '') === full,
    );
    if (exact.length === 1) candidates = exact;
  }
  return candidates.length === 1
    ? { kind: 'matched', code: candidates[0] as UnitCode }
    : { kind: 'ambiguous', candidates };
}

/** "Xã Tân Lập, Huyện Đồng Phú, Tỉnh Bình Phước": how a candidate is told apart from the others. */
export function describePlace(hierarchy: Hierarchy, code: UnitCode): string {
  const unit = hierarchy.units.get(code);
  if (!unit) return code;
  return [unit, ...ancestorsOf(hierarchy, code).reverse()].map((u) => u.name).join(', ');
}
