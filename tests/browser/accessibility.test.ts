import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForMapIdle } from './chromium';
import { join } from 'node:path';
import { app, Harness, importCrosswalk, ROOT } from './harness';

/**
 * An axe-core audit of every view and dialog (issue 20, point 15): no
 * serious or critical violation of WCAG 2.1 A and AA, so what holds today
 * keeps holding. axe runs inside the page, across its shadow roots.
 */
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const harness = new Harness();
beforeAll(() => harness.start());
afterAll(() => harness.stop());

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/** Serious and critical violations on the page as it is, each with where. */
async function audit(page: Page): Promise<string[]> {
  // Through the DevTools protocol: the page's own Content-Security-Policy stays as it is.
  await page.evaluate(AXE);
  const violations = (await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (...args: unknown[]) => Promise<unknown> } })
      .axe;
    const result = (await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    })) as { violations: unknown[] };
    return result.violations;
  })) as Violation[];
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) => `${v.id} (${v.impact}): ${v.help} — ${JSON.stringify(v.nodes.map((n) => n.target))}`,
    );
}

const VIEWS: readonly { name: string; path: string; act?: (page: Page) => Promise<void> }[] = [
  { name: 'default', path: '' },
  { name: 'districts, English', path: '?l=district&lang=en' },
  { name: '2025 communes, Vietnamese', path: '?v=2025&lang=vi' },
  { name: 'a commune picked', path: '?u=40000' },
  { name: 'change between two years', path: '?i=poor_rate&p=2025&d=2022' },
  { name: 'side by side', path: '?pair=1' },
  { name: 'two maps, split', path: '?l=district&split=1&i2=poor_rate' },
  { name: 'two layers, swipe', path: '?l=district&swipe=1&i2=poor_rate' },
  { name: 'a bivariate map', path: '?l=commune&i=poor_rate&bi=ntm_criteria_met' },
  {
    name: 'a district’s criteria scorecard',
    path: '?l=commune&i=poor_rate&p=2025&u=980&sc=1',
    act: async (page) => {
      await app(page).locator('atlas-scorecard tbody tr').first().waitFor();
    },
  },
  {
    name: 'a new commune in a year computed from the old ones, with its story',
    path: '?v=2025&i=poor_rate&p=2022&u=40006',
    act: async (page) => {
      await app(page).locator('atlas-unit-story tbody tr').first().waitFor();
    },
  },
  {
    name: 'table open',
    path: '',
    act: async (page) => {
      await app(page).locator('#table-toggle').click();
      await app(page).locator('atlas-unit-table tbody tr').first().waitFor();
    },
  },
  {
    name: 'classes and story open',
    path: '',
    act: async (page) => {
      await app(page).locator('#classing-details summary').click();
      await app(page).locator('#story-details summary').click();
    },
  },
  {
    name: 'presenting',
    path: '?l=district',
    act: async (page) => {
      await app(page).locator('#story-details summary').click();
      await app(page).locator('#story-caption').fill('Một');
      await app(page).locator('#story-add').click();
      await app(page).locator('#story-present').click();
      await app(page).locator('#present-caption').waitFor();
    },
  },
  {
    name: 'import dialog',
    path: '',
    act: async (page) => {
      await app(page).locator('#import-open').click();
      await page.locator('atlas-import dialog[open]').waitFor();
    },
  },
  {
    name: 'export dialog',
    path: '',
    act: async (page) => {
      await app(page).locator('#export-open').click();
      await page.locator('atlas-export dialog[open]').waitFor();
    },
  },
  {
    name: 'share dialog',
    path: '',
    act: async (page) => {
      await app(page).locator('#share-open').click();
      await page.locator('atlas-share dialog[open]').waitFor();
    },
  },
  {
    name: 'saved data dialog, with an entry',
    path: '?v=2021',
    act: async (page) => {
      // A crosswalk kept in the browser: the list has an entry with its buttons.
      await importCrosswalk(page, join(ROOT, 'data/demo/crosswalk-2021-2025.json'));
      await app(page).locator('#saved-open').click();
      await page.locator('atlas-saved-data #saved-list li').waitFor();
    },
  },
];

describe('accessibility audit (axe-core, WCAG 2.1 A and AA)', () => {
  it.each(VIEWS)('finds no serious or critical violation: $name', async ({ path, act }) => {
    const page = await harness.open(path);
    await act?.(page);
    await waitForMapIdle(page);
    expect(await audit(page)).toEqual([]);
    await page.close();
  });
});
