/**
 * Turns lexicon phrases into regular-expression source. A phrase is words separated by spaces; a space
 * matches any run of whitespace or hyphens (so line breaks and "second-opinion" match too), `...` is a
 * gap of a few words, `~` one optional word, `{name}` is one of the words of a class, and a class word starting with `*` is a
 * suffix ("*loog" = cardioloog, neuroloog, ...). Everything else is literal. Phrases are matched against
 * folded (lowercase, diacritic-free) text, so the sources carry no flags.
 */
import { foldText } from './fold';

export type Classes = Record<string, string[]>;

const SEP = '[\\s\\-]+';
const WORD_CHAR = /[a-z0-9]/;

function escapeLiteral(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function classSource(name: string, classes: Classes): string {
  const members = classes[name];
  if (!members) throw new Error(`Unknown lexicon class {${name}}`);
  const alts = members
    .map((m) => foldText(m))
    .sort((a, b) => b.length - a.length)
    .map((m) => (m.startsWith('*') ? `[a-z\\-]*${escapeLiteral(m.slice(1))}` : m.split(' ').map(escapeLiteral).join(SEP)));
  return `(?:${alts.join('|')})`;
}

export function phraseSource(phrase: string, classes: Classes, gapWords: number): string {
  const words = phrase.trim().split(/\s+/);
  let src = '';
  words.forEach((word, i) => {
    if (word === '~') {
      // One optional word ("een ander academisch ziekenhuis").
      src += `(?:${SEP}[^\\s.!?;]+)?`;
      return;
    }
    if (word === '...') {
      // Lazy, bounded gap: at most gapWords tokens, so it cannot backtrack far.
      src += `(?:${SEP}[^\\s.!?;]+){0,${gapWords}}?`;
      return;
    }
    if (i > 0) src += SEP;
    const cls = /^\{(\w+)\}$/.exec(word);
    src += cls ? classSource(cls[1]!, classes) : escapeLiteral(foldText(word));
  });
  const first = phrase.trim()[0] ?? '';
  const last = phrase.trim().slice(-1);
  const startsWord = WORD_CHAR.test(foldText(first)) || first === '{' || first === '*';
  const endsWord = WORD_CHAR.test(foldText(last)) || last === '}';
  return `${startsWord ? '\\b' : ''}${src}${endsWord ? '\\b' : ''}`;
}

/**
 * One alternation over many phrases, longest first so the most specific phrase wins at a position.
 * The leading word boundary is factored out of the alternatives that start with a word: irregexp then
 * rejects most positions with one check instead of one per alternative.
 */
export function alternationSource(phrases: string[], classes: Classes, gapWords: number): string {
  const sources = [...phrases].sort((a, b) => b.length - a.length).map((p) => phraseSource(p, classes, gapWords));
  const atWord = sources.filter((s) => s.startsWith('\\b')).map((s) => s.slice(2));
  const other = sources.filter((s) => !s.startsWith('\\b'));
  const parts = [...(atWord.length ? [`\\b(?:${atWord.join('|')})`] : []), ...other];
  return parts.join('|');
}
