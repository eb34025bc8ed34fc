import type { ClinicalEntry } from '../messages';
import { CATEGORIES, type Category } from './catalogue';
import { normaliseText, wordListPattern } from './word-match';

/**
 * Which categories an entry belongs to. One entry may belong to several: an HIV problem is both a
 * problem and HIV data, and it must travel only under the HIV category's consent (GUIDE section 3:
 * sensitive data is the part patients guard most).
 *
 * - An entry kind owned by one category goes there (kind `imaging` → imaging).
 * - A kind owned by several (a `dental` entry: X-ray, model or periodontal chart) is split by the words;
 *   when no words decide, the first owner in catalogue order takes it.
 * - Narrative kinds (a patient's message, a clinician's note, a letter) are what they are: a message
 *   that mentions an MRI is not the MRI report, so they never land in a record category of another
 *   kind (imaging, lab results, medication…). A letter belongs to the letters. Only the categories
 *   portals keep as prose (social history, advance directives, the care plan) take them by words.
 * - Entries of an unknown kind (`other`) go wherever their words point.
 * - Derived categories without a kind (treatment history, functional status) are found by words in any
 *   entry, because portals keep them inside notes, letters and medication lines.
 * - Sensitive categories are checked by words on every entry, whatever its kind.
 */
// Snapshots hand the same entry objects to every call (suggest, checklist, warnings); remembering the
// work per object keeps a record of thousands of entries responsive in the sidebar.
/** Kinds that say who wrote to whom, not which record item it is (see the rules above). */
export const NARRATIVE_KINDS: ReadonlySet<ClinicalEntry['kind']> = new Set(['message', 'note', 'letter']);
/** Record categories that portals keep as prose inside notes as often as in a list of their own. */
const PROSE_CATEGORIES: ReadonlySet<string> = new Set(['social-history', 'advance-directives', 'care-plan']);

const textCache = new WeakMap<ClinicalEntry, string>();
const categoryCache = new WeakMap<ClinicalEntry, string[]>();
const patternCache = new WeakMap<Category, RegExp>();

export function entryText(entry: ClinicalEntry): string {
  let text = textCache.get(entry);
  if (text === undefined) {
    text = normaliseText(`${entry.title ?? ''} \n ${entry.text}`);
    textCache.set(entry, text);
  }
  return text;
}

export function allWords(category: Category): string[] {
  return [...category.hints.words.nl, ...category.hints.words.en];
}

export function wordsMatch(category: Category, normalisedText: string): boolean {
  let pattern = patternCache.get(category);
  if (!pattern) {
    pattern = wordListPattern(allWords(category));
    patternCache.set(category, pattern);
  }
  return pattern.test(normalisedText);
}

export function categoriesOfEntry(entry: ClinicalEntry): string[] {
  let ids = categoryCache.get(entry);
  if (!ids) {
    ids = computeCategories(entry);
    categoryCache.set(entry, ids);
  }
  return [...ids];
}

function computeCategories(entry: ClinicalEntry): string[] {
  const text = entryText(entry);
  const ordinary = CATEGORIES.filter((c) => !c.sensitive);
  const owners = ordinary.filter((c) => c.hints.kinds.includes(entry.kind));
  const ids = new Set<string>();

  if (owners.length === 1) ids.add(owners[0]!.id);
  else if (owners.length > 1) {
    const byWords = owners.filter((c) => wordsMatch(c, text));
    for (const c of byWords.length > 0 ? byWords : [owners[0]!]) ids.add(c.id);
  } else {
    const narrative = NARRATIVE_KINDS.has(entry.kind);
    for (const c of ordinary) {
      if (c.hints.kinds.length > 0 && (!narrative || PROSE_CATEGORIES.has(c.id)) && wordsMatch(c, text)) ids.add(c.id);
    }
  }
  for (const c of ordinary) if (c.hints.kinds.length === 0 && wordsMatch(c, text)) ids.add(c.id);
  for (const c of CATEGORIES) {
    if (c.sensitive && (c.hints.kinds.includes(entry.kind) || wordsMatch(c, text))) ids.add(c.id);
  }
  return CATEGORIES.filter((c) => ids.has(c.id)).map((c) => c.id);
}

/** Entries per category id, in page order; every catalogue id is present. */
export function assignEntries(entries: readonly ClinicalEntry[]): Map<string, ClinicalEntry[]> {
  const byCategory = new Map<string, ClinicalEntry[]>(CATEGORIES.map((c) => [c.id, []]));
  for (const entry of entries) {
    for (const id of categoriesOfEntry(entry)) byCategory.get(id)!.push(entry);
  }
  return byCategory;
}

/** Newest dated entry; undated entries only when nothing is dated (page order decides then). */
export function newestEntry(entries: readonly ClinicalEntry[]): ClinicalEntry | undefined {
  let best: ClinicalEntry | undefined;
  for (const e of entries) {
    if (!best || (e.date && (!best.date || e.date > best.date))) best = e;
  }
  return best;
}
