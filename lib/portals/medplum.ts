import type { EntryKind, Identifier, PagePatient, PageWarning } from '../messages';
import type { PageEntry, PatientReading, PortalAdapter } from './types';

/**
 * Adapter for EHR apps built from Medplum's published React components (@medplum/react): the
 * PatientHeader (an InfoBar of key/value entries) and the PatientTimeline / ResourceTimeline panels.
 * Medplum ships its CSS-module class names unhashed (InfoBar_root, Timeline_item) and marks timeline
 * panels with data-testid="timeline-item", so these selectors are part of the rendered product.
 */
const SELECTORS = {
  headerBar: '.InfoBar_root',
  headerEntry: '.InfoBar_entry',
  headerKey: '.InfoBar_key',
  headerValue: '.InfoBar_value',
  patientLink: 'a[href^="/Patient/"]',
  timelineItem: '[data-testid="timeline-item"]',
  itemHeader: '.mantine-Group-root',
  itemAuthor: 'p[data-size="sm"]',
  itemMeta: 'p[data-size="xs"] a[href]',
  itemBody: '.Timeline_item',
} as const;

/** Header keys Medplum's PatientHeader renders itself; every other key is an identifier system. */
const HEADER_KEYS = { name: 'name', birthDate: 'dob', age: 'age', gender: 'gender', state: 'state' } as const;

const MEDPLUM_HOSTS = new Set(['app.medplum.com']);

/** Timeline items that describe the record itself rather than care: demographics edits and audit trail. */
const NON_CLINICAL_TYPES = new Set(['Patient', 'AuditEvent']);

/** FHIR resource type -> the entry kinds the detector and the category suggester understand. */
const KIND_BY_RESOURCE_TYPE: Record<string, EntryKind> = {
  Communication: 'message',
  CommunicationRequest: 'message',
  ClinicalImpression: 'note',
  DocumentReference: 'letter',
  Composition: 'letter',
  Condition: 'problem',
  MedicationRequest: 'medication',
  MedicationStatement: 'medication',
  MedicationAdministration: 'medication',
  AllergyIntolerance: 'allergy',
  Observation: 'result',
  DiagnosticReport: 'result',
  ImagingStudy: 'imaging',
  Procedure: 'procedure',
  QuestionnaireResponse: 'questionnaire',
  CarePlan: 'care-plan',
};

const RESOURCE_HREF = /^\/([A-Z][A-Za-z]+)\/([A-Za-z0-9.-]{1,64})$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;
const MAX_IDENTIFIER = 64;
const MAX_ENTRY_ID = 120;
const MAX_ENTRY_TEXT = 200_000;

export type DateOrder = 'month-first' | 'day-first' | 'year-first';

export const medplumAdapter: PortalAdapter = {
  id: 'medplum',
  matches(url, doc) {
    if (MEDPLUM_HOSTS.has(url.hostname)) return true;
    return (
      doc.querySelector(`${SELECTORS.headerBar} ${SELECTORS.headerValue} ${SELECTORS.patientLink}`) !== null ||
      doc.querySelector(`${SELECTORS.timelineItem} ${SELECTORS.itemBody}`) !== null
    );
  },
  readPatient,
  readEntries,
  // Medplum's components only come in English; the notes inside may be in any language.
  language: () => 'en',
};

function readPatient(doc: Document): PatientReading {
  const warnings: PageWarning[] = [];
  if (doc.querySelector(SELECTORS.timelineItem) === null) {
    warnings.push({ code: 'selector-missing', detail: `timeline: ${SELECTORS.timelineItem}` });
  }
  const headers = findPatientHeaders(doc);
  const header = headers[0];
  if (!header) {
    warnings.push({ code: 'selector-missing', detail: `patient header: ${SELECTORS.headerBar} with a Name entry` });
    return { patient: null, warnings };
  }
  const distinctPatients = new Set(headers.map(patientHref));
  if (distinctPatients.size > 1) {
    warnings.push({ code: 'multiple-patients', detail: `${distinctPatients.size} patient headers on the page` });
  }

  const fields = readHeaderFields(header);
  const name = fields.get(HEADER_KEYS.name)?.value ?? '';
  if (!name) warnings.push({ code: 'selector-missing', detail: `patient name: ${SELECTORS.headerValue}` });

  const birthDateText = fields.get(HEADER_KEYS.birthDate)?.value;
  const birthDate = birthDateText ? isoDateFrom(birthDateText) : undefined;
  if (!birthDateText) {
    warnings.push({ code: 'selector-missing', detail: 'patient birth date: DoB entry' });
  } else if (!birthDate) {
    warnings.push({ code: 'birth-date-unreadable', detail: birthDateText.slice(0, 40) });
  }

  const identifiers = readIdentifiers(fields, warnings);
  const resourceId = patientHref(header)?.split('/')[2];
  if (resourceId && resourceId.length <= MAX_IDENTIFIER) {
    identifiers.push({ system: 'medplum', label: 'Patient', value: resourceId });
  }

  const patient: PagePatient = {
    name,
    birthDate,
    sex: sexFrom(fields.get(HEADER_KEYS.gender)?.value),
    identifiers: identifiers.slice(0, 20),
    confidence: confidenceOf(distinctPatients.size, name, birthDate, identifiers.length),
  };
  return { patient, warnings };
}

