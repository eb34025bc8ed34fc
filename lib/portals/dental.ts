import type { EntryKind, PageWarning } from '../messages';
import { parseDate } from './dates';
import { cleanLine, readableText } from './dom-text';
import { entryIdFor, locatorFor, readEntriesWith } from './entries';
import { assemblePatient, requiredText } from './patient-fields';
import type { PageEntry, PatientReading, PortalAdapter } from './types';

/**
 * Vlietzicht dental practice record (fixture: tests/portals/dental/index.html): periodontal status,
 * X-rays, implant treatment plan and journal — the data a dental second opinion asks for.
 */
const SELECTORS = {
  marker: 'meta[name="application-name"][content^="Vlietzicht"], [data-app="vlietzicht-dental"]',
  patient: '.tp-patient',
  name: '.tp-name',
  birthDate: '.tp-dob',
  bsn: '.tp-bsn',
  patientNumber: '.tp-number',
  entry: '.tp-perio-status, .tp-xray, .tp-plan-item, .tp-note',
  date: 'time[datetime]',
  xrayTitle: 'b',
} as const;

const KIND_BY_CLASS: Array<[string, EntryKind]> = [
  ['tp-perio-status', 'dental'],
  ['tp-xray', 'imaging'],
  ['tp-plan-item', 'care-plan'],
  ['tp-note', 'note'],
];

export const dentalAdapter: PortalAdapter = {
  id: 'dental',
  matches: (_url, doc) => doc.querySelector(SELECTORS.marker) !== null,
  readPatient,
  entryElements: (doc) => [...doc.querySelectorAll(SELECTORS.entry)],
  readEntry,
  readEntries: (doc) => readEntriesWith(dentalAdapter, doc),
  language: () => 'nl',
};

function readPatient(doc: Document): PatientReading {
  const warnings: PageWarning[] = [];
  const box = doc.querySelector(SELECTORS.patient);
  if (!box) {
    warnings.push({ code: 'selector-missing', detail: `patient box: ${SELECTORS.patient}` });
    return { patient: null, warnings };
  }
  const field = (selector: string, what: string) => requiredText(box, selector, what, warnings);
  return assemblePatient(
    {
      name: field(SELECTORS.name, 'patient name'),
      birthDateText: field(SELECTORS.birthDate, 'birth date'),
      identifiers: [
        { system: 'bsn', value: field(SELECTORS.bsn, 'BSN'), label: 'BSN' },
        { system: 'practice', value: field(SELECTORS.patientNumber, 'patient number'), label: 'Patiëntnr.' },
      ],
    },
    warnings,
  );
}

function readEntry(el: Element): PageEntry | null {
  const kind = KIND_BY_CLASS.find(([className]) => el.classList.contains(className))?.[1] ?? 'other';
  const text = readableText(el).slice(0, 200_000);
  if (!text) return null;
  const dateAttribute = el.querySelector(SELECTORS.date)?.getAttribute('datetime');
  const date = dateAttribute ? parseDate(dateAttribute) : undefined;
  const title = kind === 'imaging' ? cleanLine(el.querySelector(SELECTORS.xrayTitle)?.textContent) || undefined : undefined;
  const author = el.getAttribute('data-author')?.slice(0, 200) || undefined;
  return { id: entryIdFor(el.getAttribute('data-id'), kind, date, text), kind, date, author, title, text, locate: locatorFor(el) };
}
