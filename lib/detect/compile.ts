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

/**
 * Messages often leave the apostrophe out ("dont want", "doesnt", "thats not necessary", "ive had",
 * "fotos"): in a phrase, the apostrophe of "n't", "'s" and "'ve" may be missing. Not of "'d", "'ll" or
 * "'m", whose words without it are other words ("shed", "ill", "well", "im").
 */
const DROPPABLE_APOSTROPHE = /(?<=n)'(?=t$)|'(?=s$)|'(?=ve$)/;

/** The same apostrophes left out of a matched text, so that it finds its lexicon phrase (normalizeCue). */
export function withoutDroppableApostrophes(text: string): string {
  return text.includes("'") ? text.replace(/n't(?![a-z])/g, 'nt').replace(/'(s|ve)(?![a-z])/g, '$1') : text;
}

const WITH_SHORTHAND = /(?<![a-z0-9])w\/?(?![a-z0-9/])/g;

/** The record's "w/" and "w" in a matched text as "with", so that it finds its lexicon phrase (withSource). */
export function withSpelledOut(text: string): string {
  return text.includes('w') ? text.replace(WITH_SHORTHAND, 'with') : text;
}

/** A folded literal as source; in raw mode each letter is a class of its accented forms. */
export function literalSource(folded: string, raw = false): string {
  const drop = DROPPABLE_APOSTROPHE.exec(folded);
  if (drop) return `${literalSource(folded.slice(0, drop.index), raw)}(?:${literalSource("'", raw)})?${literalSource(folded.slice(drop.index + 1), raw)}`;
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

/**
 * Built-in classes that no word list can express. A year that is part of a full date ("2026-11-20",
 * "20-11-2026", "22 Aug 2024", "Aug 22, 2024") is the date a note was written, not a year something
 * took place in ("SO 2019 AMC").
 */
const BUILT_IN: Record<string, string> = {
  day: '(?:[0-3]?\\d)(?:st|nd|rd|th)?',
  year: '(?<!\\d[-/.]\\d{1,2}[-/.])(?<!\\d\\s+[a-z]{3,9}\\.?,?\\s+)(?<![a-z]{3}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+)(?:19|20)\\d\\d(?![-/.]\\d{1,2}[-/.]\\d)',
};

/** The names of the built-in classes, for checks of the lexicon files. */
export const BUILT_IN_CLASSES: readonly string[] = Object.keys(BUILT_IN);

function classSource(name: string, classes: Classes, raw: boolean): string {
  const builtIn = BUILT_IN[name];
  if (builtIn) return builtIn;
  const members = classes[name];
  if (!members) throw new Error(`Unknown lexicon class {${name}}`);
  const prefix = raw ? `[a-z\\u00c0-\\u024f\\-${DASHES_CLASS}]*` : '[a-z\\-]*';
  const sorted = members.map((m) => foldText(m)).sort((a, b) => b.length - a.length);
  const words = sorted.filter((m) => !m.startsWith('*')).map((m) => m.split(' ').map((w) => literalSource(w, raw)).join(raw ? RAW_SEP : SEP));
  // The suffix members share one run of letters: "[a-z\-]*(?:loog|arts|…)" reads a word once where one
  // alternative per suffix read it again for each ("{clinician} elders" was a third of the sentence
  // analysis). A word member and a suffix member that both fit almost always end at the same place, so
  // trying the words first finds the same match (identical output over every text the project holds).
  const suffixes = sorted.filter((m) => m.startsWith('*')).map((m) => literalSource(m.slice(1), raw));
  const alts = suffixes.length > 0 ? [...words, `${prefix}(?:${suffixes.join('|')})`] : words;
  return `(?:${alts.join('|')})`;
}

/** A last word that may take a plural "s" (see SourceOptions.plural). */
function takesPlural(word: string): boolean {
  const cls = /^\{(\w+)\}$/.exec(word);
  if (cls) return !(cls[1]! in BUILT_IN);
  return /^[a-z]{4,}$/.test(foldText(word)) && !word.endsWith('s');
}

/**
 * "with" as the record writes it too: "agrees w/ plan", "agreed w our plan", "seen w daughter". A phrase
 * spells it out once and matches the shorthand; a word that only starts with "w" is not read as it.
 */
function withSource(raw: boolean): string {
  return `(?:${literalSource('with', raw)}|w\\/?)`;
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
    const folded = foldText(word);
    src += cls ? classSource(cls[1]!, classes, raw) : folded === 'with' ? withSource(raw) : literalSource(folded, raw);
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
 * The leading word boundary is factored out of the alternatives that start with a word, and those are
 * grouped by their first character (byFirstChar): irregexp then rejects most positions with one check
 * and most word starts with a few, instead of one per alternative.
 */
export function alternationSource(phrases: string[], classes: Classes, gapWords: number, options: SourceOptions = {}): string {
  const sorted = [...phrases].sort((a, b) => b.length - a.length);
  const sources = sorted.map((p) => phraseSource(p, classes, gapWords, options));
  const atWord = sorted.flatMap((phrase, i) => (sources[i]!.startsWith('\\b') ? [{ phrase, source: sources[i]!.slice(2) }] : []));
  const other = sources.filter((s) => !s.startsWith('\\b'));
  const body = options.raw ? atWord.map((a) => a.source).join('|') : byFirstChar(atWord, classes, gapWords, options);
  const parts = [...(atWord.length ? [`\\b(?:${body})`] : []), ...other];
  return parts.join('|');
}

/** A phrase that starts at a word, with its source made once, the leading \b cut off. */
interface AtWord {
  phrase: string;
  source: string;
}

/**
 * A phrase that begins with a class is split by first character only when its members begin with few
 * different ones: each split repeats the rest of the phrase, and a pattern past 20 KB is not optimised.
 */
const MAX_NARROWED_CHARS = 3;

/**
 * A phrase's alternatives by the character its match begins with, that character cut off: "tweede
 * mening" gives t → "weede[\s\-]+mening", "{parent} wil" gives m → "(?:oeder|an)…" and v → "(?:ader)…".
 * Undefined when the match may begin with any character (a suffix class member, a leading gap).
 */
function byFirst({ phrase, source }: AtWord, classes: Classes, gapWords: number, options: SourceOptions): Map<string, string> | undefined {
  const [first = '', ...rest] = phrase.trim().split(/\s+/);
  const cls = /^\{(\w+)\}$/.exec(first);
  const out = new Map<string, string>();
  if (!cls) {
    const folded = foldText(first);
    if (!/^[a-z0-9]/.test(folded) || !source.startsWith(folded[0]!)) return undefined;
    out.set(folded[0]!, source.slice(1));
    return out;
  }
  const members = classes[cls[1]!];
  if (!members || members.some((m) => !/^[a-z0-9]/.test(foldText(m)))) return undefined;
  const chars = new Set(members.map((m) => foldText(m)[0]!));
  if (chars.size > MAX_NARROWED_CHARS) return undefined;
  for (const ch of chars) {
    // The class narrowed to its members that begin with ch, that character cut off each.
    const narrowed = members.map((m) => foldText(m)).filter((m) => m.startsWith(ch)).map((m) => m.slice(1));
    const own = { ...classes, [cls[1]!]: narrowed };
    out.set(ch, phraseSource([first, ...rest].join(' '), own, gapWords, options).replace(/^\\b/, ''));
  }
  return out;
}

/**
 * The alternatives as a prefix tree one character deep ("t(?:weede…|…)|m(?:…)"), each group in the
 * alternatives' own order: irregexp rejects a word start after a few one-character checks instead of
 * trying every alternative there. Only one group can match at a position and it holds every
 * alternative that could, in order, so the match is the one the flat list would give. An alternative
 * that may begin anywhere keeps its place between the groups before and after it.
 */
function byFirstChar(phrases: AtWord[], classes: Classes, gapWords: number, options: SourceOptions): string {
  const out: string[] = [];
  let run: Array<Map<string, string>> = [];
  const flush = () => {
    const chars = [...new Set(run.flatMap((m) => [...m.keys()]))];
    for (const ch of chars) {
      const rests = run.flatMap((m) => (m.has(ch) ? [m.get(ch)!] : []));
      out.push(rests.length === 1 ? `${ch}${rests[0]}` : `${ch}(?:${rests.join('|')})`);
    }
    run = [];
  };
  for (const phrase of phrases) {
    const grouped = byFirst(phrase, classes, gapWords, options);
    if (grouped) {
      run.push(grouped);
      continue;
    }
    flush();
    out.push(phrase.source);
  }
  flush();
  return out.join('|');
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
