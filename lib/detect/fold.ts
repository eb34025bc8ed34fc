/**
 * Lowercase and strip diacritics while keeping every character at its offset, so matches in the folded
 * copy map straight back to the original text ("patiënt" and "patient" match the same lexicon entry).
 */
const FOLD: Record<string, string> = {
  à: 'a', á: 'a', â: 'a', ä: 'a', ã: 'a', å: 'a',
  è: 'e', é: 'e', ê: 'e', ë: 'e',
  ì: 'i', í: 'i', î: 'i', ï: 'i',
  ò: 'o', ó: 'o', ô: 'o', ö: 'o', õ: 'o',
  ù: 'u', ú: 'u', û: 'u', ü: 'u',
  ç: 'c', ñ: 'n', ý: 'y', ÿ: 'y',
  // Typographic apostrophes and the acute accent or backtick typed in their place ("don´t", "auto´s").
  '\u2018': "'", '\u2019': "'", '\u02bc': "'", '\u2032': "'", '\u00b4': "'", '`': "'",
  // Spaces that are not ASCII, and every dash a text editor or web page puts between two words.
  '\u00a0': ' ', '\u2009': ' ', '\u202f': ' ',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
};
const NEEDS_FOLD = new RegExp(`[à-ÿ${Object.keys(FOLD).filter((k) => k < 'à' || k > 'ÿ').join('')}]`, 'g');

/** The characters that fold to `ch`. */
const foldingTo = (ch: string): string[] => Object.keys(FOLD).filter((k) => FOLD[k] === ch);

/** One character as it stands inside a regex class. */
const classChar = (c: string): string =>
  c === '-' ? '\\-' : c.charCodeAt(0) < 128 ? c.replace(/[\\\]^]/g, '\\$&') : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** The characters that fold to a hyphen, as the inside of a regex class: a separator wherever "-" is one. */
export const DASHES_CLASS = foldingTo('-').map(classChar).join('');

export function foldText(text: string): string {
  const lower = text.toLowerCase();
  // toLowerCase keeps length for the Latin texts we read; guard anyway so offsets never drift.
  if (lower.length !== text.length) return text;
  return lower.replace(NEEDS_FOLD, (ch) => FOLD[ch] ?? ch);
}

/**
 * For reading raw text without folding it first (the prefilter runs on every text, and a folded copy
 * per text would cost more than the scan): the characters that fold to `ch`, as a regex class source,
 * or `ch` itself when nothing else folds to it.
 */
export function rawVariantsSource(ch: string): string {
  const variants = foldingTo(ch);
  if (variants.length === 0) return ch;
  return `[${[ch, ...variants].map(classChar).join('')}]`;
}
