import { formatDate } from '../format';
import type { ClinicalEntry } from '../messages';
import { defuseMarkers } from './placeholders';

/** Longest page text quoted on one letter line; whole notes belong in the enclosures, not the letter. */
const MAX_LINE = 300;

/** Page text on one line: whitespace collapsed, markers defused, long text cut with an ellipsis. */
export function oneLine(text: string, max = MAX_LINE): string {
  const flat = defuseMarkers(text.replace(/\s+/g, ' ').trim());
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}

/** "12-03-2024 MRI brain: two periventricular lesions" — date first so a list reads as a course. */
export function entryLine(entry: ClinicalEntry, opts: { titleOnly?: boolean } = {}): string {
  const title = entry.title ? oneLine(entry.title) : '';
  const text = oneLine(entry.text);
  let body: string;
  if (opts.titleOnly && title) body = title;
  else if (!title || text === '' || text.toLowerCase() === title.toLowerCase()) body = title || text;
  else if (text.toLowerCase().startsWith(title.toLowerCase())) body = text;
  else body = `${title}: ${text}`;
  return entry.date ? `${formatDate(entry.date)} ${body}` : body;
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

/** The most recent problem is taken as the working diagnosis; the page order breaks ties. */
export function workingDiagnosis(problems: readonly ClinicalEntry[]): string | undefined {
  let best: ClinicalEntry | undefined;
  for (const entry of problems) {
    if (!best || (entry.date && (!best.date || entry.date > best.date))) best = entry;
  }
  if (!best) return undefined;
  return oneLine(best.title || best.text, 120);
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
