import { formatDate } from '../format';
import { cleanEntry } from '../letter/record/clean';
import type { EnclosedCategory } from '../letter/schemas';
import type { ClinicalEntry } from '../messages';
import type { CategoryChoice } from '../draft-shapes';
import { getCategory } from './catalogue';
import { entryLabel } from './entry-label';
import { withheldSensitiveEntryIds } from './sensitive-guard';
import type { Lang, SuggestResult } from './types';

/**
 * The selected categories as the letter encloses them, in the order the clinician keeps them. A
 * selected category without consent is still passed on, with its consent state, so the letter can
 * withhold its entries and guard against their text turning up elsewhere.
 */
export function toEnclosedCategories(
  choices: CategoryChoice[],
  result: SuggestResult,
  entries: ClinicalEntry[],
  lang: Lang,
): EnclosedCategory[] {
  const suggestionById = new Map(result.suggestions.map((s) => [s.id, s]));
  const entryById = new Map(entries.map((e) => [e.id, e]));
  const withheld = withheldSensitiveEntryIds(choices, result);
  const enclosed: EnclosedCategory[] = [];
  for (const choice of choices) {
    const category = getCategory(choice.id);
    const suggestion = suggestionById.get(choice.id);
    if (!choice.selected || !category || !suggestion) continue;
    const own = suggestion.entryIds
      .map((id) => entryById.get(id))
      .filter((e): e is ClinicalEntry => !!e && (category.sensitive || !withheld.has(e.id)));
    enclosed.push({
      id: category.id,
      label: category.label[lang],
      sensitive: category.sensitive,
      consent: choice.consent,
      items: newestFirst(own).map((entry) => itemLine(entry)),
      entryIds: own.map((e) => e.id),
    });
  }
  return enclosed;
}

/**
 * "MRI knie rechts — 15-09-2026": the name as the portal shows it, then its date, once. A table row
 * that writes its date in its own text ("Gonartrose rechts 12-06-2026 Actueel") is cleaned first.
 * The name is shortened at a word; `'whole'` gives the whole name, for hover and focus.
 */
export function itemLine(entry: ClinicalEntry, length: 'short' | 'whole' = 'short'): string {
  const clean = cleanEntry(entry);
  const named = { ...entry, text: clean.text, title: clean.title };
  const name = length === 'whole' ? entryLabel(named, Infinity) : entryLabel(named);
  return clean.date ? `${name} — ${formatDate(clean.date)}` : name;
}

/** Newest first, undated last, page order among equals. */
export function newestFirst(entries: readonly ClinicalEntry[]): ClinicalEntry[] {
  return [...entries].sort((a, b) => {
    if (a.date && b.date) return a.date > b.date ? -1 : a.date < b.date ? 1 : 0;
    if (a.date) return -1;
    if (b.date) return 1;
    return 0;
  });
}
