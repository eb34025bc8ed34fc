import type { EntryKind } from '../messages';
import { bannerElements, prepareBanner } from './banner';
import { isHeadingLike } from './banner-fields';
import { findDate, parseDate, slashOrderOf, type SlashOrder } from './dates';
import { cleanLine, readableText } from './dom-text';
import { entryIdFor, locatorFor } from './entries';
import { kindOfContent, kindOfHeading, kindOfLeadingLabel, kindOfWholeHeading, stateOf } from './entry-kinds';
import { fieldOfLabel } from './labels';
import { objectSlot } from './object-slot';
import { ownText, PASS_CHECK_EVERY, runInSlices, walkPage, type PageWalk } from './page-walk';
import type { PageEntry } from './types';

/**
 * The record as entries: one entry per table row (or per row group, for journals that group a
 * consult's S/O/E/P lines in one tbody), per list item, per article or card with its own date, and
 * otherwise per leaf-most text block. Banners, headers and navigation are left out, except a
 * banner line that names its own kind ("Allergie: penicilline").
 */

const MIN_ENTRY_TEXT = 40;
const MAX_CARD_TEXT = 20_000;
const BLOCK_TAGS = new Set(['P', 'DIV', 'SECTION', 'DD', 'BLOCKQUOTE', 'PRE', 'TD', 'ASIDE', 'MAIN', 'FIGURE', 'DETAILS', 'FORM', 'FIELDSET', 'ADDRESS']);
const UNIT_ROLES = new Set(['article', 'listitem', 'row']);
const NESTED_UNITS = 'article, li, tr, [role="row"], [role="listitem"], [role="article"], h1, h2';
const DATE_COLUMN = /^(datum|date|dag|start|startdatum|begindatum|begin|noted|onset|received|ontvangen|vastgesteld|sinds|since|aanvang|afname|recorded|entered|datum\/tijd|date\/time|gestart|voorgeschreven|prescribed|issued|uitgegeven)\b/i;
const STOP_COLUMN = /^(stop|stopdatum|einddatum|eind|end|end date|gestopt|tot|until)\b/i;
const SUMMARY_KINDS = new Set<EntryKind>(['allergy', 'medication', 'problem']);
const LETTERS = /\p{L}{3,}/u;

interface EntryContext {
  walk: PageWalk;
  order: SlashOrder;
  /** Heading text in force before each child of a parent, computed once per parent. */
  headingsBefore: Map<Node, HeadingTable>;
  /** Column headers of each table or grid, found once per table. */
  headers: Map<Element, string[]>;
  /** Kind-labelled banner lines, read although the banner itself is not an entry. */
  bannerLines: Set<Element>;
}

const contexts = objectSlot<Element, EntryContext>('entry context');

/**
 * Every element is asked while the entry pass walks the page, so the children are looked at one by one
 * up to the first that is no header cell: a section of ten thousand notes is not copied into an array.
 */
function isHeaderRow(row: Element): boolean {
  if (row.parentElement?.tagName === 'THEAD') return true;
  const first = row.firstElementChild;
  for (let cell = first; cell; cell = cell.nextElementSibling) if (cell.tagName !== 'TH' && cell.getAttribute('role') !== 'columnheader') return false;
  return first !== null;
}

/**
 * Whether another child of the element's parent is `like` it. Looked for from the element outwards:
 * in a list of ten thousand cards the neighbour answers, and the list is not scanned once per card.
 */
function hasSiblingLike(el: Element, like: (other: Element) => boolean): boolean {
  for (let other = el.previousElementSibling; other; other = other.previousElementSibling) if (like(other)) return true;
  for (let other = el.nextElementSibling; other; other = other.nextElementSibling) if (like(other)) return true;
  return false;
}