function readEntries(doc: Document): PageEntry[] {
  const entries: PageEntry[] = [];
  const seen = new Map<string, number>();
  for (const item of doc.querySelectorAll(SELECTORS.timelineItem)) {
    const meta = readItemMeta(item);
    if (!meta || NON_CLINICAL_TYPES.has(meta.resourceType)) continue;
    const body = childMatching(item, SELECTORS.itemBody);
    const text = body ? readableText(body).slice(0, MAX_ENTRY_TEXT) : '';
    if (!text) continue;

    const occurrence = seen.get(meta.href) ?? 0;
    seen.set(meta.href, occurrence + 1);
    const baseId = `${meta.resourceType}/${meta.id}`;
    const id = (occurrence === 0 ? baseId : `${baseId}#${occurrence}`).slice(0, MAX_ENTRY_ID);
    const header = childMatching(item, SELECTORS.itemHeader);
    const author = normalizeSpace(header?.querySelector(SELECTORS.itemAuthor)?.textContent ?? '');

    entries.push({
      id,
      kind: KIND_BY_RESOURCE_TYPE[meta.resourceType] ?? 'other',
      date: itemDate(item, meta.dateText),
      author: author ? author.slice(0, 200) : undefined,
      title: meta.resourceType,
      text,
      locate: () => locateItem(doc, meta.href, occurrence),
    });
  }
  return entries;
}

function findPatientHeaders(doc: Document): Element[] {
  return [...doc.querySelectorAll(SELECTORS.headerBar)].filter((bar) => {
    if (bar.closest(SELECTORS.timelineItem)) return false;
    const nameValue = readHeaderFields(bar).get(HEADER_KEYS.name)?.element;
    return nameValue?.querySelector(SELECTORS.patientLink) != null;
  });
}

function patientHref(header: Element): string | undefined {
  return header.querySelector(`${SELECTORS.headerValue} ${SELECTORS.patientLink}`)?.getAttribute('href') ?? undefined;
}

interface HeaderField {
  key: string;
  value: string;
  element: Element;
}

/** Keys are matched case-insensitively: Mantine upper-cases them with CSS, not in the text. */
function readHeaderFields(header: Element): Map<string, HeaderField> {
  const fields = new Map<string, HeaderField>();
  for (const entry of header.querySelectorAll(SELECTORS.headerEntry)) {
    const keyElement = entry.querySelector(SELECTORS.headerKey);
    const valueElement = entry.querySelector(SELECTORS.headerValue);
    if (!keyElement || !valueElement) continue;
    const key = normalizeSpace(keyElement.textContent ?? '');
    if (!key || fields.has(key.toLowerCase())) continue;
    fields.set(key.toLowerCase(), { key, value: normalizeSpace(valueElement.textContent ?? ''), element: valueElement });
  }
  return fields;
}

/** PatientHeader lists every Patient.identifier with its system as the key. */
function readIdentifiers(fields: Map<string, HeaderField>, warnings: PageWarning[]): Identifier[] {
  const known = new Set<string>(Object.values(HEADER_KEYS));
  const identifiers: Identifier[] = [];
  for (const [lowerKey, field] of fields) {
    if (known.has(lowerKey) || !field.value) continue;
    if (field.value.length > MAX_IDENTIFIER) {
      warnings.push({ code: 'identifier-too-long', detail: field.key.slice(0, 60) });
      continue;
    }
    const isMrn = /\bmrn\b|medical.?record/i.test(field.key);
    identifiers.push({
      system: isMrn ? 'mrn' : 'medplum',
      value: field.value,
      label: field.key.slice(0, MAX_IDENTIFIER),
    });
  }
  return identifiers;
}

function sexFrom(gender: string | undefined): PagePatient['sex'] {
  const value = gender?.toLowerCase();
  return value === 'female' || value === 'male' || value === 'other' || value === 'unknown' ? value : undefined;
}

