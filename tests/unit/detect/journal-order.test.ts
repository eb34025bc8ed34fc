import { describe, expect, it } from 'vitest';
import { entriesOldestFirst } from '../../../lib/detect/journal-order';
import { splitSentences } from '../../../lib/detect/sentences';
import { ABBREVIATIONS } from '../../../lib/detect/lexicon';

const read = (text: string) => entriesOldestFirst(text, splitSentences(text, ABBREVIATIONS)).map((s) => text.slice(s.start, s.end).trim());

describe('a journal shown newest first', () => {
  it('reads dated entries whose dates run backwards oldest first, the heading before them first', () => {
    const text = 'Journaal dhr. Stam\n13-03-2024 Pt ziet af. Belt terug.\n05-03-2024 Pt wil een second opinion.';
    expect(read(text)).toEqual(['Journaal dhr. Stam', '05-03-2024 Pt wil een second opinion.', '13-03-2024 Pt ziet af.', 'Belt terug.']);
  });

  it('reads ISO dates and dates without a year alike', () => {
    expect(read('2024-03-14: Brief.\n2024-03-02: Aanvraag.')).toEqual(['2024-03-02: Aanvraag.', '2024-03-14: Brief.']);
    expect(read('[13-03] Brief.\n[05-03] Aanvraag.')).toEqual(['[05-03] Aanvraag.', '[13-03] Brief.']);
  });

  it('leaves a journal in date order, one whose dates go back and forth, and a single dated line as they are', () => {
    expect(read('05-03-2024 Aanvraag.\n13-03-2024 Brief.')).toEqual(['05-03-2024 Aanvraag.', '13-03-2024 Brief.']);
    expect(read('05-03-2024 Een.\n13-03-2024 Twee.\n01-03-2024 Drie.')).toEqual(['05-03-2024 Een.', '13-03-2024 Twee.', '01-03-2024 Drie.']);
    expect(read('13-03-2024 Een. Twee.')).toEqual(['13-03-2024 Een.', 'Twee.']);
  });

  it('does not take a dosage or a score for a date', () => {
    expect(read('5-10 mg twice daily. Second line.\n2-3 times a week.')).toEqual(['5-10 mg twice daily.', 'Second line.', '2-3 times a week.']);
    expect(read('12-10 mg daily.\n05-03 keer per week.')).toEqual(['12-10 mg daily.', '05-03 keer per week.']);
  });
});
