import { fillTemplate, PHRASE_FILES, type LetterPhraseData } from './phrase-data';
import type { LetterLang, QuestionType, SectionId } from './schemas';

/**
 * The letter's fixed wording in Dutch and English, read from `phrases/<lang>.json` (see phrase-data.ts).
 * Headings follow GUIDE section 3 (NHG/FMS envelope – core – dossier summary, with the UK
 * outpatient-letter headings for what a second opinion adds). Letter text lives apart from _locales:
 * it is document content a clinician signs, not interface text, and it must not change when the
 * interface language does.
 */
export interface LetterPhrases {
  title: string;
  headings: Record<SectionId, string>;
  placeholder: {
    patientName: string;
    birthDate: string;
    confirmPatient: string;
    recipient: string;
    referrerName: string;
    referrerRole: string;
    organisation: string;
    reasonForRequest: string;
    ownQuestion: string;
    workingDiagnosis: string;
    course: string;
    findings: string;
    treatment: string;
    treatmentEffect: string;
    patientWishes: string;
    allergies: string;
    medication: string;
    problems: string;
    gpName: string;
    representative: string;
    informTreating: string;
  };
  label: {
    patient: string;
    born: string;
    referrer: string;
    recipient: string;
    date: string;
    urgency: string;
    representative: string;
    workingDiagnosis: string;
    reasonForReferral: string;
    course: string;
    effect: string;
    problems: string;
    medication: string;
    allergies: string;
    restrictions: string;
    socialContext: string;
    ownWords: string;
    goals: string;
    distribution: string;
    phone: string;
  };
  sex: Record<'female' | 'male' | 'other' | 'unknown', string>;
  urgency: Record<'routine' | 'urgent', string>;
  salutation: string;
  closing: string;
  yearsOld: (years: number) => string;
  minorDecides: Record<'representative' | 'both', (years: number) => string>;
  patientAsks: (why: string) => string;
  representativeAsks: (relation: string, why: string) => string;
  ownWordsWithRepresentative: string;
  consentLead: Record<'patient' | 'representative' | 'both', string>;
  why: Record<QuestionType, string>;
  questionsIntro: string;
  questions: Record<QuestionType, (diagnosis: string | undefined) => string[]>;
  noEnclosures: string;
  enclosuresIntro: string;
  secureChannel: string;
  noTakeover: string;
  reportTo: (recipients: string[]) => string;
  recipients: { patient: string; representative: (relation: string) => string; referrer: string; gp: string; treating: string };
  selfReferredConsent: string;
  selfReferredRefused: string;
  selfReferredUnknown: string;
  consentStatement: (lead: string, labels: string[]) => string;
  notShared: string;
  sensitiveConsent: string;
  reasonLine: Record<Exclude<QuestionType, 'unknown'>, string>;
  identifier: Record<'bsn' | 'mrn' | 'practice' | 'medplum' | 'other', string>;
}

function listJoin(items: string[], and: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

function letterPhrases(d: LetterPhraseData): LetterPhrases {
  const questions = (type: QuestionType) => (dx: string | undefined) => {
    const { first, more } = d.questions[type];
    return [dx ? fillTemplate(first.withDiagnosis, { dx }) : first.withoutDiagnosis, ...more];
  };
  return {
    ...d,
    yearsOld: (years) => fillTemplate(d.yearsOld, { years: String(years) }),
    minorDecides: {
      representative: (years) => fillTemplate(d.minorDecides.representative, { years: String(years) }),
      both: (years) => fillTemplate(d.minorDecides.both, { years: String(years) }),
    },
    patientAsks: (why) => fillTemplate(d.patientAsks, { why }),
    representativeAsks: (relation, why) => fillTemplate(d.representativeAsks, { relation, why }),
    questions: {
      diagnosis: questions('diagnosis'),
      'treatment-options': questions('treatment-options'),
      'stalled-treatment': questions('stalled-treatment'),
      'surgery-indication': questions('surgery-indication'),
      medication: questions('medication'),
      prognosis: questions('prognosis'),
      unknown: questions('unknown'),
    },
    reportTo: (recipients) => fillTemplate(d.reportTo, { recipients: listJoin(recipients, d.listAnd) }),
    recipients: { ...d.recipients, representative: (relation) => fillTemplate(d.recipients.representative, { relation }) },
    consentStatement: (lead, labels) => fillTemplate(d.consentStatement, { lead, labels: labels.join(', ') }),
  };
}

const PHRASES: Record<LetterLang, LetterPhrases> = { en: letterPhrases(PHRASE_FILES.en.letter), nl: letterPhrases(PHRASE_FILES.nl.letter) };

export function phrasesFor(lang: LetterLang): LetterPhrases {
  return PHRASES[lang];
}

/** The document's name, for the HTML title, the download file and the FHIR DocumentReference. */
export function letterTitle(lang: LetterLang): string {
  return PHRASES[lang].title;
}
