import type { QuestionType } from '../letter/schemas';
import type { Field } from './types';

/**
 * How much a second opinion of a given question and field needs each category.
 * - `core`: needed; suggested when the record holds it, listed as optional ("not found") when it does not.
 * - `relevant`: suggested when the record holds it, otherwise left out.
 * - `useful`: offered as optional, never ticked by default (minimal necessary, GUIDE section 3).
 * Categories a table does not name are not relevant: patients object to "the whole file sent along".
 */
export type Level = 'core' | 'relevant' | 'useful';
export const LEVEL_ORDER: readonly Level[] = ['core', 'relevant', 'useful'];
type Needs = Readonly<Partial<Record<string, Level>>>;

/** The IPS required sections (problems, allergies, medication) and the BgZ core every referral carries. */
export const BASE_NEEDS: Needs = { problems: 'core', medication: 'core', allergies: 'core' };

/** The typical questions to the giver (GUIDE section 3) and the data each one is answered from. */
export const QUESTION_NEEDS: Readonly<Record<QuestionType, Needs>> = {
  diagnosis: {
    'lab-results': 'core', letters: 'core', imaging: 'relevant', pathology: 'relevant', 'treatment-history': 'relevant',
    'vital-signs': 'relevant', questionnaires: 'relevant', procedures: 'useful', 'functional-status': 'useful',
    'social-history': 'useful', 'care-plan': 'useful',
  },
  'treatment-options': {
    'care-plan': 'core', letters: 'core', 'treatment-history': 'relevant', pathology: 'relevant', imaging: 'relevant',
    procedures: 'relevant', 'advance-directives': 'relevant', 'lab-results': 'useful', 'functional-status': 'useful',
    'vital-signs': 'useful', 'social-history': 'useful',
  },
  'stalled-treatment': {
    'treatment-history': 'core', 'care-plan': 'core', letters: 'relevant', questionnaires: 'relevant',
    'functional-status': 'relevant', 'lab-results': 'useful', imaging: 'useful', procedures: 'useful', 'social-history': 'useful',
  },
  'surgery-indication': {
    imaging: 'core', letters: 'core', procedures: 'relevant', 'care-plan': 'relevant', 'functional-status': 'relevant',
    'treatment-history': 'relevant', 'advance-directives': 'relevant', questionnaires: 'useful', 'lab-results': 'useful',
    'vital-signs': 'useful', 'social-history': 'useful',
  },
  medication: {
    medication: 'core', 'lab-results': 'core', 'treatment-history': 'relevant', 'vital-signs': 'relevant', letters: 'relevant',
    'care-plan': 'useful', questionnaires: 'useful',
  },
  prognosis: {
    letters: 'core', pathology: 'relevant', imaging: 'relevant', 'lab-results': 'relevant', 'treatment-history': 'relevant',
    'advance-directives': 'relevant', 'functional-status': 'relevant', 'care-plan': 'useful', procedures: 'useful',
  },
  unknown: {
    letters: 'core', 'treatment-history': 'relevant', 'care-plan': 'relevant', 'lab-results': 'useful', imaging: 'useful',
    pathology: 'useful', procedures: 'useful',
  },
};

/**
 * What each field's own guidance adds. Dental: X-rays, dental models and intra-oral scans, care goal
 * and plan, periodontal status. Mental health (treatment-resistant depression): earlier assessments
 * and treatments, medication protocol steps, questionnaires (GUIDE section 3).
 */
export const FIELD_NEEDS: Readonly<Record<Field, Needs>> = {
  somatic: {},
  gp: { letters: 'relevant', 'treatment-history': 'relevant' },
  dental: {
    'dental-imaging': 'core', 'dental-models': 'core', 'periodontal-status': 'core', 'care-plan': 'core',
    'treatment-history': 'relevant',
  },
  'mental-health': {
    'mental-health': 'core', 'treatment-history': 'core', questionnaires: 'core', 'care-plan': 'relevant',
    letters: 'relevant', 'social-history': 'useful',
  },
};

/** The most a field lets a category weigh: a dentist's question rarely turns on a hospital MRI. */
export const FIELD_CAPS: Readonly<Record<Field, Needs>> = {
  somatic: {},
  gp: {},
  dental: {
    problems: 'relevant', imaging: 'useful', 'lab-results': 'useful', pathology: 'useful', letters: 'useful',
    'vital-signs': 'useful', procedures: 'useful', 'functional-status': 'useful', questionnaires: 'useful',
  },
  'mental-health': { imaging: 'useful', pathology: 'useful', procedures: 'useful' },
};

export function higher(a: Level | undefined, b: Level | undefined): Level | undefined {
  if (!a) return b;
  if (!b) return a;
  return LEVEL_ORDER.indexOf(a) <= LEVEL_ORDER.indexOf(b) ? a : b;
}

export function capped(level: Level | undefined, cap: Level | undefined): Level | undefined {
  if (!level || !cap) return level;
  return LEVEL_ORDER.indexOf(level) < LEVEL_ORDER.indexOf(cap) ? cap : level;
}
