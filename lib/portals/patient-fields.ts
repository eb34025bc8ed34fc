import type { Identifier, PagePatient, PageWarning } from '../messages';
import { isValidBsn, normaliseBsn } from './bsn';
import { parseDate } from './dates';
import { cleanLine } from './dom-text';
import type { PatientReading } from './types';

const MAX_IDENTIFIER = 64;
const MAX_NAME = 200;

/** What a banner says, as raw text; turned into a PagePatient by assemblePatient. */
export interface BannerFields {
  name?: string | null;
  birthDateText?: string | null;
  sexText?: string | null;
  identifiers: Array<{ system: Identifier['system']; value: string | null | undefined; label?: string }>;
}

const SEX_WORDS: Record<string, PagePatient['sex']> = {
  v: 'female', vrouw: 'female', female: 'female', f: 'female', vrouwelijk: 'female',
  m: 'male', man: 'male', male: 'male', mannelijk: 'male',
  x: 'other', other: 'other', anders: 'other', onbekend: 'unknown', unknown: 'unknown',
};

export function sexFrom(text: string | null | undefined): PagePatient['sex'] {
  return text ? SEX_WORDS[cleanLine(text).toLowerCase().replace(/\.$/, '')] : undefined;
}

/**
 * Validates banner fields the same way for every adapter: an unreadable birth date or a BSN that fails
 * the 11-check is left out with a warning, never half-used. Confidence: name, birth date and an
 * identifier is certain; a name with one of them probable; a bare name unsure (the user confirms).
 */
export function assemblePatient(fields: BannerFields, warnings: PageWarning[] = []): PatientReading {
  const name = cleanLine(fields.name).slice(0, MAX_NAME);
  if (!name) {
    warnings.push({ code: 'patient-not-found', detail: 'no patient name on the page' });
    return { patient: null, warnings };
  }
  const birthText = cleanLine(fields.birthDateText);
  const birthDate = birthText ? parseDate(birthText) : undefined;
  if (birthText && !birthDate) warnings.push({ code: 'birth-date-unreadable', detail: birthText.slice(0, 40) });

  const identifiers: Identifier[] = [];
  for (const raw of fields.identifiers) {
    let value = cleanLine(raw.value);
    if (!value) continue;
    if (raw.system === 'bsn') {
      const digits = normaliseBsn(value);
      if (!digits || !isValidBsn(digits)) {
        warnings.push({ code: 'bsn-invalid', detail: 'the BSN on the page fails the 11-check and is not used' });
        continue;
      }
      value = digits;
    }
    if (value.length > MAX_IDENTIFIER) {
      warnings.push({ code: 'identifier-too-long', detail: (raw.label ?? raw.system).slice(0, 60) });
      continue;
    }
    if (identifiers.some((known) => known.system === raw.system && known.value === value)) continue;
    identifiers.push(raw.label ? { system: raw.system, value, label: raw.label.slice(0, MAX_IDENTIFIER) } : { system: raw.system, value });
  }

  const evidence = (birthDate ? 1 : 0) + (identifiers.length > 0 ? 1 : 0);
  const patient: PagePatient = {
    name,
    birthDate,
    sex: sexFrom(fields.sexText),
    identifiers: identifiers.slice(0, 20),
    confidence: evidence === 2 ? 'certain' : evidence === 1 ? 'probable' : 'unsure',
  };
  return { patient, warnings };
}

/** Text of the first element a selector finds, or a selector-missing warning. */
export function requiredText(root: ParentNode, selector: string, what: string, warnings: PageWarning[]): string | undefined {
  const el = root.querySelector(selector);
  const text = cleanLine(el?.textContent);
  if (!text) warnings.push({ code: 'selector-missing', detail: `${what}: ${selector}`.slice(0, 300) });
  return text || undefined;
}
