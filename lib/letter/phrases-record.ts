import type { QuestionFocus } from './record/focus';
import type { LetterTemplate } from './record/template';
import type { LetterLang, QuestionType } from './schemas';

/**
 * The letter's wording for what the record supplies: the precise question, the facts, the patient's
 * status and voice, the field's own requirements and what was not shared. Kept apart from the fixed
 * headings in phrases.ts; both languages side by side so a change in one is seen in the other.
 */
export interface RecordPhrases {
  /** The first question, naming the condition and the proposal as the record states them. */
  focusQuestion: (template: LetterTemplate, type: QuestionType, focus: QuestionFocus) => string | undefined;
  /** The other questions of each template; the medical ones come from phrases.ts. */
  dentalQuestions: string[];
  mentalQuestions: string[];
  considers: (why: string, deliberation: string | undefined) => string;
  whyProposal: (proposal: string) => string;
  dentalWhy: string;
  reasonConsidering: string;
  reasonRequested: string;
  reasonTopic: Record<Exclude<QuestionType, 'unknown'> | 'dental', string>;
  since: string;
  historyFromRecord: string;
  medicationSteps: string;
  psychotherapy: string;
  questionnaires: string;
  suicidality: string;
  periodontal: string;
  otherFindings: string;
  moreFindings: string;
  carePlan: string;
  cost: string;
  comorbidity: string;
  /** "Uit de notitie van A. Kramer (20-10-2026)". */
  noteCitation: (author: string | undefined, date: string | undefined) => string;
  knmt: string;
  relativeInvited: string;
  notSharedHeading: string;
  notShared: { refused: string; unknown: string };
  sensitiveWithheld: string;
  recipients: { client: string; treatingDentist: string; referringDentist: string; gpReferrer: string };
  placeholder: { cost: string; suicidality: string; treatingDentist: string; treatmentAndEffect: string };
}

function withCondition(condition: string | undefined, nl: boolean): string {
  if (!condition) return '';
  return nl ? ` bij ${condition}` : ` for ${condition}`;
}

