import { describe, expect, it } from 'vitest';
import { alternationSource, phraseSource, type Classes } from '../../../lib/detect/compile';
import { foldText } from '../../../lib/detect/fold';
import { GAP_WORDS, LEXICON_FILES } from '../../../lib/detect/lexicon';
import { CASES } from './cases';
import { PROBES as ROUND12 } from './probes-round12';
import { PROBES as ROUND13 } from './probes-round13';

/** The alternation as one flat list, longest phrase first: what the grouped form must stay equal to. */
function flatSource(phrases: string[], classes: Classes): string {
  const sources = [...phrases].sort((a, b) => b.length - a.length).map((p) => phraseSource(p, classes, GAP_WORDS));
  const atWord = sources.filter((s) => s.startsWith('\\b')).map((s) => s.slice(2));
  const other = sources.filter((s) => !s.startsWith('\\b'));
  return [...(atWord.length ? [`\\b(?:${atWord.join('|')})`] : []), ...other].join('|');
}

function matches(source: string, text: string): string[] {
  const re = new RegExp(source, 'g');
  const out: string[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(`${m.index}:${m[0]}`);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

const CLASSES: Classes = {
  parent: ['moeder', 'vader', 'mama'],
  clinician: ['dokter', 'specialist', '*loog', '*arts', 'specialist ouderengeneeskunde'],
};

describe('alternationSource', () => {
  it('groups the phrases by their first letter and cuts that letter off', () => {
    const source = alternationSource(['tweede mening', 'tweede blik', 'andere arts'], {}, GAP_WORDS);
    expect(source).toBe('\\b(?:t(?:weede[\\s\\-]+mening\\b|weede[\\s\\-]+blik\\b)|andere[\\s\\-]+arts\\b)');
  });

  it('splits a leading class by the first letters of its members', () => {
    const source = alternationSource(['{parent} wil'], CLASSES, GAP_WORDS);
    expect(source).toMatch(/^\\b\(\?:m\(\?:/);
    expect(source).toContain('v(?:ader)');
    expect(matches(source, 'de moeder wil, mama wil, vader wil, oma wil')).toEqual(['3:moeder wil', '15:mama wil', '25:vader wil']);
  });

  it('keeps a phrase that may begin with any letter in its place between the groups', () => {
    const phrases = ['andere {clinician}', '{clinician} elders', 'elders laten kijken'];
    const source = alternationSource(phrases, CLASSES, GAP_WORDS);
    const text = 'cardioloog elders laten kijken; een andere specialist ouderengeneeskunde; kno-arts elders';
    expect(matches(source, text)).toEqual(matches(flatSource(phrases, CLASSES), text));
    expect(matches(source, text)).toContain('0:cardioloog elders');
    // The longer literal phrase comes first in the flat list and must still win where both fit.
    const ordered = ['cardioloog elders laten', '{clinician} elders'];
    expect(matches(alternationSource(ordered, CLASSES, GAP_WORDS), 'de cardioloog elders laten kijken')).toEqual(['3:cardioloog elders laten']);
  });

  it('reads the suffix members of a class with one run of letters', () => {
    const source = alternationSource(['{clinician} elders'], CLASSES, GAP_WORDS);
    expect(source).toContain('[a-z\\-]*(?:loog|arts)');
    expect(matches(source, 'de neuroloog elders en de huisarts elders, de specialist elders')).toEqual([
      '3:neuroloog elders',
      '26:huisarts elders',
      '46:specialist elders',
    ]);
  });

  // Every phrase list of both lexicons against every text of the project's own cases and two probe
  // sets: the grouped alternation finds exactly what the flat one finds, match by match.
  it('finds what the flat alternation finds, over the real lexicons and texts', () => {
    const texts = [...CASES.map((c) => c.text), ...ROUND12.map((p) => p[3]), ...ROUND13.map((p) => p[3])].map(foldText);
    let compared = 0;
    let regrouped = 0;
    for (const file of Object.values(LEXICON_FILES)) {
      const lists = [
        ...Object.values(file.triggers),
        file.pseudoTriggers,
        Object.values(file.cues)
          .flat()
          .map((e) => e.replace(/^(?:pre|post|adj|next):/, '')),
      ];
      for (const list of lists) {
        const grouped = alternationSource(list, file.classes, GAP_WORDS);
        const flat = flatSource(list, file.classes);
        if (grouped !== flat) regrouped++;
        for (const text of texts) {
          expect(matches(grouped, text)).toEqual(matches(flat, text));
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(1000);
    expect(regrouped).toBeGreaterThan(8);
  });
});

describe('phraseSource: the shorthand for "with"', () => {
  const agrees = () => new RegExp(phraseSource('agrees with', {}, GAP_WORDS));
  it('matches "with", "w/" and "w" where a phrase spells "with"', () => {
    expect(agrees().test('cardiology agrees with plan')).toBe(true);
    expect(agrees().test('cardiology agrees w/ plan')).toBe(true);
    expect(agrees().test('cardiology agrees w plan')).toBe(true);
  });
  it('does not read a word that only starts with "w" as it', () => {
    expect(agrees().test('cardiology agrees well')).toBe(false);
    expect(agrees().test('cardiology agrees wholeheartedly')).toBe(false);
  });
  it('matches the shorthand in raw mode as well', () => {
    const raw = new RegExp(phraseSource('agrees with', {}, GAP_WORDS, { raw: true }), 'i');
    expect(raw.test('Agrees W/ plan')).toBe(true);
  });
});
