import type { LetterInput } from '../schemas';
import { MOOD_WORDS } from './lexicon';
import { containsAnyWord } from './words';

/**
 * The letter follows its field's second-opinion guidance (GUIDE section 3): the dental association's
 * (care goal, care plan and its cost, periodontal status, before treatment starts, report to the
 * treating dentist) and the depression expertise centre's (protocol steps, psychotherapy,
 * questionnaires, suicidality, a close relative, report to client, referrer and GP). Hospital and GP
 * letters share the medical template, unless the condition asked about is a mental-health one: a GP
 * who refers a treatment-resistant depression writes the mental-health letter.
 */
export type LetterTemplate = 'medical' | 'dental' | 'mental-health';

export function templateFor(input: Pick<LetterInput, 'field'>, condition: string | undefined): LetterTemplate {
  if (input.field === 'dental') return 'dental';
  if (input.field === 'mental-health') return 'mental-health';
  if (condition && containsAnyWord(condition, MOOD_WORDS)) return 'mental-health';
  return 'medical';
}
