import type { ClinicalEntry, EntryKind } from '../messages';
import type { EnclosedCategory } from './schemas';
import { normalizeSpace } from '../text';

/**
 * The hard rule of the product (GUIDE section 3, "data from the treating clinician, only with the
 * patient's consent"): nothing of a category whose consent is not `given` reaches the letter.
 * An entry kind belongs to one or more catalogue categories; an entry may be used only when at least
 * one of its categories is shared with consent and none of them is withheld. A kind whose category
 * was not selected at all counts as not consented: sharing is opt-in.
 */
const CATEGORIES_OF_KIND: Partial<Record<EntryKind, readonly string[]>> = {
  problem: ['problems'],
  medication: ['medication'],
  allergy: ['allergies'],
  result: ['lab-results'],
  imaging: ['imaging'],
  pathology: ['pathology'],
  procedure: ['procedures'],
  letter: ['letters'],
  'care-plan': ['care-plan'],
  'vital-sign': ['vital-signs'],
  questionnaire: ['questionnaires'],
  'social-history': ['social-history'],
  'advance-directive': ['advance-directives'],
  dental: ['dental-imaging', 'dental-models', 'periodontal-status'],
};

/** Shorter page text is too unspecific to prove it came from a withheld category. */
const MIN_GUARD_LENGTH = 3;

export interface ConsentView {
  /** Categories shared with consent, in the order the clinician selected them. */
  shared: EnclosedCategory[];
  /** Entries the letter may draw on. */
  entries: ClinicalEntry[];
  /** Normalised texts of everything withheld, for `containsWithheld`. */
  withheldTexts: string[];
}

export function applyConsent(categories: readonly EnclosedCategory[], entries: readonly ClinicalEntry[]): ConsentView {
  const consentById = new Map(categories.map((c) => [c.id, c.consent]));
  const shared = categories.filter((c) => c.consent === 'given');
  const withheld = categories.filter((c) => c.consent !== 'given');
  const withheldEntryIds = new Set(withheld.flatMap((c) => c.entryIds ?? []));
  // A note the category module placed in a shared category (a consult under imaging, a journal entry
  // under treatment history) travels with that category's consent, like an entry of its own kind.
  const sharedEntryIds = new Set(shared.flatMap((c) => c.entryIds ?? []));

  const usable: ClinicalEntry[] = [];
  // A refused sensitive category's own name ("HIV") is itself the secret; ordinary labels are not.
  const withheldTexts: string[] = withheld.flatMap((c) => (c.sensitive ? [c.label, ...c.items] : c.items));
  for (const entry of entries) {
    const owners = CATEGORIES_OF_KIND[entry.kind];
    const states = (owners ?? []).map((id) => consentById.get(id));
    const assignedToWithheld = withheldEntryIds.has(entry.id);
    const byKind = !!owners && states.some((s) => s === 'given') && states.every((s) => s === undefined || s === 'given');
    // For a kind several categories own (a dental entry: X-ray, model or chart), the category module's
    // assignment says which one it is; an unconsented sibling category does not hold it back.
    const byAssignment = sharedEntryIds.has(entry.id) && (states.every((s) => s === undefined) || (owners?.length ?? 0) > 1);
    const allowed = !assignedToWithheld && (byKind || byAssignment);
    if (allowed) usable.push(entry);
    else if (assignedToWithheld || (!byAssignment && states.some((s) => s !== undefined))) {
      // Entries of an explicitly withheld category also guard the rest; unselected kinds simply stay
      // out, and using them as guards would strip unrelated lines that merely share a phrase.
      withheldTexts.push(...[entry.title, entry.text].filter((t): t is string => !!t));
    }
  }
  return {
    shared,
    entries: usable,
    withheldTexts: withheldTexts.map(normaliseForGuard).filter((t) => t.length >= MIN_GUARD_LENGTH),
  };
}

export function normaliseForGuard(text: string): string {
  return normalizeSpace(text).toLowerCase();
}

/** Whole-word containment, so "HIV" does not match "archive" but does match "HIV, 2018". */
function containsWords(haystack: string, needle: string): boolean {
  let from = 0;
  for (;;) {
    const at = haystack.indexOf(needle, from);
    if (at === -1) return false;
    const before = haystack[at - 1];
    const after = haystack[at + needle.length];
    if (!isWordChar(before) && !isWordChar(after)) return true;
    from = at + 1;
  }
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

/**
 * Defence in depth: a withheld text that also turns up elsewhere (a shared list repeating a refused
 * mental-health item, the patient quoting it, a result titled after it) must not slip through under
 * another heading. Both directions count: page data that contains a withheld text, and page data that
 * is itself part of one. Applied to every piece of page data before it enters a section; the letter's
 * own fixed wording is not page data.
 */
export function containsWithheld(text: string, withheldTexts: readonly string[]): boolean {
  const plain = normaliseForGuard(text);
  if (!plain) return false;
  return withheldTexts.some(
    (w) => containsWords(plain, w) || (plain.length >= MIN_GUARD_LENGTH && containsWords(w, plain)),
  );
}
