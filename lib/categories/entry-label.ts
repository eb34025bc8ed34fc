import type { ClinicalEntry } from '../messages';

/** Longest entry name shown in a reason, item or checklist line: a name, not the note itself. */
const MAX_LABEL = 80;

/** The entry's name as the portal shows it: its title, else the start of its text, on one line. */
export function entryLabel(entry: ClinicalEntry, max = MAX_LABEL): string {
  const source = entry.title?.trim() ? entry.title : entry.text;
  // A closing full stop reads wrong once a date follows ("… offerte. of 25-07-2026").
  const flat = source.replace(/\s+/g, ' ').trim().replace(/[.;:,]+$/, '');
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}
