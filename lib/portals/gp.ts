import type { EntryKind, PageWarning } from '../messages';
import { findDate } from './dates';
import { cleanLine, normalizeSpace } from './dom-text';
import { entryIdFor, locatorFor, readEntriesWith } from './entries';
import { assemblePatient, requiredText } from './patient-fields';
import type { PageEntry, PatientReading, PortalAdapter } from './types';

/**
 * LindeHIS general-practice journal (fixture: tests/portals/gp/index.html). A consult is one entry:
 * its S/O/E/P lines (NHG's SOEP structure) read as "S: …" lines under one ICPC episode code.
 */
const SELECTORS = {
  marker: 'meta[name="application-name"][content^="LindeHIS"], .his-journal-app',
  header: '.his-patientheader',
  name: '.his-pt-name',
  birthDate: '.his-pt-dob',
  sex: '.his-pt-sex',
  bsn: '.his-pt-bsn',
  patientNumber: '.his-pt-number',
  entry: '.his-consult, .his-episode, .his-med',
  consultDate: '.his-date',
  line: 'tr',
  soep: '.his-soep',
  lineText: '.his-text',
  icpc: '.his-icpc',
} as const;

export const gpAdapter: PortalAdapter = {
  id: 'gp',
  matches: (_url, doc) => doc.querySelector(SELECTORS.marker) !== null,
  readPatient,
  entryElements: (doc) => [...doc.querySelectorAll(SELECTORS.entry)],
  readEntry,
  readEntries: (doc) => readEntriesWith(gpAdapter, doc),
  language: () => 'nl',
};

function readPatient(doc: Document): PatientReading {
  const warnings: PageWarning[] = [];
  const header = doc.querySelector(SELECTORS.header);
  if (!header) {
    warnings.push({ code: 'selector-missing', detail: `patient header: ${SELECTORS.header}` });
    return { patient: null, warnings };
  }
  const field = (selector: string, what: string) => requiredText(header, selector, what, warnings);
  return assemblePatient(
    {
      name: field(SELECTORS.name, 'patient name'),
      birthDateText: field(SELECTORS.birthDate, 'birth date'),
      sexText: cleanLine(header.querySelector(SELECTORS.sex)?.textContent),
      identifiers: [
        { system: 'bsn', value: field(SELECTORS.bsn, 'BSN'), label: 'BSN' },
        { system: 'practice', value: field(SELECTORS.patientNumber, 'patient number'), label: 'Pat.nr.' },
      ],
    },
    warnings,
  );
}

function readEntry(el: Element): PageEntry | null {
  if (el.classList.contains('his-consult')) return readConsult(el);
  const kind: EntryKind = el.classList.contains('his-med') ? 'medication' : 'problem';
  const text = normalizeSpace(el.textContent ?? '');
  if (!text) return null;
  const date = findDate(text);
  const ownId = el.getAttribute('data-episode-id') ?? el.getAttribute('data-med-id');
  return { id: entryIdFor(ownId, kind, date, text), kind, date, text, locate: locatorFor(el) };
}

function readConsult(el: Element): PageEntry | null {
  const lines: string[] = [];
  for (const row of el.querySelectorAll(SELECTORS.line)) {
    const code = cleanLine(row.querySelector(SELECTORS.soep)?.textContent);
    const text = normalizeSpace(row.querySelector(SELECTORS.lineText)?.textContent ?? '');
    if (text) lines.push(code ? `${code}: ${text}` : text);
  }
  const text = lines.join('\n');
  if (!text) return null;
  const date = findDate(el.querySelector(SELECTORS.consultDate)?.textContent ?? '');
  const icpc = el.getAttribute('data-icpc') ?? cleanLine(el.querySelector(SELECTORS.icpc)?.textContent);
  const author = el.getAttribute('data-author')?.slice(0, 200) || undefined;
  return {
    id: entryIdFor(el.getAttribute('data-consult-id'), 'note', date, text),
    kind: 'note',
    date,
    author,
    title: icpc ? `ICPC ${icpc}` : undefined,
    text,
    locate: locatorFor(el),
  };
}
