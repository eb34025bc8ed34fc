/**
 * Sentence boundaries for clinical text. Notes wrap lines mid-sentence and use abbreviations with dots
 * ("Mevr.", "i.v.m.", "Mr."), so a line break ends a sentence only when the next line starts a new item
 * (capital, digit, bullet, SOEP label, blank line), and a dot only when it is not an abbreviation and the
 * next word does not continue in lower case.
 */
export interface Span {
  start: number;
  end: number;
}

/**
 * Posts and chat messages end sentences with an emoji instead of a full stop ("… toch de stap gezet 🙈 Ik
 * heb …"): a run of pictographs (with skin tones, joiners and variation selectors) is a boundary too.
 */
const BOUNDARY = /[.!?]+|\n|\p{Extended_Pictographic}[\p{Extended_Pictographic}\p{Emoji_Modifier}\u200d\ufe0f]*/gu;
const NEWLINE = 10;
/** A tick box as forms are typed or printed: "[ ]", "[x]", "☐", "☒", "☑", "□". */
const BOX = '\\[[ xX✓✔]?\\]|[☐☒☑□■]';
const CHECKBOX = new RegExp(`^(?:${BOX})`);
/** An answer option written before its box: "Yes ☐ No ☒", "ja [x] nee [ ]". */
const OPTION_THEN_BOX = new RegExp(`^(?:ja|nee|yes|no|j|n|y) ?(?:${BOX})`, 'i');
/** A form's two answer options, yes before no: "ja/nee", "j / n", "yes/no", "y/n" (regex source). */
export const YES_NO_OPTIONS = '(?:ja|j|yes|y)\\s*\\/\\s*(?:nee|n|no)';
/** A form's answer options after its question: "(ja/nee)", "ja / nee", "(J/N)", "(yes/no)", "(Y/N)"; or "N/A" as its answer. */
const ANSWER_OPTIONS = new RegExp(`^(?:\\(?${YES_NO_OPTIONS}(?![\\p{L}])|(?:n\\/a|n\\.v\\.t\\.?|nvt)(?![\\p{L}]))`, 'iu');

/** Whitespace by char code: this runs per character, so no regex and no one-character strings. */
function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x2028 || code === 0x2029;
}

function isLowerLetter(ch: string): boolean {
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

function isUpperLetter(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function nextNonSpace(text: string, from: number, stopAtNewline: boolean): number {
  let i = from;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === NEWLINE && stopAtNewline) return i;
    if (!isSpace(code)) return i;
    i++;
  }
  return i;
}

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isWordOrDot(code: number): boolean {
  return code === 46 || ((code | 32) >= 97 && (code | 32) <= 122);
}

function wordBefore(text: string, dot: number): string {
  let i = dot - 1;
  while (i >= 0 && isWordOrDot(text.charCodeAt(i))) i--;
  let start = i + 1;
  while (start < dot && text.charCodeAt(start) === 46) start++;
  return text.slice(start, dot).toLowerCase();
}

/**
 * "… at 61. i want another urologist …": in a message typed without capitals the pronoun "i" after a full
 * stop or question mark still opens a sentence; no sentence continues with a lone "i".
 */
function startsLowerI(text: string, at: number): boolean {
  if (text[at] !== 'i') return false;
  const after = text[at + 1];
  return after === undefined || after === ' ' || after === "'" || after === '\u2019';
}

/** A chat line's bracketed sender or time: two characters or more, so a tick box ("[x]", "[ ]") is none. */
const CHAT_TAG = /\[[^\]\n]{2,40}\]/y;

function opensChatTag(text: string, at: number): boolean {
  CHAT_TAG.lastIndex = at;
  return CHAT_TAG.test(text);
}

/**
 * An emoji ends its sentence when a capital opens the next one ("gezet 🙈 Ik heb") and it is not just
 * decoration after a sentence already ended ("Top! 👍 Ik …": the "!" ended it, and an emoji on its own
 * would come between a question and its answer).
 */
function endsWithPictograph(text: string, matchStart: number, next: number): boolean {
  if (!isUpperLetter(text[next]!)) return false;
  let i = matchStart - 1;
  while (i >= 0 && isSpace(text.charCodeAt(i))) i--;
  return i >= 0 && !/[.!?\n]/.test(text[i]!);
}

function isBoundary(text: string, matchStart: number, matchEnd: number, abbreviations: Set<string>): boolean {
  const mark = text[matchStart]!;
  if (mark === '\n') {
    const next = nextNonSpace(text, matchEnd, true);
    if (next >= text.length) return true;
    const ch = text[next]!;
    // A quoted line of an earlier message ("> …") starts a new item too, and so does a chat line that
    // opens with its sender or time in brackets ("[Ben] fine …", "[19:02] Ruth: …"), not a tick box ("[x]").
    return ch === '\n' || /[A-Z0-9\-*•·>]/.test(ch) || isUpperLetter(ch) || (ch === '[' && opensChatTag(text, next));
  }
  if (matchEnd < text.length && !isSpace(text.charCodeAt(matchEnd))) return false;
  const next = nextNonSpace(text, matchEnd, false);
  if (next >= text.length) return true;
  // BOUNDARY's only other kind of match: a run of pictographs.
  if (mark !== '.' && mark !== '!' && mark !== '?') return endsWithPictograph(text, matchStart, next);
  // After a full stop a lower-case word continues ("i.v.m. de", "approx. two"); after a question or an
  // exclamation it opens the next sentence of a message typed without capitals ("…? bij mij is …").
  if (isLowerLetter(text[next]!) && !startsLowerI(text, next) && mark === '.') return false;
  // A form's question and its boxes are one field: "Second opinion requested? [ ] Yes [ ] No".
  const ahead = text.slice(next, next + 12);
  if (CHECKBOX.test(ahead) || OPTION_THEN_BOX.test(ahead) || ANSWER_OPTIONS.test(ahead)) return false;
  if (mark === '.' && matchEnd - matchStart === 1) {
    const word = wordBefore(text, matchStart);
    if (abbreviations.has(word)) return false;
    // "No. 5", "nr. 12": only a number after it makes "no" an abbreviation ("… and said no. That's …").
    if (abbreviations.has(`${word}#`) && isDigitCode(text.charCodeAt(next))) return false;
    // An initial ("mw. A. Jansen", "Dr J. Smith") is part of a name.
    const initial = text.charCodeAt(matchStart - 1);
    if (word.length === 1 && initial >= 65 && initial <= 90 && !isWordOrDot(text.charCodeAt(matchStart - 2))) return false;
  }
  return true;
}

/** Linear scan; returns trimmed, non-empty sentence spans in text order. */
export function splitSentences(text: string, abbreviations: Set<string>): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) spans.push({ start: s, end: e });
  };
  BOUNDARY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BOUNDARY.exec(text))) {
    const matchEnd = m.index + m[0].length;
    if (isBoundary(text, m.index, matchEnd, abbreviations)) {
      push(m[0] === '\n' ? m.index : matchEnd);
      start = matchEnd;
    }
  }
  push(text.length);
  return spans;
}
