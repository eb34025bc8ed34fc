import type { EntryKind } from '../messages';
import type { PageEntry, PortalAdapter } from './types';

const MAX_ENTRY_ID = 120;

/**
 * entryElements() read one by one with readEntry(). Ids repeated on the page (two identical notes, a
 * portal that reuses an id) get an occurrence suffix so that every entry stays addressable.
 */
export function readEntriesWith(adapter: Pick<PortalAdapter, 'entryElements' | 'readEntry'>, doc: Document): PageEntry[] {
  const entries: PageEntry[] = [];
  const unique = uniqueEntryIds();
  adapter.entryElements(doc).forEach((el, index) => {
    const entry = adapter.readEntry(el, index);
    if (entry) entries.push(unique(entry));
  });
  return entries;
}

/**
 * Identical blocks (same kind, date and text) hash to one id; later ones get `#1`, `#2`… so that all
 * are kept, in page order, within the id length limit. One instance per read of the page. Ids in
 * `taken` are already given (to entries kept from an earlier read) and are not given again.
 */
export function uniqueEntryIds(taken: Iterable<string> = []): (entry: PageEntry) => PageEntry {
  const seen = new Map<string, number>();
  const given = new Set(taken);
  return (entry) => {
    let occurrence = seen.get(entry.id) ?? 0;
    let id = entry.id;
    for (;;) {
      id = occurrence === 0 ? entry.id : `${entry.id.slice(0, MAX_ENTRY_ID - 6)}#${occurrence}`;
      occurrence++;
      if (!given.has(id)) break;
    }
    seen.set(entry.id, occurrence);
    return id === entry.id ? entry : { ...entry, id };
  };
}

/**
 * The portal's own id when it has one; otherwise a hash of what the entry says, so that the id stays
 * the same across re-reads and reloads (dismissals and evidence refer to it).
 */
export function entryIdFor(ownId: string | null | undefined, kind: EntryKind, date: string | undefined, text: string): string {
  const own = ownId?.trim();
  if (own) return own.slice(0, MAX_ENTRY_ID);
  return `h_${contentHash(`${kind}|${date ?? ''}|${text.slice(0, 200)}`)}`;
}

/** Two FNV-1a 32-bit hashes with different offsets: 64 bits, synchronous, no crypto needed for an id. */
export function contentHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x01000193) ^ (b >>> 15);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

/** locate() for an entry read from a live element: the element while it is still in the page. */
export function locatorFor(el: Element): () => Element | null {
  return () => (el.isConnected ? el : null);
}
