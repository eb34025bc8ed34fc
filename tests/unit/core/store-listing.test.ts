import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * What the browser stores show comes from the locale files, and the stores cut off or refuse text
 * past their limits: the Chrome Web Store takes a description of at most 132 characters and a name of
 * at most 75 (a short_name at most 12); addons.mozilla.org takes a name of at most 50 and a summary of
 * at most 250. Each key is held to the stricter limit, in every locale.
 */
const LIMITS: Record<string, number> = {
  extName: 50,
  extDescription: 132,
  extShortName: 12,
};
/** Titles and descriptions the browser shows in its own menus (toolbar tooltip, shortcut settings). */
const BROWSER_UI_LIMIT = 75;
const BROWSER_UI_KEYS = ['actionTitle', 'commandToggle'];

const LOCALES_DIR = 'public/_locales';
const locales = readdirSync(LOCALES_DIR);
const catalogue = (lang: string) => JSON.parse(readFileSync(`${LOCALES_DIR}/${lang}/messages.json`, 'utf8')) as Record<string, { message: string }>;

describe('locale strings within the stores’ limits', () => {
  it('covers both locales', () => {
    expect(locales.sort()).toEqual(['en', 'nl']);
  });
  for (const lang of locales) {
    const messages = catalogue(lang);
    it(`${lang}: name and description fit the store listing`, () => {
      expect(messages.extName?.message, 'extName').toBeTruthy();
      expect(messages.extDescription?.message, 'extDescription').toBeTruthy();
      for (const [key, limit] of Object.entries(LIMITS)) {
        const text = messages[key]?.message;
        if (text !== undefined) expect([...text].length, `${lang} ${key}: "${text}"`).toBeLessThanOrEqual(limit);
      }
      for (const key of BROWSER_UI_KEYS) expect([...(messages[key]?.message ?? '')].length, `${lang} ${key}`).toBeLessThanOrEqual(BROWSER_UI_LIMIT);
    });
    it(`${lang}: every key is a valid message name and every message is non-empty`, () => {
      for (const [key, value] of Object.entries(messages)) {
        expect(key, key).toMatch(/^[A-Za-z0-9_@]+$/);
        expect(value.message.trim().length, key).toBeGreaterThan(0);
      }
    });
  }
  it('the manifest takes its name and description from the locales', () => {
    const config = readFileSync('wxt.config.ts', 'utf8');
    expect(config).toContain("name: '__MSG_extName__'");
    expect(config).toContain("description: '__MSG_extDescription__'");
  });
});
