import { describe, expect, it } from 'vitest';
import { guessTextLanguage, languageOfTag, sidebarLanguage, storedLanguageSetting, storedSidebarLanguageSetting } from '../../../lib/language';
import { launcherText } from '../../../lib/launcher-text';
import { createTranslator } from '../../../lib/i18n';

describe('launcher text', () => {
  it('is the same text the full catalogue gives, in both languages', () => {
    for (const lang of ['nl', 'en'] as const) {
      const t = createTranslator(lang);
      const text = launcherText(lang);
      for (const [key, value] of Object.entries(text)) expect(value).toBe(t(key as never));
    }
    expect(launcherText('nl').launcherOpen).not.toBe(launcherText('en').launcherOpen);
  });
});

describe('storedLanguageSetting', () => {
  it('reads the language choice and treats anything odd as "same as the browser"', () => {
    expect(storedLanguageSetting({ language: 'nl' })).toBe('nl');
    expect(storedLanguageSetting({ language: 'en', profile: {} })).toBe('en');
    expect(storedLanguageSetting({ language: 'fr' })).toBe('auto');
    expect(storedLanguageSetting(undefined)).toBe('auto');
    expect(storedLanguageSetting('nl')).toBe('auto');
  });
});

describe('the sidebar language', () => {
  it('follows the page, then the fallback; a fixed setting wins', () => {
    expect(sidebarLanguage('page', 'nl', 'en')).toBe('nl');
    expect(sidebarLanguage('page', undefined, 'en')).toBe('en');
    expect(sidebarLanguage('interface', 'nl', 'en')).toBe('en');
    expect(sidebarLanguage('en', 'nl', 'nl')).toBe('en');
    expect(sidebarLanguage('nl', 'en', 'en')).toBe('nl');
  });

  it('reads language tags of both spellings and ignores other languages', () => {
    expect(languageOfTag('nl')).toBe('nl');
    expect(languageOfTag('nl-BE')).toBe('nl');
    expect(languageOfTag('EN_gb')).toBe('en');
    expect(languageOfTag('de')).toBeUndefined();
    expect(languageOfTag('nld')).toBeUndefined();
    expect(languageOfTag('')).toBeUndefined();
    expect(languageOfTag(undefined)).toBeUndefined();
  });

  it('guesses a page language from its words only when they clearly tell', () => {
    expect(guessTextLanguage('Patiënt komt voor controle. Zij heeft geen klachten meer en wil de behandeling stoppen.')).toBe('nl');
    expect(guessTextLanguage('The patient came for a check-up and has no complaints; she would like to stop the treatment.')).toBe('en');
    expect(guessTextLanguage('Patiënt · BSN 123456782 · 03-11-1955 · MRI · CRP 4 mg/L')).toBeUndefined();
    expect(guessTextLanguage('')).toBeUndefined();
  });

  it('reads the stored sidebar setting and treats anything odd as the page default', () => {
    expect(storedSidebarLanguageSetting({ sidebarLanguage: 'en' })).toBe('en');
    expect(storedSidebarLanguageSetting({ sidebarLanguage: 'interface' })).toBe('interface');
    expect(storedSidebarLanguageSetting({ sidebarLanguage: 'fr' })).toBe('page');
    expect(storedSidebarLanguageSetting(null)).toBe('page');
  });
});
