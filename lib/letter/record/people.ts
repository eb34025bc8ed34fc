import type { ClinicalEntry, PagePatient } from '../../messages';
import type { ReferrerProfile } from '../schemas';
import { DENTIST_ROLE, GP_ROLE } from './lexicon';

/**
 * The people around the letter, read from the page where it shows them: the GP (a banner field, a
 * "Huisarts: …" line, a practice named after a person) and the second-opinion giver the patient or
 * the record names ("second opinion in het UMC", "verwijzing naar Expertisecentrum Depressie").
 */

const INITIALS_NAME = String.raw`(?:(?:dr|drs|prof)\.?\s+)?(?:\p{Lu}\.\s?){1,4}\s?(?:(?:van|de|der|den|ten|ter|el)\s+)*\p{Lu}[\p{L}'-]+`;
const GP_LABELLED = new RegExp(String.raw`\b(?:huisarts|GP|general practitioner)\s*[:\-]?\s*(${INITIALS_NAME})`, 'u');
const PRACTICE_OF = new RegExp(String.raw`^\s*(${INITIALS_NAME}),\s*(?:huisartsenpraktijk|huisartspraktijk|gezondheidscentrum|GP practice|medical practice|surgery)\b`, 'iu');

export function gpFromPage(patient: PagePatient | null, entries: readonly ClinicalEntry[]): string | undefined {
  const banner = patient?.gp?.trim();
  if (banner) return nameOnly(banner);
  for (const entry of entries) {
    const text = entry.text.replace(/\s+/g, ' ');
    const practice = PRACTICE_OF.exec(text);
    if (practice) return practice[1]!.trim();
    const labelled = GP_LABELLED.exec(text);
    if (labelled) return labelled[1]!.trim();
  }
  return undefined;
}

/** "A. Kramer, Huisartsenpraktijk De Linde, Bodegraven" → "A. Kramer". */
function nameOnly(text: string): string {
  return text.split(',')[0]!.trim().slice(0, 200);
}

const SECOND_OPINION = /\b(?:second[- ]opinion|tweede mening|tweede opinie)\b/i;
/** A named organisation after a preposition: capitalised words, or an acronym such as UMC. */
const PLACE = /\b(?:bij|in|naar|aan|at|to|from|with)\s+(?:het|de|een|the|a)?\s*((?:[\p{Lu}][\p{L}'-]*)(?:\s+(?:[\p{Lu}][\p{L}'-]*|voor|van|de|for|of|the)){0,5})/gu;
const ORGANISATION_WORD = /(?:umc|ziekenhuis|kliniek|centrum|center|centre|hospital|clinic|instituut|institute|expertisecentrum|praktijk|ggz)/i;

export function recipientFromPage(texts: readonly string[]): string | undefined {
  for (const text of texts) {
    for (const sentence of text.split(/(?<=[.!?])\s+/)) {
      if (!SECOND_OPINION.test(sentence) && !/\bverwijz\w*|\brefer\w*/i.test(sentence)) continue;
      for (const match of sentence.matchAll(PLACE)) {
        const name = match[1]!.replace(/\s+(?:voor|van|de|for|of|the)$/i, '').trim();
        if (ORGANISATION_WORD.test(name) || /^[\p{Lu}]{2,}[\p{L}]*$/u.test(name.split(' ')[0]!)) return name;
      }
    }
  }
  return undefined;
}

/**
 * The referrer is the patient's GP when they are the GP the page names, or, when the page names no
 * GP, when their role is GP. A GP whose name differs from the patient's own GP (a locum, a colleague)
 * refers as a referrer, and the patient's GP still receives a copy.
 */
export function referrerIsGp(referrer: ReferrerProfile, gpName: string | undefined): boolean {
  if (gpName?.trim()) return sameName(referrer.name, gpName);
  return GP_ROLE.test(referrer.role);
}

export function referrerIsDentist(referrer: ReferrerProfile): boolean {
  return DENTIST_ROLE.test(referrer.role);
}

/** "Dr. A. Kramer" and "A. Kramer": the surname and the initials decide, titles do not. */
export function sameName(a: string, b: string): boolean {
  const key = (s: string) =>
    s
      .toLowerCase()
      .replace(/\b(?:dr|drs|prof|mr|mevr|dhr)\.?\s*/g, '')
      .replace(/[^\p{L}\s]/gu, ' ')
      .split(/\s+/)
      .filter((w) => w.length > 1)
      .join(' ');
  return key(a) !== '' && key(a) === key(b);
}
