import type { Page } from 'playwright-core';

/**
 * Every string a user can see or hear on the page: visible text, the
 * options of visible lists, and the aria-label, title and placeholder of
 * visible elements, looking inside every shadow root. Text marked
 * translate="no" is left out.
 */
export async function visibleStrings(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const visit = (root: Node) => {
      for (const node of root.childNodes) {
        if (node.nodeType === Node.TEXT_NODE) {
          const parent = node.parentElement;
          const text = node.textContent?.replace(/\s+/g, ' ').trim();
          if (!text || !parent) continue;
          // Words marked not to be translated: each language's own name in the picker.
          if (parent.closest('[translate="no"]')) continue;
          const shown =
            parent.tagName === 'OPTION'
              ? (parent.closest('select')?.checkVisibility() ?? false)
              : parent.checkVisibility({ visibilityProperty: true });
          if (shown && !['STYLE', 'SCRIPT'].includes(parent.tagName)) found.push(text);
          continue;
        }
        if (!(node instanceof Element)) continue;
        if (node.checkVisibility()) {
          for (const name of ['aria-label', 'title', 'placeholder']) {
            const value = node.getAttribute(name)?.trim();
            if (value) found.push(value);
          }
        }
        if (node.shadowRoot) visit(node.shadowRoot);
        visit(node);
      }
    };
    visit(document.body);
    return found;
  });
}

/** Letters only Vietnamese uses among the languages of the atlas. */
export const VIETNAMESE_LETTERS =
  /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;

/** Removes the names of places (data, never translated) from a string. */
export function withoutNames(text: string, names: readonly string[]): string {
  let rest = text;
  for (const name of names) if (rest.includes(name)) rest = rest.split(name).join(' ');
  return rest;
}
