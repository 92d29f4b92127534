import type { Page } from 'playwright-core';

export interface FrameTimes {
  readonly frames: number;
  readonly median: number;
  readonly p95: number;
  /** Frames that took longer than 50 ms: a stutter a person sees. */
  readonly over50: number;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;

/**
 * Pans and zooms the map under `box` as a person does — a 30-step drag,
 * then 10 wheel steps in and 10 out, 100 ms apart — and times the frames
 * the page drew meanwhile (requestAnimationFrame deltas), from the first
 * input to 300 ms after the last.
 */
export async function panZoomFrames(
  page: Page,
  box: { x: number; y: number; width: number; height: number },
): Promise<FrameTimes> {
  // A string, not a function: the script runner would name the inner function
  // with a helper the page does not have.
  await page.evaluate(`(() => {
    window.benchFrames = [];
    window.benchRecording = true;
    const tick = (t) => {
      if (!window.benchRecording) return;
      window.benchFrames.push(t);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= 30; i += 1) {
    await page.mouse.move(x - i * 5, y - i * 3);
    await page.waitForTimeout(16);
  }
  await page.mouse.up();
  for (let i = 0; i < 20; i += 1) {
    await page.mouse.wheel(0, i < 10 ? -120 : 120);
    await page.waitForTimeout(100);
  }
  await page.waitForTimeout(300);
  const stamps = await page.evaluate(() => {
    const w = window as unknown as { benchFrames: number[]; benchRecording: boolean };
    w.benchRecording = false;
    return w.benchFrames;
  });
  const deltas = stamps.slice(1).map((t, i) => t - stamps[i]!);
  const sorted = [...deltas].sort((a, b) => a - b);
  return {
    frames: deltas.length,
    median: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    over50: deltas.filter((d) => d > 50).length,
  };
}
