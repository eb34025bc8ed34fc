/** Dates as portals write them: Dutch day-first, ISO, and written-out month names in Dutch or English. */

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

const ISO = /\b(\d{4})-(\d{1,2})-(\d{1,2})\b/;
const DAY_FIRST = /\b(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\b/;
const WRITTEN = /\b(\d{1,2})\s+([a-z]{3,9})\.?\s+(\d{4})\b/i;
const WRITTEN_MONTH_FIRST = /\b([a-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})\b/i;

/** The ISO date (YYYY-MM-DD) of a real calendar day, or undefined. */
export function validIsoDate(year: number, month: number, day: number): string | undefined {
  if (!Number.isInteger(year) || year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return undefined;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Parses a text that is (essentially) one date: "14-03-1958", "14-3-1958", "1958-03-14", "14 maart 1958", "14 mrt. 1958", "14 March 1958". */
export function parseDate(text: string): string | undefined {
  const trimmed = text.trim();
  if (trimmed.length > 60) return undefined;
  return findDate(trimmed);
}

/** The first date written anywhere in a text, in any of the accepted forms. */
export function findDate(text: string): string | undefined {
  const candidates: Array<{ index: number; iso: string | undefined }> = [];
  const iso = ISO.exec(text);
  if (iso) candidates.push({ index: iso.index, iso: validIsoDate(+iso[1]!, +iso[2]!, +iso[3]!) });
  const dayFirst = DAY_FIRST.exec(text);
  if (dayFirst) candidates.push({ index: dayFirst.index, iso: validIsoDate(+dayFirst[3]!, +dayFirst[2]!, +dayFirst[1]!) });
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
