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
 */
export interface PortalAdapter {
  id: string;
  /** Cheap check on the URL and document; must not read the whole page. */
  matches(url: URL, doc: Document): boolean;
  readPatient(doc: Document): PatientReading;
  readEntries(doc: Document): PageEntry[];
  /** The portal's language, when the page says so. */
  language?(doc: Document): 'nl' | 'en' | undefined;
}
