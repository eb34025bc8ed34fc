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

const BOUNDARY = /[.!?]+|\n/g;
const WS = /\s/;

function isLowerLetter(ch: string): boolean {
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

function nextNonSpace(text: string, from: number, stopAtNewline: boolean): number {
  let i = from;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '\n' && stopAtNewline) return i;
    if (!WS.test(ch)) return i;
    i++;
  }
  return i;
}

function wordBefore(text: string, dot: number): string {
  let i = dot - 1;
  while (i >= 0 && /[A-Za-z.]/.test(text[i]!)) i--;
  return text.slice(i + 1, dot).toLowerCase().replace(/^\.+/, '');
}

function isBoundary(text: string, matchStart: number, matchEnd: number, abbreviations: Set<string>): boolean {
  const mark = text[matchStart]!;
  if (mark === '\n') {
    const next = nextNonSpace(text, matchEnd, true);
    if (next >= text.length) return true;
    const ch = text[next]!;
    return ch === '\n' || /[A-Z0-9\-*•·]/.test(ch) || (ch !== ch.toLowerCase() && ch === ch.toUpperCase());
  }
  if (matchEnd < text.length && !WS.test(text[matchEnd]!)) return false;
  const next = nextNonSpace(text, matchEnd, false);
  if (next >= text.length) return true;
  if (isLowerLetter(text[next]!)) return false;
  if (mark === '.' && matchEnd - matchStart === 1 && abbreviations.has(wordBefore(text, matchStart))) return false;
  return true;
}

/** Linear scan; returns trimmed, non-empty sentence spans in text order. */
export function splitSentences(text: string, abbreviations: Set<string>): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && WS.test(text[s]!)) s++;
    while (e > s && WS.test(text[e - 1]!)) e--;
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
