import type { ClinicalEntry, EntryKind } from '../../lib/messages';
import type { PageEntry } from '../../lib/portals/types';

/**
 * What of the record travels to the sidebar. The sidebar needs the structured lists (medication,
 * problems, imaging…) and the newest narrative entries to suggest categories and draft a letter; it
 * does not need ten thousand old notes, and sending them would cost the portal's main thread.
 */
export const MAX_NARRATIVE = 300;
export const MAX_STRUCTURED = 2000;
export const MAX_TEXT = 4000;

const NARRATIVE: ReadonlySet<EntryKind> = new Set(['note', 'message', 'letter', 'other']);

export function clipForSidebar(entries: readonly PageEntry[], keep: ReadonlySet<string>): ClinicalEntry[] {
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
  return entries.filter((e) => chosen.has(e.id)).map(toPlain);
}

// ISO dates sort as plain strings; localeCompare would cost far more on ten thousand notes.
function compareDesc(a: string, b: string): number {
  return a < b ? 1 : a > b ? -1 : 0;
}

function toPlain(entry: PageEntry): ClinicalEntry {
  const plain: ClinicalEntry = { id: entry.id, kind: entry.kind, text: entry.text.slice(0, MAX_TEXT) };
  if (entry.date) plain.date = entry.date;
  if (entry.author) plain.author = entry.author.slice(0, 200);
  if (entry.title) plain.title = entry.title.slice(0, 300);
  return plain;
}