function confidenceOf(
  patientCount: number,
  name: string,
  birthDate: string | undefined,
  identifierCount: number,
): PagePatient['confidence'] {
  if (patientCount > 1 || !name) return 'unsure';
  return birthDate && identifierCount > 0 ? 'certain' : 'probable';
}

interface ItemMeta {
  href: string;
  resourceType: string;
  id: string;
  dateText: string;
}

/** TimelineItem's second line: a date link and a resource-type link, both to the resource itself. */
function readItemMeta(item: Element): ItemMeta | undefined {
  const header = childMatching(item, SELECTORS.itemHeader);
  const links = header ? [...header.querySelectorAll(SELECTORS.itemMeta)] : [];
  const first = links[0];
  const href = first?.getAttribute('href') ?? '';
  const match = RESOURCE_HREF.exec(href);
  if (!first || !match?.[1] || !match[2]) return undefined;
  return { href, resourceType: match[1], id: match[2], dateText: normalizeSpace(first.textContent ?? '') };
}

/**
 * Communication panels carry the FHIR `sent` instant as a datetime attribute; the date of the instant
 * as recorded is used, so the result does not depend on the reader's time zone. Other panels only
 * show the date as Date.toLocaleString() output of the browser's own locale.
 */
function itemDate(item: Element, dateText: string): string | undefined {
  const attribute = item.getAttribute('datetime');
  if (attribute) {
    const iso = isoDateFrom(attribute);
    if (iso) return iso;
  }
  return parseMedplumDisplayDate(dateText, browserDateOrder());
}

/** Reads the date part of Medplum's formatDateTime() output, e.g. "3/12/2024, 9:15:00 AM" (en-US). */
export function parseMedplumDisplayDate(text: string, order: DateOrder): string | undefined {
  const iso = isoDateFrom(text);
  if (iso) return iso;
  const parts = /(\d{1,4})[/.-](\d{1,2})[/.-](\d{1,4})/.exec(text);
  if (!parts?.[1] || !parts[2] || !parts[3]) return undefined;
  const [a, b, c] = [parts[1], parts[2], parts[3]];
  const [year, month, day] = order === 'year-first' ? [a, b, c] : order === 'month-first' ? [c, a, b] : [c, b, a];
  return validIsoDate(Number(year), Number(month), Number(day));
}

/** Date.toLocaleString() without a locale uses the runtime default, which Intl reports the same way. */
export function browserDateOrder(): DateOrder {
  const parts = new Intl.DateTimeFormat().formatToParts(new Date(2001, 10, 22));
  const order = parts.filter((part) => part.type === 'year' || part.type === 'month' || part.type === 'day');
  if (order[0]?.type === 'year') return 'year-first';
  return order[0]?.type === 'month' ? 'month-first' : 'day-first';
}

function isoDateFrom(text: string): string | undefined {
  const match = ISO_DATE.exec(text.trim());
  return match ? validIsoDate(Number(match[1]), Number(match[2]), Number(match[3])) : undefined;
}

function validIsoDate(year: number, month: number, day: number): string | undefined {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return undefined;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function locateItem(doc: Document, href: string, occurrence: number): Element | null {
  const matching = [...doc.querySelectorAll(SELECTORS.timelineItem)].filter(
    (item) => readItemMeta(item)?.href === href,
  );
  return matching[occurrence] ?? null;
}

function childMatching(parent: Element, selector: string): Element | undefined {
  return [...parent.children].find((child) => child.matches(selector));
}

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FORM',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HR', 'LI', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TBODY', 'THEAD',
  'TR', 'UL',
]);
const CELL_TAGS = new Set(['TD', 'TH']);
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'svg', 'SVG']);

/**
 * Plain text of a panel with line breaks between blocks and spaces between table cells, so labels and
 * values of Medplum's resource tables do not run together. Text only: markup is never interpreted.
 */
function readableText(root: Element): string {
  const pieces: string[] = [];
  const walk = (node: Node): void => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) {
        pieces.push(child.textContent ?? '');
      } else if (child.nodeType === 1) {
        const tag = (child as Element).tagName;
        if (SKIPPED_TAGS.has(tag)) continue;
        const separator = BLOCK_TAGS.has(tag) ? '\n' : CELL_TAGS.has(tag) ? ' ' : '';
        pieces.push(separator);
        walk(child);
        pieces.push(separator);
      }
    }
  };
  walk(root);
  return pieces
    .join('')
    .split('\n')
    .map(normalizeSpace)
    .filter((line) => line.length > 0)
    .join('\n');
}

function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
