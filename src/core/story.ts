import { DataFileError, expectedFound, same } from './problems';
import type { BilingualText } from './text';

/**
 * A story: views saved in order, each with its caption, stepped through in
 * presentation mode. A view is kept as the query of the app's own link
 * (`v=2021&l=district&i=…&c=…`), so a step restores exactly what a shared
 * link would, and old stories keep working as long as links do.
 */
export interface StoryStep {
  readonly caption: string;
  readonly query: string;
}

const STORY_FORMAT = 'ntp-atlas/story';
const STORY_VERSION = 1;
/** Enough for a briefing; keeps a story in a link short enough to share. */
export const MAX_STEPS = 40;
const MAX_CAPTION = 500;

/** The story as the `story=` parameter: UTF-8 JSON in base64url, safe in any link. */
export function encodeStory(steps: readonly StoryStep[]): string {
  const json = JSON.stringify(steps.map((s) => [s.caption, s.query]));
  const bytes = new TextEncoder().encode(json);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Reads `story=`; anything malformed gives no story rather than a broken page. */
export function decodeStory(text: string | null): StoryStep[] {
  if (!text) return [];
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    const parsed: unknown = JSON.parse(new TextDecoder().decode(bytes));
    if (!Array.isArray(parsed)) return [];
    return parsed
      .filter(
        (s): s is [string, string] =>
          Array.isArray(s) && typeof s[0] === 'string' && typeof s[1] === 'string',
      )
      .slice(0, MAX_STEPS)
      .map(([caption, query]) => ({ caption: caption.slice(0, MAX_CAPTION), query }));
  } catch {
    return [];
  }
}

/** The story as a small JSON file the presenter can keep. */
export function storyFile(title: string | null, steps: readonly StoryStep[]): string {
  return `${JSON.stringify(
    { format: STORY_FORMAT, version: STORY_VERSION, title, steps },
    null,
    2,
  )}\n`;
}

/** Reads a story file, naming the step and what was expected when it cannot. */
export function parseStoryFile(
  json: unknown,
  fileName: string,
): { title: string | null; steps: StoryStep[] } {
  const fail = (where: string, message: BilingualText): never => {
    throw new DataFileError(fileName, where, message);
  };
  if (typeof json !== 'object' || json === null) {
    return fail('', expectedFound({ vi: 'một đối tượng JSON', en: 'a JSON object' }, json));
  }
  const file = json as Record<string, unknown>;
  if (file.format !== STORY_FORMAT) {
    fail('format', expectedFound(same(`"${STORY_FORMAT}"`), file.format));
  }
  if (file.version !== STORY_VERSION) {
    fail('version', expectedFound(same(String(STORY_VERSION)), file.version));
  }
  if (!Array.isArray(file.steps)) {
    return fail(
      'steps',
      expectedFound({ vi: 'một danh sách bước', en: 'a list of steps' }, file.steps),
    );
  }
  if (file.steps.length > MAX_STEPS) {
    fail('steps', {
      vi: `cần nhiều nhất ${MAX_STEPS} bước, nhưng thấy ${file.steps.length}`,
      en: `expected at most ${MAX_STEPS} steps, found ${file.steps.length}`,
    });
  }
  const steps = file.steps.map((step: unknown, i): StoryStep => {
    const s = step as Record<string, unknown> | null;
    if (typeof s?.caption !== 'string') {
      fail(`steps[${i}].caption`, expectedFound({ vi: 'một chuỗi chữ', en: 'text' }, s?.caption));
    }
    if (typeof s?.query !== 'string') {
      fail(
        `steps[${i}].query`,
        expectedFound(
          { vi: 'địa chỉ (query) của một góc nhìn', en: 'the query of a view' },
          s?.query,
        ),
      );
    }
    return { caption: String(s?.caption).slice(0, MAX_CAPTION), query: String(s?.query) };
  });
  const title = typeof file.title === 'string' ? file.title : null;
  return { title, steps };
}
