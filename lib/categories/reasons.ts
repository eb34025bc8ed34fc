import type { QuestionType } from '../letter/schemas';
import type { ClinicalEntry } from '../messages';
import { newestEntry } from './assign';
import type { Category } from './catalogue';
import { datedLabel } from './entry-label';
import type { Level } from './relevance';
import type { Field, Lang, Rank } from './types';

/**
 * One-line reasons the clinician reads next to each category. People want to know what is shared and
 * why (GUIDE section 3, trust in data exchange), so every reason names what the record holds and
 * which part of the question it serves.
 */
export type LevelSource = 'question' | 'field' | 'base' | 'linked';
type Bilingual = { nl: string; en: string };

export const QUESTION_PHRASE: Record<QuestionType, Bilingual> = {
  diagnosis: { nl: 'een vraag over de diagnose', en: 'a question about the diagnosis' },
  'treatment-options': { nl: 'een vraag naar behandelopties', en: 'a question about treatment options' },
  'stalled-treatment': { nl: 'een vraag over een vastgelopen behandeling', en: 'a question about a stalled treatment' },
  'surgery-indication': { nl: 'een vraag over de operatie-indicatie', en: 'a surgery-indication question' },
  medication: { nl: 'een vraag over de medicatie', en: 'a medication question' },
  prognosis: { nl: 'een vraag over de prognose', en: 'a question about the prognosis' },
  unknown: { nl: 'deze second opinion', en: 'this second opinion' },
};

const FIELD_PHRASE: Record<Field, Bilingual> = {
  somatic: { nl: 'een medisch-specialistische second opinion', en: 'a specialist second opinion' },
  gp: { nl: 'een second opinion vanuit de huisartsenpraktijk', en: 'a second opinion from general practice' },
  dental: { nl: 'een tandheelkundige second opinion', en: 'a dental second opinion' },
  'mental-health': { nl: 'een second opinion in de GGZ', en: 'a mental-health second opinion' },
};

export interface ReasonInput {
  category: Category;
  rank: Rank;
  level: Level | undefined;
  source: LevelSource | undefined;
  entries: readonly ClinicalEntry[];
  question: QuestionType;
  field: Field;
}

/** Longest entry name inside a reason; the whole reason shows on hover and focus (reasonFull). */
const REASON_LABEL = 60;

export function reasonFor(input: ReasonInput): Bilingual {
  return { nl: reasonIn('nl', input, REASON_LABEL), en: reasonIn('en', input, REASON_LABEL) };
}

/** The same reason with the entry's whole name; equal to reasonFor's when nothing was shortened. */
export function fullReasonFor(input: ReasonInput): Bilingual {
  return { nl: reasonIn('nl', input, Infinity), en: reasonIn('en', input, Infinity) };
}

function reasonIn(lang: Lang, { category, rank, level, source, entries, question, field }: ReasonInput, max: number): string {
  const nl = lang === 'nl';
  const q = QUESTION_PHRASE[question][lang];
  if (entries.length === 0) {
    if (rank !== 'optional') return nl ? 'Niet in het dossier' : 'Not in the record';
    if (source === 'base') {
      return nl
        ? 'Niet gevonden in het dossier; hoort bij de basisgegevens (BgZ/IPS) van elke verwijzing'
        : 'Not found in the record; part of the basic data (BgZ/IPS) every referral carries';
    }
    const target = source === 'field' ? FIELD_PHRASE[field][lang] : q;
    return nl ? `Niet gevonden in het dossier; meestal nodig bij ${target}` : `Not found in the record; usually needed for ${target}`;
  }
  const found = foundPhrase(lang, entries, category, max);
  if (rank === 'not-relevant') {
    if (category.sensitive) {
      return nl
        ? `${found}, maar hangt niet samen met de vraag; gevoelige gegevens alleen delen als het nodig is`
        : `${found}, but not linked to the question; sensitive data is shared only when needed`;
    }
    return nl ? `${found}; niet nodig bij ${q}` : `${found}; not needed for ${q}`;
  }
  if (rank === 'optional') return nl ? `${found}; kan helpen bij ${q}, standaard niet nodig` : `${found}; may help with ${q}, not needed by default`;

  let why: string;
  if (source === 'linked') {
    why = nl ? 'hangt samen met de vraag van de patiënt' : "linked to the patient's question";
  } else if (source === 'base') {
    why = nl ? 'hoort bij de basisgegevens (BgZ/IPS) van elke verwijzing' : 'part of the basic data (BgZ/IPS) every referral carries';
  } else {
    const target = source === 'field' ? FIELD_PHRASE[field][lang] : q;
    why =
      level === 'core'
        ? nl ? `essentieel bij ${target}` : `central to ${target}`
        : nl ? `van belang bij ${target}` : `relevant to ${target}`;
  }
  if (category.sensitive) {
    why += nl
      ? '. Gevoelig: alleen delen met uitdrukkelijke toestemming van de patiënt'
      : ". Sensitive: share only with the patient's explicit consent";
  }
  return `${found}; ${why}`;
}

/** "MRI knee of 15-09-2026 in the record" or "3 entries in the record, newest MRI knee of 15-09-2026". */
function foundPhrase(lang: Lang, entries: readonly ClinicalEntry[], category: Category, max: number): string {
  // Name a record item of the category's own kind (the MRI report) rather than a message that mentions it.
  const ownKind = entries.filter((e) => category.hints.kinds.includes(e.kind));
  const newest = newestEntry(ownKind.length > 0 ? ownKind : entries)!;
  const dated = datedLabel(newest, (name, date) => (lang === 'nl' ? `${name} van ${date}` : `${name} of ${date}`), max);
  if (entries.length === 1) return lang === 'nl' ? `${dated} in het dossier` : `${dated} in the record`;
  return lang === 'nl'
    ? `${entries.length} items in het dossier, nieuwste: ${dated}`
    : `${entries.length} entries in the record, newest: ${dated}`;
}
