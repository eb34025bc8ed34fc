/**
 * Language guess by counting a few frequent function words near the start of the text. It runs on every
 * text (also those without a trigger), so it uses indexOf on one lowercased sample instead of tokenising.
 * Letter groups typical of each spelling break ties; a remaining tie goes to Dutch, the product's home.
 */
import { LEXICON_FILES } from './lexicon';
import type { DetectLang } from './types';

const SAMPLE_CHARS = 600;
const probes = (lang: DetectLang, other: DetectLang) =>
  LEXICON_FILES[lang].stopwords.filter((w) => !LEXICON_FILES[other].stopwords.includes(w)).map((w) => ` ${w} `);
const PROBES: Record<DetectLang, string[]> = { nl: probes('nl', 'en'), en: probes('en', 'nl') };
// Letter groups typical of each spelling, for short texts with no function word at all.
const SPELLING: Record<DetectLang, string[]> = {
  nl: ['ij', 'oe', 'aa', 'uu', 'sch', 'ee'],
  en: ['th', 'wh', 'ing ', 'ea', 'ou', 'sh'],
};

function count(sample: string, probes: string[]): number {
  let n = 0;
  for (const probe of probes) {
    let i = sample.indexOf(probe);
    while (i >= 0) {
      n++;
      i = sample.indexOf(probe, i + probe.length - 1);
    }
  }
  return n;
}

export function detectLanguage(text: string): DetectLang {
  const head = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const sample = ` ${head.toLowerCase().replace(/[\s.,;:!?()"]+/g, ' ')} `;
  let nl = count(sample, PROBES.nl);
  let en = count(sample, PROBES.en);
  if (nl === en) {
    nl += count(sample, SPELLING.nl);
    en += count(sample, SPELLING.en);
  }
  return en > nl ? 'en' : 'nl';
}
