import type { PageWarning } from '../messages';
import { findDate, parseDate, type SlashOrder } from './dates';
import { cleanLine } from './dom-text';
import { bsnIn, isMaskedValue, nhsNumberIn, recordNumberIn } from './identifiers';
import { fieldOfLabel, inlineLabelled, isOtherPersonLabel, LABEL_LIKE, NOT_THE_PATIENT, type BannerField } from './labels';
import { plausibleLabelledName } from './names';
import { objectSlot } from './object-slot';
import { ownText, PASS_CHECK_EVERY, runInSlices, type PageWalk } from './page-walk';
import { sexFrom } from './patient-fields';

/**
 * Finds labelled patient fields wherever banners put them: definition lists, label and value cells
 * of a table, label–value div grids (the colon drawn by CSS), "Label: value" text, and inline
 * banners whose labels have no colon ("DOB 1984-05-09 · MRN 00451001"). A table column headed by a
 * label gives one value per row, so a list of patients yields several candidates, never one.
 */
export interface FieldHit {
  field: BannerField;
  /** The value as the page wrote it, and its normal form (ISO date, digits, sex word). */
  raw: string;
  value: string;
  label: string;
  /** The element the value was read from (for grouping into a banner). */
  el: Element;
  /** Read from a table column: one patient per row. */
  column?: boolean;
}

const MAX_LEAF_LABEL = 50;
const MAX_INLINE_TEXT = 400;
const SEPARATORS = /\s*(?:[|·•¦]|\s[–—-]\s|\n)\s*/;
// The value runs to its last non-space character: a greedy match that gives back only the trailing
// white space, where a lazy one tried the end of the line after every character of every paragraph.
const INLINE_COLON = /^\s*([^:：]{1,40}?)\s*[:：]\s*(.*\S)\s*$/;
const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LEGEND', 'CAPTION', 'SUMMARY']);

export interface FieldContext {
  walk: PageWalk;
  order: SlashOrder;
  warnings: PageWarning[];
}

/** The value's normal form when it has the shape of its field; undefined when it does not (or is masked). */
export function normaliseValue(field: BannerField, raw: string, ctx: FieldContext, explicit: boolean): string | undefined {
  const value = cleanLine(raw);
  if (!value) return undefined;
  switch (field) {
    case 'birthDate': {
      const iso = parseDate(value.replace(/\([^)]*\)/g, ' '), ctx.order) ?? (value.length <= 60 ? findDate(value, ctx.order) : undefined);
      if (!iso && explicit && !isMaskedValue(value)) ctx.warnings.push({ code: 'birth-date-unreadable', detail: value.slice(0, 40) });
      return iso;
    }
    case 'bsn': {
      if (isMaskedValue(value)) return undefined;
      const digits = bsnIn(value);
      if (!digits && explicit && /\d{4}/.test(value)) {
        ctx.warnings.push({ code: 'bsn-invalid', detail: 'the BSN on the page fails the 11-check and is not used' });
      }
      return digits;
    }
    case 'nhs':
      return isMaskedValue(value) ? undefined : nhsNumberIn(value);
    case 'mrn':
      return recordNumberIn(value);
    case 'sex':
      return sexFrom(value.split(/[\s,(/]/)[0]) ?? sexFrom(value);
    default:
      return plausibleLabelledName(value) ? value : undefined;
  }
}

/** A header cell: a TH in a row of THs, or an ARIA column header. */
function isColumnHeader(el: Element): boolean {
  if (el.getAttribute('role') === 'columnheader') return true;
  if (el.tagName !== 'TH') return false;
  const row = el.parentElement;
  if (!row) return false;
  if (row.parentElement?.tagName === 'THEAD') return true;
  return [...row.children].every((cell) => cell.tagName === 'TH') && row.children.length > 1;
}

/** Values under a column header: one per body row. */
function valuesUnderHeader(header: Element): Element[] {
  const row = header.parentElement;
  const table = header.closest('table, [role="grid"], [role="table"], [role="treegrid"]');
  if (!row || !table) return [];
  const column = [...row.children].indexOf(header);
  const rows = table.tagName === 'TABLE' ? [...table.querySelectorAll('tr')] : [...table.querySelectorAll('[role="row"]')];
  return rows
    .filter((other) => other !== row && other.closest('thead') === null)
    .map((other) => other.children[column])
    .filter((cell): cell is Element => cell !== undefined && cell.getAttribute('role') !== 'columnheader' && cell.tagName !== 'TH');
}

