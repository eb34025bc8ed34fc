import { describe, expect, it } from 'vitest';
import en from '../../../public/_locales/en/messages.json';
import nl from '../../../public/_locales/nl/messages.json';
import { createTranslator, languageFromLocale, resolveLanguage } from '../../../lib/i18n';

describe('locale files', () => {
  it('hold the same keys in Dutch and English', () => {
    expect(Object.keys(nl).sort()).toEqual(Object.keys(en).sort());
  });

  it('have no empty messages and the same $n substitutions in both languages', () => {
    for (const [key, value] of Object.entries(en)) {
      const other = (nl as Record<string, { message: string }>)[key]!;
      expect(value.message.trim(), key).not.toBe('');
      expect(other.message.trim(), key).not.toBe('');
      const subs = (s: string) => (s.match(/\$\d/g) ?? []).sort().join();
      expect(subs(other.message), key).toBe(subs(value.message));
    }
  });

  it('use only key characters the browser accepts', () => {
    for (const key of Object.keys(en)) expect(key).toMatch(/^[A-Za-z0-9_@]+$/);
  });

  it('cover every UI string the components use', async () => {
    const { readFileSync, readdirSync } = await import('node:fs');
    const files = [...readdirSync('components').map((f) => `components/${f}`), 'entrypoints/content/frame-host.ts'];
    const used = new Set<string>();
    for (const file of files) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bt\('([A-Za-z0-9_]+)'/g)) used.add(match[1]!);
    }
    expect(used.size).toBeGreaterThan(20);
    for (const key of used) expect(en, key).toHaveProperty(key);
  });
});

describe('createTranslator', () => {
  it('translates and substitutes', () => {
    expect(createTranslator('nl')('characterCount', 12)).toBe('12 tekens');
    expect(createTranslator('en')('characterCount', 12)).toBe('12 characters');
  });

  it('falls back to the key for an unknown message rather than crashing', () => {
    expect(createTranslator('en')('nope' as never)).toBe('nope');
  });
});

describe('language choice', () => {
  it('maps any Dutch locale to nl and everything else to en', () => {
    expect(languageFromLocale('nl-BE')).toBe('nl');
    expect(languageFromLocale('nl')).toBe('nl');
    expect(languageFromLocale('en-GB')).toBe('en');
    expect(languageFromLocale('de')).toBe('en');
    expect(languageFromLocale(undefined)).toBe('en');
  });

  it('lets the clinician override the browser', () => {
    expect(resolveLanguage('auto', 'nl-NL')).toBe('nl');
    expect(resolveLanguage('en', 'nl-NL')).toBe('en');
    expect(resolveLanguage('nl', 'en-US')).toBe('nl');
  });
});
