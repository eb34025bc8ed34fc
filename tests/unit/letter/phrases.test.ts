import { describe, expect, it } from 'vitest';
import enJson from '../../../lib/letter/phrases/en.json';
import nlJson from '../../../lib/letter/phrases/nl.json';
import { fillTemplate, parsePhraseFile, PhraseFileSchema, templateSlots } from '../../../lib/letter/phrase-data';
import { phrasesFor } from '../../../lib/letter/phrases';
import { recordPhrasesFor } from '../../../lib/letter/phrases-record';

/** Every path to a text in a phrase file, with the gaps that text holds ("letter.patientAsks" → ["why"]). */
function textPaths(value: unknown, path = ''): Map<string, string[]> {
  const paths = new Map<string, string[]>();
  if (typeof value === 'string') paths.set(path, templateSlots(value).sort());
  else if (Array.isArray(value)) value.forEach((item, i) => textPaths(item, `${path}[${i}]`).forEach((slots, p) => paths.set(p, slots)));
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) textPaths(item, path ? `${path}.${key}` : key).forEach((slots, p) => paths.set(p, slots));
  }
  return paths;
}

const clone = <T>(value: T): T => structuredClone(value);

describe('letter phrase files', () => {
  it('carry the same keys, list lengths and gaps in Dutch and English', () => {
    const nl = textPaths(nlJson);
    const en = textPaths(enJson);
    expect([...nl.keys()].sort()).toEqual([...en.keys()].sort());
    for (const [path, slots] of nl) expect(en.get(path), path).toEqual(slots);
    expect(nl.size).toBeGreaterThan(150);
  });

  it('both fit the schema', () => {
    expect(PhraseFileSchema.safeParse(nlJson).success).toBe(true);
    expect(PhraseFileSchema.safeParse(enJson).success).toBe(true);
  });

  it('are refused when a text is missing, empty, misspelt in a gap, or unknown', () => {
    const missing = clone(enJson) as Record<string, Record<string, unknown>>;
    delete missing.letter!.closing;
    expect(() => parsePhraseFile('en', missing)).toThrow(/phrases\/en\.json: letter\.closing/);

    const empty = clone(enJson);
    empty.letter.headings.summary = '';
    expect(() => parsePhraseFile('en', empty)).toThrow(/letter\.headings\.summary/);

    const misspelt = clone(nlJson);
    misspelt.letter.patientAsks = 'De patiënt vraagt om een second opinion: {whyy}';
    expect(() => parsePhraseFile('nl', misspelt)).toThrow(/letter\.patientAsks.*\{why\}/);

    const gapLost = clone(nlJson);
    gapLost.record.considers = 'De patiënt overweegt een second opinion: {why}';
    expect(() => parsePhraseFile('nl', gapLost)).toThrow(/record\.considers/);

    const stray = { ...clone(enJson), extra: { title: 'x' } };
    expect(() => parsePhraseFile('en', stray)).toThrow();

    const strayInside = clone(enJson) as { letter: Record<string, unknown> };
    strayInside.letter.titel = 'typo';
    expect(() => parsePhraseFile('en', strayInside)).toThrow();

    const noQuestionList = clone(enJson) as { record: Record<string, unknown> };
    noQuestionList.record.dentalQuestions = [];
    expect(() => parsePhraseFile('en', noQuestionList)).toThrow(/record\.dentalQuestions/);

    expect(() => parsePhraseFile('en', 'not a file')).toThrow(/phrases\/en\.json/);
  });
});

describe('fillTemplate', () => {
  it('fills every gap once and never reads braces inside a value as a gap', () => {
    expect(fillTemplate('{lead} to sharing: {labels}.', { lead: 'The patient {labels}', labels: 'a, b' })).toBe(
      'The patient {labels} to sharing: a, b.',
    );
    expect(fillTemplate('Is {dx} right?', { dx: '$& price' })).toBe('Is $& price right?');
  });
});

describe('phrases read from the data files', () => {
  it('fill their sentences in each language', () => {
    expect(phrasesFor('en').reportTo(['the patient', 'the GP', 'the referrer'])).toBe(
      'Please send your written report to the patient, the GP and the referrer.',
    );
    expect(phrasesFor('nl').questions.diagnosis('artrose')[0]).toBe('Is de diagnose "artrose" juist?');
    expect(phrasesFor('nl').questions.diagnosis(undefined)[0]).toBe('Is de diagnose juist?');
    expect(recordPhrasesFor('en').noteCitation('A. Kramer', '20-10-2026')).toBe('From the note by A. Kramer (20-10-2026)');
    expect(recordPhrasesFor('nl').noteCitation(undefined, undefined)).toBe('Uit de notitie');
    const focus = { key: 'k', surgical: true, proposal: 'arthroscopy', condition: 'gonarthrosis' };
    expect(recordPhrasesFor('en').focusQuestion('medical', 'unknown', focus)).toBe(
      'Is an arthroscopy for gonarthrosis indicated now, or are there non-surgical options left?',
    );
    expect(recordPhrasesFor('en').considers('why.', undefined)).toBe('The patient is considering a second opinion: why.');
  });
});