const nl: RecordPhrases = {
  focusQuestion: (template, type, f) => {
    const at = withCondition(f.condition, true);
    if (template === 'dental' && f.proposal) return `Is het voorgestelde behandelplan (${f.proposal})${at} passend, of zijn er andere, minder ingrijpende mogelijkheden?`;
    if (template === 'mental-health' && f.condition) return `Is de diagnose ${f.condition} juist, en waarom herstelt de patiënt niet ondanks de behandeling tot nu toe?`;
    if (f.proposal && f.surgical) return `Is een ${f.proposal}${at} nu geïndiceerd, of zijn er nog niet-operatieve mogelijkheden?`;
    if (f.proposal) return `Is ${f.proposal}${at} nu de juiste behandeling, of zijn er andere mogelijkheden?`;
    if (!f.condition) return undefined;
    if (type === 'diagnosis' || type === 'prognosis' || type === 'unknown') return `Is de diagnose ${f.condition} juist, of is er een andere verklaring voor de klachten?`;
    if (type === 'stalled-treatment') return `Waarom herstelt de patiënt niet van ${f.condition}, en welke nieuwe mogelijkheden voor medicatie of therapie zijn er?`;
    if (type === 'surgery-indication') return `Is een operatie bij ${f.condition} op dit moment geïndiceerd, of zijn er nog niet-operatieve mogelijkheden?`;
    if (type === 'medication') return `Is de huidige medicatie passend bij ${f.condition}?`;
    return `Bent u het eens met het voorgestelde behandelplan bij ${f.condition}?`;
  },
  dentalQuestions: [
    'Past het behandelplan bij het zorgdoel en bij de parodontale situatie?',
    'Welke alternatieven zijn er, met hun voor- en nadelen en een globale kostenindicatie?',
    'Is aanvullende diagnostiek nodig voordat de behandeling start?',
  ],
  mentalQuestions: [
    'Spelen andere problemen een rol, zoals angst, autisme, verslaving of persoonlijkheidsproblematiek?',
    'Welke nieuwe mogelijkheden voor medicatie of therapie zijn er, gezien de stappen die al zijn gezet?',
    'Hoe behandelbaar is de depressie, en hoe ver is de patiënt eraan toe?',
    'Welke ondersteuning kan de patiënt en diens naasten helpen?',
  ],
  considers: (why, deliberation) =>
    `De patiënt overweegt een second opinion${deliberation ? ` en ${deliberation}` : ''}: ${why}`,
  whyProposal: (proposal) => `de patiënt wil een onafhankelijk oordeel over de voorgestelde ${proposal}.`,
  dentalWhy: 'de patiënt wil een onafhankelijk advies over het voorgestelde zorgdoel en behandelplan, voordat de behandeling start.',
  reasonConsidering: 'door de patiënt overwogen, die nog niet heeft besloten',
  reasonRequested: 'op verzoek van de patiënt',
  reasonTopic: {
    diagnosis: 'second opinion over de diagnose',
    'treatment-options': 'second opinion over de behandelmogelijkheden',
    'stalled-treatment': 'second opinion omdat de behandeling stagneert',
    'surgery-indication': 'second opinion over de indicatie voor een operatie',
    medication: 'second opinion over de medicatie',
    prognosis: 'second opinion over de diagnose en prognose',
    dental: 'second opinion over het voorgestelde zorgdoel en behandelplan',
  },
  since: 'sinds',
  historyFromRecord: 'Beloop volgens het dossier',
  medicationSteps: 'Medicatiestappen (middel, dosering, duur en effect)',
  psychotherapy: 'Psychotherapie en effect',
  questionnaires: 'Vragenlijsten',
  suicidality: 'Suïcidaliteit',
  periodontal: 'Parodontale status',
  otherFindings: 'Röntgenfoto\'s en overige bevindingen',
  moreFindings: 'Overige bevindingen',
  carePlan: 'Zorgdoel en behandelplan',
  cost: 'Kostenindicatie',
  comorbidity: 'Comorbiditeit',
  noteCitation: (author, date) => `Uit de notitie${author ? ` van ${author}` : ''}${date ? ` (${date})` : ''}`,
  knmt:
    'Het gaat om advies over het voorgestelde zorgdoel en behandelplan, vóór de start van de behandeling; niet om een oordeel over eerder uitgevoerde behandeling (KNMT-richtlijn second opinion).',
  relativeInvited: 'Wij vragen u een naaste van de patiënt uit te nodigen voor het gesprek, zoals uw centrum gewoonlijk doet.',
  notSharedHeading: 'Niet meegestuurd',
  notShared: {
    refused: 'niet gedeeld, de patiënt heeft geen toestemming gegeven',
    unknown: 'niet gedeeld, toestemming is nog niet gevraagd',
  },
  sensitiveWithheld: 'Gevoelige gegevens',
  recipients: {
    client: 'de patiënt',
    treatingDentist: 'de behandelend tandarts',
    referringDentist: 'de verwijzend tandarts',
    gpReferrer: 'de huisarts',
  },
  placeholder: {
    cost: 'kostenindicatie van het behandelplan',
    suicidality: 'suïcidaliteit (actueel en eerder)',
    treatingDentist: 'naam behandelend tandarts',
    treatmentAndEffect: 'behandeling tot nu toe en het effect daarvan',
  },
};

