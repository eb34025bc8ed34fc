import { normalizeSpace } from './text';

/**
 * A page state: what the portal showed when the sidebar read (or the clinician confirmed) a patient.
 * A hand confirmation holds only for the state it was made on; any change of address, title, the top
 * of the page (where portals put the patient banner) or the record's first entries means the portal
 * may show another patient, and the confirmation must be asked again. Pure: the content script
 * collects the strings, this module only normalises and hashes them, so it is cheap and testable.
 */

/** How much of the page's top text counts: enough for a banner and the start of the record. */
export const PAGE_STATE_TOP_CHARS = 2000;
/** How many of the record's first entries count. */
export const PAGE_STATE_RECORDS = 5;
const RECORD_CHARS = 2000;

export interface PageStateParts {
  /** The full address: path, query and hash. */
  url: string;
  title: string;
  /** Visible text from the top of the page, banner first (see PAGE_STATE_TOP_CHARS). */
  top: string;
  /** Text of the record's first entries, in page order (see PAGE_STATE_RECORDS). */
  records: readonly string[];
}


/**
 * Two 32-bit FNV-1a hashes with different offsets, over length-prefixed parts (so no two different
 * lists of parts hash the same text). Not a secret: it only has to change when the page does.
 */
function hashParts(parts: readonly string[]): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (const part of parts) {
    const text = `${part.length}:${part}`;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      a = Math.imul(a ^ code, 0x01000193);
      b = Math.imul(b ^ code, 0x01000193 + 0x100);
    }
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

/** The address, title and top of the page: what can be checked at once on every DOM change. */
export function quickPageState(parts: Pick<PageStateParts, 'url' | 'title' | 'top'>): string {
  return `pq_${hashParts([parts.url, normalizeSpace(parts.title), normalizeSpace(parts.top).slice(0, PAGE_STATE_TOP_CHARS)])}`;
}

/** The full fingerprint of a page state: the quick part plus the record's first entries. */
export function pageStateOf(parts: PageStateParts): string {
  const records = parts.records.slice(0, PAGE_STATE_RECORDS).map((record) => normalizeSpace(record).slice(0, RECORD_CHARS));
  return `ps_${hashParts([quickPageState(parts), String(records.length), ...records])}`;
}
