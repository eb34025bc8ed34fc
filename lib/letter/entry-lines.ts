import { formatDate } from '../format';
import type { ClinicalEntry } from '../messages';
import { defuseMarkers } from './placeholders';
import { cleanEntry } from './record/clean';
import { normalizeSpace } from '../text';

/** Longest page text quoted on one letter line; whole notes belong in the enclosures, not the letter. */
const MAX_LINE = 300;
const BARE_CODE = /^(?:ICPC|ICD-?10|DBC)?\s*[A-Z]\d{2}(?:\.\d{1,2})?$/i;

/**
 * Page text on one line: whitespace collapsed, markers defused, long text cut with an ellipsis. A cut
 * falls at the end of a sentence when one ends late enough, otherwise between words, never inside one:
 * half a word reads as a typing error in a signed letter.
 */
export function oneLine(text: string, max = MAX_LINE): string {
  const flat = defuseMarkers(normalizeSpace(text));
  return flat.length > max ? cutAtWord(flat, max) : flat;
}

export function cutAtWord(flat: string, max: number): string {
  const room = flat.slice(0, max);
  const sentenceEnd = Math.max(room.lastIndexOf('. '), room.lastIndexOf('? '), room.lastIndexOf('! '));
  if (sentenceEnd >= max * 0.5) return room.slice(0, sentenceEnd + 1);
  // The character after the room tells whether the room's last word is whole.
  const whole = /\s/.test(flat[max] ?? ' ') ? room : room.slice(0, Math.max(room.lastIndexOf(' '), 0));
  const trimmed = whole.replace(/[\s,;:·–-]+$/u, '');
  return `${trimmed || room.slice(0, max - 1)}…`;
}

/**
 * "12-03-2024 MRI brain: two periventricular lesions" — date first so a list reads as a course. The
 * entry is cleaned first (cleanEntry): its date appears once, table cells read as one item.
 */
export function entryLine(entry: ClinicalEntry, opts: { titleOnly?: boolean; max?: number; since?: string } = {}): string {
  const clean = cleanEntry(entry);
  // A bare code as title ("ICPC L90") names no finding; the text says what it is.
  const title = clean.title && !BARE_CODE.test(clean.title) ? oneLine(clean.title) : '';
  const text = oneLine(clean.text, opts.max);
  let body: string;
  if (opts.titleOnly && title) body = title;
  else if (!title || text === '' || text.toLowerCase() === title.toLowerCase()) body = title || text;
  else if (text.toLowerCase().startsWith(title.toLowerCase())) body = text;
  else body = `${title}: ${text}`;
  if (!clean.date) return body;
  // A current-medication row reads as a drug with its start, not as an event in the course.
  return clean.dateLast && opts.since ? `${body} (${opts.since} ${formatDate(clean.date)})` : `${formatDate(clean.date)} ${body}`;
}

/** Oldest first, undated last, page order kept among equals (Array.prototype.sort is stable). */
export function chronological(entries: readonly ClinicalEntry[]): ClinicalEntry[] {
  return [...entries].sort((a, b) => {
    if (a.date && b.date) return a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
    if (a.date) return -1;
    if (b.date) return 1;
    return 0;
  });
}

/** Newest first, undated last, page order kept among equals: a current list reads from the top. */
export function newestFirst(entries: readonly ClinicalEntry[]): ClinicalEntry[] {
  const dated = chronological(entries.filter((e) => e.date)).reverse();
  return [...dated, ...entries.filter((e) => !e.date)];
}

/** The most recent problem is taken as the working diagnosis; the page order breaks ties. */
export function workingDiagnosis(problems: readonly ClinicalEntry[]): string | undefined {
  let best: ClinicalEntry | undefined;
  for (const entry of problems) {
    if (!best || (entry.date && (!best.date || entry.date > best.date))) best = entry;
  }
  if (!best) return undefined;
  const clean = cleanEntry(best);
  return oneLine(clean.title || clean.text, 120);
}

export function bulletList(lines: readonly string[], indent = ''): string {
  return lines.map((line) => `${indent}- ${line}`).join('\n');
}

/** Age in whole years on `today`; undefined when either date is missing or malformed. */
export function ageInYears(birthDate: string | undefined, today: string): number | undefined {
  const b = /^(\d{4})-(\d{2})-(\d{2})$/.exec(birthDate ?? '');
  const t = /^(\d{4})-(\d{2})-(\d{2})$/.exec(today);
  if (!b || !t) return undefined;
  let age = Number(t[1]) - Number(b[1]);
  if (t[2]! + t[3]! < b[2]! + b[3]!) age -= 1;
  return age >= 0 ? age : undefined;
}
