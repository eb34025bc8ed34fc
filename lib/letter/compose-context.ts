import type { ClinicalEntry, EntryKind } from '../messages';
import { applyConsent, containsWithheld } from './consent-filter';
import { ageInYears, workingDiagnosis } from './entry-lines';
import { phrasesFor, type LetterPhrases } from './phrases';
import { placeholder } from './placeholders';
import type { EnclosedCategory, LetterInput } from './schemas';

/** Everything a section builder may use: only consented data, already screened by the guard. */
export interface ComposeContext {
  input: LetterInput;
  p: LetterPhrases;
  /** A `[[Fill in: …]]` marker in the letter language. */
  missing: (label: string) => string;
  shared: EnclosedCategory[];
  entriesOf: (...kinds: EntryKind[]) => ClinicalEntry[];
  /** Categories the clinician selected but the patient did not consent to share. */
  isWithheld: (categoryId: string) => boolean;
  /** Screens one piece of page data against everything withheld. */
  allowed: (text: string) => boolean;
  diagnosis: string | undefined;
  age: number | undefined;
}

export function buildContext(input: LetterInput): ComposeContext {
  const view = applyConsent(input.categories, input.entries);
  const allowed = (text: string) => !containsWithheld(text, view.withheldTexts);
  const usable = view.entries.filter((e) => allowed(e.text) && (!e.title || allowed(e.title)));
  const withheldIds = new Set(input.categories.filter((c) => c.consent !== 'given').map((c) => c.id));
  return {
    input,
    p: phrasesFor(input.lang),
    missing: (label) => placeholder(input.lang, label),
    shared: view.shared,
    entriesOf: (...kinds) => usable.filter((e) => kinds.includes(e.kind)),
    isWithheld: (id) => withheldIds.has(id),
    allowed,
    diagnosis: workingDiagnosis(usable.filter((e) => e.kind === 'problem')),
    age: ageInYears(input.patient?.birthDate, input.today),
  };
}
