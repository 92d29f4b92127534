import { html, css, type TemplateResult } from 'lit';
import type { BilingualText } from '../../core/text';

/** Vietnamese first, English after it in a quieter type: every label on screen. */
export function bi(text: BilingualText): TemplateResult {
  if (text.vi === text.en) return html`${text.vi}`;
  return html`<span lang="vi">${text.vi}</span> <span class="en" lang="en">${text.en}</span>`;
}

/** "Vietnamese / English" as one plain string, for attributes such as aria-label. */
export function biText(text: BilingualText): string {
  return text.vi === text.en ? text.vi : `${text.vi} / ${text.en}`;
}

export const bilingualStyles = css`
  .en {
    color: var(--atlas-muted, #5b6470);
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

export const SYNTHETIC_LABEL: BilingualText = { vi: 'Dữ liệu minh họa', en: 'Synthetic demo' };
