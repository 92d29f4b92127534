import { afterEach, describe, expect, it, vi } from 'vitest';
import { IdleWork } from '../../src/state/idle-work';

describe('work done while the page is idle', () => {
  afterEach(() => vi.useRealTimers());

  it('runs one task per idle period, in order, until none is left', () => {
    vi.useFakeTimers();
    const work = new IdleWork();
    const ran: string[] = [];
    work.replace(['a', 'b', 'c'].map((name) => () => ran.push(name)));
    expect(work.done).toBe(false);
    expect(ran).toEqual([]);
    vi.advanceTimersToNextTimer();
    expect(ran).toEqual(['a']);
    vi.runAllTimers();
    expect(ran).toEqual(['a', 'b', 'c']);
    expect(work.done).toBe(true);
  });

  it('drops what was still waiting when a new plan comes', () => {
    vi.useFakeTimers();
    const work = new IdleWork();
    const ran: string[] = [];
    work.replace(['old 1', 'old 2', 'old 3'].map((name) => () => ran.push(name)));
    vi.advanceTimersToNextTimer();
    work.replace([() => ran.push('new')]);
    vi.runAllTimers();
    expect(ran).toEqual(['old 1', 'new']);
  });
});
