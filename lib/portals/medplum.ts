import type { EntryKind, Identifier, PagePatient, PageWarning } from '../messages';
import { validIsoDate } from './dates';
import { normalizeSpace } from '../text';
import { readableText } from './dom-text';
import { readEntriesWith } from './entries';
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
    // Each descendant selector is tried only when the class it ends in (or starts from) is on the page:
    // a selector of one class takes the browser's fast path, while a descendant selector that matches
    // nothing checks every element of the page, which on a record of ten thousand notes was a long task.
    return (
      (doc.querySelector(SELECTORS.headerBar) !== null && doc.querySelector(`${SELECTORS.headerBar} ${SELECTORS.headerValue} ${SELECTORS.patientLink}`) !== null) ||
      (doc.querySelector(SELECTORS.itemBody) !== null && doc.querySelector(`${SELECTORS.timelineItem} ${SELECTORS.itemBody}`) !== null)
    );
  },
  readPatient,
  entryElements: timelineItems,
  readEntry,
  readEntries: (doc) => readEntriesWith(medplumAdapter, doc),
  adoptEntry: (el) => el.matches(SELECTORS.timelineItem),
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

function readEntry(item: Element): PageEntry | null {
  const meta = readItemMeta(item);
  if (!meta || NON_CLINICAL_TYPES.has(meta.resourceType)) return null;
  const body = childMatching(item, SELECTORS.itemBody);
  const text = body ? readableText(body).slice(0, MAX_ENTRY_TEXT) : '';
  if (!text) return null;

  // The same resource can show twice (a reply quoting it); the occurrence keeps both addressable.
  const doc = item.ownerDocument;
  const occurrence = occurrenceOf(item);
  const baseId = `${meta.resourceType}/${meta.id}`;
  const id = (occurrence === 0 ? baseId : `${baseId}#${occurrence}`).slice(0, MAX_ENTRY_ID);
  const header = childMatching(item, SELECTORS.itemHeader);
  const author = normalizeSpace(header?.querySelector(SELECTORS.itemAuthor)?.textContent ?? '');

  return {
    id,
    kind: KIND_BY_RESOURCE_TYPE[meta.resourceType] ?? 'other',
    date: itemDate(item, meta.dateText),
    author: author ? author.slice(0, 200) : undefined,
    title: meta.resourceType,
    text,
    locate: () => locateItem(doc, meta.href, occurrence),
  };
}

/**
 * How often each item's resource showed before it, counted in one pass when the items are listed (once per
 * read of the page), so that reading n items costs n steps rather than a scan of all earlier items each.
 */
const occurrences = new WeakMap<Element, number>();

function timelineItems(doc: Document): Element[] {
  const items = [...doc.querySelectorAll(SELECTORS.timelineItem)];
  const seen = new Map<string, number>();
  for (const item of items) {
    const href = readItemMeta(item)?.href;
    if (href === undefined) continue;
    const occurrence = seen.get(href) ?? 0;
    seen.set(href, occurrence + 1);
    occurrences.set(item, occurrence);
  }
  return items;
}

/** An item read without being listed first (added since) has the page counted again, once. */
function occurrenceOf(item: Element): number {
  const known = occurrences.get(item);
  if (known !== undefined) return known;
  timelineItems(item.ownerDocument);
  return occurrences.get(item) ?? 0;
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
    // Each header key is its own identifier system (one patient has several: ABC 123, DEF 456); only the
    // resource id below is Medplum's own, so that different systems never read as two patients.
    const isMrn = /\bmrn\b|medical.?record/i.test(field.key);
    identifiers.push({
      system: isMrn ? 'mrn' : 'other',
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

function locateItem(doc: Document, href: string, occurrence: number): Element | null {
  const matching = [...doc.querySelectorAll(SELECTORS.timelineItem)].filter(
    (item) => readItemMeta(item)?.href === href,
  );
  return matching[occurrence] ?? null;
}

function childMatching(parent: Element, selector: string): Element | undefined {
  return [...parent.children].find((child) => child.matches(selector));
}
