import type { ClinicalEntry, EntryKind } from '../messages';

/**
 * What of the record travels to the sidebar. The sidebar needs the structured lists (medication,
 * problems, imaging…) and the newest narrative entries to suggest categories and draft a letter; it
 * does not need ten thousand old notes, and sending them would cost the portal's main thread.
 *
 * The choice (`sidebarEntryIds`) is made in the background, where the evidence is known; the content
 * script only turns the chosen entries into plain data (`plainEntry`) when it relays them.
 */
export const MAX_NARRATIVE = 300;
export const MAX_STRUCTURED = 2000;
export const MAX_TEXT = 4000;

const NARRATIVE: ReadonlySet<EntryKind> = new Set(['note', 'message', 'letter', 'other']);

type Clippable = Pick<ClinicalEntry, 'id' | 'kind' | 'date'>;

/** Ids of the entries the sidebar gets, in page order: every structured one, the newest narrative ones, and `keep`. */
export function sidebarEntryIds(entries: readonly Clippable[], keep: ReadonlySet<string>): string[] {
  const narrative = entries
    .map((entry, index) => ({ entry, index }))
    .filter(({ entry }) => NARRATIVE.has(entry.kind))
    .sort((a, b) => compareDesc(a.entry.date ?? '', b.entry.date ?? '') || b.index - a.index);
  const chosen = new Set<string>(narrative.slice(0, MAX_NARRATIVE).map(({ entry }) => entry.id));
  let structured = 0;
  for (const entry of entries) {
    if (!NARRATIVE.has(entry.kind) && structured < MAX_STRUCTURED) {
      chosen.add(entry.id);
      structured++;
    }
  }
  for (const id of keep) chosen.add(id);
  return entries.filter((e) => chosen.has(e.id)).map((e) => e.id);
}

/** The chosen entries as plain data, in page order. */
export function clipForSidebar(entries: readonly ClinicalEntry[], keep: ReadonlySet<string>): ClinicalEntry[] {
  const chosen = new Set(sidebarEntryIds(entries, keep));
  return entries.filter((e) => chosen.has(e.id)).map(plainEntry);
}

// ISO dates sort as plain strings; localeCompare would cost far more on ten thousand notes.
function compareDesc(a: string, b: string): number {
  return a < b ? 1 : a > b ? -1 : 0;
}

/** Only the fields the sidebar reads, text clipped: never a function or a page element. */
export function plainEntry(entry: ClinicalEntry): ClinicalEntry {
  const plain: ClinicalEntry = { id: entry.id, kind: entry.kind, text: entry.text.slice(0, MAX_TEXT) };
  if (entry.date) plain.date = entry.date;
  if (entry.author) plain.author = entry.author.slice(0, 200);
  if (entry.title) plain.title = entry.title.slice(0, 300);
  return plain;
}
