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

/**
 * Labels repeat — every note's "S:" and "Beleid:", every row's "Naam" — so each distinct short text is
 * looked up once (the banner pass asks for every paragraph of a 10,000-note record). Bounded: a page of
 * ever-new texts empties it now and then.
 */
const looked = new Map<string, BannerField | null>();
const LOOKED_MAX = 4000;

/** The field a label names, or undefined. Trailing colons, question marks and asterisks are ignored. */
export function fieldOfLabel(text: string | null | undefined): BannerField | undefined {
  const key = text ?? '';
  if (key.length > MAX_LABEL * 2) return lookUpLabel(key);
  const known = looked.get(key);
  if (known !== undefined) return known ?? undefined;
  const field = lookUpLabel(key);
  if (looked.size >= LOOKED_MAX) looked.clear();
  looked.set(key, field ?? null);
  return field;
}

function lookUpLabel(text: string): BannerField | undefined {
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

/**
 * Labels of fields about another person than the patient: the GP, the treating or referring
 * clinician, contact persons, next of kin. The value beside such a label is never the patient's name.
 */
const OTHER_PERSON_WORDS =
  '(?:(?:eigen|vaste|behandelende?|verwijzende?|registered|usual|referring|treating|attending|responsible|named|eerste|tweede)\\s+)?' +
  '(?:huisarts(?:enpraktijk)?|huisarts\\s*/\\s*praktijk|gp(?:\\s+practice)?|pcp|general practitioner|primary care physician|behandelaar|hoofdbehandelaar|regiebehandelaar|' +
  'verwijzer|verwezen door|referred by|referrer|arts|specialist|consultant|zorgverlener|care provider|provider|physician|doctor|clinician|practitioner|' +
  'contactpersoon|contactpersonen|contact person|contact|next of kin|nok|emergency contact|noodcontact|wettelijke? vertegenwoordiger|vertegenwoordiger|' +
  'mentor|curator|partner|echtgeno(?:o|te)t?|verpleegkundige|nurse|case manager|casemanager|praktijkondersteuner|poh|tandarts|dentist|apotheek|pharmacy)';
const OTHER_PERSON_LABEL = new RegExp(`^${OTHER_PERSON_WORDS}\\s*[:：]?$`, 'i');
/** "GP Dr A. Kramer", "Huisarts: A. Kramer": a segment that starts with such a label. */
const LED_BY_OTHER_PERSON = new RegExp(
  `^(?:${OTHER_PERSON_WORDS}\\s*[:：]|(?:huisarts|gp|pcp|verwijzer|referrer|behandelaar|contactpersoon|next of kin)\\s)\\s*\\S`,
  'i',
);

/** Whether a label names a field about someone other than the patient (Huisarts, GP, Contactpersoon, …). */
export function isOtherPersonLabel(text: string | null | undefined): boolean {
  const label = cleanLine(text);
  return label.length > 0 && label.length <= MAX_LABEL && OTHER_PERSON_LABEL.test(label);
}

/** Whether a banner segment is led by such a label ("GP Dr A. Kramer"), so that it is about someone else. */
export function ledByOtherPersonLabel(text: string): boolean {
  return LED_BY_OTHER_PERSON.test(cleanLine(text));
}

/** The labels of the patient's own GP, Dutch and English; only a clearly labelled field is read. */
const GP_WORDS = '(?:(?:eigen|vaste|registered|usual)\\s+)?(?:huisarts|huisarts\\s*/\\s*praktijk|gp|general practitioner|pcp|primary care physician)';
const GP_LABEL = new RegExp(`^${GP_WORDS}\\s*[:：]?$`, 'i');
const GP_INLINE = new RegExp(`^${GP_WORDS}\\s*[:：]\\s*(.+)$`, 'i');

export function isGpLabel(text: string | null | undefined): boolean {
  const label = cleanLine(text);
  return label.length > 0 && label.length <= MAX_LABEL && GP_LABEL.test(label);
}

/** The value of a "Huisarts: A. Kramer" / "GP: Dr Patel" segment, or undefined. */
export function inlineGp(segment: string): string | undefined {
  return GP_INLINE.exec(cleanLine(segment))?.[1]?.trim() || undefined;
}
