import type { ClinicalEntry, EntryKind } from '../messages';

/**
 * What a part of the record is, from the words portals put above it (section headings, table column
 * headers, ARIA labels) in Dutch and English, and from what an entry says when nothing is above it
 * (an ICPC-coded episode, a dosage line). The vocabulary is the kinds of lib/messages.ts.
 */
const HEADING_KINDS: Array<[RegExp, EntryKind]> = [
  [/\b(allergie(ën|en)?|allergy|allergies|allergenen|allergeen|allergen|substance|stof|allergieën en intoleranties|intoleranties?|intolerances?|overgevoeligheden|overgevoeligheid|adverse (drug )?reactions?|alerts?|cave|contra-?indicaties|waarschuwingen)\b/i, 'allergy'],
  [/\b(medicatie(overzicht|profiel|lijst)?|actuele medicatie|medication(s| list)?|current medications?|medicines?|medicijnen|geneesmiddel(en)?|voorschriften|recepten|herhaalrecepten|prescriptions?|repeat (templates?|medications?|prescriptions?)|repeats|acute (medication|prescriptions?)|drugs?|middel|medicament(en)?|sig)\b/i, 'medication'],
  [/\b(probleemlijst|problemen(lijst)?|probleem|episodes?|episodelijst|diagnoses?|diagnosen|problem list|problems?|active problems|conditions?|past medical history|pmh|voorgeschiedenis|icpc|dsm|aandoeningen)\b/i, 'problem'],
  [/\b(beeldvorming|radiologie|radiology|imaging|röntgen(foto'?s)?|x-?rays?|mri|ct(-scan)?|echografie|scans?|opg|bitewings?|studies)\b/i, 'imaging'],
  [/\b(uitslagen|uitslag|lab(oratorium)?(uitslagen)?|labs?|results?|investigations?|bepalingen|bepaling|test results?|tests?|pathology results)\b/i, 'result'],
  [/\b(correspondentie|brieven|brief|letters?|documents?|documenten|ontslagbrieven?|verwijsbrieven?|specialistenbrieven?|clinic letters?)\b/i, 'letter'],
  [/\b(berichten|bericht|messages?|in ?basket|inbox|portaalberichten|e-?consults?|patient messages?|mychart|advice requests?|mail)\b/i, 'message'],
  [/\b(behandelplan(nen)?|zorgplan|care ?plan|treatment plan|begroting|plan van aanpak)\b/i, 'care-plan'],
  [/\b(parodont(ale|aal|ium)?\s*status|parodontogram|pocketdiepte|status dentale|tandstatus|dental chart|odontogram|periodontal|perio(chart)?|psi|dpsi|gebitsstatus)\b/i, 'dental'],
  [/\b(vitale (functies|parameters)|vitals|vital signs|metingen|observaties|observations)\b/i, 'vital-sign'],
  [/\b(verrichtingen|procedures?|operaties?|operations?|ingrepen)\b/i, 'procedure'],
  [/\b(vragenlijsten|vragenlijst|questionnaires?|rom-?metingen|rom)\b/i, 'questionnaire'],
  [/\b(journaal|consult(en|aties)?|consultations?|notes?|notities|decursus|verslagen|verslag|progress notes|encounters?|behandelverslagen|contacten|dagrapportage|rapportage)\b/i, 'note'],
];

/** The kind a heading, column header or ARIA label names, or undefined. */
export function kindOfHeading(text: string): EntryKind | undefined {
  return HEADING_KINDS.find(([pattern]) => pattern.test(text))?.[1];
}

/** The same words, as the whole of a short text ("Allergieën", "Mijn medicijnen", "Problems (3)"). */
const WHOLE_HEADINGS: Array<[RegExp, EntryKind]> = HEADING_KINDS.map(([pattern, kind]) => [
  new RegExp(`^(?:mijn|my|uw|your|current|actuele|active|actieve)?\\s*(?:${pattern.source.replace(/^\\b|\\b$/g, '')})\\s*(?:\\(\\d+\\))?$`, 'i'),
  kind,
]);

export function kindOfWholeHeading(text: string): EntryKind | undefined {
  const trimmed = text.trim();
  return trimmed.length <= 60 ? WHOLE_HEADINGS.find(([pattern]) => pattern.test(trimmed))?.[1] : undefined;
}

/** "Allergie: penicilline", "Allergies: Sulfa, Latex": a line whose label is a kind, and nothing else. */
export function kindOfLeadingLabel(text: string): EntryKind | undefined {
  const label = /^\s*([^:：\n]{2,30})[:：]/.exec(text)?.[1];
  return label ? kindOfWholeHeading(label) : undefined;
}

/** ICPC-1 code at the start ("K86 Hypertensie", "P76 Depressie"), or a DSM/ICD-10 code in brackets. */
const CODED_PROBLEM = /^\s*[A-Z]\d{2}(?:\.\d{1,2})?\s+\p{L}|\((?:[A-Z]\d{2}(?:\.\d{1,2})?|\d{3}\.\d{1,2})\)/u;
/** A dose with a unit and a frequency or form: how medication lines read. */
const DOSAGE = /\b\d+(?:[.,]\d+)?\s?(?:mg|mcg|microgram|µg|ug|g|ml|mmol|ie|iu|eh|units?)\b.*\b(?:\d\s?(?:dd|x)\s?\d|\d+\s?(?:x|maal) per dag|daily|twice|once|nightly|tablets?|tabletten|capsules?|caps?|zo nodig|prn|dd|inhal|puffs?|druppels)\b/i;

/** The kind an entry's own words give when no heading says: coded problems and dosage lines. */
export function kindOfContent(text: string): EntryKind | undefined {
  const head = text.slice(0, 200);
  if (text.length <= 200 && CODED_PROBLEM.test(head)) return 'problem';
  if (text.length <= 300 && DOSAGE.test(head)) return 'medication';
  return undefined;
}

/** NKDA and friends, "geen/no … bekend/known", "geen allergieën", or a bare "Geen"/"None" under its heading. */
const NONE_KNOWN = [
  /\b(nkda|nka|nkfa|nkma)\b/i,
  /\b(geen|no)\b[^.;]{0,40}\b(bekende?|known)\b/i,
  /\bgeen\s+(allergie(ën)?|overgevoeligheden|intoleranties|medicatie|medicijnen|geneesmiddelen)\b/i,
  /\bno\s+(current\s+)?(allergies|medications?|medicines)\b(?!\s+(recorded|documented|entered))/i,
  /^\s*(geen|none|nee|no|n\.?v\.?t\.?|nil)\s*\.?\s*$/i,
];

/** "Geen allergieën bekend", "No known drug allergies", "NKDA": an explicit "none known", not a missing list. */
export function isNoneKnown(text: string): boolean {
  return text.length <= 120 && NONE_KNOWN.some((pattern) => pattern.test(text));
}

const STOPPED_WORDS = /\b(gestopt|gestaakt|stopgezet|beëindigd|stop(?:ped)?\s+(?:op|on)|discontinued|ceased|stopped|niet meer in gebruik|no longer taking|inactive|inactief)\b/i;
const STRUCK = 's, strike, del, [style*="line-through"], [class*="strike" i], [class*="stopped" i], [class*="discontinued" i], [class*="gestopt" i]';

/** A medication the record shows as stopped: struck through, marked stopped, or with a stop date in its own column. */
export function isStopped(el: Element, text: string, stopDate: string | undefined, today: string): boolean {
  if (STOPPED_WORDS.test(text)) return true;
  if (stopDate && stopDate <= today) return true;
  if (el.matches(STRUCK) || el.querySelector(STRUCK) !== null) return true;
  const view = el.ownerDocument.defaultView;
  try {
    return view?.getComputedStyle(el).textDecorationLine.includes('line-through') ?? false;
  } catch {
    return false;
  }
}

/** The state of an entry of a given kind: stopped medication, a "none known" allergy or medication list. */
export function stateOf(kind: EntryKind, el: Element, text: string, stopDate: string | undefined, today: string): ClinicalEntry['state'] {
  if ((kind === 'allergy' || kind === 'medication') && isNoneKnown(text)) return 'none-known';
  if (kind === 'medication' && isStopped(el, text, stopDate, today)) return 'stopped';
  return undefined;
}
