import type { Identifier, PageWarning } from '../messages';
import { findDate, slashOrderOf } from './dates';
import { cleanLine } from './dom-text';
import { collectFieldHits, notThePatient, prepareFieldHits, valueBeside, type FieldContext, type FieldHit } from './banner-fields';
import { inlineGp, isGpLabel, ledByOtherPersonLabel, type BannerField } from './labels';
import { composeName, displayName, looksLikeName, plausibleLabelledName } from './names';
import { ownText, walkPage, type PageWalk } from './page-walk';
import { assemblePatient, sexFrom } from './patient-fields';
import type { PatientReading } from './types';
import { isRenderedHidden } from './visibility';

/**
 * Reads the patient from the page's banner, whatever its layout. Fields that are labelled count
 * anywhere on the page outside navigation and blocks about someone else; a banner is the compact
 * block around them, and inside it an unlabelled name (the bold name at the start of most banners),
 * sex and "(49 y.o.)" birth date are read too. Two different values for one field — two names, two
 * birth dates, two numbers under the same label — mean several patients: then nobody is chosen.
 * Several identifiers of different systems or labels are one patient's.
 */

/** A banner is short: a block around a field holds at most this much text. */
const MAX_BANNER_TEXT = 700;
const SEPARATORS = /\s*(?:[|·•¦,;]|\s[–—-]\s|\n)\s*/;
const AGE = /^\(?\s*\d{1,3}\s*(?:jr|j|jaar|y|yr|yrs|years?|y\.o\.?|years old)\s*\)?$|\b\d{1,3}\s*(?:y\.o\.|yrs?|jaar|jr)\b/i;
const NAME_PLACES = 'h1, h2, h3, h4, strong, b, [class*="name" i], [data-field*="name" i], [itemprop="name"], [id*="name" i]';

const NAMED_PLACES = 'h1, [class*="name" i], [data-field*="name" i], [itemprop="name"]';
/** A name is at most this long; a longer one in the place the portal names (an unbroken pasted token) is cut. */
const MAX_NAME = 200;
/** A name has few words: longer text in a heading is prose, not a name with an over-long part. */
const MAX_NAME_WORDS = 8;
const MAX_GP = 200;

const STRONG_FIELDS: BannerField[] = ['birthDate', 'bsn', 'nhs', 'mrn'];

/** Parts of a page a banner never holds: the record's sections, articles, lists and frames. */
const RECORD_TAGS = new Set(['MAIN', 'ARTICLE', 'H2', 'H3', 'H4', 'H5', 'H6', 'IFRAME', 'UL', 'OL', 'TABLE']);
const RECORD_ROLES = new Set(['main', 'article', 'grid', 'list', 'table', 'feed']);

/** Whether `node` holds a part of the record outside `inner` (shadow content and frames included). */
function holdsRecordParts(node: Element, inner: Element, walk: PageWalk): boolean {
  const start = walk.indexOf(node);
  const skipFrom = walk.indexOf(inner);
  if (start === undefined || skipFrom === undefined) return true;
  const skipTo = walk.endOf(skipFrom);
  const end = walk.endOf(start);
  for (let i = start + 1; i < end; i++) {
    if (i === skipFrom) {
      i = skipTo - 1;
      continue;
    }
    const el = walk.elements[i]!;
    if (RECORD_TAGS.has(el.tagName) || RECORD_ROLES.has(el.getAttribute('role') ?? '')) return true;
  }
  return false;
}

/** Pasted unbroken tokens (links, base64, run-together text) count as one long word each in a banner's size. */
const MAX_WORD = 40;
/** Text longer than this is never measured word by word: it is far beyond a banner whatever its words. */
const MAX_MEASURED_TEXT = 50_000;

/** Whether a block is banner-sized: its text, each over-long token counted as one long word. */
function bannerSized(node: Element, walk: PageWalk): boolean {
  const length = walk.textLength(node);
  if (length <= MAX_BANNER_TEXT) return true;
  if (length > MAX_MEASURED_TEXT) return false;
  let measured = 0;
  for (const word of (node.textContent ?? '').split(/\s+/)) measured += Math.min(word.length, MAX_WORD) + 1;
  return measured <= MAX_BANNER_TEXT;
}

/** The block around a field that is still banner-sized and holds no part of the record. */
function bannerAround(el: Element, walk: PageWalk): Element {
  let banner = el;
  for (let node = walk.parentOf(el); node; node = walk.parentOf(node)) {
    if (node.tagName === 'BODY' || node.tagName === 'HTML' || !bannerSized(node, walk)) break;
    if (holdsRecordParts(node, banner, walk)) break;
    banner = node;
  }
  return banner;
}

/** The visible elements inside a banner, in reading order (shadow content and frames included). */
function elementsIn(banner: Element, walk: PageWalk): Element[] {
  const start = walk.indexOf(banner);
  if (start === undefined) return [];
  return walk.elements.slice(start, walk.endOf(start));
}

