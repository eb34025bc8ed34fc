/**
 * The cheap first look at every text. Stage 1 is one case-insensitive literal alternation of word stems
 * at a word start (lexicon "anchors"; every trigger phrase has a word that begins with one), compiled once; a text without any of them
 * cannot hold a trigger and is done. Stage 2 tries, at each hit, the full patterns that hold that word
 * (sticky at the hit, earlier words as a look-behind). Both stages read the raw text, accented spellings
 * included, and are linear: literals, bounded gaps, no nested quantifiers.
 */
import { phraseSource, RAW_SEP, RAW_WORD_START, stemTrieSource } from './compile';
import { foldText } from './fold';
import { CASE_SENSITIVE_TRIGGERS, FILES, GAP_WORDS, type LexiconFile } from './lexicon';

/** Longest word, the later one on a tie: content words come after "niet", "tweede", "does". */
function keyWord(words: string[]): string {
  return words
    .map((w, i) => ({ w, i, len: w.includes("'") ? 0 : w.length }))
    .sort((x, y) => y.len - x.len || y.i - x.i)[0]!.w;
}

function keyWords(phrase: string, file: LexiconFile): string[] {
  const words = phrase.split(/\s+/);
  if (words[0]!.startsWith('{')) {
    return (file.classes[words[0]!.slice(1, -1)] ?? []).map((m) => foldText(keyWord(m.split(' '))));
  }
  return [foldText(keyWord(words.filter((w) => w !== '...' && !w.startsWith('{'))))];
}

interface TriggerPhrase {
  phrase: string;
  file: LexiconFile;
  elsewhere?: boolean;
}

const BASE_PHRASES: TriggerPhrase[] = FILES.flatMap((file) => [
  ...[...file.triggers.core, ...file.triggers.otherClinician, ...file.triggers.doubt].map((phrase) => ({ phrase, file })),
  ...[...file.triggers.elsewhere, ...file.triggers.verdict].map((phrase) => ({ phrase, file, elsewhere: true })),
]);


/** The words of a phrase in order, each as the literal variants it can take (class members). */
function phraseWordVariants({ phrase, file }: TriggerPhrase): string[][] {
  return phrase.split(/\s+/).flatMap((w) => {
    if (w === '...' || w === '~') return [];
    const cls = /^\{(\w+)\}$/.exec(w);
    // A hyphen is a word boundary too ("second-opinion" holds the word "opinion").
    if (!cls) return foldText(w).split('-').map((part) => [part]);
    return [(file.classes[cls[1]!] ?? []).map((m) => foldText(m.replace(/^\*/, '')).split(' ')[0]!)];
  });
}

const ANCHORS = [...new Set(FILES.flatMap((f) => f.anchors.map(foldText)))].sort((a, b) => b.length - a.length);

/**
 * A phrase that starts with a class is tried at the anchor of the member's first word. A member whose
 * first word has no anchor ("niet overtuigd", "lost faith") would never be tried, so such members get
 * their own copy of the phrase, tried at the anchor of a later word.
 */
function expandLeadingClass(p: TriggerPhrase): TriggerPhrase[] {
  const [first, ...rest] = p.phrase.split(/\s+/);
  const cls = /^\{(\w+)\}$/.exec(first!);
  if (!cls) return [p];
  const unanchored = (p.file.classes[cls[1]!] ?? []).filter(
    (m) => !m.startsWith('*') && !ANCHORS.some((a) => foldText(m.split(' ')[0]!).startsWith(a)),
  );
  const copies = unanchored
    .map((m) => ({ phrase: [m, ...rest].join(' '), file: p.file }))
    .filter((c) => c.phrase.split(/\s+/).some((w) => ANCHORS.some((a) => foldText(w).startsWith(a))));
  return [p, ...copies];
}

const PHRASES: TriggerPhrase[] = BASE_PHRASES.flatMap(expandLeadingClass);

/** The bare trigger words (the most telling word of each trigger phrase), for plain-regex comparisons. */
export const TRIGGER_WORDS: string[] = [...new Set(PHRASES.flatMap(({ phrase, file }) => keyWords(phrase, file)))];


/** The phrase's tokens, hyphenated literals split, so that index i matches phraseWordVariants(...)[i] once gaps are skipped. */
function phraseTokens(phrase: string): string[] {
  return phrase.split(/\s+/).flatMap((w) => (w === '...' || w === '~' || w.startsWith('{') ? [w] : foldText(w).split('-')));
}

const withoutWordStart = (src: string) =>
  src.startsWith('\\b') ? src.slice(2) : src.startsWith(RAW_WORD_START) ? src.slice(RAW_WORD_START.length) : src;

/**
 * Each phrase belongs to the anchors of its first anchored word, and is tried (sticky) at that anchor.
 * Words before the anchored one ("tweede" in "tweede mening") become a look-behind, so no phrase needs
 * a search window around the hit.
 */
