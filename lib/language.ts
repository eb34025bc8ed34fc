/** The two languages the product speaks. */
export type Lang = 'nl' | 'en';

/** The browser's UI language reduced to the two we speak; Dutch for any nl-* locale. */
export function languageFromLocale(locale: string | undefined): Lang {
  return locale && /^nl\b/i.test(locale) ? 'nl' : 'en';
}

export function resolveLanguage(setting: 'auto' | Lang, browserLocale: string | undefined): Lang {
  return setting === 'auto' ? languageFromLocale(browserLocale) : setting;
}

/**
 * The language setting read from stored settings without the full settings schema, for the content
 * script (which must stay small); anything unexpected counts as "same as the browser".
 */
export function storedLanguageSetting(storedSettings: unknown): 'auto' | Lang {
  const value = storedSettings && typeof storedSettings === 'object' ? (storedSettings as { language?: unknown }).language : undefined;
  return value === 'nl' || value === 'en' ? value : 'auto';
}

/**
 * Which language the sidebar speaks. `page` (the default): the portal page's own language, so a
 * Dutch portal gets a Dutch sidebar whatever the browser speaks; `interface`: the extension's general
 * language setting (by default the browser's); or one language fixed.
 */
export const SIDEBAR_LANGUAGES = ['page', 'interface', 'nl', 'en'] as const;
export type SidebarLanguageSetting = (typeof SIDEBAR_LANGUAGES)[number];

/** A BCP 47 tag ("nl-BE", "en_GB") reduced to a language we speak; undefined for any other. */
export function languageOfTag(tag: string | null | undefined): Lang | undefined {
  const match = /^\s*(nl|en)(?:[-_]|\s*$)/i.exec(tag ?? '');
  return match ? (match[1]!.toLowerCase() as Lang) : undefined;
}

/** The sidebar's one language: the setting when it fixes one, else the page's, else the fallback. */
export function sidebarLanguage(setting: SidebarLanguageSetting, pageLang: Lang | undefined, fallback: Lang): Lang {
  if (setting === 'nl' || setting === 'en') return setting;
  return setting === 'page' ? (pageLang ?? fallback) : fallback;
}

/** The sidebar language setting read from stored settings without the full schema (content script). */
export function storedSidebarLanguageSetting(storedSettings: unknown): SidebarLanguageSetting {
  const value = storedSettings && typeof storedSettings === 'object' ? (storedSettings as { sidebarLanguage?: unknown }).sidebarLanguage : undefined;
  return (SIDEBAR_LANGUAGES as readonly unknown[]).includes(value) ? (value as SidebarLanguageSetting) : 'page';
}

/**
 * Function words that mark a text as Dutch or English; words both languages use ("is", "of" — Dutch
 * for "or") are left out. Portal chrome is short labels, so the guess needs a clear lead to count.
 */
const FUNCTION_WORDS: Record<Lang, ReadonlySet<string>> = {
  nl: new Set('de het een en van niet met voor zijn dat bij geen naar ook wordt heeft er om aan ik wil zij hij mijn uw over nog maar als door'.split(' ')),
  en: new Set('the and to not with for are that at no has was be by this from it my your would about still but when he she'.split(' ')),
};
const MIN_LEAD = 3;

/** The language of a sample of page text, or undefined when the words do not clearly tell. */
export function guessTextLanguage(text: string): Lang | undefined {
  let nl = 0;
  let en = 0;
  for (const [word] of text.toLowerCase().matchAll(/[a-zà-ÿ']+/g)) {
    if (FUNCTION_WORDS.nl.has(word)) nl++;
    else if (FUNCTION_WORDS.en.has(word)) en++;
  }
  if (nl >= MIN_LEAD && nl >= 2 * en) return 'nl';
  if (en >= MIN_LEAD && en >= 2 * nl) return 'en';
  return undefined;
}
