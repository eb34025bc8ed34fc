import type { EntryKind, PageWarning } from '../messages';
import { parseDate } from './dates';
import { cleanLine, readableText } from './dom-text';
import { entryIdFor, locatorFor, readEntriesWith } from './entries';
import { assemblePatient, requiredText } from './patient-fields';
import type { PageEntry, PatientReading, PortalAdapter } from './types';

/**
 * Northbridge Outpatients single-page app (fixture: tests/portals/clinic-spa/). The view is rendered
 * after a fetch, so right after navigation the banner may not be there yet: that is a warning and
 * "no patient", and the content script reads again when the view changes.
 */
const SELECTORS = {
  marker: 'meta[name="application-name"][content^="Northbridge"], [data-app="northbridge-outpatients"]',
  banner: '#nb-view .nb-banner',
  name: '[data-field="name"]',
  birthDate: '[data-field="dob"]',
  sex: '[data-field="sex"]',
  mrn: '[data-field="mrn"]',
  entry: '#nb-view .nb-note, #nb-view .nb-message',
  date: 'time[datetime]',
  author: '.nb-author',
  title: '.nb-title',
  text: '.nb-text',
} as const;

export const clinicSpaAdapter: PortalAdapter = {
  id: 'clinic-spa',
  matches: (_url, doc) => doc.querySelector(SELECTORS.marker) !== null,
  readPatient,
  entryElements: (doc) => [...doc.querySelectorAll(SELECTORS.entry)],
  readEntry,
  readEntries: (doc) => readEntriesWith(clinicSpaAdapter, doc),
  language: () => 'en',
};

function readPatient(doc: Document): PatientReading {
  const warnings: PageWarning[] = [];
  const banner = doc.querySelector(SELECTORS.banner);
  if (!banner) {
    warnings.push({ code: 'selector-missing', detail: `patient banner: ${SELECTORS.banner}` });
    return { patient: null, warnings };
  }
  const field = (selector: string, what: string) => requiredText(banner, selector, what, warnings);
  return assemblePatient(
    {
      name: field(SELECTORS.name, 'patient name'),
      birthDateText: field(SELECTORS.birthDate, 'birth date'),
      sexText: cleanLine(banner.querySelector(SELECTORS.sex)?.textContent),
      identifiers: [{ system: 'mrn', value: field(SELECTORS.mrn, 'MRN'), label: 'MRN' }],
    },
    warnings,
  );
}

function readEntry(el: Element): PageEntry | null {
  const kind: EntryKind = el.classList.contains('nb-message') ? 'message' : 'note';
  const textElement = el.querySelector(SELECTORS.text);
  const text = textElement ? readableText(textElement) : '';
  if (!text) return null;
  const dateAttribute = el.querySelector(SELECTORS.date)?.getAttribute('datetime');
  const date = dateAttribute ? parseDate(dateAttribute) : undefined;
  const ownId = el.getAttribute('data-note-id') ?? el.getAttribute('data-message-id');
  return {
    id: entryIdFor(ownId, kind, date, text),
    kind,
    date,
    author: cleanLine(el.querySelector(SELECTORS.author)?.textContent).slice(0, 200) || undefined,
    title: cleanLine(el.querySelector(SELECTORS.title)?.textContent).slice(0, 300) || undefined,
    text: text.slice(0, 200_000),
    locate: locatorFor(el),
  };
}
