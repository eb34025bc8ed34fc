import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { composeLetter, toPlainText, type LetterLang } from '../../../lib/letter';
import { SCENARIOS } from './scenarios';

/**
 * Golden letters: the whole plain text of each scenario, compared exactly. After a deliberate wording
 * change run `UPDATE_GOLDEN=1 npx vitest run tests/unit/letter` and read the diff before committing.
 */
const GOLDEN_DIR = join(dirname(fileURLToPath(import.meta.url)), 'golden');
const UPDATE = process.env.UPDATE_GOLDEN === '1';
const LANGS: LetterLang[] = ['nl', 'en'];

describe('golden letters', () => {
  for (const scenario of SCENARIOS) {
    for (const lang of LANGS) {
      it(`${scenario.name} (${lang})`, () => {
        const text = toPlainText(composeLetter(scenario.build(lang)));
        const file = join(GOLDEN_DIR, `${scenario.name}.${lang}.txt`);
        if (UPDATE) {
          mkdirSync(GOLDEN_DIR, { recursive: true });
          writeFileSync(file, text, 'utf8');
        }
        expect(existsSync(file), `missing golden file ${file}; run with UPDATE_GOLDEN=1`).toBe(true);
        expect(text).toBe(readFileSync(file, 'utf8'));
      });
    }
  }

  it('has a golden file for every scenario in both languages and no stale ones', () => {
    const expected = SCENARIOS.flatMap((s) => LANGS.map((l) => `${s.name}.${l}.txt`)).sort();
    expect(expected.length).toBeGreaterThanOrEqual(12);
    expect(readdirSync(GOLDEN_DIR).filter((f) => f.endsWith('.txt')).sort()).toEqual(expected);
  });
});
