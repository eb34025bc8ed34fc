import type { Span } from './sentences';

/** A line that opens with a date: "13-03-2024 …", "[05-03] …", "2024-03-14: …", "14/03/24 …". */
const DATED_LINE = /^[ \t>]*\[?(\d{1,4})[-/.](\d{1,2})(?:[-/.](\d{2,4}))?\]?(?=[\s:,)\]])(?!\s*(?:mg|ml|mcg|µg|g|x|keer|times|mmol|%))/gim;

/** The day a dated line names, as a number that sorts by date; without a year, by month and day. */
function dayOf(a: string, b: string, c: string | undefined, withYear: boolean): number | null {
  const [year, month, day] = a.length === 4 ? [Number(a), Number(b), Number(c)] : [c === undefined ? NaN : Number(c.length === 2 ? `20${c}` : c), Number(b), Number(a)];
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= 31)) return null;
  // Without a year only a written-out day and month ("05-03") is a date; "5-10" is a range.
  if (c === undefined && a.length !== 4 && (a.length !== 2 || b.length !== 2)) return null;
  if (!withYear) return month * 100 + day;
  return Number.isNaN(year) ? null : year * 10000 + month * 100 + day;
}

/**
 * A record's journal is often shown newest first ("13-03 Pt ziet af van de second opinion. / 05-03 Pt
 * wil een second opinion."); the latest state of affairs is then the one told first. Where every entry
 * opens with a date and the dates run backwards, the entries are read oldest first; what stands before
 * the first date (a heading) stays first.
 */
export function entriesOldestFirst(text: string, spans: Span[]): Span[] {
  const starts: Array<{ at: number; parts: [string, string, string | undefined] }> = [];
  DATED_LINE.lastIndex = 0;
  for (let m = DATED_LINE.exec(text); m; m = DATED_LINE.exec(text)) starts.push({ at: m.index, parts: [m[1]!, m[2]!, m[3]] });
  if (starts.length < 2) return spans;
  const withYear = starts.every((s) => s.parts[0].length === 4 || s.parts[2] !== undefined);
  const days = starts.map((s) => dayOf(...s.parts, withYear));
  if (days.some((d) => d === null)) return spans;
  let backwards = false;
  for (let i = 1; i < days.length; i++) {
    if (days[i]! > days[i - 1]!) return spans;
    if (days[i]! < days[i - 1]!) backwards = true;
  }
  if (!backwards) return spans;
  // Spans come in text order, so each entry's sentences follow one another: one pass groups them.
  const groups: Span[][] = starts.map(() => []);
  const heading: Span[] = [];
  let k = -1;
  for (const span of spans) {
    while (k + 1 < starts.length && starts[k + 1]!.at <= span.start) k++;
    (k < 0 ? heading : groups[k]!).push(span);
  }
  return [...heading, ...groups.reverse().flat()];
}
