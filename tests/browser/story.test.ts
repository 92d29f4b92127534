import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { layerLabel } from '../../src/core/layer';
import { waitForMapIdle } from './chromium';
import { app, Harness, ROOT } from './harness';
import { expectedView, loadDemo, pickLayer, pickLevel } from './layer-expectations';

const harness = new Harness();
beforeAll(() => harness.start());
afterAll(() => harness.stop());

const { old } = loadDemo();
const title = (layer: string) => layerLabel(expectedView(old, '2021', 'district', layer).layer!).vi;
const STEPS = [
  { caption: 'Tiêu chí NTM theo huyện', layer: 'ntm_criteria_met', level: 'district' },
  { caption: 'Hộ nghèo theo huyện', layer: 'poor_rate', level: 'district' },
  { caption: 'Hộ nghèo từng xã', layer: 'poor_rate', level: 'commune' },
] as const;

async function expectStep(page: Page, index: number): Promise<void> {
  const step = STEPS[index]!;
  await expect.poll(() => app(page).locator('#present-caption').textContent()).toBe(step.caption);
  expect(await app(page).locator('#step-count').textContent()).toBe(`${index + 1} / 3`);
  await waitForMapIdle(page);
  expect(await app(page).locator('atlas-legend h2').textContent()).toContain(title(step.layer));
  expect(await app(page).locator('#level').inputValue()).toBe(step.level);
}

describe('a story of saved views, presented', () => {
  let page: Page;
  beforeAll(async () => {
    page = await harness.open('?l=district&lang=vi');
  });
  afterAll(() => page.close());

  it('saves three views with captions and plays them forward and back by keyboard', async () => {
    await app(page).locator('#story-details summary').click();
    for (const step of STEPS) {
      await pickLayer(page, step.layer);
      await pickLevel(page, step.level);
      await app(page).locator('#story-caption').fill(step.caption);
      await app(page).locator('#story-add').click();
    }
    expect(await app(page).locator('#story-steps li').count()).toBe(3);

    await app(page).locator('#story-present').click();
    await expectStep(page, 0);
    await expect.poll(() => app(page).locator('#present-title').isVisible()).toBe(true);
    expect(await app(page).locator('.controls').isVisible()).toBe(false);
    await page.keyboard.press('ArrowRight');
    await expectStep(page, 1);
    await page.keyboard.press('ArrowRight');
    await expectStep(page, 2);
    await page.screenshot({ path: 'test-results/story/step-3.png' });
    await page.keyboard.press('ArrowRight');
    await expectStep(page, 2);
    await page.keyboard.press('ArrowLeft');
    await expectStep(page, 1);
    await app(page).locator('#step-prev').click();
    await expectStep(page, 0);
    await app(page).locator('#step-next').click();
    await expectStep(page, 1);
  });

  it('keeps an edited title and the step it is on through a reload', async () => {
    await app(page).locator('#present-title').fill('Báo cáo tháng 11');
    await app(page).locator('#present-title').press('Enter');
    await page.locator('body').click({ position: { x: 5, y: 400 } });
    await expect.poll(() => new URL(page.url()).searchParams.get('t')).toBe('Báo cáo tháng 11');
    await expect.poll(() => new URL(page.url()).searchParams.get('step')).toBe('1');
    await page.reload();
    await waitForMapIdle(page);
    await expectStep(page, 1);
    expect(await app(page).locator('#present-title').inputValue()).toBe('Báo cáo tháng 11');
    await page.screenshot({ path: 'test-results/story/after-reload.png' });
    await page.keyboard.press('ArrowRight');
    await expectStep(page, 2);
    await page.keyboard.press('Home');
    await expectStep(page, 0);
    await page.keyboard.press('Escape');
    await expect.poll(() => app(page).locator('#present-caption').count()).toBe(0);
    expect(await app(page).locator('.controls').isVisible()).toBe(true);
  });

  it('saves the story as a small JSON file that opens again elsewhere', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      app(page).locator('#story-save').click(),
    ]);
    const file = join(ROOT, 'test-results/story/story.ntp-atlas.json');
    await download.saveAs(file);
    const saved = JSON.parse(readFileSync(file, 'utf8')) as {
      format: string;
      title: string;
      steps: { caption: string; query: string }[];
    };
    expect(saved.format).toBe('ntp-atlas/story');
    expect(saved.title).toBe('Báo cáo tháng 11');
    expect(saved.steps.map((s) => s.caption)).toEqual(STEPS.map((s) => s.caption));

    const fresh = await harness.open('?lang=vi');
    await app(fresh).locator('#story-details summary').click();
    await app(fresh).locator('#story-open').setInputFiles(file);
    await expect.poll(() => app(fresh).locator('#story-steps li').count()).toBe(3);
    // A file that is not a story says which part is wrong and keeps the story.
    const bad = join(ROOT, 'test-results/story/not-a-story.json');
    writeFileSync(
      bad,
      JSON.stringify({ format: 'ntp-atlas/story', version: 1, steps: [{ caption: 3 }] }),
    );
    await app(fresh).locator('#story-open').setInputFiles(bad);
    await expect
      .poll(() => app(fresh).locator('atlas-story .error').textContent())
      .toContain('not-a-story.json: steps[0].caption: cần một chuỗi chữ, nhưng thấy số 3');
    expect(await app(fresh).locator('#story-steps li').count()).toBe(3);
    await fresh.close();
    expect(harness.offOrigin()).toEqual([]);
  });
});