/** Text pieces of a banner split at its separators: "Grace Okafor", "DOB 1984-05-09", "F". */
function segmentsOf(banner: Element, walk: PageWalk): Array<{ text: string; el: Element }> {
  const segments: Array<{ text: string; el: Element }> = [];
  for (const el of elementsIn(banner, walk)) {
    if (walk.furniture.has(el)) continue;
    for (const piece of ownText(el).split(SEPARATORS)) {
      const text = cleanLine(piece);
      if (text) segments.push({ text, el });
    }
  }
  return segments;
}

/**
 * Whether the text of a heading or an element the portal calls the name is a name: any plausible name
 * up to the maximum length, and a longer one only when it has a name's few words (an unbroken pasted
 * token makes it long, prose does not belong there); such a name is kept, cut to the maximum.
 */
function namedPlaceHoldsName(text: string): boolean {
  const clean = cleanLine(text);
  if (clean.length <= MAX_NAME) return plausibleLabelledName(clean);
  return clean.split(' ').length <= MAX_NAME_WORDS && plausibleLabelledName(clean.slice(0, MAX_NAME));
}

/**
 * The patient's GP as the banner labels it ("Huisarts: A. Kramer, Huisartsenpraktijk De Linde",
 * <dt>GP</dt><dd>Dr S. Patel</dd>). Only a clearly labelled field counts; two different GPs leave it out.
 */
function gpIn(banners: Element[], walk: PageWalk): string | undefined {
  const found = new Set<string>();
  for (const banner of banners) {
    for (const el of elementsIn(banner, walk)) {
      if (walk.furniture.has(el)) continue;
      if (el.childElementCount <= 1 && isGpLabel(el.textContent)) {
        const beside = valueBeside(el);
        if (beside) found.add(beside.text);
        continue;
      }
      for (const piece of ownText(el).split(/\s*(?:[|·•¦]|\s[–—-]\s|\n)\s*/)) {
        const value = inlineGp(piece);
        if (value) found.add(cleanLine(value));
      }
    }
  }
  const values = [...found].filter((value) => /\p{L}{2,}/u.test(value)).map((value) => value.slice(0, MAX_GP));
  return new Set(values).size === 1 ? values[0] : undefined;
}

interface Unlabelled {
  name?: string;
  sex?: string;
  birthDate?: string;
}

/** What a banner shows without labels: the name, the sex, the birth date next to an age. */
function unlabelledFields(banner: Element, walk: PageWalk, hits: FieldHit[], ctx: FieldContext, memo: Map<Element, boolean>): Unlabelled {
  const used = new Set(hits.map((hit) => hit.el));
  const result: Unlabelled = {};
  const candidates = elementsIn(banner, walk).filter((el) => !walk.furniture.has(el) && !used.has(el) && !notThePatient(el, walk, memo));
  // A heading or an element the portal itself calls the name may hold any name, also an unusual one.
  const preferred = candidates.filter((el) => {
    if (!el.matches(NAME_PLACES)) return false;
    const text = el.textContent ?? '';
    return looksLikeName(text) || (el.matches(NAMED_PLACES) && namedPlaceHoldsName(text));
  });
  const named = preferred[0];
  if (named) result.name = cleanLine(named.textContent).slice(0, MAX_NAME);
  const segments = segmentsOf(banner, walk).filter((segment) => !used.has(segment.el) || !hits.some((hit) => hit.raw.includes(segment.text)));
  if (!result.name) {
    const first = segments.find(
      (segment) => segment.text.length <= 60 && looksLikeName(segment.text) && !ledByOtherPersonLabel(segment.text) && !notThePatient(segment.el, walk, memo),
    );
    if (first) result.name = first.text;
  }
  const sexSegment = segments.find((segment) => segment.text.length <= 8 && sexFrom(segment.text.replace(/[()]/g, '')));
  if (sexSegment) result.sex = sexSegment.text.replace(/[()]/g, '');
  // A date beside an age ("3/14/1977 (49 y.o.)", "Male, 49 y.o., 3/14/1977") is the birth date.
  if (segments.some((segment) => AGE.test(segment.text))) {
    const dates = [...new Set(segments.map((segment) => findDate(segment.text, ctx.order)).filter((date): date is string => date !== undefined))];
    if (dates.length === 1) result.birthDate = dates[0];
  }
  return result;
}

function distinctBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(key(item))) seen.set(key(item), item);
  return [...seen.values()];
}

const nameKey = (name: string) => displayName(name).toLowerCase().replace(/[\s.,]/g, '');
const labelKey = (label: string) => label.toLowerCase().replace(/[^a-z0-9]/g, '');

