import * as z from 'zod/mini';
import enJson from './phrases/en.json';
import nlJson from './phrases/nl.json';
import { QuestionTypeSchema, SECTION_IDS, type LetterLang } from './schemas';

/**
 * The letter's wording is data, one file per language (`phrases/<lang>.json`): `letter` holds the fixed
 * headings and sentences, `record` the wording for what the record supplies. Sentences with a gap name
 * it in braces ("{why}"); the schema below checks every file when this module loads, so a missing
 * sentence, a stray key or a misspelt gap fails every test instead of printing "{whyy}" in a letter.
 */

const QUESTION_TYPES = QuestionTypeSchema.options;
const ASKED_TYPES = QUESTION_TYPES.filter((type) => type !== 'unknown');

const Text = z.string().check(z.minLength(1), z.maxLength(600));

/** The gaps a template names, in order of appearance. */
export function templateSlots(template: string): string[] {
  return [...template.matchAll(/\{([a-zA-Z]+)\}/g)].map((match) => match[1]!);
}

/** A sentence with exactly these gaps, each once. */
function template(...slots: string[]) {
  const wanted = [...slots].sort().join();
  return Text.check(
    z.refine((text) => [...templateSlots(text)].sort().join() === wanted, {
      message: slots.length ? `must hold the gaps {${slots.join('}, {')}} once each` : 'must hold no gaps',
    }),
  );
}

/** Fills the gaps in one pass: a value that itself holds braces is never read as a gap. */
export function fillTemplate(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(/\{([a-zA-Z]+)\}/g, (gap, name: string) => values[name] ?? gap);
}

const Plain = template();
const keyed = <const K extends string>(keys: readonly K[], value: z.ZodMiniType<string>) =>
  z.strictObject(Object.fromEntries(keys.map((key) => [key, value])) as Record<K, typeof value>);
const PlainList = z.array(Plain).check(z.minLength(1), z.maxLength(12));

const QuestionsSchema = z.strictObject({
  first: z.strictObject({ withDiagnosis: template('dx'), withoutDiagnosis: Plain }),
  more: z.array(Plain).check(z.maxLength(12)),
});

export const LetterPhraseDataSchema = z.strictObject({
  title: Plain,
  headings: keyed(SECTION_IDS, Plain),
  placeholder: keyed(
    ['patientName', 'birthDate', 'confirmPatient', 'recipient', 'referrerName', 'referrerRole', 'organisation', 'reasonForRequest',
      'ownQuestion', 'workingDiagnosis', 'course', 'findings', 'treatment', 'treatmentEffect', 'patientWishes', 'allergies',
      'medication', 'problems', 'gpName', 'representative', 'informTreating'],
    Plain,
  ),
  label: keyed(
    ['patient', 'born', 'referrer', 'recipient', 'date', 'urgency', 'representative', 'workingDiagnosis', 'reasonForReferral',
      'course', 'effect', 'problems', 'medication', 'allergies', 'restrictions', 'socialContext', 'ownWords', 'goals',
      'distribution', 'phone'],
    Plain,
  ),
  sex: keyed(['female', 'male', 'other', 'unknown'], Plain),
  urgency: keyed(['routine', 'urgent'], Plain),
  salutation: Plain,
  closing: Plain,
  yearsOld: template('years'),
  minorDecides: keyed(['representative', 'both'], template('years')),
  patientAsks: template('why'),
  representativeAsks: template('relation', 'why'),
  ownWordsWithRepresentative: Plain,
  consentLead: keyed(['patient', 'representative', 'both'], Plain),
  // An unknown question has no reason to give: its sentence is empty.
  why: z.strictObject({ ...keyed(ASKED_TYPES, Plain).shape, unknown: z.literal('') }),
  questionsIntro: Plain,
  questions: z.strictObject(Object.fromEntries(QUESTION_TYPES.map((type) => [type, QuestionsSchema])) as Record<(typeof QUESTION_TYPES)[number], typeof QuestionsSchema>),
  noEnclosures: Plain,
  enclosuresIntro: Plain,
  secureChannel: Plain,
  noTakeover: Plain,
  reportTo: template('recipients'),
  /** The word before the last item of a list: "the patient, the GP and the referrer". */
  listAnd: Plain,
  recipients: z.strictObject({ patient: Plain, representative: template('relation'), referrer: Plain, gp: Plain, treating: Plain }),
  selfReferredConsent: Plain,
  selfReferredRefused: Plain,
  selfReferredUnknown: Plain,
  consentStatement: template('lead', 'labels'),
  notShared: Plain,
  sensitiveConsent: Plain,
  reasonLine: keyed(ASKED_TYPES, Plain),
  identifier: keyed(['bsn', 'mrn', 'practice', 'medplum', 'other'], Plain),
});
export type LetterPhraseData = z.infer<typeof LetterPhraseDataSchema>;

export const RecordPhraseDataSchema = z.strictObject({
  focusQuestion: z.strictObject({
    dentalProposal: template('proposal', 'at'),
    mentalHealthCondition: template('condition'),
    surgicalProposal: template('article', 'proposal', 'at'),
    proposal: template('proposal', 'at'),
    diagnosis: template('condition'),
    stalledTreatment: template('condition'),
    surgeryIndication: template('condition'),
    medication: template('condition'),
    treatmentPlan: template('condition'),
    /** Filled into {at} when the focus names a condition. */
    atCondition: template('condition'),
    /** The indefinite article before a proposal: English chooses by its first letter. */
    article: z.strictObject({ beforeVowel: Plain, otherwise: Plain }),
  }),
  dentalQuestions: PlainList,
  mentalQuestions: PlainList,
  considers: template('deliberation', 'why'),
  considersDeliberation: template('deliberation'),
  whyProposal: template('proposal'),
  dentalWhy: Plain,
  reasonConsidering: Plain,
  reasonRequested: Plain,
  reasonTopic: keyed([...ASKED_TYPES, 'dental'], Plain),
  since: Plain,
  historyFromRecord: Plain,
  medicationSteps: Plain,
  psychotherapy: Plain,
  questionnaires: Plain,
  suicidality: Plain,
  periodontal: Plain,
  otherFindings: Plain,
  moreFindings: Plain,
  carePlan: Plain,
  cost: Plain,
  comorbidity: Plain,
  noteCitation: template('author', 'date'),
  noteCitationAuthor: template('author'),
  noteCitationDate: template('date'),
  knmt: Plain,
  relativeInvited: Plain,
  notSharedHeading: Plain,
  notShared: keyed(['refused', 'unknown'], Plain),
  sensitiveWithheld: Plain,
  recipients: keyed(['client', 'treatingDentist', 'referringDentist', 'gpReferrer'], Plain),
  placeholder: keyed(['cost', 'suicidality', 'treatingDentist', 'treatmentAndEffect'], Plain),
});
export type RecordPhraseData = z.infer<typeof RecordPhraseDataSchema>;

export const PhraseFileSchema = z.strictObject({ letter: LetterPhraseDataSchema, record: RecordPhraseDataSchema });
export type PhraseFile = z.infer<typeof PhraseFileSchema>;

/** Checks one language's file; throws, naming the path of the first problem, when it does not fit. */
export function parsePhraseFile(lang: string, data: unknown): PhraseFile {
  const parsed = PhraseFileSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`phrases/${lang}.json: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'does not fit'}`);
  }
  return parsed.data;
}

export const PHRASE_FILES: Readonly<Record<LetterLang, PhraseFile>> = Object.freeze({
  nl: parsePhraseFile('nl', nlJson),
  en: parsePhraseFile('en', enJson),
});
