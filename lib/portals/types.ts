import type { ClinicalEntry, PagePatient, PageWarning } from '../messages';

/** A clinical entry read from the page, with a way to find its element again for highlighting. */
export interface PageEntry extends ClinicalEntry {
  locate(): Element | null;
}

export interface PatientReading {
  patient: PagePatient | null;
  warnings: PageWarning[];
}

/**
 * One adapter per portal (refined-github habit: selectors at the top of each adapter file, a fixture
 * page per adapter under tests/portals/). Adapters only read: they never write into the page.
 *
 * Entries are exposed as a cheap element list plus a per-element reader so that a huge page can be
 * read in chunks between idle callbacks instead of in one long task.
 */
export interface PortalAdapter {
  id: string;
  /** Cheap check on the URL and document (a distinctive DOM marker); must not read the whole page. */
  matches(url: URL, doc: Document): boolean;
  readPatient(doc: Document): PatientReading;
  /** The elements that hold entries, in page order; may reach into open shadow roots and same-origin frames. */
  entryElements(doc: Document): Element[];
  /** Plain text of one entry (textContent, never innerHTML); null when the element holds nothing clinical. */
  readEntry(el: Element, index: number): PageEntry | null;
  /** All entries at once: entryElements() read with readEntry() (see readEntriesWith). */
  readEntries(doc: Document): PageEntry[];
  /**
   * The page added `el` next to `sibling`, one of this reader's entry elements: true when `el` is an
   * entry of the same kind of block, made ready to be read with readEntry() without walking the page
   * again (a re-read after a small change touches only what changed). False: read the page whole.
   */
  adoptEntry?(el: Element, sibling: Element): boolean;
  /**
   * Runs the reader's passes over the whole page in slices of `sliceMs`, handing the main thread back
   * (`pause`) between them, so that readPatient and entryElements that follow find them done.
   */
  prepare?(doc: Document, sliceMs: number, pause: () => Promise<void>): Promise<void>;
  /** The portal's language, when the page says so. */
  language?(doc: Document): 'nl' | 'en' | undefined;
}
