import { describe, expect, it } from 'vitest';
import { storedLanguageSetting } from '../../../lib/language';
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