/** An element that is one entry by its structure: an article, a list item, a data row, a row group. */
function isStructuralUnit(el: Element): boolean {
  const tag = el.tagName;
  if (tag === 'ARTICLE' || tag === 'LI') return true;
  if (tag === 'TR') return !isHeaderRow(el) && !el.querySelector('table');
  if (tag === 'TBODY') return el.parentElement !== null && hasSiblingLike(el, (other) => other.tagName === 'TBODY');
  const role = el.getAttribute('role');
  if (role && UNIT_ROLES.has(role)) return role !== 'row' || !isHeaderRow(el);
  return false;
}

/**
 * A card: a block with a dated header line above its text (a message, a consult, a report), or one of
 * several same-class siblings with a date, holding no rows or list items of its own.
 */
function isCard(el: Element, walk: PageWalk): boolean {
  const tag = el.tagName;
  if (tag !== 'DIV' && tag !== 'SECTION' && tag !== 'DETAILS') return false;
  const length = walk.textLength(el);
  if (length < MIN_ENTRY_TEXT || length > MAX_CARD_TEXT || el.querySelector(NESTED_UNITS)) return false;
  const first = el.firstElementChild;
  const datedHeader = el.childElementCount >= 2 && first !== null && (first.textContent ?? '').length <= 160 && (first.tagName === 'TIME' || findDate(first.textContent ?? '') !== undefined);
  if (datedHeader) return true;
  const className = el.getAttribute('class');
  if (!className) return false;
  const hasTwin = el.parentElement !== null && hasSiblingLike(el, (other) => other.tagName === tag && other.getAttribute('class') === className);
  return hasTwin && (el.querySelector('time') !== null || findDate((el.textContent ?? '').slice(0, 200)) !== undefined);
}

function hasBlockInside(index: number, walk: PageWalk): boolean {
  const end = walk.endOf(index);
  for (let i = index + 1; i < end; i++) {
    const inner = walk.elements[i]!;
    if (BLOCK_TAGS.has(inner.tagName) || isStructuralUnit(inner) || inner.tagName === 'IFRAME' || inner.shadowRoot) return true;
  }
  return false;
}

function isPageHeader(el: Element): boolean {
  return el.tagName === 'HEADER' || el.getAttribute('role') === 'banner';
}

/** Lines inside a banner or page header that name a record kind: the allergy line most banners carry. */
function kindLabelledLines(index: number, walk: PageWalk): Element[] {
  const lines: Element[] = [];
  const end = walk.endOf(index);
  for (let i = index; i < end; i++) {
    const el = walk.elements[i]!;
    const text = ownText(el);
    const kind = text.trim() ? kindOfLeadingLabel(cleanLine(text)) : undefined;
    if (kind && SUMMARY_KINDS.has(kind)) lines.push(el);
  }
  return lines;
}

/** The entry elements of a walk, found once per walk (a changed page has a new walk). */
const elementsOfWalk = objectSlot<PageWalk, Element[]>('entry elements');

