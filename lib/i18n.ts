import en from '../public/_locales/en/messages.json';
import nl from '../public/_locales/nl/messages.json';

/**
 * UI strings come from the extension's _locales files. browser.i18n only follows the browser's UI
 * language, while clinicians may choose Dutch or English in the options page, so the two catalogues
 * are bundled and picked here. Both files must hold the same keys (a unit test checks that).
 */
import type { Lang } from './language';

export type { Lang };
export type MessageKey = keyof typeof en;
type Catalogue = Record<string, { message: string }>;

const CATALOGUES: Record<Lang, Catalogue> = { en, nl };

export type Translate = (key: MessageKey, ...substitutions: Array<string | number>) => string;

export function createTranslator(lang: Lang): Translate {
  const catalogue = CATALOGUES[lang];
  return (key, ...subs) => {
    const template = catalogue[key]?.message ?? CATALOGUES.en[key]?.message ?? key;
    return template.replace(/\$(\d)/g, (whole, n: string) => {
      const value = subs[Number(n) - 1];
      return value === undefined ? whole : String(value);
    });
  };
}

export { languageFromLocale, resolveLanguage } from './language';
