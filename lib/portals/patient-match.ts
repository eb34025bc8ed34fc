import type { PagePatient } from '../messages';
import { findDate } from './dates';

/**
 * Whether two descriptions of a patient can be the same person: a stored draft against the patient on
 * screen, or a clinician's confirmation against what the page itself shows. A letter that names one
 * patient and carries another's record is the worst outcome this product can have, so any readable
 * difference in name, birth date or identifier counts.
 */
export type IdentityField = 'name' | 'birthDate' | 'identifier';

const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'dhr', 'mevr', 'mw', 'mevrouw', 'meneer', 'heer']);

/** Words of a name without case, accents, punctuation or titles: "Carter, Emily" and "emily carter" agree. */
export function nameTokens(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((token) => token.length > 0 && !TITLES.has(token));
}

/** Every word of `part` is in `whole` (a one-letter word as an initial of one of them). */
function coveredBy(part: string[], whole: string[]): boolean {
  return part.every((token) => (token.length === 1 ? whole.some((w) => w.startsWith(token)) : whole.includes(token)));
}

/**
 * Names agree when one is the other written more briefly ("E. Carter", "Emily Carter") or in another
 * order ("Carter, Emily"); two names that each have a word the other lacks are different people.
 */
export function namesAgree(a: string, b: string): boolean {
  const left = nameTokens(a);
  const right = nameTokens(b);
  if (left.length === 0 || right.length === 0) return false;
  const [shorter, longer] = left.length <= right.length ? [left, right] : [right, left];
  if (!shorter.some((token) => token.length > 1)) return false;
  return coveredBy(shorter, longer);
}

/** Identifiers compare without spaces, dots, dashes or case: "NB-4400172" and "nb 4400172" are one. */
export function normaliseIdentifier(value: string): string {
  return value.normalize('NFKC').replace(/[\s.\-/]/g, '').toUpperCase();
}

/** Who a stored draft is for: the label kept beside it and the key it is stored under. */
export interface DraftIdentity {
  patientKey: string;
  patientLabel: { name: string; birthDate?: string };
}

/**
 * The draft-match rule: a draft opens only for a patient whose key, name and birth date agree with the
 * ones the draft was started for. A birth date missing on one side is no disagreement; a different one is.
 */
export function draftMismatch(draft: DraftIdentity, current: { patientKey: string; patient: PagePatient }): IdentityField[] {
  const fields: IdentityField[] = [];
  if (!namesAgree(draft.patientLabel.name, current.patient.name)) fields.push('name');
  const stored = draft.patientLabel.birthDate;
  if (stored && current.patient.birthDate && stored !== current.patient.birthDate) fields.push('birthDate');
  if (draft.patientKey !== current.patientKey) fields.push('identifier');
  return fields;
}

/** Names, birth dates and identifiers the page shows with a label, wherever they are in its text. */
export interface ReadableIdentity {
  names: string[];
  birthDates: string[];
  identifiers: string[];
}

// Labels as Dutch and English portals write them. A name needs a colon after its label, so that
// "patient" in running text is not taken for one; dates and numbers are recognised by their shape.
const NAME_LABEL = String.raw`(?:pati[eë]nt(?:e|naam)?|patient name|naam(?: pati[eë]nt)?|name|full name|cli[eë]nt(?:naam)?)`;
const BIRTH_LABEL = String.raw`(?:geboortedatum|geb\.? ?datum|geboren|geb\.|dob|d\.o\.b\.?|date of birth|birth ?date|born)`;
const ID_LABEL = String.raw`(?:bsn|burgerservicenummer|mrn|nhs(?: number| no\.?)?|pati[eë]nt(?:nummer|nr\.?)|pat\.? ?nr\.?|hospital (?:number|no\.?)|medical record number|ziekenhuisnummer|cli[eë]ntnummer|registratienummer)`;
const BEFORE = String.raw`(?<![\p{L}\p{N}])`;
const AFTER = String.raw`(?![\p{L}\p{N}])`;
const ANY_LABEL = new RegExp(`${BEFORE}(?:${NAME_LABEL}\\s*[:：]|${BIRTH_LABEL}|${ID_LABEL}|geslacht|sex|gender|kamer|room|ward|afdeling)${AFTER}`, 'iu');
const NAME_FIELD = new RegExp(`${BEFORE}${NAME_LABEL}\\s*[:：]\\s*`, 'giu');
const BIRTH_FIELD = new RegExp(`${BEFORE}${BIRTH_LABEL}${AFTER}\\s*[:：]?\\s*`, 'giu');
const ID_FIELD = new RegExp(`${BEFORE}${ID_LABEL}${AFTER}\\s*[:：#]?\\s*`, 'giu');
const ID_VALUE = /^[A-Za-z]{0,4}[\s-]?\d[\d\s.\-/]{2,24}\d(?![\p{L}\p{N}])/u;
const SEPARATOR = /[|·•;]/;
const PARTICLES = new Set(['van', 'de', 'der', 'den', 'het', 'ten', 'ter', 'te', 'la', 'le', 'von', 'el', 'al', 'da', 'di', 'du', 'op']);
const DATE_FIRST = /^(?:\d|\p{L}{3,9}\.?\s+\d)/u;

