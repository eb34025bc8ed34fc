/**
 * Word matching shared by the category hints and the question lexicon. Case and accents are ignored
 * because portals write "Röntgen" and "rontgen" alike. Words shorter than MIN_INFIX letters match only
 * as whole words (a plural ending allowed), so "CT" does not fire on "contact" nor "PrEP" on
 * "prepare"; longer words match inside compounds, which Dutch forms freely ("knieprothese").
 */
const MIN_INFIX = 6;

export function normaliseText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const compiled = new Map<string, (text: string) => boolean>();

function matcherFor(word: string): (text: string) => boolean {
  let match = compiled.get(word);
  if (match) return match;
  const needle = normaliseText(word).trim();
  if (needle.length >= MIN_INFIX) {
    match = (text) => text.includes(needle);
  } else {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(needle)}(?:s|en|'s)?(?![\\p{L}\\p{N}])`, 'u');
    match = (text) => re.test(text);
  }
  compiled.set(word, match);
  return match;
}

/** True when `normalisedText` (from normaliseText) contains `word` under the rules above. */
export function containsWord(normalisedText: string, word: string): boolean {
  return matcherFor(word)(normalisedText);
}

/** One pattern for a whole word list, for hot loops over thousands of entries; same rules as containsWord. */
export function wordListPattern(words: readonly string[]): RegExp {
  const parts = words.map((word) => {
    const plain = normaliseText(word).trim();
    const needle = escapeRegExp(plain);
    return plain.length >= MIN_INFIX ? needle : `(?<![\\p{L}\\p{N}])${needle}(?:s|en|'s)?(?![\\p{L}\\p{N}])`;
  });
  return new RegExp(parts.length > 0 ? parts.join('|') : '(?!)', 'u');
}

/** The words of `words` that occur in `normalisedText`. */
export function matchingWords(normalisedText: string, words: readonly string[]): string[] {
  return words.filter((w) => containsWord(normalisedText, w));
}
