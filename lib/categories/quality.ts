import { formatDate } from '../format';
import type { QuestionType } from '../letter/schemas';
import type { ClinicalEntry, Identifier, PagePatient } from '../messages';
import { assignEntries, newestEntry } from './assign';
import { getCategory } from './catalogue';
import { QUESTION_PHRASE } from './reasons';

/**
 * Warnings the clinician sees before sharing. People distrust exchanged data of poor quality (GUIDE
 * section 3, trust in data exchange): an old medication list or a missing allergy entry misleads the
 * second-opinion giver, and two patient numbers on one page may mean two patients' data are mixed.
 */
export interface QualityWarning {
  code: 'medication-missing' | 'medication-old' | 'allergy-missing' | 'entries-old' | 'identifiers-conflict';
  message: { nl: string; en: string };
}

export interface QualityContext {
  entries: ClinicalEntry[];
  patient: PagePatient | null;
  today: string;
  question: QuestionType;
  selected: string[];
}

/** A medication list not confirmed for a year is no longer a reliable overview (medication review practice). */
const MEDICATION_MAX_MONTHS = 12;

/**
 * How old the newest finding of a category may be for a question before the giver would ask for a new
 * one: a surgery decision on a years-old scan, a diagnosis on last year's lab values.
 */
const MAX_AGE_MONTHS: Readonly<Record<string, Partial<Record<QuestionType, number>>>> = {
  imaging: { 'surgery-indication': 24, diagnosis: 24, 'treatment-options': 24, prognosis: 12 },
  'lab-results': { diagnosis: 12, medication: 12, prognosis: 12 },
  questionnaires: { 'stalled-treatment': 12, diagnosis: 12 },
  'dental-imaging': { 'surgery-indication': 24, 'treatment-options': 24, diagnosis: 24, 'stalled-treatment': 24 },
  'periodontal-status': { 'surgery-indication': 12, 'treatment-options': 12, 'stalled-treatment': 12, diagnosis: 12 },
};

/** Systems that name one patient: two values in one of them cannot both be right. */
const IDENTIFYING_SYSTEMS: Readonly<Partial<Record<Identifier['system'], { nl: string; en: string }>>> = {
  bsn: { nl: "BSN's", en: 'BSNs' },
  mrn: { nl: 'patiëntnummers', en: 'patient numbers' },
  practice: { nl: 'praktijknummers', en: 'practice numbers' },
  medplum: { nl: 'patiënt-id’s', en: 'patient ids' },
};

export function qualityWarnings(ctx: QualityContext): QualityWarning[] {
  const warnings: QualityWarning[] = [...identifierConflicts(ctx.patient)];
  const byCategory = assignEntries(ctx.entries);

  const medication = byCategory.get('medication') ?? [];
  if (medication.length === 0) {
    warnings.push({
      code: 'medication-missing',
      message: {
        nl: 'Geen medicatie gevonden in het dossier: controleer het medicatieoverzicht voordat u gegevens deelt.',
        en: 'No medication found in the record: check the medication overview before sharing.',
      },
    });
  } else {
    const newest = newestEntry(medication)?.date;
    if (newest && newest < monthsBefore(ctx.today, MEDICATION_MAX_MONTHS)) {
      warnings.push({
        code: 'medication-old',
        message: {
          nl: `Het medicatieoverzicht is het laatst bijgewerkt op ${formatDate(newest)}, meer dan 12 maanden geleden: laat het actualiseren voordat u het deelt.`,
          en: `The medication list was last updated on ${formatDate(newest)}, more than 12 months ago: have it brought up to date before sharing.`,
        },
      });
    }
  }

  if ((byCategory.get('allergies') ?? []).length === 0) {
    warnings.push({
      code: 'allergy-missing',
      message: {
        nl: 'Geen allergie-registratie gevonden (ook geen "geen allergieën bekend"): vraag het na voordat u gegevens deelt.',
        en: 'No allergy entry found (not even "no known allergies"): check before sharing.',
      },
    });
  }

  for (const id of ctx.selected) {
    const months = MAX_AGE_MONTHS[id]?.[ctx.question];
    const category = getCategory(id);
    const newest = newestEntry(byCategory.get(id) ?? [])?.date;
    if (!months || !category || !newest || newest >= monthsBefore(ctx.today, months)) continue;
    const age = months % 12 === 0 ? { nl: `${months / 12} jaar`, en: `${months / 12} year${months === 12 ? '' : 's'}` } : { nl: `${months} maanden`, en: `${months} months` };
    warnings.push({
      code: 'entries-old',
      message: {
        nl: `${category.label.nl}: nieuwste gegevens van ${formatDate(newest)}, ouder dan ${age.nl}; voor ${QUESTION_PHRASE[ctx.question].nl} is recenter onderzoek gewenst.`,
        en: `${category.label.en}: newest entry from ${formatDate(newest)}, older than ${age.en}; ${QUESTION_PHRASE[ctx.question].en} calls for more recent findings.`,
      },
    });
  }
  return warnings;
}

function identifierConflicts(patient: PagePatient | null): QualityWarning[] {
  if (!patient) return [];
  const warnings: QualityWarning[] = [];
  for (const [system, names] of Object.entries(IDENTIFYING_SYSTEMS) as Array<[Identifier['system'], { nl: string; en: string }]>) {
    const values = new Map<string, string>();
    for (const id of patient.identifiers) {
      if (id.system !== system) continue;
      const key = id.value.replace(/[\s.\-/]/g, '').toLowerCase();
      if (key && !values.has(key)) values.set(key, id.value.trim());
    }
    if (values.size < 2) continue;
    const list = [...values.values()].join(', ');
    warnings.push({
      code: 'identifiers-conflict',
      message: {
        nl: `Verschillende ${names.nl} op de pagina (${list}): controleer of dit de juiste patiënt is voordat u gegevens deelt.`,
        en: `Different ${names.en} on the page (${list}): check this is the right patient before sharing.`,
      },
    });
  }
  return warnings;
}

/** The date `months` before `today` (YYYY-MM-DD), day clamped to the month's end. */
export function monthsBefore(today: string, months: number): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(today);
  if (!m) return today;
  const total = Number(m[1]) * 12 + (Number(m[2]) - 1) - months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = Math.min(Number(m[3]), lastDay);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
