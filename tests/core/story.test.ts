import { describe, expect, it } from 'vitest';
import { decodeStory, encodeStory, parseStoryFile, storyFile } from '../../src/core/story';

const steps = [
  {
    caption: 'Miền núi phía Bắc: còn xa mục tiêu 19 tiêu chí',
    query: 'v=2021&l=commune&i=ntm_criteria_met',
  },
  {
    caption: 'Hộ nghèo — 2023 & "đa chiều"',
    query: 'v=2021&l=district&i=poor_rate&p=2023&c=105,21,7',
  },
];

describe('a story', () => {
  it('goes into a link and comes back exactly, Vietnamese captions included', () => {
    const text = encodeStory(steps);
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeStory(text)).toEqual(steps);
  });

  it('gives no story rather than an error for a broken parameter', () => {
    expect(decodeStory('%%%')).toEqual([]);
    expect(decodeStory(encodeStory([]).slice(0, 1))).toEqual([]);
    expect(decodeStory(null)).toEqual([]);
  });

  it('round-trips through its file', () => {
    const parsed = parseStoryFile(JSON.parse(storyFile('Báo cáo', steps)), 'story.json');
    expect(parsed).toEqual({ title: 'Báo cáo', steps });
  });

  it('names the file, the step and what was expected in a bad file', () => {
    expect(() => parseStoryFile({ format: 'other' }, 'a.json')).toThrow(
      'a.json: format: expected "ntp-atlas/story", found "other"',
    );
    expect(() =>
      parseStoryFile(
        { format: 'ntp-atlas/story', version: 1, steps: [{ caption: 'x' }] },
        'b.json',
      ),
    ).toThrow('b.json: steps[0].query: expected the query of a view');
  });
});
