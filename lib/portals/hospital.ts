import type { EntryKind, PageWarning } from '../messages';
import { parseDate } from './dates';
import { cleanLine, deepQuerySelectorAll, readableText } from './dom-text';
import { entryIdFor, locatorFor, readEntriesWith } from './entries';
import { assemblePatient, requiredText } from './patient-fields';
import type { PageEntry, PatientReading, PortalAdapter } from './types';

/**
 * Ziekenhuis Rijnoever patient dossier (fixture: tests/portals/hospital/index.html). Every entry
 * carries the dossier's own id in a data attribute, which makes a stable entry id.
 */
const SELECTORS = {
  marker: 'meta[name="application-name"][content^="Rijnoever"], .rz-dossier',
  banner: '.rz-patientbanner',
  name: '.rz-pb-name',
  birthDate: '[data-field="geboortedatum"]',
  sex: '[data-field="geslacht"]',
  bsn: '[data-field="bsn"]',
  patientNumber: '[data-field="patientnummer"]',
  gp: '[data-field="huisarts"]',
  entry: '.rz-note, .rz-message, .rz-problem, .rz-med, .rz-allergy, .rz-imaging, .rz-lab',
  date: 'time[datetime]',
  author: '.rz-author',
  title: '.rz-title',
  body: '.rz-note-body, .rz-message-body, .rz-imaging-report',
} as const;

const ID_ATTRIBUTES = ['data-note-id', 'data-message-id', 'data-problem-id', 'data-med-id', 'data-allergy-id', 'data-study-id', 'data-lab-id'];

const KIND_BY_CLASS: Array<[string, EntryKind]> = [
  ['rz-note', 'note'],
  ['rz-message', 'message'],
  ['rz-problem', 'problem'],
  ['rz-med', 'medication'],
  ['rz-allergy', 'allergy'],
  ['rz-imaging', 'imaging'],
  ['rz-lab', 'result'],
];

export const hospitalAdapter: PortalAdapter = {
  id: 'hospital',
  matches: (_url, doc) => doc.querySelector(SELECTORS.marker) !== null,
  readPatient,
  entryElements: (doc) => deepQuerySelectorAll(doc, SELECTORS.entry),
  readEntry,
  readEntries: (doc) => readEntriesWith(hospitalAdapter, doc),
  language: (doc) => (doc.documentElement.lang.toLowerCase().startsWith('nl') ? 'nl' : undefined),
};

function readPatient(doc: Document): PatientReading {
  const warnings: PageWarning[] = [];
  const banners = doc.querySelectorAll(SELECTORS.banner);
  const banner = banners[0];
  if (!banner) {
    warnings.push({ code: 'selector-missing', detail: `patient banner: ${SELECTORS.banner}` });
    return { patient: null, warnings };
  }
  const field = (selector: string, what: string) => requiredText(banner, selector, what, warnings);
  const reading = assemblePatient(
    {
      name: field(SELECTORS.name, 'patient name'),
      birthDateText: field(SELECTORS.birthDate, 'birth date'),
      sexText: cleanLine(banner.querySelector(SELECTORS.sex)?.textContent),
      identifiers: [
        { system: 'bsn', value: field(SELECTORS.bsn, 'BSN'), label: 'BSN' },
        { system: 'mrn', value: field(SELECTORS.patientNumber, 'patient number'), label: 'Patiëntnummer' },
      ],
    },
    warnings,
  );
  // Optional: the letter sends the report to the GP the banner names.
  const gp = cleanLine(banner.querySelector(SELECTORS.gp)?.textContent).slice(0, 200);
  if (gp && reading.patient) reading.patient.gp = gp;
  if (banners.length > 1 && reading.patient) {
    warnings.push({ code: 'multiple-patients', detail: `${banners.length} patient banners on the page` });
    reading.patient.confidence = 'unsure';
  }
  return reading;
}

function readEntry(el: Element): PageEntry | null {
  const kind = KIND_BY_CLASS.find(([className]) => el.classList.contains(className))?.[1] ?? 'other';
  const body = el.querySelector(SELECTORS.body) ?? el;
  const text = readableText(body).slice(0, 200_000);
  if (!text) return null;
  const dateAttribute = el.querySelector(SELECTORS.date)?.getAttribute('datetime');
  const date = dateAttribute ? parseDate(dateAttribute) : undefined;
  const author = cleanLine(el.querySelector(SELECTORS.author)?.textContent).slice(0, 200) || undefined;
  const title = cleanLine(el.querySelector(SELECTORS.title)?.textContent).slice(0, 300) || undefined;
  const ownId = ID_ATTRIBUTES.map((name) => el.getAttribute(name)).find((value) => value);
  return { id: entryIdFor(ownId, kind, date, text), kind, date, author, title, text, locate: locatorFor(el) };
}
