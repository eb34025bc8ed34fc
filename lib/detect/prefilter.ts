/**
 * The cheap first look at every text. Stage 1 is one case-insensitive literal alternation of the trigger
 * words (the most telling word of each trigger phrase), compiled once; a text without any of them cannot
 * hold a trigger and is done. Stage 2 runs, only in a short window around each hit, the full patterns
 * that contain that word. Both stages are linear: literals, bounded gaps, no nested quantifiers.
 */
import { alternationSource } from './compile';
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

const patternsByWord = new Map<string, Array<{ phrase: string; file: LexiconFile }>>();
for (const file of FILES) {
  for (const phrase of [...file.triggers.core, ...file.triggers.otherClinician, ...file.triggers.doubt]) {
    for (const word of keyWords(phrase, file)) {
      const list = patternsByWord.get(word) ?? [];
      list.push({ phrase, file });
      patternsByWord.set(word, list);
    }
  }
}

/** The bare trigger words, longest first (so "andere" is found before "ander" at the same place). */
export const TRIGGER_WORDS: string[] = [...patternsByWord.keys()].sort((a, b) => b.length - a.length);

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const ANCHOR_RE = new RegExp(TRIGGER_WORDS.map(escape).join('|'), 'gi');

const FULL_BY_WORD = new Map<string, RegExp>(
  [...patternsByWord].map(([word, list]) => [
    word,
    // Case-insensitive on the raw window: no lowercasing or folding copy per hit.
    new RegExp(list.map(({ phrase, file }) => alternationSource([phrase], file.classes, GAP_WORDS)).join('|'), 'i'),
  ]),
);

/** Longest trigger phrase span around its key word, with room for gaps and class words. */
const WINDOW = 120;

const isAlnum = (code: number) => (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);

/** indexOf is far cheaper than a look-behind regex for the few case-sensitive abbreviations. */
function hasCaseSensitiveTrigger(text: string): boolean {
  for (const word of CASE_SENSITIVE_TRIGGERS) {
    for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
      if (!isAlnum(text.charCodeAt(i - 1)) && !isAlnum(text.charCodeAt(i + word.length))) return true;
    }
  }
  return false;
}

export function hasTriggerCandidate(text: string): boolean {
  ANCHOR_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ANCHOR_RE.exec(text))) {
    const full = FULL_BY_WORD.get(m[0].toLowerCase());
    const from = m.index > WINDOW ? m.index - WINDOW : 0;
    if (full && full.test(text.slice(from, m.index + m[0].length + WINDOW))) return true;
  }
  return hasCaseSensitiveTrigger(text);
}
