import { describe, expect, it } from 'vitest';
import { composeLetter, toPlainText, type LetterInput, type LetterLang } from '../../../lib/letter';
import { SCENARIOS } from './scenarios';

/**
 * Line-level quality of every golden letter: a date appears once per line, no line ends in a word cut
 * in half, and a letter whose profile is filled and whose record holds the facts leaves at most five
 * placeholders. The checks are functions so their own tests can show they fail on a bad line.
 */
const DATE = /\b\d{2}-\d{2}-\d{4}\b/g;
const MAX_PLACEHOLDERS = 5;

export function repeatedDate(line: string): string | undefined {
  const dates: string[] = line.match(DATE) ?? [];
  return dates.find((d, i) => dates.indexOf(d) !== i);
}

/** Every word the input offers the letter: page text, category items, profile, fixed wording. */
function sourceWords(input: LetterInput): Set<string> {
  const texts = [
    ...input.entries.flatMap((e) => [e.text, e.title ?? '']),
    ...input.categories.flatMap((c) => [c.label, ...c.items]),
    ...input.patientWords,
    ...(input.voices ?? []).map((v) => v.text),
  ];
  return new Set(texts.flatMap((t) => t.toLowerCase().split(/[^\p{L}\p{N}]+/u)).filter(Boolean));
}

/** A line cut with an ellipsis must end in a whole word of the source, never half of one. */
export function cutWord(line: string, words: Set<string>): string | undefined {
  if (!line.endsWith('…')) return undefined;
  const last = /([\p{L}\p{N}]+)[^\p{L}\p{N}]*…$/u.exec(line)?.[1]?.toLowerCase();
  return last && !words.has(last) ? last : undefined;
}

describe('letter lines', () => {
  it('the checks fail on a date told twice and on a word cut in half', () => {
    expect(repeatedDate('- 15-09-2026 15-09-2026 MRI knie rechts')).toBe('15-09-2026');
    expect(repeatedDate('- 24-09-2026 MRI (15-09-2026): gonartrose')).toBeUndefined();
    const words = new Set(['gevorderde', 'mediale', 'gonartrose']);
    expect(cutWord('- gevorderde mediale gonar…', words)).toBe('gonar');
    expect(cutWord('- gevorderde mediale gonartrose…', words)).toBeUndefined();
  });

  for (const scenario of SCENARIOS) {
    for (const lang of ['nl', 'en'] as LetterLang[]) {
      it(`${scenario.name} (${lang}): each date once per line, no cut words${scenario.complete ? ', few placeholders' : ''}`, () => {
        const input = scenario.build(lang);
        const letter = composeLetter(input);
        const words = sourceWords(input);
        for (const line of toPlainText(letter).split('\n')) {
          expect(repeatedDate(line), line).toBeUndefined();
          expect(cutWord(line, words), line).toBeUndefined();
        }
        if (scenario.complete) expect(letter.placeholders.length).toBeLessThanOrEqual(MAX_PLACEHOLDERS);
      });
    }
  }
});
