/**
 * Characters that show nothing but split a word: the soft hyphen web pages put in long words for line
 * breaking ("opi&shy;nion"), zero-width spaces and joiners, the word joiner and a stray byte-order mark.
 * The rules must read "second opi\u00adnion" as the words the clinician sees, and evidence offsets must
 * still point into the text as it was given (the sidebar locates a quoted sentence in the page by them).
 */
const INVISIBLE_CHARS = ['\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff'];
const INVISIBLE = new RegExp(`[${INVISIBLE_CHARS.join('')}]`, 'g');

/**
 * Every text is asked this before anything else. indexOf per character is cheaper than a class regex: in
 * a string of Latin-1 characters only the soft hyphen can occur, and the others are ruled out at once.
 */
function hasInvisible(text: string): boolean {
  for (const ch of INVISIBLE_CHARS) if (text.indexOf(ch) >= 0) return true;
  return false;
}

export interface VisibleText {
  text: string;
  /** The offset in the given text of an offset in `text`; an end offset maps to the end of its character. */
  toGiven(offset: number, isEnd?: boolean): number;
}

/** The text without invisible characters, or null when it holds none (the common case, no copy made). */
export function withoutInvisible(given: string): VisibleText | null {
  if (!hasInvisible(given)) return null;
  // Where each dropped character stood in the visible text, ascending.
  const droppedAt: number[] = [];
  const text = given.replace(INVISIBLE, (_ch, at: number) => {
    droppedAt.push(at - droppedAt.length);
    return '';
  });
  /** Dropped characters before a visible offset; one standing right at an end offset stays outside the span. */
  const droppedBefore = (offset: number, isEnd: boolean): number => {
    let lo = 0;
    let hi = droppedAt.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (isEnd ? droppedAt[mid]! < offset : droppedAt[mid]! <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return { text, toGiven: (offset, isEnd = false) => offset + droppedBefore(offset, isEnd) };
}
