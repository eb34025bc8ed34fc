import type { CategoryChoice } from '../draft-shapes';
import { getCategory } from './catalogue';
import { canInclude } from './consent';
import type { SuggestResult } from './types';

/**
 * Entries that belong to a sensitive category which may not be shared (not selected, or without the
 * patient's explicit consent). They stay out of every other category too: an HIV problem must not
 * ride along under "problems" when HIV itself is withheld (GUIDE section 3, sensitive data).
 */
export function withheldSensitiveEntryIds(choices: readonly CategoryChoice[], result: SuggestResult): Set<string> {
  const byId = new Map(choices.map((c) => [c.id, c]));
  const withheld = new Set<string>();
  for (const s of result.suggestions) {
    const category = getCategory(s.id);
    if (!category?.sensitive) continue;
    const choice = byId.get(s.id);
    if (choice?.selected && canInclude(choice, category)) continue;
    for (const id of s.entryIds) withheld.add(id);
  }
  return withheld;
}
