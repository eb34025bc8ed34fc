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
