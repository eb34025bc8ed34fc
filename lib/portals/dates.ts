/**
 * Dates as portals write them: Dutch day-first, ISO, written-out month names in Dutch or English
 * ("30 april 1996", "22-Jan-1951", "Jan 22, 1951") and, on American English pages, month-first
 * slashes ("3/14/1977").
 */

const MONTHS: Record<string, number> = {
  jan: 1, januari: 1, january: 1,
  feb: 2, febr: 2, februari: 2, february: 2,
  mrt: 3, maa: 3, maart: 3, mar: 3, march: 3,
  apr: 4, april: 4,
  mei: 5, may: 5,
  jun: 6, juni: 6, june: 6,
  jul: 7, juli: 7, july: 7,
  aug: 8, augustus: 8, august: 8,
  sep: 9, sept: 9, september: 9,
  okt: 10, oct: 10, oktober: 10, october: 10,
  nov: 11, november: 11,
  dec: 12, december: 12,
};

/**
 * How an all-number date with slashes is ordered. Dutch and British pages write day first; American
 * pages month first. Dashes and dots are day-first everywhere (no portal writes 03-14-1977).
 */
export type SlashOrder = 'day-first' | 'month-first';

const ISO = /\b(\d{4})-(\d{1,2})-(\d{1,2})\b/;
const DAY_FIRST = /\b(\d{1,2})([-/.])(\d{1,2})\2(\d{4})\b/;
const WRITTEN = /\b(\d{1,2})[\s-]+([a-z]{3,9})\.?[\s-]+(\d{4})\b/i;
const WRITTEN_MONTH_FIRST = /\b([a-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})\b/i;

/** The slash order a page's language implies: month-first for English outside the day-first English-speaking countries. */
export function slashOrderOf(lang: string | null | undefined): SlashOrder {
  const tag = (lang ?? '').toLowerCase();
  if (!tag.startsWith('en')) return 'day-first';
  return /^en-(gb|ie|au|nz|in|za)\b/.test(tag) ? 'day-first' : 'month-first';
}

/** The ISO date (YYYY-MM-DD) of a real calendar day, or undefined. */
export function validIsoDate(year: number, month: number, day: number): string | undefined {
  if (!Number.isInteger(year) || year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return undefined;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Parses a text that is (essentially) one date: "14-03-1958", "14-3-1958", "1958-03-14", "14 maart 1958", "14 mrt. 1958", "14 March 1958". */
export function parseDate(text: string, order: SlashOrder = 'day-first'): string | undefined {
  const trimmed = text.trim();
  if (trimmed.length > 60) return undefined;
  return findDate(trimmed, order);
}

function numericDate(match: RegExpExecArray, order: SlashOrder): string | undefined {
  const first = +match[1]!;
  const second = +match[3]!;
  const year = +match[4]!;
  if (match[2] === '/' && order === 'month-first') return validIsoDate(year, first, second) ?? validIsoDate(year, second, first);
  // A day-first reading that cannot be a date ("3/14/1977") is an American date on a page that did not say so.
  return validIsoDate(year, second, first) ?? (match[2] === '/' ? validIsoDate(year, first, second) : undefined);
}

/** The first date written anywhere in a text, in any of the accepted forms. */
export function findDate(text: string, order: SlashOrder = 'day-first'): string | undefined {
  const candidates: Array<{ index: number; iso: string | undefined }> = [];
  const iso = ISO.exec(text);
  if (iso) candidates.push({ index: iso.index, iso: validIsoDate(+iso[1]!, +iso[2]!, +iso[3]!) });
  const numeric = DAY_FIRST.exec(text);
  if (numeric) candidates.push({ index: numeric.index, iso: numericDate(numeric, order) });
  const written = WRITTEN.exec(text);
  const writtenMonth = written ? MONTHS[written[2]!.toLowerCase()] : undefined;
  if (written && writtenMonth) candidates.push({ index: written.index, iso: validIsoDate(+written[3]!, writtenMonth, +written[1]!) });
  const monthFirst = WRITTEN_MONTH_FIRST.exec(text);
  const monthFirstMonth = monthFirst ? MONTHS[monthFirst[1]!.toLowerCase()] : undefined;
  if (monthFirst && monthFirstMonth) {
    candidates.push({ index: monthFirst.index, iso: validIsoDate(+monthFirst[3]!, monthFirstMonth, +monthFirst[2]!) });
  }
  const valid = candidates.filter((candidate) => candidate.iso !== undefined).sort((a, b) => a.index - b.index);
  return valid[0]?.iso;
}
