import { formatDate, mentionsDate } from '../format';
import type { ClinicalEntry } from '../messages';
import { normalizeSpace } from '../text';

/** Longest entry name shown in a reason, item or checklist line: a name, not the note itself. */
const MAX_LABEL = 80;

/** The entry's name as the portal shows it: its title, else the start of its text, on one line. */
export function entryLabel(entry: ClinicalEntry, max = MAX_LABEL): string {
  return shortenAtWord(fullEntryLabel(entry), max);
}

/** The whole name, for hover and focus where a shortened one is shown. */
export function fullEntryLabel(entry: ClinicalEntry): string {
  const source = entry.title?.trim() ? entry.title : entry.text;
  // A closing full stop reads wrong once a date follows ("… offerte. of 25-07-2026").
  return normalizeSpace(source).replace(/[.;:,]+$/, '');
}

/**
 * Cut before the word that does not fit, never inside it ("zo nodig 12-06…" was half a date). A single
 * word longer than the limit is cut where it must be.
 */
export function shortenAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const room = text.slice(0, max - 1);
  const space = room.lastIndexOf(' ');
  const cut = space >= max / 3 ? room.slice(0, space) : room;
  return `${cut.trimEnd().replace(/[\s.,;:·–—-]+$/, '')}…`;
}

/**
 * The entry's name with its date, the date written once: a portal that puts the date into the title
 * ("Artrose knie rechts sinds 02-05-2026") gets no second copy.
 */
export function datedLabel(entry: ClinicalEntry, join: (name: string, date: string) => string, max = MAX_LABEL): string {
  const full = fullEntryLabel(entry);
  const name = shortenAtWord(full, max);
  return entry.date && !mentionsDate(full, entry.date) ? join(name, formatDate(entry.date)) : name;
}
