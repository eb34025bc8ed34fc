/**
 * Turns lexicon phrases into regular-expression source. A phrase is words separated by spaces; a space
 * matches any run of whitespace or hyphens (so line breaks and "second-opinion" match too), `...` is a
 * gap of a few words, `~` one optional word, `{name}` is one of the words of a class, and a class word starting with `*` is a
 * suffix ("*loog" = cardioloog, neuroloog, ...). Everything else is literal. Phrases are matched against
 * folded (lowercase, diacritic-free) text, so the sources carry no flags.
 */
import { DASHES_CLASS, foldText, rawVariantsSource } from './fold';

export type Classes = Record<string, string[]>;

/**
 * `raw` sources match unfolded text (with the `i` flag): every letter also matches its accented forms
 * and a separator also matches the dashes that fold to a hyphen, so "tweede méning" and "second‑opinion"
 * (non-breaking hyphen) pass a check that never copies the text.
 */
export interface SourceOptions {
  raw?: boolean;
  /**
   * A last literal word of four letters or more, or a last class word, may take a plural "s" ("second
   * opinions", "other hospitals"): a trigger names a thing, and people write about several of them.
   * Shorter literal words are left alone ("2nd op" must not read "2nd ops").
   */
  plural?: boolean;
}

const SEP = '[\\s\\-]+';
export const RAW_SEP = `[\\s\\-${DASHES_CLASS}]+`;
const RAW_WORD_CHARS = 'a-z0-9\\u00c0-\\u024f';
/** \b treats an accented letter as a non-word character, so raw sources spell the boundary out. */
export const RAW_WORD_START = `(?<![${RAW_WORD_CHARS}])`;
const RAW_WORD_END = `(?![${RAW_WORD_CHARS}])`;
const WORD_CHAR = /[a-z0-9]/;
/** A word inside a gap; it may end in an abbreviation dot ("ziet mw. af"), sentences are split already. */
const GAP_WORD = '[^\\s.!?;]+\\.?';

export function escapeLiteral(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** A folded literal as source; in raw mode each letter is a class of its accented forms. */
export function literalSource(folded: string, raw = false): string {
  if (!raw) return escapeLiteral(folded);
  let src = '';
  for (const ch of folded) {
    const variants = rawVariantsSource(ch);
    src += variants === ch ? escapeLiteral(ch) : variants;
  }
  return src;
}

/** True when some accented or typographic character folds to the first character of `folded`. */
export function hasRawVariants(folded: string): boolean {
  const first = folded[0] ?? '';
  return rawVariantsSource(first) !== first;
}

/** Built-in classes that no word list can express. */
const BUILT_IN: Record<string, string> = { year: '(?:19|20)\\d\\d' };

function classSource(name: string, classes: Classes, raw: boolean): string {
  const builtIn = BUILT_IN[name];
  if (builtIn) return builtIn;
  const members = classes[name];
  if (!members) throw new Error(`Unknown lexicon class {${name}}`);
  const prefix = raw ? `[a-z\\u00c0-\\u024f\\-${DASHES_CLASS}]*` : '[a-z\\-]*';
  const alts = members
    .map((m) => foldText(m))
    .sort((a, b) => b.length - a.length)
    .map((m) =>
      m.startsWith('*')
        ? `${prefix}${literalSource(m.slice(1), raw)}`
        : m
            .split(' ')
            .map((w) => literalSource(w, raw))
            .join(raw ? RAW_SEP : SEP),
    );
  return `(?:${alts.join('|')})`;
}

/** A last word that may take a plural "s" (see SourceOptions.plural). */
function takesPlural(word: string): boolean {
  const cls = /^\{(\w+)\}$/.exec(word);
  if (cls) return cls[1] !== 'year';
  return /^[a-z]{4,}$/.test(foldText(word)) && !word.endsWith('s');
}

export function phraseSource(phrase: string, classes: Classes, gapWords: number, options: SourceOptions = {}): string {
  const raw = options.raw ?? false;
  const sep = raw ? RAW_SEP : SEP;
  const words = phrase.trim().split(/\s+/);
  let src = '';
  words.forEach((word, i) => {
    if (word === '~') {
      // One optional word ("een ander academisch ziekenhuis").
      src += `(?:${sep}${GAP_WORD})?`;
      return;
    }
    if (word === '...') {
      // Lazy, bounded gap: at most gapWords tokens, so it cannot backtrack far.
      src += `(?:${sep}${GAP_WORD}){0,${gapWords}}?`;
      return;
    }
    if (i > 0) src += sep;
    const cls = /^\{(\w+)\}$/.exec(word);
    src += cls ? classSource(cls[1]!, classes, raw) : literalSource(foldText(word), raw);
  });
  const first = phrase.trim()[0] ?? '';
  const last = phrase.trim().slice(-1);
  const startsWord = WORD_CHAR.test(foldText(first)) || first === '{' || first === '*';
  const endsWord = WORD_CHAR.test(foldText(last)) || last === '}';
  if (options.plural && takesPlural(words[words.length - 1]!)) src += 's?';
  if (!raw) return `${startsWord ? '\\b' : ''}${src}${endsWord ? '\\b' : ''}`;
  // \b still works (and is cheaper) before a letter that has no accented form.
  const start = !startsWord ? '' : first !== '{' && !hasRawVariants(foldText(first)) ? '\\b' : RAW_WORD_START;
  return `${start}${src}${endsWord ? RAW_WORD_END : ''}`;
}

/**
 * One alternation over many phrases, longest first so the most specific phrase wins at a position.
 * The leading word boundary is factored out of the alternatives that start with a word: irregexp then
 * rejects most positions with one check instead of one per alternative.
 */
export function alternationSource(phrases: string[], classes: Classes, gapWords: number, options: SourceOptions = {}): string {
  const sources = [...phrases].sort((a, b) => b.length - a.length).map((p) => phraseSource(p, classes, gapWords, options));
  const atWord = sources.filter((s) => s.startsWith('\\b')).map((s) => s.slice(2));
  const other = sources.filter((s) => !s.startsWith('\\b'));
  const parts = [...(atWord.length ? [`\\b(?:${atWord.join('|')})`] : []), ...other];
  return parts.join('|');
}

type Trie = Map<string, Trie>;

function trieNodeSource(node: Trie, raw: boolean): string {
  const alts: string[] = [];
  for (const [ch, child] of node) {
    // A shorter stem ends here, and a stem only needs to match its start.
    if (ch === '') return '';
    alts.push(literalSource(ch, raw) + trieNodeSource(child, raw));
  }
  return alts.length === 1 ? alts[0]! : `(?:${alts.join('|')})`;
}

/**
 * Word stems as one prefix tree ("o(?:pini|ther|...)"): irregexp tries far fewer alternatives per
 * position than in a flat list. In raw mode every letter but the first matches its accented forms; an
 * accented first letter is left out because a second top-level branch for it (\b fails before "á")
 * made the scan of every text about a third slower.
 */
export function stemTrieSource(stems: string[], raw = false): string {
  const root: Trie = new Map();
  for (const stem of stems) {
    let node = root;
    for (const ch of [...stem, '']) {
      if (!node.has(ch)) node.set(ch, new Map());
      node = node.get(ch)!;
      if (ch === '') break;
    }
  }
  const alts = [...root].map(([first, child]) => escapeLiteral(first) + trieNodeSource(child, raw));
  return `\\b(?:${alts.join('|')})`;
}
