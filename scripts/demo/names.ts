import type { Random } from './random';

/**
 * Fictional place names built from common Sino-Vietnamese syllables. Real
 * names repeat these syllables, so a generated name may exist somewhere; the
 * region, its codes and its figures do not.
 */
const SYLLABLES = [
  'An',
  'Bình',
  'Phú',
  'Tân',
  'Hòa',
  'Thạnh',
  'Lộc',
  'Phước',
  'Long',
  'Xuân',
  'Đông',
  'Tây',
  'Nam',
  'Bắc',
  'Trung',
  'Sơn',
  'Hải',
  'Lâm',
  'Thủy',
  'Minh',
  'Quang',
  'Hưng',
  'Thịnh',
  'Đức',
  'Nghĩa',
  'Thành',
  'Phong',
  'Yên',
  'Mỹ',
  'Vĩnh',
  'Cẩm',
  'Ngọc',
  'Kim',
  'Hồng',
  'Thượng',
  'Hạ',
  'Đồng',
  'Hương',
  'Thái',
  'Khánh',
  'Lạc',
  'Tiến',
  'Thắng',
  'Lợi',
  'Quỳnh',
  'Diễn',
  'Ẩn',
  'Ỷ',
  'Mường',
  'Nậm',
  'Pắc',
  'Khuổi',
  'Phìn',
  'Chiềng',
  'Bản',
  'Tổng',
  'Ồn',
  'Ống',
  'Lũng',
  'Vân',
  'Cao',
  'Tường',
  'Triệu',
  'Sùng',
  'Ngàn',
  'Liễu',
  'Trà',
  'Gia',
  'Định',
  'Điền',
  'Kỳ',
  'Dương',
];
/** Syllables that start names in the northern uplands (Tày, Thái, H'Mông place names). */
const UPLAND_FIRST = [
  'Mường',
  'Nậm',
  'Pắc',
  'Khuổi',
  'Phìn',
  'Chiềng',
  'Bản',
  'Lũng',
  'Tổng',
  'Sùng',
];

export function createNamer(random: Random) {
  const used = new Set<string>();
  return (upland: boolean): string => {
    for (let attempt = 0; attempt < 1000; attempt += 1) {
      const first =
        upland && random.next() < 0.6 ? random.pick(UPLAND_FIRST) : random.pick(SYLLABLES);
      const second = random.pick(SYLLABLES);
      if (first === second || UPLAND_FIRST.includes(second)) continue;
      const name = `${first} ${second}`;
      if (!used.has(name)) {
        used.add(name);
        return name;
      }
    }
    throw new Error('ran out of names');
  };
}
