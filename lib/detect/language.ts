/**
 * Language guess from function words. It runs on every text, also the many without a trigger, so the
 * common path reads only the first characters and never allocates: each short word is packed into a
 * number and looked up in two sets built from the lexicons' stopwords. Only when that ties does it
 * tokenise a longer sample and, failing that, count letter groups typical of each spelling.
 * A remaining tie goes to Dutch, the product's home.
 */
import { LEXICON_FILES } from './lexicon';
import type { DetectLang } from './types';

const FAST_CHARS = 240;
/** Two more function words of one language than the other settle it. */
const DECISIVE = 2;
const SAMPLE_CHARS = 1000;
const MAX_PACKED = 6;

const only = (lang: DetectLang, other: DetectLang) =>
  LEXICON_FILES[lang].stopwords.filter((w) => !LEXICON_FILES[other].stopwords.includes(w));
const STOPWORDS: Record<DetectLang, Set<string>> = { nl: new Set(only('nl', 'en')), en: new Set(only('en', 'nl')) };

/** a-z to 1-26 in base 27; words longer than MAX_PACKED or with other characters get no key. */
function pack(word: string): number {
  let key = 0;
  for (let i = 0; i < word.length; i++) key = key * 27 + (word.charCodeAt(i) - 96);
  return key;
}
const packable = (w: string) => w.length <= MAX_PACKED && /^[a-z]+$/.test(w);
const PACKED: Record<DetectLang, Set<number>> = {
  nl: new Set([...STOPWORDS.nl].filter(packable).map(pack)),
  en: new Set([...STOPWORDS.en].filter(packable).map(pack)),
};

function fastScore(text: string): number {
  const end = text.length < FAST_CHARS ? text.length : FAST_CHARS;
  let score = 0; // > 0 Dutch, < 0 English
  let key = 0;
  let len = 0;
  for (let i = 0; i <= end; i++) {
    const code = i < end ? text.charCodeAt(i) | 32 : 32;
    if (code >= 97 && code <= 122) {
      key = key * 27 + (code - 96);
      len++;
      continue;
    }
    if (len > 0 && len <= MAX_PACKED) {
      if (PACKED.nl.has(key)) score++;
      else if (PACKED.en.has(key)) score--;
      if (score >= DECISIVE || score <= -DECISIVE) return score;
    }
    key = 0;
    len = 0;
  }
  return score;
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

export function detectLanguage(text: string): DetectLang {
  const score = fastScore(text) || slowScore(text);
  return score < 0 ? 'en' : 'nl';
}
