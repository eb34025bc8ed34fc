import type { ClinicalEntry, PagePatient } from '../messages';
import type { QuestionType } from '../letter/schemas';

/** The clinical field decides which records a second opinion in that field needs (GUIDE section 3). */
export type Field = 'somatic' | 'gp' | 'dental' | 'mental-health';
export const FIELDS: readonly Field[] = ['somatic', 'gp', 'dental', 'mental-health'];

export type Lang = 'nl' | 'en';

export interface SuggestContext {
  entries: ClinicalEntry[];
  patient: PagePatient | null;
  adapterId: string;
  evidenceTexts: string[];
  /** Entries the evidence was found in: their author and proposal name the field of the question. */
  evidenceEntryIds?: string[];
  /** YYYY-MM-DD; passed in so results do not depend on the clock. */
  today: string;
  /** The user's choice; inferred when absent. */
  question?: QuestionType;
  /** The user's choice; inferred when absent. */
  field?: Field;
}

export type Rank = 'suggested' | 'optional' | 'not-relevant';

export interface Suggestion {
  id: string;
  rank: Rank;
  sensitive: boolean;
  /** Ticked by default. Never true for a sensitive category. */
  preselect: boolean;
  reason: { nl: string; en: string };
  /** The reason with nothing shortened, present only when `reason` shortens an entry's name. */
  reasonFull?: { nl: string; en: string };
  /** Entries that belong to this category. */
  entryIds: string[];
}

export interface SuggestResult {
  question: QuestionType;
  field: Field;
  /** Every catalogue category exactly once, ordered suggested, optional, not-relevant. */
  suggestions: Suggestion[];
}
