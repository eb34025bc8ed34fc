import type { EntryKind, Identifier, PageWarning } from '../messages';
import { findDate, parseDate } from './dates';
import { cleanLine, isHiddenByMarkup, readableText } from './dom-text';
import { entryIdFor, locatorFor, readEntriesWith } from './entries';
import { assemblePatient } from './patient-fields';
import type { PageEntry, PatientReading, PortalAdapter } from './types';

/**
 * For portals without an adapter of their own: reads the conventions most portals share — a banner
 * with labelled fields (definition lists, table cells, "Label: value" text) and visible text blocks.
 * It never guesses: two different candidates, or a name without birth date or identifier, leave the
 * patient unknown or unsure so that the user confirms.
 */

type Field = 'name' | 'birthDate' | 'bsn' | 'mrn' | 'sex';

const LABELS: Record<Field, RegExp> = {
  name: /^(patiënte?|patiente?|patient|naam|name|patiëntnaam|patient name|naam patiënt|full name|cliënt|client|cliëntnaam)$/i,
  birthDate: /^(geb\.? ?datum|geboortedatum|geboren|geb\.|dob|d\.o\.b\.?|date of birth|birth ?date|born)$/i,
  bsn: /^(bsn|burgerservicenummer|bsn-nummer)$/i,
  mrn: /^(patiëntnummer|patientnummer|patiëntnr\.?|patientnr\.?|pat\.? ?nr\.?|mrn|hospital (number|no\.?)|medical record number|ziekenhuisnummer|cliëntnummer|registratienummer)$/i,
  sex: /^(geslacht|sex|gender)$/i,
};

const SELECTORS = {
  skipped: 'script, style, template, noscript, nav, footer, [role="navigation"], [role="contentinfo"]',
  skippedForEntries: 'header, [role="banner"]',
  block: 'P, LI, ARTICLE, TR, BLOCKQUOTE, PRE, DD, DIV, SECTION',
  heading: 'H1, H2, H3, H4, H5, H6',
  ownId: ['data-id', 'data-note-id', 'data-entry-id', 'id'],
} as const;

const BLOCK_TAGS = new Set(SELECTORS.block.split(', '));
const HEADING_TAGS = new Set(SELECTORS.heading.split(', '));
const MIN_ENTRY_TEXT = 40;
const MAX_LABEL_TEXT = 40;
const MAX_VALUE_TEXT = 100;
const MAX_INLINE_TEXT = 300;
const DATE_LOOKBACK = 400;
const INLINE_FIELD = /^\s*([^:：]{1,40}?)\s*[:：]\s*(.+?)\s*$/;
const VALUE_STOP = /[|·•]/;

const KIND_WORDS: Array<[RegExp, EntryKind]> = [
  [/\b(berichten?|messages?|e-?consult|portaalbericht)\b/i, 'message'],
  [/\b(medicatie|medication|medicines?|geneesmiddelen)\b/i, 'medication'],
  [/\b(allergie(ën)?|allerg(y|ies)|intoleranties?)\b/i, 'allergy'],
  [/\b(lab(oratorium)?|uitslagen|results?)\b/i, 'result'],
  [/\b(beeldvorming|imaging|radiologie|radiology|röntgen|x-ray|mri|ct-scan)\b/i, 'imaging'],
  [/\b(brieven|brief|letters?)\b/i, 'letter'],
  [/\b(problemen(lijst)?|problem list|diagnoses)\b/i, 'problem'],
];

export const genericAdapter: PortalAdapter = {
  id: 'generic',
  matches: () => true,
  readPatient,
  entryElements,
  readEntry,
  readEntries: (doc) => readEntriesWith(genericAdapter, doc),
  language(doc) {
    const lang = doc.documentElement.lang.toLowerCase();
    return lang.startsWith('nl') ? 'nl' : lang.startsWith('en') ? 'en' : undefined;
  },
};

interface Found {
  field: Field;
  value: string;
  label: string;
  labelElement?: Element;
}

function fieldOfLabel(text: string): Field | undefined {
  const label = cleanLine(text).replace(/\s*[:：]$/, '');
  if (!label || label.length > MAX_LABEL_TEXT) return undefined;
  return (Object.keys(LABELS) as Field[]).find((field) => LABELS[field].test(label));
}

function isSkipped(el: Element): boolean {
  return el.closest(SELECTORS.skipped) !== null || isHiddenByMarkup(el);
}

const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'NAV', 'FOOTER']);
const SKIPPED_ROLES = new Set(['navigation', 'contentinfo']);
const HIDING_STYLE = /(display\s*:\s*none|visibility\s*:\s*hidden)/i;