/** The value beside a label element: its next sibling element, else the text after it, else the cell next to its cell. */
export function valueBeside(label: Element): { text: string; el: Element } | undefined {
  const next = label.nextElementSibling;
  if (next && next.tagName !== 'BR' && !fieldOfLabel(next.textContent) && !LABEL_LIKE.test(cleanLine(next.textContent))) {
    // Text between the label and the next element belongs to the value ("Geb. <span>05-06-1962</span> (64 jr)").
    const between = textBetween(label, next);
    if (!between.trim() || /^[\s:：]*$/.test(between)) return { text: cleanLine(next.textContent), el: next };
  }
  const trailing = textBetween(label, next).replace(/^[\s:：]+/, '');
  const cut = trailing.split(SEPARATORS)[0] ?? '';
  if (cleanLine(cut)) return { text: cleanLine(cut), el: label.parentElement ?? label };
  if (!next && !label.nextSibling) {
    // <td><b>Naam</b></td><td>…</td>: the label fills its cell, the value is the next cell.
    const parent = label.parentElement;
    const beside = parent && cleanLine(parent.textContent) === cleanLine(label.textContent) ? parent.nextElementSibling : null;
    if (beside && !fieldOfLabel(beside.textContent)) return { text: cleanLine(beside.textContent), el: beside };
  }
  return undefined;
}

/** Text of the sibling nodes from after `from` up to (not including) `to`. */
function textBetween(from: Element, to: Element | null): string {
  let text = '';
  for (let node = from.nextSibling; node && node !== to; node = node.nextSibling) {
    if (node.nodeType === 1 && (node as Element).tagName === 'BR') break;
    text += node.textContent ?? '';
  }
  return text;
}

/** Labelled fields of one element: as a label element, or in its own "Label: value" / "DOB 1984-05-09" text. */
function hitsOf(el: Element, ctx: FieldContext, found: FieldHit[]): void {
  const text = el.childElementCount <= 1 && ctx.walk.textLength(el) <= MAX_LEAF_LABEL ? (el.textContent ?? '') : '';
  if (text && text.length <= MAX_LEAF_LABEL) {
    const field = fieldOfLabel(text);
    if (field) {
      const label = cleanLine(text).replace(/\s*[:：]$/, '');
      if (isColumnHeader(el)) {
        for (const cell of valuesUnderHeader(el)) {
          const value = normaliseValue(field, cell.textContent ?? '', ctx, false);
          if (value) found.push({ field, raw: cleanLine(cell.textContent), value, label, el: cell, column: true });
        }
        return;
      }
      const beside = valueBeside(el);
      const value = beside ? normaliseValue(field, beside.text, ctx, true) : undefined;
      if (beside && value) found.push({ field, raw: beside.text, value, label, el: beside.el });
      return;
    }
  }
  // Measured before it is copied: most elements of a long record hold no text of their own, or far too much.
  const length = ctx.walk.ownLength(el);
  if (length === 0 || length > MAX_INLINE_TEXT) return;
  const own = ownText(el);
  if (own.length > MAX_INLINE_TEXT) return;
  for (const segment of own.split(SEPARATORS)) {
    const colon = INLINE_COLON.exec(segment);
    const colonField = colon?.[1] ? fieldOfLabel(colon[1]) : undefined;
    if (colon?.[1] && colon[2] && colonField) {
      const raw = cleanLine(colon[2]);
      const value = normaliseValue(colonField, raw, ctx, true);
      if (value) found.push({ field: colonField, raw, value, label: cleanLine(colon[1]), el });
      continue;
    }
    const inline = inlineLabelled(segment);
    if (inline) {
      const value = normaliseValue(inline.field, inline.value, ctx, false);
      if (value) found.push({ field: inline.field, raw: cleanLine(inline.value), value, label: cleanLine(inline.label), el });
    }
  }
}

/**
 * Blocks that are about someone other than the patient: contact persons, next of kin, the GP, the
 * logged-in user, recent-patient lists, inactive tabs. Known by their heading, their ARIA label, a
 * "Relatie" field among their labels, or a label for another person right before them (Huisarts, GP).
 */
