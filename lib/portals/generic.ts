import { readPatientFromPage } from './banner';
import { readEntriesWith } from './entries';
import { adoptEntryElement, entryElementsOf, prepareEntryElements, readEntryElement } from './entry-blocks';
import type { PortalAdapter } from './types';

/**
 * The reader for every portal: the patient from the page's banner (banner.ts, banner-fields.ts) and
 * the record as entries of the kind their section says (entry-blocks.ts, entry-kinds.ts), over one
 * walk of the page that reaches into open shadow roots and same-origin frames (page-walk.ts). It never
 * guesses: two different candidates leave the patient unknown, a name without birth date or
 * identifier leaves it unsure so that the user confirms.
 */
export const genericAdapter: PortalAdapter = {
  id: 'generic',
  matches: () => true,
  readPatient: readPatientFromPage,
  entryElements: entryElementsOf,
  readEntry: (el) => readEntryElement(el),
  readEntries: (doc) => readEntriesWith(genericAdapter, doc),
  adoptEntry: adoptEntryElement,
  prepare: prepareEntryElements,
  language(doc) {
    const lang = doc.documentElement.lang.toLowerCase();
    return lang.startsWith('nl') ? 'nl' : lang.startsWith('en') ? 'en' : undefined;
  },
};
