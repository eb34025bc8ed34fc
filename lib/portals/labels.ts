import { cleanLine } from './dom-text';

/**
 * The words banners label patient fields with, in Dutch and English, as the systems in use write
 * them (HiX, Epic, Cerner, EMIS, SystmOne, Dutch GP and mental-health systems). A label is matched
 * as a whole, with or without its colon, so that running text never counts as a label.
 */
export type BannerField =
  | 'name'
  | 'familyName'
  | 'givenName'
  | 'initials'
  | 'prefix'
  | 'birthDate'
  | 'sex'
  | 'bsn'
  | 'nhs'
  | 'mrn';

const LABELS: Array<[BannerField, RegExp]> = [
  ['name', /^(patiënte?|patiente?|patient|naam|name|patiëntnaam|patientnaam|patient name|naam patiënt|full name|volledige naam|cliënte?|cliente?|client|cliëntnaam|client name|bewoner|resident)$/i],
  ['familyName', /^(achternaam|geslachtsnaam|familienaam|family name|last name|surname)$/i],
  ['givenName', /^(voornaam|voornamen|roepnaam|given names?|first names?|forenames?|preferred name)$/i],
  ['initials', /^(voorletters?|initialen|initials)$/i],
  ['prefix', /^(tussenvoegsels?|voorvoegsels?)$/i],
  ['birthDate', /^(geb\.? ?datum|geb\.? ?dat\.?|geboortedatum|geboren|geb\.?|dob|d\.o\.b\.?|date of birth|birth ?date|born|birthday)$/i],
  ['sex', /^(geslacht|sex|legal sex|gender|administrative sex|sex assigned at birth)$/i],
  ['bsn', /^(bsn|burgerservicenummer|bsn-nummer|bsn nummer|sofinummer)$/i],
  ['nhs', /^(nhs|nhs no\.?|nhs number|nhs nr\.?|nhs #)$/i],
  [
    'mrn',
    /^(patiëntnummer|patientnummer|patiëntnr\.?|patientnr\.?|pat\.? ?nr\.?|pat\.? ?nummer|mrn|mrn #|hospital (number|no\.?)|hosp\.? no\.?|medical record (number|no\.?)|ziekenhuisnummer|zkh\.? ?nr\.?|cliëntnummer|clientnummer|cliëntnr\.?|clientnr\.?|client (number|no\.?)|dossiernummer|registratienummer|his-?nummer|his nr\.?|praktijknummer|id|patient id|patiënt-id|chi|chi no\.?|epd-?nummer|zorgnummer)$/i,
  ],
];

const MAX_LABEL = 40;

/** The field a label names, or undefined. Trailing colons, question marks and asterisks are ignored. */
export function fieldOfLabel(text: string | null | undefined): BannerField | undefined {
  const label = cleanLine(text).replace(/\s*[:：*]+$/, '').trim();
  if (!label || label.length > MAX_LABEL) return undefined;
  return LABELS.find(([, pattern]) => pattern.test(label))?.[0];
}

/**
 * Labels written without a colon in front of their value ("DOB 1984-05-09", "MRN 00451001",
 * "NHS No. 943 476 5919", "Geb. 05-06-1962", "Born 22-Jan-1951"): the label words at the start of a
 * segment, longest first. The value is only taken when it has the shape of that field.
 */
const INLINE_LABEL = new RegExp(
  '^(' +
    [
      'date of birth', 'd\\.o\\.b\\.?', 'dob', 'born', 'geb\\.? ?datum', 'geb\\.? ?dat\\.?', 'geboortedatum', 'geboren', 'geb\\.',
      'nhs no\\.?', 'nhs number', 'nhs nr\\.?', 'nhs',
      'bsn', 'mrn', 'hospital no\\.?', 'patiëntnr\\.?', 'patientnr\\.?', 'pat\\.? ?nr\\.?', 'patiëntnummer', 'ziekenhuisnummer', 'cliëntnummer', 'cliëntnr\\.?', 'chi no\\.?',
      'legal sex', 'sex', 'gender', 'geslacht',
    ].join('|') +
    ')[\\s:：]+(.+)$',
  'i',
);

export function inlineLabelled(segment: string): { field: BannerField; label: string; value: string } | undefined {
  const match = INLINE_LABEL.exec(cleanLine(segment));
  if (!match?.[1] || !match[2]) return undefined;
  const field = fieldOfLabel(match[1]);
  return field ? { field, label: match[1], value: match[2] } : undefined;
}

/** Any short "Something:" text: it ends a value, also when we do not read that label (Kamer:, Afdeling:). */
export const LABEL_LIKE = /^[^:：]{1,30}[:：]$/;

/**
 * Where a name is not the patient's: the logged-in user, contact persons, next of kin, the GP or
 * referrer, recently opened patients. A block introduced by these words is never the patient.
 */
export const NOT_THE_PATIENT =
  /\b(contactpersonen?|contactpersoon|contact persons?|next of kin|nok|emergency contacts?|noodcontact|wettelijke? vertegenwoordigers?|vertegenwoordiger|mentor|curator|relatie|relationship|partner|naaste|naasten|ouders?|verzorgers?|guardian|carer|mantelzorger|huisarts|verwijzer|referrer|behandelaar|hoofdbehandelaar|regiebehandelaar|gp|pcp|usual gp|registered gp|practitioner|ingelogd|logged in|gebruiker|user|recente patiënten|recent patients|recente cliënten|recently viewed|patiëntenlijst|patient lists?|my patients|mijn patiënten|wachtlijst|agenda|schedule|zoeken|search)\b/i;
