import type { LetterLang, QuestionType, SectionId } from './schemas';

/**
 * The letter's fixed wording in Dutch and English. Headings follow GUIDE section 3 (NHG/FMS
 * envelope – core – dossier summary, with the UK outpatient-letter headings for what a second opinion
 * adds). Letter text lives here rather than in _locales: it is document content a clinician signs,
 * not interface text, and it must not change when the interface language does.
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

const en: LetterPhrases = {
  title: 'Second-opinion referral letter',
  headings: {
    envelope: 'Patient, referrer and recipient',
    question: 'Question for the second opinion',
    reason: 'Reason for referral and working diagnosis',
    history: 'History and course',
    findings: 'Relevant findings and investigations',
    treatment: 'Treatment so far and its effect',
    'patient-wishes': "Patient's concerns, wishes and own questions",
    summary: 'Dossier summary',
    enclosures: 'Enclosed data (shared with the patient\'s consent)',
    arrangements: 'Consent and reporting arrangements',
    author: 'Author and distribution list',
  },
  placeholder: {
    patientName: 'patient name',
    birthDate: 'date of birth',
    confirmPatient: 'check that this is the right patient',
    recipient: 'second-opinion giver (clinician or centre)',
    referrerName: 'your name',
    referrerRole: 'your role',
    organisation: 'your organisation',
    reasonForRequest: 'why the patient asks for a second opinion',
    ownQuestion: 'the question to the second-opinion giver',
    workingDiagnosis: 'working diagnosis',
    course: 'history and course of the complaints',
    findings: 'relevant findings and investigations',
    treatment: 'treatment so far',
    treatmentEffect: 'effect of the treatment so far',
    patientWishes: "the patient's goals and own questions",
    allergies: "allergies and alerts (or 'none known')",
    medication: "current medication (or 'none')",
    problems: 'problem list',
    gpName: 'name of the GP',
    representative: 'legal representative (the patient is a minor)',
    informTreating: 'may the treating clinician be informed? (the patient came on their own initiative)',
  },
  label: {
    patient: 'Patient',
    born: 'born',
    referrer: 'Referrer',
    recipient: 'To',
    date: 'Date',
    urgency: 'Urgency',
    representative: 'Legal representative',
    workingDiagnosis: 'Working diagnosis',
    reasonForReferral: 'Reason for referral',
    course: 'Course',
    effect: 'Effect',
    problems: 'Problems',
    medication: 'Medication',
    allergies: 'Allergies and alerts',
    restrictions: 'Treatment restrictions',
    socialContext: 'Social context',
    ownWords: "In the patient's own words",
    goals: 'Goals and own questions',
    distribution: 'Copies to',
    phone: 'Phone',
  },
  sex: { female: 'female', male: 'male', other: 'other', unknown: 'sex unknown' },
  urgency: { routine: 'routine', urgent: 'urgent' },
  salutation: 'Dear colleague,',
  closing: 'Kind regards,',
  yearsOld: (years) => `${years} years`,
  minorDecides: {
    representative: (years) => `The patient is ${years} years old; the legal representative decides on the patient's behalf (WGBO).`,
    both: (years) => `The patient is ${years} years old; the patient and the legal representative decide together (WGBO).`,
  },
  patientAsks: (why) => `The patient asks for a second opinion: ${why}`,
  representativeAsks: (relation, why) =>
    `The patient's legal representative (${relation}) asks for a second opinion on the patient's behalf: ${why}`,
  ownWordsWithRepresentative: 'In the words of the patient or their representative',
  consentLead: {
    patient: 'The patient has consented',
    representative: 'The legal representative has consented',
    both: 'The patient and the legal representative have consented',
  },
  why: {
    diagnosis: 'the patient doubts the diagnosis and would like it assessed independently.',
    'treatment-options': 'the patient would like to know whether other treatment options exist.',
    'stalled-treatment': 'the treatment so far has not had the hoped-for effect.',
    'surgery-indication': 'the patient would like an independent judgement on the proposed operation.',
    medication: 'the patient has questions about the medication and its alternatives.',
    prognosis: 'the patient would like an independent view of the diagnosis and the expected course.',
    unknown: '',
  },
  questionsIntro: 'We would like to ask you:',
  questions: {
    diagnosis: (dx) => [
      dx ? `Is the diagnosis "${dx}" right?` : 'Is the diagnosis right?',
      'Are there other problems or diagnoses to consider?',
      'Which further investigations, if any, do you advise?',
      'Which support could help the patient?',
    ],
    'treatment-options': (dx) => [
      dx ? `Do you agree with the proposed treatment plan for "${dx}"?` : 'Do you agree with the proposed treatment plan?',
      'Which other treatment options exist, including new ones, and what are their benefits and risks for this patient?',
      'Are there other problems that should weigh in the choice?',
      'Which support could help the patient?',
    ],
    'stalled-treatment': (dx) => [
      dx ? `Is the diagnosis "${dx}" right?` : 'Is the diagnosis right?',
      'Are there other problems that play a role?',
      'Why does the treatment stall?',
      'Which new options for medication or therapy exist?',
      'Which support could help the patient?',
    ],
    'surgery-indication': (dx) => [
      dx ? `Is surgery indicated for "${dx}" at this moment?` : 'Is surgery indicated at this moment?',
      'Which non-surgical options remain?',
      'What benefit and which risks do you expect for this patient?',
      'Which support could help the patient, before and after a possible operation?',
    ],
    medication: (dx) => [
      dx ? `Is the current medication suitable for "${dx}"?` : 'Is the current medication suitable?',
      'Which other options for medication or therapy exist?',
      'Do you see interactions or side effects that need attention?',
      'Which support could help the patient?',
    ],
    prognosis: (dx) => [
      dx ? `Is the diagnosis "${dx}" right?` : 'Is the diagnosis right?',
      'Which course do you expect, with and without treatment?',
      'Which treatment options exist?',
      'Which support could help the patient?',
    ],
    unknown: (dx) => [
      dx ? `Is the diagnosis "${dx}" right?` : 'Is the diagnosis right?',
      'Which treatment options exist?',
    ],
  },
  noEnclosures: 'No data are enclosed. The patient may also fetch their own data and bring them.',
  enclosuresIntro: 'Enclosed, with the patient\'s consent:',
  secureChannel: 'Data are sent through secure electronic communication only.',
  noTakeover:
    'We ask for your opinion to support the patient\'s own decision. You do not take over the treatment; it stays with the treating clinician.',
  reportTo: (recipients) => `Please send your written report to ${listJoin(recipients, 'and')}.`,
  recipients: {
    patient: 'the patient',
    representative: (relation) => `the patient's legal representative (${relation})`,
    referrer: 'the referrer',
    gp: 'the GP',
    treating: 'the treating clinician',
  },
  selfReferredConsent:
    'The patient came on their own initiative and has given explicit consent to inform the treating clinician; please send a copy of the report to the treating clinician as well.',
  selfReferredRefused:
    'The patient came on their own initiative and has not consented to informing the treating clinician; please do not send the report to the treating clinician.',
  selfReferredUnknown: 'The patient came on their own initiative.',
  consentStatement: (lead, labels) => `${lead} to sharing: ${labels.join(', ')}. Nothing else from the record is shared.`,
  notShared: 'not shared (no consent from the patient)',
  sensitiveConsent: 'sensitive data, shared with explicit consent',
  reasonLine: {
    diagnosis: 'second opinion on the diagnosis, at the patient\'s request',
    'treatment-options': 'second opinion on the treatment options, at the patient\'s request',
    'stalled-treatment': 'second opinion because the treatment stalls, at the patient\'s request',
    'surgery-indication': 'second opinion on the indication for surgery, at the patient\'s request',
    medication: 'second opinion on the medication, at the patient\'s request',
    prognosis: 'second opinion on the diagnosis and prognosis, at the patient\'s request',
  },
  identifier: { bsn: 'BSN', mrn: 'Patient number', practice: 'Practice number', medplum: 'ID', other: 'ID' },
};

const nl: LetterPhrases = {
  title: 'Verwijsbrief second opinion',
  headings: {
    envelope: 'Patiënt, verwijzer en ontvanger',
    question: 'Vraagstelling voor de second opinion',
    reason: 'Reden van verwijzing en werkdiagnose',
    history: 'Voorgeschiedenis en beloop',
    findings: 'Relevante bevindingen en onderzoeken',
    treatment: 'Behandeling tot nu toe en effect',
    'patient-wishes': 'Zorgen, wensen en eigen vragen van de patiënt',
    summary: 'Samenvatting dossier',
    enclosures: 'Meegestuurde gegevens (met toestemming van de patiënt)',
    arrangements: 'Toestemming en afspraken over de rapportage',
    author: 'Auteur en verzendlijst',
  },
  placeholder: {
    patientName: 'naam patiënt',
    birthDate: 'geboortedatum',
    confirmPatient: 'controleer of dit de juiste patiënt is',
    recipient: 'second-opinion-gever (zorgverlener of centrum)',
    referrerName: 'uw naam',
    referrerRole: 'uw functie',
    organisation: 'uw organisatie',
    reasonForRequest: 'waarom de patiënt een second opinion vraagt',
    ownQuestion: 'de vraag aan de second-opinion-gever',
    workingDiagnosis: 'werkdiagnose',
    course: 'voorgeschiedenis en beloop van de klachten',
    findings: 'relevante bevindingen en onderzoeken',
    treatment: 'behandeling tot nu toe',
    treatmentEffect: 'effect van de behandeling tot nu toe',
    patientWishes: 'doelen en eigen vragen van de patiënt',
    allergies: "allergieën en alerts (of 'geen bekend')",
    medication: "huidige medicatie (of 'geen')",
    problems: 'probleemlijst',
    gpName: 'naam huisarts',
    representative: 'wettelijk vertegenwoordiger (de patiënt is minderjarig)',
    informTreating: 'mag de behandelaar worden geïnformeerd? (de patiënt kwam op eigen initiatief)',
  },
  label: {
    patient: 'Patiënt',
    born: 'geboren',
    referrer: 'Verwijzer',
    recipient: 'Aan',
    date: 'Datum',
    urgency: 'Urgentie',
    representative: 'Wettelijk vertegenwoordiger',
    workingDiagnosis: 'Werkdiagnose',
    reasonForReferral: 'Reden van verwijzing',
    course: 'Beloop',
    effect: 'Effect',
    problems: 'Problemen',
    medication: 'Medicatie',
    allergies: 'Allergieën en alerts',
    restrictions: 'Behandelbeperkingen',
    socialContext: 'Sociale context',
    ownWords: 'In de woorden van de patiënt',
    goals: 'Doelen en eigen vragen',
    distribution: 'Kopie aan',
    phone: 'Tel.',
  },
  sex: { female: 'vrouw', male: 'man', other: 'anders', unknown: 'geslacht onbekend' },
  urgency: { routine: 'regulier', urgent: 'spoed' },
  salutation: 'Geachte collega,',
  closing: 'Met collegiale groet,',
  yearsOld: (years) => `${years} jaar`,
  minorDecides: {
    representative: (years) => `De patiënt is ${years} jaar; de wettelijk vertegenwoordiger beslist namens de patiënt (WGBO).`,
    both: (years) => `De patiënt is ${years} jaar; de patiënt en de wettelijk vertegenwoordiger beslissen samen (WGBO).`,
  },
  patientAsks: (why) => `De patiënt vraagt om een second opinion: ${why}`,
  representativeAsks: (relation, why) =>
    `De wettelijk vertegenwoordiger van de patiënt (${relation}) vraagt namens de patiënt om een second opinion: ${why}`,
  ownWordsWithRepresentative: 'In de woorden van de patiënt of de vertegenwoordiger',
  consentLead: {
    patient: 'De patiënt heeft toestemming gegeven',
    representative: 'De wettelijk vertegenwoordiger heeft toestemming gegeven',
    both: 'De patiënt en de wettelijk vertegenwoordiger hebben toestemming gegeven',
  },
  why: {
    diagnosis: 'de patiënt twijfelt aan de diagnose en wil deze onafhankelijk laten beoordelen.',
    'treatment-options': 'de patiënt wil weten of er andere behandelmogelijkheden zijn.',
    'stalled-treatment': 'de behandeling tot nu toe heeft niet het gehoopte effect.',
    'surgery-indication': 'de patiënt wil een onafhankelijk oordeel over de voorgestelde operatie.',
    medication: 'de patiënt heeft vragen over de medicatie en de alternatieven.',
    prognosis: 'de patiënt wil een onafhankelijke kijk op de diagnose en het te verwachten beloop.',
    unknown: '',
  },
  questionsIntro: 'Wij vragen u:',
  questions: {
    diagnosis: (dx) => [
      dx ? `Is de diagnose "${dx}" juist?` : 'Is de diagnose juist?',
      'Zijn er andere problemen of diagnoses om te overwegen?',
      'Welk aanvullend onderzoek adviseert u eventueel?',
      'Welke ondersteuning kan de patiënt helpen?',
    ],
    'treatment-options': (dx) => [
      dx ? `Bent u het eens met het voorgestelde behandelplan voor "${dx}"?` : 'Bent u het eens met het voorgestelde behandelplan?',
      'Welke andere behandelmogelijkheden zijn er, ook nieuwe, en wat zijn de voordelen en risico\'s voor deze patiënt?',
      'Zijn er andere problemen die mee moeten wegen in de keuze?',
      'Welke ondersteuning kan de patiënt helpen?',
    ],
    'stalled-treatment': (dx) => [
      dx ? `Is de diagnose "${dx}" juist?` : 'Is de diagnose juist?',
      'Zijn er andere problemen die een rol spelen?',
      'Waarom stagneert de behandeling?',
      'Welke nieuwe mogelijkheden voor medicatie of therapie zijn er?',
      'Welke ondersteuning kan de patiënt helpen?',
    ],
    'surgery-indication': (dx) => [
      dx ? `Is een operatie voor "${dx}" op dit moment geïndiceerd?` : 'Is een operatie op dit moment geïndiceerd?',
      'Welke niet-operatieve mogelijkheden zijn er nog?',
      'Welk effect en welke risico\'s verwacht u voor deze patiënt?',
      'Welke ondersteuning kan de patiënt helpen, voor en na een eventuele operatie?',
    ],
    medication: (dx) => [
      dx ? `Is de huidige medicatie passend bij "${dx}"?` : 'Is de huidige medicatie passend?',
      'Welke andere mogelijkheden voor medicatie of therapie zijn er?',
      'Ziet u interacties of bijwerkingen die aandacht vragen?',
      'Welke ondersteuning kan de patiënt helpen?',
    ],
    prognosis: (dx) => [
      dx ? `Is de diagnose "${dx}" juist?` : 'Is de diagnose juist?',
      'Welk beloop verwacht u, met en zonder behandeling?',
      'Welke behandelmogelijkheden zijn er?',
      'Welke ondersteuning kan de patiënt helpen?',
    ],
    unknown: (dx) => [
      dx ? `Is de diagnose "${dx}" juist?` : 'Is de diagnose juist?',
      'Welke behandelmogelijkheden zijn er?',
    ],
  },
  noEnclosures: 'Er zijn geen gegevens meegestuurd. De patiënt kan ook zelf de eigen gegevens opvragen en meenemen.',
  enclosuresIntro: 'Meegestuurd, met toestemming van de patiënt:',
  secureChannel: 'Gegevens worden uitsluitend via beveiligde elektronische communicatie verstuurd.',
  noTakeover:
    'Wij vragen uw oordeel ter ondersteuning van het eigen besluit van de patiënt. U neemt de behandeling niet over; die blijft bij de behandelaar.',
  reportTo: (recipients) => `Wilt u uw schriftelijke rapportage sturen aan ${listJoin(recipients, 'en')}?`,
  recipients: {
    patient: 'de patiënt',
    representative: (relation) => `de wettelijk vertegenwoordiger van de patiënt (${relation})`,
    referrer: 'de verwijzer',
    gp: 'de huisarts',
    treating: 'de behandelaar',
  },
  selfReferredConsent:
    'De patiënt kwam op eigen initiatief en heeft uitdrukkelijk toestemming gegeven de behandelaar te informeren; wilt u ook de behandelaar een kopie van de rapportage sturen?',
  selfReferredRefused:
    'De patiënt kwam op eigen initiatief en heeft geen toestemming gegeven de behandelaar te informeren; stuur de rapportage dus niet aan de behandelaar.',
  selfReferredUnknown: 'De patiënt kwam op eigen initiatief.',
  consentStatement: (lead, labels) => `${lead} voor het delen van: ${labels.join(', ')}. Verder wordt niets uit het dossier gedeeld.`,
  notShared: 'niet gedeeld (geen toestemming van de patiënt)',
  sensitiveConsent: 'gevoelige gegevens, gedeeld met uitdrukkelijke toestemming',
  reasonLine: {
    diagnosis: 'second opinion over de diagnose, op verzoek van de patiënt',
    'treatment-options': 'second opinion over de behandelmogelijkheden, op verzoek van de patiënt',
    'stalled-treatment': 'second opinion omdat de behandeling stagneert, op verzoek van de patiënt',
    'surgery-indication': 'second opinion over de indicatie voor een operatie, op verzoek van de patiënt',
    medication: 'second opinion over de medicatie, op verzoek van de patiënt',
    prognosis: 'second opinion over de diagnose en prognose, op verzoek van de patiënt',
  },
  identifier: { bsn: 'BSN', mrn: 'Patiëntnummer', practice: 'Praktijknummer', medplum: 'ID', other: 'ID' },
};

const PHRASES: Record<LetterLang, LetterPhrases> = { en, nl };

export function phrasesFor(lang: LetterLang): LetterPhrases {
  return PHRASES[lang];
}

/** The document's name, for the HTML title, the download file and the FHIR DocumentReference. */
export function letterTitle(lang: LetterLang): string {
  return PHRASES[lang].title;
}
