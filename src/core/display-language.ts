import type { BilingualText, Language } from './text';

/**
 * The language the atlas speaks: "both" (the default) shows Vietnamese first
 * with English after it; "vi" and "en" show one language only. Numbers and
 * dates follow Vietnamese conventions unless the atlas speaks English alone.
 */
export type DisplayLanguage = 'both' | 'vi' | 'en';

const DISPLAY_LANGUAGES: readonly DisplayLanguage[] = ['both', 'vi', 'en'];

export function isDisplayLanguage(text: unknown): text is DisplayLanguage {
  return DISPLAY_LANGUAGES.includes(text as DisplayLanguage);
}

/**
 * The language of a first visit (an address without `lang`): Vietnamese
 * alone for a reader whose browser puts Vietnamese first, English alone for
 * anyone else. Both languages at once doubled every label and crowded the
 * screen; they stay one click away, and in the address once chosen.
 */
export function firstVisitLanguage(browserLanguages: readonly string[]): DisplayLanguage {
  return /^vi\b/i.test(browserLanguages[0] ?? '') ? 'vi' : 'en';
}

/** The locale numbers, percentages and dates are written in. */
export function numberLanguage(language: DisplayLanguage): Language {
  return language === 'en' ? 'en' : 'vi';
}

/** One plain string in the language shown: "Vietnamese / English" when both are. */
export function plainText(text: BilingualText, language: DisplayLanguage): string {
  if (language === 'vi' || text.vi === text.en) return text.vi;
  if (language === 'en') return text.en;
  return `${text.vi} / ${text.en}`;
}

/** The languages shown, Vietnamese first: for files written in the language of the screen. */
export function languagesShown(language: DisplayLanguage): Language[] {
  return language === 'both' ? ['vi', 'en'] : [language];
}

/** The value of an HTML `lang` attribute for the language shown. */
export function htmlLang(language: DisplayLanguage): string {
  return language === 'en' ? 'en' : 'vi';
}