/** The elements that hold entries, in page order, across open shadow roots and same-origin frames. */
export function entryElementsOf(doc: Document): Element[] {
  const walk = walkPage(doc);
  const known = elementsOfWalk.get(walk);
  if (known) return known;
  const steps = entrySteps(doc, walk);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * The banner and entry passes over the whole page in slices of `sliceMs`, so that on a record of ten
 * thousand notes neither is one long task; afterwards readPatient and entryElementsOf find them ready.
 */
export async function prepareEntryElements(doc: Document, sliceMs: number, pause: () => Promise<void>): Promise<void> {
  await prepareBanner(doc, sliceMs, pause);
  const walk = walkPage(doc);
  if (!elementsOfWalk.has(walk)) await runInSlices(entrySteps(doc, walk), sliceMs, pause);
}

function* entrySteps(doc: Document, walk: PageWalk): Generator<void, Element[], void> {
  const banners = bannerElements(doc);
  const context: EntryContext = { walk, order: slashOrderOf(doc.documentElement.lang), headingsBefore: new Map(), headers: new Map(), bannerLines: new Set() };
  const chosen: Element[] = [];
  const elements = walk.elements;
  let sinceCheck = 0;
  for (let i = 0; i < elements.length; ) {
    if (++sinceCheck >= PASS_CHECK_EVERY) {
      sinceCheck = 0;
      yield;
    }
    const el = elements[i]!;
    if (walk.furniture.has(el)) {
      i = walk.endOf(i);
      continue;
    }
    if (isHeaderRow(el) || el.tagName === 'THEAD' || el.tagName === 'TH' || el.getAttribute('role') === 'columnheader') {
      i = walk.endOf(i);
      continue;
    }
    if (banners.has(el) || isPageHeader(el)) {
      for (const line of kindLabelledLines(i, walk)) {
        context.bannerLines.add(line);
        chosen.push(line);
      }
      i = walk.endOf(i);
      continue;
    }
    if (isStructuralUnit(el) || isCard(el, walk) || (BLOCK_TAGS.has(el.tagName) && !hasBlockInside(i, walk))) {
      if (!containsBanner(el, banners, walk)) {
        chosen.push(el);
        warmHeadings(el, context);
        i = walk.endOf(i);
        continue;
      }
    }
    i++;
  }
  for (const el of chosen) contexts.set(el, context);
  elementsOfWalk.set(walk, chosen);
  return chosen;
}

/**
 * A block the page added beside an entry block (a new message at the top of a list, a row added to a
 * table): an entry of the same kind when it has the sibling's tag, class and role. It is then read in
 * the sibling's context, under the heading in force for the sibling, without walking the page again.
 */
export function adoptEntryElement(el: Element, sibling: Element): boolean {
  const ctx = contexts.get(sibling);
  if (!ctx || ctx.bannerLines.has(sibling)) return false;
  if (el.tagName !== sibling.tagName || el.className !== sibling.className || el.getAttribute('role') !== sibling.getAttribute('role')) return false;
  if (el.parentNode !== sibling.parentNode || isHeadingLike(el) || isHeaderRow(el)) return false;
  contexts.set(el, ctx);
  const headings = el.parentNode ? ctx.headingsBefore.get(el.parentNode) : undefined;
  if (headings?.before.has(sibling)) headings.before.set(el, headings.before.get(sibling));
  return true;
}

function containsBanner(el: Element, banners: Set<Element>, walk: PageWalk): boolean {
  const start = walk.indexOf(el);
  if (start === undefined) return false;
  const end = walk.endOf(start);
  for (const banner of banners) {
    const at = walk.indexOf(banner);
    if (at !== undefined && at >= start && at < end) return true;
  }
  return false;
}

/** Accessible name of a region: aria-label, aria-labelledby, a table caption, a frame title. */
function regionName(el: Element): string | undefined {
  const label = el.getAttribute('aria-label');
  if (label) return label;
  const by = el.getAttribute('aria-labelledby');
  if (by) {
    const text = by
      .split(/\s+/)
      .map((id) => el.ownerDocument.getElementById(id)?.textContent ?? '')
      .join(' ');
    if (text.trim()) return text;
  }
  if (el.tagName === 'TABLE') return el.querySelector(':scope > caption')?.textContent ?? undefined;
  if (el.tagName === 'IFRAME') return el.getAttribute('title') ?? undefined;
  return undefined;
}

/**
 * The heading in force before each child of one parent, filled in page order only as far as a child
 * asked for: a section of ten thousand notes is then never scanned whole in one step.
 */
interface HeadingTable {
  before: Map<Element, string | undefined>;
  /** The next child to look at, and the heading in force before it. */
  next: Element | null;
  current: string | undefined;
}

/** The heading in force before `child` among its parent's children (headings nested one level deep count too). */
function headingBefore(child: Element, ctx: EntryContext): string | undefined {
  // At the top of a shadow root the siblings hang under the root itself, not an element.
  const parent = (child.parentElement ?? child.parentNode) as (Element | ShadowRoot | null);
  if (!parent || !('children' in parent)) return undefined;
  let table = ctx.headingsBefore.get(parent);
  if (!table) {
    table = { before: new Map(), next: parent.firstElementChild, current: undefined };
    ctx.headingsBefore.set(parent, table);
  }
  while (table.next && !table.before.has(child)) {
    const sibling = table.next;
    table.before.set(sibling, table.current);
    // A heading, or a wrapper holding only a heading (<div class="title"><h2>…</h2></div>); an article's own title does not count.
    const only = sibling.childElementCount === 1 ? sibling.firstElementChild : null;
    const heading = isHeadingLike(sibling) ? sibling : only && isHeadingLike(only) ? only : null;
    if (heading && !fieldOfLabel(heading.textContent)) table.current = cleanLine(heading.textContent).slice(0, 120);
    table.next = sibling.nextElementSibling;
  }
  return table.before.get(child);
}

/** Fills the heading tables around a chosen block while the pass that chose it walks the page in order. */
function warmHeadings(el: Element, ctx: EntryContext): void {
  for (let node: Element | null = el, level = 0; node && level < 12; node = ctx.walk.parentOf(node), level++) headingBefore(node, ctx);
}

/** Names of the sections around an entry, nearest first: region labels and headings. */
function sectionNames(el: Element, ctx: EntryContext): string[] {
  const names: string[] = [];
  for (let node: Element | null = el, level = 0; node && level < 12 && names.length < 4; node = ctx.walk.parentOf(node), level++) {
    const name = regionName(node);
    if (name) names.push(name);
    const heading = headingBefore(node, ctx);
    if (heading) names.push(heading);
  }
  return names;
}

/** Column headers of the table or grid a row sits in. */
function columnHeaders(row: Element, ctx: EntryContext): string[] {
  const table = row.closest('table, [role="grid"], [role="table"], [role="treegrid"]');
  if (!table) return [];
  let known = ctx.headers.get(table);
  if (!known) {
    known = headersOf(table);
    ctx.headers.set(table, known);
  }
  return known;
}

/** The header row's cells of a table; each row of a ten-thousand-row table asks, so the caller keeps the answer. */
function headersOf(table: Element): string[] {
  const header = table.tagName === 'TABLE' ? [...table.querySelectorAll('tr')].find(isHeaderRow) : [...table.querySelectorAll('[role="row"]')].find(isHeaderRow);
  return header ? [...header.children].map((cell) => cleanLine(cell.textContent)) : [];
}

function cellUnder(row: Element, headers: string[], pattern: RegExp): Element | undefined {
  const column = headers.findIndex((header) => pattern.test(header));
  if (column < 0) return undefined;
  const cells = row.tagName === 'TBODY' ? [...(row.firstElementChild?.children ?? [])] : [...row.children];
  return cells[column];
}

function kindOf(el: Element, text: string, headers: string[], ctx: EntryContext): EntryKind {
  const own = kindOfLeadingLabel(text);
  if (own) return own;
  // Journals that code each line in its first cell ("Problem | Hypertension", "Allergy | NKDA").
  const rowLabel = el.tagName === 'TR' || el.getAttribute('role') === 'row' ? kindOfWholeHeading(cleanLine(el.firstElementChild?.textContent)) : undefined;
  if (rowLabel && el.childElementCount > 1) return rowLabel;
  const fromColumns = headers.length > 0 ? kindOfHeading(headers.join(' | ')) : undefined;
  if (fromColumns && fromColumns !== 'note') return fromColumns;
  const fromSection = sectionNames(el, ctx).map(kindOfHeading).find((kind) => kind !== undefined);
  if (fromSection && fromSection !== 'note') return fromSection;
  return kindOfContent(text) ?? fromColumns ?? fromSection ?? 'note';
}

/** A date written just before an entry (a date heading, a date line above a message). */
function dateAbove(el: Element, ctx: EntryContext): string | undefined {
  for (let node: Element | null = el, level = 0; node && level < 3; node = ctx.walk.parentOf(node), level++) {
    let sibling = node.previousElementSibling;
    for (let steps = 0; sibling && steps < 4; steps++, sibling = sibling.previousElementSibling) {
      const text = sibling.textContent ?? '';
      if (text.length > 80) break;
      const datetime = sibling.tagName === 'TIME' ? sibling.getAttribute('datetime') : null;
      const date = datetime ? parseDate(datetime) : /geb|born|birth|dob|d\.o\.b/i.test(text) ? undefined : findDate(text, ctx.order);
      if (date) return date;
    }
  }
  return undefined;
}

function dateOf(el: Element, text: string, headers: string[], ctx: EntryContext): string | undefined {
  const column = cellUnder(el, headers, DATE_COLUMN);
  const fromColumn = column ? findDate(column.querySelector('time')?.getAttribute('datetime') ?? cleanLine(column.textContent), ctx.order) : undefined;
  if (fromColumn) return fromColumn;
  const time = el.tagName === 'TIME' ? el : el.querySelector('time[datetime]');
  const datetime = time?.getAttribute('datetime');
  const fromTime = datetime ? findDate(datetime) : undefined;
  if (fromTime) return fromTime;
  return findDate(text.slice(0, 40), ctx.order) ?? (text.length <= 300 ? findDate(text, ctx.order) : undefined) ?? dateAbove(el, ctx);
}

function titleOf(el: Element): string | undefined {
  if (el.tagName !== 'ARTICLE' && el.getAttribute('role') !== 'article' && el.tagName !== 'DIV' && el.tagName !== 'SECTION') return undefined;
  const heading = el.querySelector('h1, h2, h3, h4, h5, h6');
  return heading ? cleanLine(heading.textContent).slice(0, 300) || undefined : undefined;
}

const ID_ATTRIBUTES = ['data-id', 'data-note-id', 'data-entry-id', 'data-message-id', 'data-problem-id', 'data-med-id', 'data-allergy-id', 'data-study-id', 'data-lab-id', 'data-episode-id', 'data-consult-id', 'id'];

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** One entry from an element entryElementsOf chose; null when it holds nothing clinical. */
export function readEntryElement(el: Element): PageEntry | null {
  let ctx = contexts.get(el);
  if (!ctx) {
    const doc = el.ownerDocument;
    ctx = { walk: walkPage(doc), order: slashOrderOf(doc.documentElement.lang), headingsBefore: new Map(), headers: new Map(), bannerLines: new Set() };
  }
  const text = readableText(el).slice(0, 200_000);
  if (!text) return null;
  const headers = el.tagName === 'TR' || el.tagName === 'TBODY' || el.getAttribute('role') === 'row' ? columnHeaders(el.tagName === 'TBODY' ? (el.firstElementChild ?? el) : el, ctx) : [];
  const kind = kindOf(el, text, headers, ctx);
  // Short lines count in the lists a referral must get right (allergies, medication, problems and the like), not as notes.
  // A short line that is only a section name ("Uitslagen", "Problems (3)") is a caption or a menu item, not an entry.
  if (text.length < MIN_ENTRY_TEXT && (kind === 'note' || !LETTERS.test(text.replace(/\d/g, '')) || kindOfWholeHeading(text))) return null;
  const date = dateOf(el, text, headers, ctx);
  const stopCell = cellUnder(el, headers, STOP_COLUMN);
  const stopDate = stopCell ? findDate(cleanLine(stopCell.textContent), ctx.order) : undefined;
  const state = stateOf(kind, el, text, stopDate, today());
  const ownId = ID_ATTRIBUTES.map((name) => el.getAttribute(name)).find((value) => value);
  const entry: PageEntry = { id: entryIdFor(ownId, kind, date, text), kind, date, text, locate: locatorFor(el) };
  const title = titleOf(el);
  if (title) entry.title = title;
  if (state) entry.state = state;
  return entry;
}
