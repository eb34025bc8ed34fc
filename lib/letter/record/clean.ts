import type { ClinicalEntry } from '../../messages';
import { normalizeSpace } from '../../text';

/**
 * One entry as one clean letter item. Portals repeat an entry's date inside its text (a table row
 * "Naproxen 500 mg … 12-06-2026 M.A. Hoekstra", a journal line "02-05-2026 · L90 S: …"), and a page
 * reader may attach a neighbouring row's date. The item carries its own date once: the date written in
 * the row wins over an attached one, and the row's date, time, separators and prescriber are removed.
 */
export interface CleanEntry {
  date?: string;
  /** Drug rows say since when, after the drug; everything else is dated first, as a course. */
  dateLast: boolean;
  title?: string;
  text: string;
}

const DATE_TOKEN = /\b(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\b|\b(\d{4})-(\d{2})-(\d{2})\b/g;
/** Words that only introduce a date ("sinds 02-05-2026", "vastgelegd 21-04-2008", "(15-09-2026)"). */
const DATE_LEADS = /(?:\b(?:sinds|vanaf|per|d\.d\.|dd|vastgelegd|gestart|since|from|recorded|started|on)\s+)?$/i;
const TIME_AFTER = /^\s*(?:om\s+|at\s+)?\d{1,2}[:.]\d{2}\b/;
/** A prescriber or author after the row's date: "M.A. Hoekstra", "dr. P. Janssens", "P. van Dam". */
const TRAILING_PERSON = /^\s*(?:dr\.?\s+|drs\.?\s+)?(?:\p{Lu}\.){1,4}\s?(?:(?:van|de|der|den|ten|ter)\s+)*\p{Lu}[\p{L}'-]+\s*$/u;
/** Status cells of a problem table. */
const STATUS_WORD = /^(actueel|actief|verleden|inactief|opgelost|historisch|active|inactive|resolved|past|current)\b/i;
/** Structured rows: a date inside the row is the row's own. */
const SHORT_ROW = 120;
const TABLE_KINDS = new Set<ClinicalEntry['kind']>(['medication', 'problem', 'allergy', 'result', 'vital-sign', 'questionnaire']);

export function isoOf(match: RegExpMatchArray): string | undefined {
  if (match[4]) return `${match[4]}-${match[5]}-${match[6]}`;
  const day = Number(match[1]);
  const month = Number(match[2]);
  if (day < 1 || day > 31 || month < 1 || month > 12) return undefined;
  return `${match[3]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Every date written in a text, as ISO dates, in order. */
export function datesIn(text: string): string[] {
  return [...text.matchAll(DATE_TOKEN)].map(isoOf).filter((d): d is string => !!d);
}

export function cleanEntry(entry: ClinicalEntry): CleanEntry {
  const flat = normalizeSpace(entry.text);
  const inText = [...new Set(datesIn(flat))];
  let date = entry.date;
  // A short row that writes one date is dated by it, whatever date a reader attached from a neighbour.
  const row = TABLE_KINDS.has(entry.kind) || flat.length <= SHORT_ROW;
  if (inText.length === 1 && (!date || row)) date = inText[0];
  let text = flat;
  let trailing = '';
  if (date) {
    const cut = removeDate(flat, date);
    text = cut.before;
    trailing = cut.after;
    if (TABLE_KINDS.has(entry.kind) && cut.found) {
      // The cells after a row's date are its prescriber (drugs) or its status and specialty (problems).
      if (entry.kind === 'problem') {
        const status = STATUS_WORD.exec(trailing)?.[1];
        trailing = status && !/^(actueel|actief|active|current)$/i.test(status) ? `(${status.toLowerCase()})` : '';
      } else if (TRAILING_PERSON.test(trailing)) trailing = '';
    }
    text = [text, trailing].filter(Boolean).join(' ');
  }
  text = tidy(text);
  if (entry.kind !== 'medication' && entry.kind !== 'allergy') text = text.replace(/(\.)\s+\p{Lu}{2,3}$/u, '$1');
  const title = entry.title ? tidy(removeDate(entry.title, date).joined) : undefined;
  return { date, dateLast: entry.kind === 'medication', title: title || undefined, text };
}

/** Removes every written form of `iso` (with the word that introduced it and a time after it). */
function removeDate(text: string, iso: string | undefined): { before: string; after: string; joined: string; found: boolean } {
  if (!iso) return { before: text, after: '', joined: text, found: false };
  let before = '';
  let rest = text;
  let found = false;
  let after = '';
  for (;;) {
    DATE_TOKEN.lastIndex = 0;
    const match = [...rest.matchAll(DATE_TOKEN)].find((m) => isoOf(m) === iso);
    if (!match || match.index === undefined) break;
    const head = rest.slice(0, match.index).replace(DATE_LEADS, '').replace(/\(\s*$/, '');
    const tail = rest.slice(match.index + match[0].length).replace(TIME_AFTER, '').replace(/^\s*\)/, '');
    before = found ? `${before} ${head}` : head;
    found = true;
    rest = tail;
    after = tail;
  }
  if (!found) return { before: text, after: '', joined: text, found: false };
  const joined = `${before} ${after}`;
  return { before: before.trim(), after: after.trim(), joined, found };
}

/** Separators and stray punctuation a removed date leaves behind. */
function tidy(text: string): string {
  return text
    .replace(/\s*·\s*/g, ' · ')
    // Separators only, never a sign that belongs to a value ("HER2-", "-5").
    .replace(/^(?:\s*[·,;:]\s*|\s*[–-]\s+)+/u, '')
    .replace(/(?:\s*[·,;]|\s+[–-])+\s*$/u, '')
    .replace(/\s+·\s+/g, ', ')
    .replace(/\s+([,.;:])/g, '$1')
    .replace(/\(\s*\)/g, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
}
