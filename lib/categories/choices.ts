import type { ConsentState, CategoryChoice } from '../draft-shapes';
import type { SuggestResult } from './types';

/**
 * The clinician's selection and the patient's consent per category, as stored in the draft. Pure
 * updates: each returns a new array so the sidebar store can compare by reference.
 */

/** Selection starts from the suggestion (sensitive ones unticked); consent is not yet asked. */
export function initialChoices(result: SuggestResult): CategoryChoice[] {
  return result.suggestions.map((s) => ({ id: s.id, selected: s.preselect, consent: 'unknown' }));
}

/**
 * Re-suggesting (a new note, another question type) must not undo what the clinician decided or the
 * consent the patient gave: earlier choices stay as they were, only categories not seen before are
 * added with their default. Result order first, then earlier ids the catalogue no longer lists.
 */
export function mergeChoices(previous: CategoryChoice[], result: SuggestResult): CategoryChoice[] {
  const earlier = new Map(previous.map((c) => [c.id, c]));
  const fresh = new Map(initialChoices(result).map((c) => [c.id, c]));
  const merged = result.suggestions.map((s) => earlier.get(s.id) ?? fresh.get(s.id)!);
  const known = new Set(result.suggestions.map((s) => s.id));
  return [...merged, ...previous.filter((c) => !known.has(c.id))];
}

/** Consent is recorded with the date it was given or refused; "not yet asked" carries no date. */
export function setConsent(choices: CategoryChoice[], id: string, consent: ConsentState, today: string): CategoryChoice[] {
  return upsert(choices, id, (c) => {
    const { consentDate: _dropped, ...rest } = c;
    return consent === 'unknown' ? { ...rest, consent } : { ...rest, consent, consentDate: today };
  });
}

/** Selecting is the clinician's intent; whether it may go along is canInclude's answer, not this one's. */
export function toggleCategory(choices: CategoryChoice[], id: string, selected: boolean): CategoryChoice[] {
  return upsert(choices, id, (c) => ({ ...c, selected }));
}

function upsert(choices: CategoryChoice[], id: string, change: (c: CategoryChoice) => CategoryChoice): CategoryChoice[] {
  if (!choices.some((c) => c.id === id)) return [...choices, change({ id, selected: false, consent: 'unknown' })];
  return choices.map((c) => (c.id === id ? change(c) : c));
}