export function notThePatient(el: Element, walk: PageWalk, memo: Map<Element, boolean>): boolean {
  const path: Element[] = [];
  let verdict = false;
  for (let node: Element | null = el, level = 0; node && level < 12; node = walk.parentOf(node), level++) {
    const known = memo.get(node);
    if (known !== undefined) {
      verdict = known;
      break;
    }
    path.push(node);
    if (blockIsAboutSomeoneElse(node)) {
      verdict = true;
      break;
    }
  }
  for (const node of path) memo.set(node, verdict);
  return verdict;
}

function blockIsAboutSomeoneElse(node: Element): boolean {
  if (node.getAttribute('role') === 'tab' && node.getAttribute('aria-selected') === 'false') return true;
  const named = `${node.getAttribute('aria-label') ?? ''} ${node.getAttribute('title') ?? ''}`;
  if (named.trim() && NOT_THE_PATIENT.test(named)) return true;
  const heading = node.firstElementChild;
  if (heading && isHeadingLike(heading) && NOT_THE_PATIENT.test(cleanLine(heading.textContent))) return true;
  const before = node.previousElementSibling;
  if (before && isHeadingLike(before) && NOT_THE_PATIENT.test(cleanLine(before.textContent))) return true;
  // The value of a field labelled for someone else: <dt>Huisarts</dt><dd>A. Kramer</dd>, <b>GP</b> <span>…</span>.
  if (before && before.childElementCount <= 1 && isOtherPersonLabel(before.textContent)) return true;
  if (node.tagName === 'DL' || node.tagName === 'TABLE') {
    for (const label of node.querySelectorAll('dt, th')) if (/^(relatie|relationship|relation|rol|role)\s*:?$/i.test(cleanLine(label.textContent))) return true;
  }
  return false;
}

/** A heading, or a short caption-like line standing before a block. */
export function isHeadingLike(el: Element): boolean {
  if (HEADING_TAGS.has(el.tagName) || el.getAttribute('role') === 'heading') return true;
  if (el.childElementCount !== 0 || !CAPTION_TAGS.has(el.tagName)) return false;
  // "Allergies (2)" is a caption with a count; "Penicilline, huiduitslag" or "Naam: …" is content.
  const text = (el.textContent ?? '').replace(/\(\d+\)/g, '').trim();
  return text.length > 0 && text.length <= 40 && !/[.:,;]/.test(text) && !/\d/.test(text);
}

/** Elements portals draw captions with when they use no heading element (P is left out: a short paragraph is content). */
const CAPTION_TAGS = new Set(['DIV', 'SPAN', 'B', 'STRONG', 'LABEL', 'LEGEND']);

const hitsOfWalk = objectSlot<PageWalk, { hits: FieldHit[]; warnings: PageWarning[] }>('field hits');

/** Every labelled patient field on the page, outside furniture and blocks about someone else; once per walk. */
export function collectFieldHits(ctx: FieldContext, memo: Map<Element, boolean>): FieldHit[] {
  const known = hitsOfWalk.get(ctx.walk);
  if (known) {
    ctx.warnings.push(...known.warnings);
    return known.hits;
  }
  const steps = collectSteps(ctx, memo);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * The same pass in slices of `sliceMs` (a record of ten thousand notes has hundreds of thousands of
 * elements): afterwards collectFieldHits finds the hits of this walk ready.
 */
export async function prepareFieldHits(ctx: FieldContext, sliceMs: number, pause: () => Promise<void>): Promise<void> {
  if (!hitsOfWalk.has(ctx.walk)) await runInSlices(collectSteps(ctx, new Map()), sliceMs, pause);
}

function* collectSteps(ctx: FieldContext, memo: Map<Element, boolean>): Generator<void, FieldHit[], void> {
  const before = ctx.warnings.length;
  const found: FieldHit[] = [];
  let sinceCheck = 0;
  for (const el of ctx.walk.elements) {
    if (++sinceCheck >= PASS_CHECK_EVERY) {
      sinceCheck = 0;
      yield;
    }
    if (ctx.walk.furniture.has(el)) continue;
    const count = found.length;
    hitsOf(el, ctx, found);
    if (found.length > count && notThePatient(el, ctx.walk, memo)) found.length = count;
  }
  hitsOfWalk.set(ctx.walk, { hits: found, warnings: ctx.warnings.slice(before) });
  return found;
}