const en: RecordPhrases = {
  focusQuestion: (template, type, f) => {
    const at = withCondition(f.condition, false);
    if (template === 'dental' && f.proposal) return `Is the proposed treatment plan (${f.proposal})${at} appropriate, or are there other, less invasive options?`;
    if (template === 'mental-health' && f.condition) return `Is the diagnosis of ${f.condition} right, and why does the patient not recover despite the treatment so far?`;
    if (f.proposal && f.surgical) return `Is ${/^[aeiou]/i.test(f.proposal) ? 'an' : 'a'} ${f.proposal}${at} indicated now, or are there non-surgical options left?`;
    if (f.proposal) return `Is ${f.proposal}${at} the right treatment now, or are there other options?`;
    if (!f.condition) return undefined;
    if (type === 'diagnosis' || type === 'prognosis' || type === 'unknown') return `Is the diagnosis of ${f.condition} right, or is there another explanation for the complaints?`;
    if (type === 'stalled-treatment') return `Why does the patient not recover from ${f.condition}, and which new options for medication or therapy exist?`;
    if (type === 'surgery-indication') return `Is surgery for ${f.condition} indicated at this moment, or are there non-surgical options left?`;
    if (type === 'medication') return `Is the current medication suitable for ${f.condition}?`;
    return `Do you agree with the proposed treatment plan for ${f.condition}?`;
  },
  dentalQuestions: [
    'Does the treatment plan fit the care goal and the periodontal situation?',
    'Which alternatives exist, with their advantages, disadvantages and a rough cost indication?',
    'Are further investigations needed before treatment starts?',
  ],
  mentalQuestions: [
    'Do other problems play a part, such as anxiety, autism, addiction or personality problems?',
    'Which new options for medication or therapy exist, given the steps already taken?',
    'How treatable is the depression, and how ready is the patient for further treatment?',
    'Which support could help the patient and those close to them?',
  ],
  considers: (why, deliberation) =>
    `The patient is considering a second opinion${deliberation ? ` and ${deliberation}` : ''}: ${why}`,
  whyProposal: (proposal) => `the patient would like an independent judgement on the proposed ${proposal}.`,
  dentalWhy: 'the patient would like independent advice on the proposed care goal and treatment plan before treatment starts.',
  reasonConsidering: 'considered by the patient, who has not yet decided',
  reasonRequested: "at the patient's request",
  reasonTopic: {
    diagnosis: 'second opinion on the diagnosis',
    'treatment-options': 'second opinion on the treatment options',
    'stalled-treatment': 'second opinion because the treatment stalls',
    'surgery-indication': 'second opinion on the indication for surgery',
    medication: 'second opinion on the medication',
    prognosis: 'second opinion on the diagnosis and prognosis',
    dental: 'second opinion on the proposed care goal and treatment plan',
  },
  since: 'since',
  historyFromRecord: 'Course according to the record',
  medicationSteps: 'Medication steps (drug, dose, duration and effect)',
  psychotherapy: 'Psychotherapy and its effect',
  questionnaires: 'Questionnaires',
  suicidality: 'Suicidality',
  periodontal: 'Periodontal status',
  otherFindings: 'X-rays and other findings',
  moreFindings: 'Other findings',
  carePlan: 'Care goal and treatment plan',
  cost: 'Cost estimate',
  comorbidity: 'Comorbidity',
  noteCitation: (author, date) => `From the note${author ? ` by ${author}` : ''}${date ? ` (${date})` : ''}`,
  knmt:
    'This concerns advice on the proposed care goal and treatment plan, before treatment starts; not a judgement of treatment already done (Dutch dental association guideline on second opinions).',
  relativeInvited: 'We ask you to invite someone close to the patient to the consultation, as your centre usually does.',
  notSharedHeading: 'Not enclosed',
  notShared: {
    refused: 'not shared, the patient has refused consent',
    unknown: 'not shared, consent has not been asked yet',
  },
  sensitiveWithheld: 'Sensitive data',
  recipients: {
    client: 'the patient',
    treatingDentist: 'the treating dentist',
    referringDentist: 'the referring dentist',
    gpReferrer: 'the GP',
  },
  placeholder: {
    cost: 'cost estimate of the treatment plan',
    suicidality: 'suicidality (current and past)',
    treatingDentist: 'name of the treating dentist',
    treatmentAndEffect: 'treatment so far and its effect',
  },
};

const RECORD_PHRASES: Record<LetterLang, RecordPhrases> = { nl, en };

export function recordPhrasesFor(lang: LetterLang): RecordPhrases {
  return RECORD_PHRASES[lang];
}