/** The text after a label up to the next label, separator or line end. */
function valueAfter(line: string, from: number, max: number): string {
  let rest = line.slice(from, from + max);
  const next = ANY_LABEL.exec(rest);
  if (next) rest = rest.slice(0, next.index);
  const stop = rest.search(SEPARATOR);
  return (stop >= 0 ? rest.slice(0, stop) : rest).trim();
}

/** "Hendrika Mol", "Carter, Emily", "J. van der Berg" — not "54-jarige man, klachten sinds mei". */
function looksLikeName(value: string): boolean {
  if (value.length > 60 || /\d/.test(value)) return false;
  const words = value.split(/[\s,]+/).filter(Boolean);
  if (words.length === 0 || words.length > 6 || (value.match(/\p{L}/gu) ?? []).length < 2) return false;
  const lower = words.filter((word) => /^\p{Ll}/u.test(word) && !PARTICLES.has(word));
  return lower.length === 0 && words.some((word) => /^\p{Lu}/u.test(word));
}

function unique(values: string[], key: (value: string) => string): string[] {
  const seen = new Map<string, string>();
  for (const value of values) if (!seen.has(key(value))) seen.set(key(value), value);
  return [...seen.values()];
}

/** Labelled identity fields in plain page text (one field or several per line). */
export function readableIdentity(text: string): ReadableIdentity {
  const names: string[] = [];
  const birthDates: string[] = [];
  const identifiers: string[] = [];
  for (const line of text.split('\n')) {
    for (const match of line.matchAll(NAME_FIELD)) {
      const value = valueAfter(line, match.index + match[0].length, 80);
      if (looksLikeName(value)) names.push(value);
    }
    for (const match of line.matchAll(BIRTH_FIELD)) {
      // The date must follow the label at once ("born 12-03-1950"), not somewhere later in a sentence.
      const value = line.slice(match.index + match[0].length, match.index + match[0].length + 30);
      const date = DATE_FIRST.test(value) ? findDate(value) : undefined;
      if (date) birthDates.push(date);
    }
    for (const match of line.matchAll(ID_FIELD)) {
      const value = ID_VALUE.exec(line.slice(match.index + match[0].length, match.index + match[0].length + 40))?.[0];
      if (value) identifiers.push(value.trim());
    }
  }
  return {
    names: unique(names, (name) => nameTokens(name).join(' ')),
    birthDates: unique(birthDates, (date) => date),
    identifiers: unique(identifiers, normaliseIdentifier),
  };
}

/** What a reader made of the page, however unsure, added to what its text shows. */
export function withReading(found: ReadableIdentity, reading: PagePatient | null): ReadableIdentity {
  if (!reading) return found;
  return {
    names: reading.name.trim() ? [...found.names, reading.name] : found.names,
    birthDates: reading.birthDate ? [...found.birthDates, reading.birthDate] : found.birthDates,
    identifiers: [...found.identifiers, ...reading.identifiers.map((identifier) => identifier.value)],
  };
}

/**
 * The fields in which a clinician's confirmation contradicts the page: the page shows a name, birth
 * date or identifier and the confirmed one is none of those shown. (A page that shows two patients
 * lets the clinician confirm either of them, never a third.) A field the clinician left empty, or the
 * page does not show, contradicts nothing.
 */
export function confirmationConflicts(confirmed: PagePatient, page: ReadableIdentity): IdentityField[] {
  const fields: IdentityField[] = [];
  if (page.names.length > 0 && !page.names.some((name) => namesAgree(name, confirmed.name))) fields.push('name');
  if (confirmed.birthDate && page.birthDates.length > 0 && !page.birthDates.includes(confirmed.birthDate)) fields.push('birthDate');
  const shown = new Set(page.identifiers.map(normaliseIdentifier));
  const given = confirmed.identifiers.map((identifier) => normaliseIdentifier(identifier.value));
  if (given.length > 0 && shown.size > 0 && !given.some((value) => shown.has(value))) fields.push('identifier');
  return fields;
}
