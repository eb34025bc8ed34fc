/**
 * Lexicon words in free clinical text. Ordinary words match at a word start, case-insensitively
 * ("sessies" finds "20 sessies", "parodont" finds "parodontale"); acronyms (CGT, ECT, PSI) match
 * as whole words in capitals only, so "ACT" does not find "activity".
 */
const cache = new Map<readonly string[], RegExp[]>();
const ACRONYM = /^[\p{Lu}\d-]{2,}$/u;

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function patternsFor(words: readonly string[]): RegExp[] {
  let res = cache.get(words);
  if (!res) {
    const byLength = [...words].sort((a, b) => b.length - a.length);
    const acronyms = byLength.filter((w) => ACRONYM.test(w)).map(escape);
    const plain = byLength.filter((w) => !ACRONYM.test(w)).map(escape);
    res = [];
    if (plain.length) res.push(new RegExp(`(?<![\\p{L}\\p{N}])(?:${plain.join('|')})`, 'iu'));
    if (acronyms.length) res.push(new RegExp(`(?<![\\p{L}\\p{N}])(?:${acronyms.join('|')})(?![\\p{L}])`, 'u'));
    cache.set(words, res);
  }
  return res;
}

export function containsAnyWord(text: string, words: readonly string[]): boolean {
  return patternsFor(words).some((re) => re.test(text));
}

/** Word parts anywhere in a word: "ectomie" in "cholecystectomie", "prothese" in "knieprothese". */
export function containsAnyPart(text: string, parts: readonly string[]): boolean {
  const lower = text.toLowerCase();
  return parts.some((p) => lower.includes(p.toLowerCase()));
}
