/**
 * The cheap first look at every text. Stage 1 is one case-insensitive literal alternation of word stems
 * at a word start (lexicon "anchors"; every trigger phrase has a word that begins with one), compiled once; a text without any of them
 * cannot hold a trigger and is done. Stage 2 tries, at each hit, the full patterns that start with that
 * word (sticky), and in a short window the few in which it comes later. Both stages are linear: literals, bounded gaps, no nested quantifiers.
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
 * Each phrase belongs to the anchors of its first anchored word. When that is the phrase's first word
 * the phrase can only start at the anchor, so it is tried there (sticky) without a window.
 */
const atAnchor = new Map<string, TriggerPhrase[]>(ANCHORS.map((a) => [a, []]));
const nearAnchor = new Map<string, TriggerPhrase[]>(ANCHORS.map((a) => [a, []]));
for (const p of PHRASES) {
  const words = phraseWordVariants(p);
  const index = words.findIndex((variants) => variants.some((v) => ANCHORS.some((a) => v.startsWith(a))));
  if (index < 0) continue;
  for (const anchor of ANCHORS) {
    if (words[index]!.some((v) => v.startsWith(anchor))) (index === 0 ? atAnchor : nearAnchor).get(anchor)!.push(p);
  }
}
const phrasesByAnchor = new Map<string, TriggerPhrase[]>(ANCHORS.map((a) => [a, [...atAnchor.get(a)!, ...nearAnchor.get(a)!]]));

/** Trigger phrases no anchor covers — must stay empty (checked by a unit test). */
export function unanchoredTriggers(): string[] {
  return PHRASES.filter((p) => ![...phrasesByAnchor.values()].some((list) => list.includes(p))).map((p) => p.phrase);
}

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const ANCHOR_SOURCE = `\\b(?:${ANCHORS.map(escape).join('|')})`;
/** test() allocates nothing, and most texts fail it. */
const ANCHOR_TEST = new RegExp(ANCHOR_SOURCE, 'i');
const ANCHOR_SCAN = new RegExp(ANCHOR_SOURCE, 'gi');

// Case-insensitive on the raw text: no lowercasing or folding copy per hit.
const phrasesRegex = (list: TriggerPhrase[], flags: string): RegExp | undefined =>
  list.length ? new RegExp(list.map(({ phrase, file }) => alternationSource([phrase], file.classes, GAP_WORDS)).join('|'), flags) : undefined;
const STICKY_BY_ANCHOR = new Map([...atAnchor].map(([a, list]) => [a, phrasesRegex(list, 'iy')]));
const WINDOW_BY_ANCHOR = new Map([...nearAnchor].map(([a, list]) => [a, phrasesRegex(list, 'i')]));

/**
 * Window around an anchor hit in which its phrases are tried: anchors sit near the start of their
 * phrase (at most a few words in, as in "tweede medische mening"), while gaps and class words extend it
 * forwards.
 */
const BEFORE = 40;
const AFTER = 100;

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
      const anchor = m[0].toLowerCase();
      const sticky = STICKY_BY_ANCHOR.get(anchor);
      const near = WINDOW_BY_ANCHOR.get(anchor);
      if (sticky) sticky.lastIndex = m.index;
      const from = m.index > BEFORE ? m.index - BEFORE : 0;
      if ((sticky && sticky.test(text)) || (near && near.test(text.slice(from, m.index + m[0].length + AFTER)))) {
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