export function readPatientFromPage(doc: Document): PatientReading {
  const warnings: PageWarning[] = [];
  const walk = walkPage(doc);
  const ctx: FieldContext = { walk, order: slashOrderOf(doc.documentElement.lang), warnings };
  const memo = new Map<Element, boolean>();
  const hits = collectFieldHits(ctx, memo).filter((hit) => !isRenderedHidden(hit.el));
  const of = (field: BannerField) => hits.filter((hit) => hit.field === field);

  // Split name fields make one name per banner.
  const names = of('name').map((hit) => hit.value);
  const family = of('familyName');
  if (names.length === 0 && family.length > 0) {
    const banner = bannerAround(family[0]!.el, walk);
    const inBanner = (field: BannerField) => of(field).find((hit) => banner.contains(hit.el))?.value;
    const composed = composeName({ givenName: inBanner('givenName'), initials: inBanner('initials'), prefix: inBanner('prefix'), familyName: family[0]!.value });
    if (composed) names.push(composed);
    for (const other of family.slice(1)) names.push(other.value === family[0]!.value ? composed ?? '' : other.value);
  }

  let birthDates = of('birthDate').map((hit) => hit.value);
  let sexes = of('sex').map((hit) => hit.value);
  // The banners around the strong fields: where an unlabelled name, sex or birth date is read.
  const strong = hits.filter((hit) => STRONG_FIELDS.includes(hit.field) && !hit.column);
  if (strong.length > 0 && (names.length === 0 || birthDates.length === 0 || sexes.length === 0)) {
    const banners = distinctBy(strong.map((hit) => bannerAround(hit.el, walk)), (banner) => String(walk.indexOf(banner)));
    for (const banner of banners) {
      const extra = unlabelledFields(banner, walk, hits, ctx, memo);
      if (names.length === 0 && extra.name) names.push(extra.name);
      if (birthDates.length === 0 && extra.birthDate) birthDates = [extra.birthDate];
      if (sexes.length === 0 && extra.sex) sexes = [extra.sex];
    }
  }

  const distinctNames = distinctBy(names.filter(Boolean), nameKey);
  const distinctBirthDates = [...new Set(birthDates)];
  const conflicts: string[] = [];
  if (distinctNames.length > 1) conflicts.push('name');
  if (distinctBirthDates.length > 1) conflicts.push('birthDate');
  for (const field of ['bsn', 'nhs'] as const) if (new Set(of(field).map((hit) => hit.value)).size > 1) conflicts.push(field);
  // Record numbers conflict only under the same label: a hospital number and a client number are two systems.
  const mrnByLabel = new Map<string, Set<string>>();
  for (const hit of of('mrn')) {
    const values = mrnByLabel.get(labelKey(hit.label)) ?? new Set<string>();
    values.add(hit.value.toLowerCase().replace(/[\s.]/g, ''));
    mrnByLabel.set(labelKey(hit.label), values);
  }
  if ([...mrnByLabel.values()].some((values) => values.size > 1)) conflicts.push('mrn');
  if (conflicts.length > 0) {
    warnings.push({ code: 'multiple-patients', detail: `different values for ${conflicts.join(', ')} on the page` });
    return { patient: null, warnings };
  }

  const identifiers: Array<{ system: Identifier['system']; value: string | undefined; label?: string }> = [];
  const bsn = of('bsn')[0];
  if (bsn) identifiers.push({ system: 'bsn', value: bsn.value, label: 'BSN' });
  const nhs = of('nhs')[0];
  if (nhs) identifiers.push({ system: 'other', value: nhs.value, label: 'NHS No.' });
  // The first record number is the portal's own; numbers under other labels are other systems of the same patient.
  distinctBy(of('mrn'), (item) => labelKey(item.label)).forEach((hit, index) => {
    identifiers.push({ system: index === 0 ? 'mrn' : 'other', value: hit.value, label: hit.label.slice(0, 64) });
  });
  const name = distinctNames[0];
  const reading = assemblePatient(
    { name: name ? displayName(name) : undefined, birthDateText: distinctBirthDates[0], sexText: sexes[0], identifiers },
    warnings,
  );
  // The GP the banner names: the letter sends the report there.
  const banners = distinctBy(hits.filter((hit) => !hit.column).map((hit) => bannerAround(hit.el, walk)), (banner) => String(walk.indexOf(banner)));
  const gp = reading.patient ? gpIn(banners, walk) : undefined;
  if (gp && reading.patient) reading.patient.gp = gp;
  return reading;
}

/** The elements the patient was read from, so that the entry reader leaves the banner out. */
/** The banner pass over the whole page in slices (see prepareFieldHits). */
export async function prepareBanner(doc: Document, sliceMs: number, pause: () => Promise<void>): Promise<void> {
  await prepareFieldHits({ walk: walkPage(doc), order: slashOrderOf(doc.documentElement.lang), warnings: [] }, sliceMs, pause);
}

export function bannerElements(doc: Document): Set<Element> {
  const walk = walkPage(doc);
  const ctx: FieldContext = { walk, order: slashOrderOf(doc.documentElement.lang), warnings: [] };
  const banners = new Set<Element>();
  for (const hit of collectFieldHits(ctx, new Map())) if (!hit.column) banners.add(bannerAround(hit.el, walk));
  return banners;
}
