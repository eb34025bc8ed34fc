import { describe, expect, it } from 'vitest';
import { normalizeSpace } from '../../../lib/text';

describe('normalizeSpace', () => {
  it('gives what collapsing every run of white space gives, also where there is nothing to fold', () => {
    const reference = (text: string) => text.replace(/\s+/g, ' ').trim();
    const spaces = [' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u2028', ' \u00a0'];
    const samples = ['', 'a', 'plain words here', ' lead', 'trail ', 'Hb 8,4 mmol/L'];
    for (const space of spaces) for (const sample of samples) {
      for (const text of [sample, `${space}${sample}`, `${sample}${space}`, sample.replace(/ /g, space), `x${space}y${space}z`]) {
        expect(normalizeSpace(text), JSON.stringify(text)).toBe(reference(text));
      }
    }
  });
});