/** isSkipped for one element only, for walks that already left out the subtrees of skipped ancestors. */
function isSkippedItself(el: Element): boolean {
  if (SKIPPED_TAGS.has(el.tagName.toUpperCase()) || el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true' || SKIPPED_ROLES.has(el.getAttribute('role') ?? '')) return true;
  const style = el.getAttribute('style');
  return style !== null && HIDING_STYLE.test(style);
}

/** Visible elements of the page in tree order, without navigation, footers and hidden parts. */
function visibleElements(doc: Document): Element[] {
  const root = doc.body ?? doc.documentElement;
  const result: Element[] = [];
  const walker = doc.createTreeWalker(root, 1, {
    acceptNode: (node) => (isSkippedItself(node as Element) ? 2 : 1),
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) result.push(node as Element);
  return result;
}

/** The value after a label element: the following siblings up to the next label, line break or separator. */
function valueAfterLabel(label: Element): string {
  const parts: string[] = [];
  for (let node = label.nextSibling; node; node = node.nextSibling) {
    if (node.nodeType === 1) {
      const el = node as Element;
      if (el.tagName === 'BR' || fieldOfLabel(el.textContent ?? '')) break;
      if (LABEL_LIKE.test(cleanLine(el.textContent))) break;
    }
    const text = node.textContent ?? '';
    const stop = text.search(VALUE_STOP);
    parts.push(stop >= 0 ? text.slice(0, stop) : text);
    if (stop >= 0 || cleanLine(parts.join(' ')).length > MAX_VALUE_TEXT) break;
  }
  return cleanLine(parts.join(' ').replace(/^\s*[:：]/, ''));
}

/** Any short "Something:" label ends a value, also labels we do not read (Kamer:, Afdeling:). */
const LABEL_LIKE = /^[^:：]{1,30}[:：]$/;

/** Values under a table header label: one per body row, so a list of patients yields several candidates. */
function valuesUnderHeader(th: Element): string[] {
  const row = th.parentElement;
  const table = th.closest('table');
  if (!row || !table) return [];
  const column = [...row.children].indexOf(th);
  return [...table.querySelectorAll('tbody tr')]
    .filter((other) => other !== row)
    .map((other) => cleanLine(other.children[column]?.textContent))
    .filter((value) => value.length > 0);
}

function collectFields(doc: Document): Found[] {
  const found: Found[] = [];
  for (const el of visibleElements(doc)) {
    // A label is a leaf (or wraps one inline element); checking only those keeps textContent calls cheap.
    const ownText = el.childElementCount <= 1 ? (el.textContent ?? '') : '';
    if (ownText && ownText.length <= MAX_LABEL_TEXT + 10) {
      const field = fieldOfLabel(ownText);
      if (field) {
        const label = cleanLine(ownText).replace(/\s*[:：]$/, '');
        const next = el.nextElementSibling;
        if (el.tagName === 'TH' && (!next || next.tagName === 'TH')) {
          for (const value of valuesUnderHeader(el)) found.push({ field, value, label, labelElement: el });
        } else {
          const value = valueAfterLabel(el);
          if (value) found.push({ field, value, label, labelElement: el });
        }
        continue;
      }
    }
    // "Label: value" written in one text node, possibly several on one line separated by | or ·.
    for (const child of el.childNodes) {
      if (child.nodeType !== 3) continue;
      const text = child.textContent ?? '';
      if (text.length > MAX_INLINE_TEXT || !/[:：]/.test(text)) continue;
      for (const segment of text.split(VALUE_STOP)) {
        const match = INLINE_FIELD.exec(segment);
        const field = match?.[1] ? fieldOfLabel(match[1]) : undefined;
        if (field && match?.[1] && match[2]) found.push({ field, value: cleanLine(match[2]), label: cleanLine(match[1]) });
      }
    }
  }
  return found.filter((item) => item.value.length <= MAX_VALUE_TEXT);
}

function plausibleName(value: string): boolean {
  return (value.match(/\p{L}/gu) ?? []).length >= 2 && !fieldOfLabel(value);
}

function distinct(values: string[]): string[] {
  const seen = new Map<string, string>();
  for (const value of values) {
    const key = value.toLowerCase().replace(/[\s.]/g, '');
    if (!seen.has(key)) seen.set(key, value);
  }
  return [...seen.values()];
}

function readPatient(doc: Document): PatientReading {
  const warnings: PageWarning[] = [];
  const found = collectFields(doc);
  const of = (field: Field) => distinct(found.filter((item) => item.field === field).map((item) => item.value));

  const names = of('name').filter(plausibleName);
  const birthTexts = of('birthDate');
  const birthDates = distinct(birthTexts.map((text) => parseDate(text) ?? text));
  const bsns = of('bsn');
  const mrns = of('mrn');

  const conflicts = (['name', 'birthDate', 'bsn', 'mrn'] as const).filter(
    (field) => ({ name: names, birthDate: birthDates, bsn: bsns, mrn: mrns })[field].length > 1,
  );
  if (conflicts.length > 0) {
    warnings.push({ code: 'multiple-patients', detail: `different values for ${conflicts.join(', ')} on the page` });
    return { patient: null, warnings };
  }
  const mrnLabel = found.find((item) => item.field === 'mrn')?.label;
  const identifiers: Array<{ system: Identifier['system']; value: string | undefined; label?: string }> = [
    { system: 'bsn', value: bsns[0], label: 'BSN' },
    { system: 'mrn', value: mrns[0], label: mrnLabel?.slice(0, 64) },
  ];
  return assemblePatient(
    { name: names[0], birthDateText: birthTexts[0], sexText: of('sex')[0], identifiers },
    warnings,
  );
}

/** Leaf-most visible text blocks with substantial text, outside page headers and the patient banner. */
function entryElements(doc: Document): Element[] {
  const labelElements = collectFields(doc)
    .map((item) => item.labelElement)
    .filter((el): el is Element => el !== undefined);
  const chosen: Element[] = [];
  const visit = (el: Element): boolean => {
    if (isSkippedItself(el) || el.matches(SELECTORS.skippedForEntries)) return false;
    let descendantChosen = false;
    for (const child of el.children) descendantChosen = visit(child) || descendantChosen;
    if (descendantChosen || !BLOCK_TAGS.has(el.tagName)) return descendantChosen;
    const text = cleanLine(el.textContent);
    if (text.length < MIN_ENTRY_TEXT) return false;
    if (labelElements.some((label) => el.contains(label))) return false;
    // A banner has at least two "Label:" parts; only then is the block worth splitting into lines.
    if (text.indexOf(':') !== text.lastIndexOf(':') && looksLikeBanner(readableText(el))) return false;
    chosen.push(el);
    return true;
  };
  const root = doc.body ?? doc.documentElement;
  if (isSkipped(root)) return [];
  visit(root);
  // Chosen blocks never nest, so visit()'s post-order is already page order.
  return chosen;
}

function looksLikeBanner(text: string): boolean {
  let labels = 0;
  for (const segment of text.split(/[|·•\n]/)) {
    const match = INLINE_FIELD.exec(segment);
    if (match?.[1] && fieldOfLabel(match[1])) labels++;
  }
  return labels >= 2;
}

function readEntry(el: Element): PageEntry | null {
  const text = readableText(el).slice(0, 200_000);
  if (text.length < MIN_ENTRY_TEXT) return null;
  const context = precedingContext(el);
  const date = findDate(text.slice(0, 40)) ?? context.date;
  const kind = kindOf(text.slice(0, 80), context.headings);
  const ownId = SELECTORS.ownId.map((name) => el.getAttribute(name)).find((value) => value);
  return { id: entryIdFor(ownId, kind, date, text), kind, date, text, locate: locatorFor(el) };
}

/** Section headings say what a block is; the block's own words only when it opens with them. */
function kindOf(opening: string, headings: string[]): EntryKind {
  const atStart = KIND_WORDS.find(([pattern]) => (pattern.exec(opening)?.index ?? Infinity) < 12)?.[1];
  if (atStart) return atStart;
  for (const heading of headings) {
    const kind = KIND_WORDS.find(([pattern]) => pattern.test(heading))?.[1];
    if (kind) return kind;
  }
  return 'note';
}

/** The element before this one in tree order (its previous sibling's last descendant, else its parent). */
function previousInTree(el: Element): Element | null {
  let node = el.previousElementSibling;
  if (!node) return el.parentElement;
  while (node.lastElementChild) node = node.lastElementChild;
  return node;
}

/** Walks back through the page from an entry: the nearest date written above it and the headings on the way. */
function precedingContext(el: Element): { date: string | undefined; headings: string[] } {
  const headings: string[] = [];
  let date: string | undefined;
  let node: Element | null = el;
  for (let steps = 0; steps < DATE_LOOKBACK && !(date && headings.length > 0); steps++) {
    node = previousInTree(node);
    if (!node || node === el.ownerDocument.body) break;
    if (node.contains(el) || isSkipped(node)) continue;
    if (HEADING_TAGS.has(node.tagName) && headings.length < 3) headings.push(cleanLine(node.textContent).slice(0, 80));
    const datetime = node.tagName === 'TIME' ? node.getAttribute('datetime') : null;
    if (date) continue;
    if (datetime) {
      date = parseDate(datetime);
      continue;
    }
    const text = node.textContent ?? '';
    if (text.length > 80 || isBirthDateContext(node)) continue;
    date = findDate(text);
  }
  return { date, headings };
}

function isBirthDateContext(node: Element): boolean {
  const previous = node.previousElementSibling;
  return /geb|born|birth|dob|d\.o\.b/i.test(node.textContent ?? '') || (previous !== null && fieldOfLabel(previous.textContent ?? '') === 'birthDate');
}
