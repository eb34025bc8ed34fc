/**
 * Language guess from function words. It runs on every text, also the many without a trigger, so the
 * common path walks the first words by char code and stops when one language leads by two; otherwise two
 * native regex scans over the start of the text that count words with test() (no
 * match arrays, no copies) and stop once one language leads clearly. Only a tie falls back to
 * tokenising a longer sample and then to letter groups typical of each spelling.
 * A remaining tie goes to Dutch, the product's home.
 */
import { LEXICON_FILES } from './lexicon';
import type { DetectLang } from './types';

/** Sliced strings are views in V8, so the sample costs no copy and bounds both scans. */
const FAST_CHARS = 160;
const SAMPLE_CHARS = 1000;
/** This many function words of one language, and none of the other, settle it early. */
const ENOUGH = 3;

const only = (lang: DetectLang, other: DetectLang) =>
  LEXICON_FILES[lang].stopwords.filter((w) => !LEXICON_FILES[other].stopwords.includes(w));
const STOPWORDS: Record<DetectLang, Set<string>> = { nl: new Set(only('nl', 'en')), en: new Set(only('en', 'nl')) };
const wordsRe = (words: Set<string>) =>
  new RegExp(`\\b(?:${[...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/'/g, "\\'")).join('|')})\\b`, 'gi');
const FAST: Record<DetectLang, RegExp> = { nl: wordsRe(STOPWORDS.nl), en: wordsRe(STOPWORDS.en) };

function countEarly(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (n < ENOUGH && re.test(text)) n++;
  return n;
}

const SPELLING: Record<DetectLang, RegExp> = {
  nl: /ij|oe|aa|uu|sch|ee/g,
  en: /th|wh|ing\b|ea|ou|sh/g,
};
const WORD = /[a-z']+/g;

function slowScore(text: string): number {
  const sample = (text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text).toLowerCase();
  let score = 0;
  for (const [word] of sample.matchAll(WORD)) {
    if (STOPWORDS.nl.has(word)) score++;
    else if (STOPWORDS.en.has(word)) score--;
  }
  if (score !== 0) return score;
  return (sample.match(SPELLING.nl)?.length ?? 0) - (sample.match(SPELLING.en)?.length ?? 0);
}

const QUICK_CHARS = 200;
const QUICK_WORD = 4;
/** a-z to 1-26 in base 27, for an allocation-free look-up of short words. */
function pack(word: string): number {
  let key = 0;
  for (let i = 0; i < word.length; i++) key = key * 27 + (word.charCodeAt(i) - 96);
  return key;
}
/**
 * Words of up to three letters index a 27^3-entry table (+1 Dutch, -1 English): a typed-array read is
 * much cheaper than a Set look-up, and most function words are that short. Four-letter words use sets.
 */
const TABLE = new Int8Array(27 * 27 * 27);
const FOUR: Record<DetectLang, Set<number>> = { nl: new Set(), en: new Set() };
for (const lang of ['nl', 'en'] as const) {
  for (const w of STOPWORDS[lang]) {
    if (!/^[a-z]{1,4}$/.test(w)) continue;
    if (w.length <= 3) TABLE[pack(w)] = lang === 'nl' ? 1 : -1;
    else FOUR[lang].add(pack(w));
  }
}

/** Char-code walk over the first words; returns as soon as one language leads by two, else the lead. */
function quickScore(text: string): number {
  const end = text.length < QUICK_CHARS ? text.length : QUICK_CHARS;
  let score = 0;
  let key = 0;
  let len = 0;
  for (let i = 0; i <= end; i++) {
    const code = i < end ? text.charCodeAt(i) | 32 : 32;
    if (code >= 97 && code <= 122) {
      key = key * 27 + (code - 96);
      len++;
      continue;
    }
    // A single letter before a dot is an abbreviation ("i.v.m."), not the English "I".
    if (len > 0 && len <= QUICK_WORD && !(len === 1 && code === 46)) {
      if (len <= 3) score += TABLE[key]!;
      else if (FOUR.nl.has(key)) score++;
      else if (FOUR.en.has(key)) score--;
      if (score >= 2 || score <= -2) return score;
    }
    key = 0;
    len = 0;
  }
  return score;
}

export function detectLanguage(text: string): DetectLang {
  const quick = quickScore(text);
  if (quick !== 0) return quick < 0 ? 'en' : 'nl';
  const sample = text.length > FAST_CHARS ? text.slice(0, FAST_CHARS) : text;
  const nl = countEarly(FAST.nl, sample);
  const en = countEarly(FAST.en, sample);
  const score = nl - en || slowScore(text);
  return score < 0 ? 'en' : 'nl';
}
