/**
 * The cheap first look at every text. Stage 1 is one case-insensitive literal alternation of word stems
 * at a word start (lexicon "anchors"; every trigger phrase has a word that begins with one), compiled once; a text without any of them
 * cannot hold a trigger and is done. Stage 2 runs, only in a short window around each hit, the full patterns
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

interface TriggerPhrase {
  phrase: string;
  file: LexiconFile;
}

const PHRASES: TriggerPhrase[] = FILES.flatMap((file) =>
  [...file.triggers.core, ...file.triggers.otherClinician, ...file.triggers.doubt].map((phrase) => ({ phrase, file })),
);

/** The bare trigger words (the most telling word of each trigger phrase), for plain-regex comparisons. */
export const TRIGGER_WORDS: string[] = [...new Set(PHRASES.flatMap(({ phrase, file }) => keyWords(phrase, file)))];

/** Every literal word a phrase can contain: its own words and the members of its classes. */
function phraseWords({ phrase, file }: TriggerPhrase): string[] {
  return phrase.split(/\s+/).flatMap((w) => {
    if (w === '...') return [];
    const cls = /^\{(\w+)\}$/.exec(w);
    // A hyphen is a word boundary too ("second-opinion" holds the word "opinion").
    if (!cls) return foldText(w).split('-');
    return (file.classes[cls[1]!] ?? []).map((m) => foldText(m.replace(/^\*/, '')));
  });
}

const ANCHORS = [...new Set(FILES.flatMap((f) => f.anchors.map(foldText)))].sort((a, b) => b.length - a.length);
const phrasesByAnchor = new Map<string, TriggerPhrase[]>(ANCHORS.map((a) => [a, []]));
for (const p of PHRASES) {
  const words = phraseWords(p);
    // Anchors match at a word start only (see ANCHOR_SOURCE), so a phrase word must begin with one.
  for (const anchor of ANCHORS) if (words.some((w) => w.startsWith(anchor))) phrasesByAnchor.get(anchor)!.push(p);
}

/** Trigger phrases no anchor covers — must stay empty (checked by a unit test). */
export function unanchoredTriggers(): string[] {
  return PHRASES.filter((p) => ![...phrasesByAnchor.values()].some((list) => list.includes(p))).map((p) => p.phrase);
}

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const ANCHOR_SOURCE = `\\b(?:${ANCHORS.map(escape).join('|')})`;
/** test() allocates nothing, and most texts fail it. */
const ANCHOR_TEST = new RegExp(ANCHOR_SOURCE, 'i');
const ANCHOR_SCAN = new RegExp(ANCHOR_SOURCE, 'gi');

const FULL_BY_ANCHOR = new Map<string, RegExp>(
  [...phrasesByAnchor].map(([anchor, list]) => [
    anchor,
    // Case-insensitive on the raw window: no lowercasing or folding copy per hit.
    new RegExp(list.map(({ phrase, file }) => alternationSource([phrase], file.classes, GAP_WORDS)).join('|'), 'i'),
  ]),
);

/** Longest trigger phrase span around its anchor, with room for gaps and class words. */
const WINDOW = 120;

const isAlnum = (code: number) => (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);

/** indexOf is far cheaper than a look-behind regex for the few case-sensitive abbreviations. */
function caseSensitivePositions(text: string, out: number[], firstOnly: boolean): void {
  for (const word of CASE_SENSITIVE_TRIGGERS) {
    for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
      if (!isAlnum(text.charCodeAt(i - 1)) && !isAlnum(text.charCodeAt(i + word.length))) {
        out.push(i);
        if (firstOnly) return;
      }
    }
  }
}

function scan(text: string, firstOnly: boolean): number[] {
  const out: number[] = [];
  if (ANCHOR_TEST.test(text)) {
    ANCHOR_SCAN.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = ANCHOR_SCAN.exec(text))) {
      const full = FULL_BY_ANCHOR.get(m[0].toLowerCase());
      const from = m.index > WINDOW ? m.index - WINDOW : 0;
      if (full && full.test(text.slice(from, m.index + m[0].length + WINDOW))) {
        out.push(m.index);
        if (firstOnly) return out;
      }
      // Step one character, not past the match, so an anchor overlapping this one is still seen.
      ANCHOR_SCAN.lastIndex = m.index + 1;
    }
  }
  caseSensitivePositions(text, out, firstOnly);
  return out;
}

/** The fast prefilter: could this text mention a second opinion at all? */
export function hasTriggerCandidate(text: string): boolean {
  return scan(text, true).length > 0;
}

/**
 * Offsets of the anchor words whose window holds a full trigger pattern (and of case-sensitive
 * triggers), ascending; empty for most texts. The detector analyses only sentences near these.
 */
export function candidatePositions(text: string): number[] {
  return scan(text, false).sort((a, b) => a - b);
}
