import { html, css, type TemplateResult } from 'lit';
import { plainText, type DisplayLanguage } from '../../core/display-language';
import type { BilingualText } from '../../core/text';
import { LEVEL_WORDS, type Level } from '../../core/units';

/**
 * A label in the language shown. Both languages: Vietnamese first, English
 * after it in a quieter type. One language: that one alone.
 */
export function bi(text: BilingualText, language: DisplayLanguage): TemplateResult {
  if (language === 'vi' || text.vi === text.en) return html`${text.vi}`;
  if (language === 'en') return html`<span lang="en">${text.en}</span>`;
  return html`<span lang="vi">${text.vi}</span> <span class="en" lang="en">${text.en}</span>`;
}

/** The label as one plain string, for attributes such as aria-label. */
export function biText(text: BilingualText, language: DisplayLanguage): string {
  return plainText(text, language);
}

export const bilingualStyles = css`
  .en {
    color: var(--atlas-muted, var(--atlas-ink-muted));
    font-size: 0.88em;
  }
  .en::before {
    content: '· ';
  }
`;

export const LEVEL_LABELS = {
  province: { vi: 'Tỉnh', en: 'Province' },
  district: { vi: 'Huyện', en: 'District' },
  commune: { vi: 'Xã', en: 'Commune' },
} as const;

/** A level after a count: "300 xã", "300 communes", "1 province". */
export function levelCountLabel(level: Level, count: number): BilingualText {
  const word = LEVEL_WORDS[level];
  return { vi: word.vi, en: count === 1 ? word.en : `${word.en}s` };
}

export const SYNTHETIC_LABEL: BilingualText = { vi: 'Dữ liệu minh họa', en: 'Synthetic demo' };