const byAnchor = new Map<string, string[]>(ANCHORS.map((a) => [a, []]));
/** The same for `elsewhere` phrases, kept apart: a text with only these needs a cheap second check. */
const elsewhereByAnchor = new Map<string, string[]>(ANCHORS.map((a) => [a, []]));
const phrasesByAnchor = new Map<string, TriggerPhrase[]>(ANCHORS.map((a) => [a, []]));
for (const p of PHRASES) {
  const words = phraseWordVariants(p);
  const index = words.findIndex((variants) => variants.some((v) => ANCHORS.some((a) => v.startsWith(a))));
  if (index < 0) continue;
  const tokens = phraseTokens(p.phrase);
  let at = -1;
  for (let seen = -1; seen < index; ) if (tokens[++at] !== '...' && tokens[at] !== '~') seen++;
  const source = (part: string[], plural = false) => phraseSource(part.join(' '), p.file.classes, GAP_WORDS, { raw: true, plural });
  // The anchor scan already found a word start here, so the phrase's own start check is dropped.
  const rest = withoutWordStart(source(tokens.slice(at), true));
  const sticky = at === 0 ? rest : `(?<=${source(tokens.slice(0, at))}${RAW_SEP})${rest}`;
  for (const anchor of ANCHORS) {
    if (!words[index]!.some((v) => v.startsWith(anchor))) continue;
    (p.elsewhere ? elsewhereByAnchor : byAnchor).get(anchor)!.push(sticky);
    phrasesByAnchor.get(anchor)!.push(p);
  }
}

/** Trigger phrases no anchor covers — must stay empty (checked by a unit test). */
export function unanchoredTriggers(): string[] {
  return PHRASES.filter((p) => ![...phrasesByAnchor.values()].some((list) => list.includes(p))).map((p) => p.phrase);
}

/**
 * Anchors match the raw text with their accented spellings ("méning", "tweede opiníe") but a plain first
 * letter (see stemTrieSource: "ándere" is not seen).
 */
const ANCHOR_SOURCE = stemTrieSource(ANCHORS, true);
// One pass: a failing exec() allocates nothing either, and a separate test() first would read the text
// up to the first anchor twice (a quarter of notes hold "andere" or "other").
const ANCHOR_SCAN = new RegExp(ANCHOR_SOURCE, 'gi');

// Case-insensitive on the raw text, accents included: no lowercasing or folding copy per hit.
const stickyOf = (list: string[] | undefined) => (list && list.length > 0 ? new RegExp(list.join('|'), 'iy') : undefined);
/** Per anchor, the sticky patterns of its phrases: the main kinds, and looks apart (see Candidates). */
const STICKY_BY_ANCHOR = new Map(
  ANCHORS.map((a) => [a, { main: stickyOf(byAnchor.get(a)), look: stickyOf(elsewhereByAnchor.get(a)) }] as const).filter(
    ([, s]) => s.main || s.look,
  ),
);

const isDigit = (code: number) => code >= 48 && code <= 57;
const isAlnum = (code: number) => isDigit(code) || ((code | 32) >= 97 && (code | 32) <= 122);

const isJoiner = (code: number) => code === 45 || code === 47;
/** Part of a reference or code ("SO-44817", "2024-SO-1182"): joined by a hyphen or slash to a digit (see CASE_SENSITIVE_RE). */
const inCode = (text: string, start: number, end: number): boolean =>
  (isJoiner(text.charCodeAt(start - 1)) && isDigit(text.charCodeAt(start - 2))) || (isJoiner(text.charCodeAt(end)) && isDigit(text.charCodeAt(end + 1)));

/** indexOf is far cheaper than a look-behind regex for the few case-sensitive abbreviations. */
const CASE_SENSITIVE_WORDS = [...CASE_SENSITIVE_TRIGGERS];
function caseSensitivePositions(text: string, out: number[], firstOnly: boolean): void {
  for (const word of CASE_SENSITIVE_WORDS) {
    for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
      if (!isAlnum(text.charCodeAt(i - 1)) && !isAlnum(text.charCodeAt(i + word.length)) && !inCode(text, i, i + word.length)) {
        out.push(i);
        if (firstOnly) return;
      }
    }
  }
}

interface Candidates {
  positions: number[];
  /** Every candidate is a look or a verdict (`elsewhere`, `verdict`), which counts only beside a named place. */
  onlyElsewhere: boolean;
}

const matchesAt = (sticky: RegExp | undefined, text: string, at: number): boolean => {
  if (!sticky) return false;
  sticky.lastIndex = at;
  return sticky.test(text);
};

function scan(text: string, firstOnly: boolean): Candidates {
  const positions: number[] = [];
  let onlyElsewhere = true;
  ANCHOR_SCAN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ANCHOR_SCAN.exec(text))) {
    // Only an accented spelling ("méning") needs folding to find its anchor.
    const sticky = STICKY_BY_ANCHOR.get(m[0].toLowerCase()) ?? STICKY_BY_ANCHOR.get(foldText(m[0]));
    if (matchesAt(sticky?.main, text, m.index)) {
      positions.push(m.index);
      onlyElsewhere = false;
      if (firstOnly) return { positions, onlyElsewhere };
    } else if (matchesAt(sticky?.look, text, m.index)) {
      positions.push(m.index);
    }
    // Step one character, not past the match, so an anchor overlapping this one is still seen.
    ANCHOR_SCAN.lastIndex = m.index + 1;
  }
  const before = positions.length;
  caseSensitivePositions(text, positions, firstOnly);
  if (positions.length > before) onlyElsewhere = false;
  return { positions, onlyElsewhere: onlyElsewhere && positions.length > 0 };
}

/** The fast prefilter: could this text mention a second opinion at all? */
export function hasTriggerCandidate(text: string): boolean {
  return scan(text, true).positions.length > 0;
}

/**
 * Offsets of the anchor words whose window holds a full trigger pattern (and of case-sensitive
 * triggers), ascending; empty for most texts. The detector analyses only sentences near these.
 */
export function candidatePositions(text: string): Candidates {
  const found = scan(text, false);
  found.positions.sort((a, b) => a - b);
  return found;
}
