import { formatDate } from '../format';
import type { ClinicalEntry, EntryKind } from '../messages';
import type { CategoryChoice, ChecklistItem, ChecklistState } from '../draft-shapes';
import { getCategory } from './catalogue';
import { canInclude } from './consent';
import { itemLine, newestFirst } from './enclosed';
import { entryLabel } from './entry-label';
import { withheldSensitiveEntryIds } from './sensitive-guard';
import type { Lang, SuggestResult } from './types';
import { normalizeSpace } from '../text';

/**
 * The record bundle as a checklist for practice staff: what to collect from the portal, where it
 * is, and whether it went out. Only categories the patient allows are listed (GUIDE section 3: data
 * goes along only with consent), so staff never gather what may not be sent.
 *
 * Item ids are `<category>:<entry id>`, `<category>:overview` or `<category>:missing`; they depend
 * on the record only, so ticking an item survives a re-computation.
 */

/** Lists staff print as one document from the portal (the BgZ medication overview, the problem list). */
const OVERVIEW: Readonly<Record<string, { nl: string; en: string }>> = {
  problems: { nl: 'Probleemlijst', en: 'Problem list' },
  medication: { nl: 'Medicatieoverzicht', en: 'Medication overview' },
  allergies: { nl: 'Allergieën en intoleranties', en: 'Allergies and intolerances' },
  'lab-results': { nl: 'Laboratoriumuitslagen', en: 'Lab results' },
  'vital-signs': { nl: 'Metingen', en: 'Measurements' },
};

/** Where portals usually keep each kind of entry. */
const SECTION: Readonly<Record<EntryKind, { nl: string; en: string }>> = {
  message: { nl: 'Berichten', en: 'Messages' },
  note: { nl: 'Journaal', en: 'Notes' },
  letter: { nl: 'Correspondentie', en: 'Correspondence' },
  problem: { nl: 'Probleemlijst', en: 'Problem list' },
  medication: { nl: 'Medicatie', en: 'Medication' },
  allergy: { nl: 'Allergieën', en: 'Allergies' },
  result: { nl: 'Uitslagen', en: 'Results' },
  imaging: { nl: 'Beeldvorming', en: 'Imaging' },
  pathology: { nl: 'Pathologie', en: 'Pathology' },
  procedure: { nl: 'Verrichtingen', en: 'Procedures' },
  'vital-sign': { nl: 'Metingen', en: 'Measurements' },
  questionnaire: { nl: 'Vragenlijsten', en: 'Questionnaires' },
  'care-plan': { nl: 'Behandelplan', en: 'Care plan' },
  'social-history': { nl: 'Anamnese', en: 'History' },
  'advance-directive': { nl: 'Wilsverklaringen', en: 'Advance directives' },
  dental: { nl: 'Tandheelkundig dossier', en: 'Dental record' },
  other: { nl: 'Overig', en: 'Other' },
};

/**
 * A checklist item as the sidebar shows it: where the label or the place was shortened, the whole text
 * comes along for hover and focus. It is derived from the record each time and never stored: the
 * draft keeps only the item and its state (see withItemState).
 */
export type ChecklistLine = ChecklistItem & { fullLabel?: string; fullWhere?: string };

export function buildChecklist(
  choices: CategoryChoice[],
  result: SuggestResult,
  entries: ClinicalEntry[],
  lang: Lang,
  previous: ChecklistItem[] = [],
): ChecklistLine[] {
  const suggestionById = new Map(result.suggestions.map((s) => [s.id, s]));
  const entryById = new Map(entries.map((e) => [e.id, e]));
  const withheld = withheldSensitiveEntryIds(choices, result);
  const items: Omit<ChecklistLine, 'state'>[] = [];
  const listed = new Set<string>();

  for (const choice of choices) {
    const category = getCategory(choice.id);
    const suggestion = suggestionById.get(choice.id);
    if (!choice.selected || !category || !suggestion || !canInclude(choice, category)) continue;
    const own = suggestion.entryIds
      .map((id) => entryById.get(id))
      .filter((e): e is ClinicalEntry => !!e && (category.sensitive || !withheld.has(e.id)));

    if (own.length === 0) {
      items.push({ id: `${category.id}:missing`, categoryId: category.id, label: missingLabel(category.label[lang], lang) });
      continue;
    }
    const overview = OVERVIEW[category.id];
    if (overview) {
      items.push(overviewItem(category.id, overview[lang], own, lang));
      continue;
    }
    // One entry is collected once, under the first category that lists it.
    for (const entry of newestFirst(own)) {
      if (listed.has(entry.id)) continue;
      listed.add(entry.id);
      const label = itemLine(entry);
      const fullLabel = itemLine(entry, 'whole');
      const where = whereIs(entry, lang, WHERE_LABEL);
      const fullWhere = whereIs(entry, lang, Infinity);
      items.push({
        id: `${category.id}:${entry.id}`,
        categoryId: category.id,
        label,
        where,
        ...(entry.date ? { date: entry.date } : {}),
        ...(fullLabel !== label ? { fullLabel } : {}),
        ...(fullWhere !== where ? { fullWhere } : {}),
      });
    }
  }
  return items.map((item) => ({ ...item, state: previousState(item.id, previous) }));
}

/** The same entry listed under another category earlier (the clinician reordered) keeps its state too. */
function previousState(id: string, previous: readonly ChecklistItem[]): ChecklistState {
  const same = previous.find((p) => p.id === id);
  if (same) return same.state;
  const entryPart = id.slice(id.indexOf(':') + 1);
  if (entryPart === 'overview' || entryPart === 'missing') return 'to-collect';
  return previous.find((p) => p.id.slice(p.id.indexOf(':') + 1) === entryPart)?.state ?? 'to-collect';
}

function overviewItem(categoryId: string, name: string, entries: readonly ClinicalEntry[], lang: Lang): Omit<ChecklistItem, 'state'> {
  const dates = entries.flatMap((e) => (e.date ? [e.date] : [])).sort();
  const first = dates[0];
  const last = dates.at(-1);
  const count = lang === 'nl' ? `${entries.length} ${entries.length === 1 ? 'item' : 'items'}` : `${entries.length} ${entries.length === 1 ? 'entry' : 'entries'}`;
  let range = '';
  if (first && last) {
    range = first === last ? `, ${formatDate(last)}` : `, ${formatDate(first)} ${lang === 'nl' ? 't/m' : 'to'} ${formatDate(last)}`;
  }
  const kind = entries[0]!.kind;
  return {
    id: `${categoryId}:overview`,
    categoryId,
    label: `${name} (${count}${range})`,
    where: SECTION[kind][lang],
    ...(last ? { date: last } : {}),
  };
}

function missingLabel(name: string, lang: Lang): string {
  return lang === 'nl'
    ? `${name}: niet gevonden in het portaal — opvragen bij de behandelaar`
    : `${name}: not found in the portal — request from the treating clinician`;
}

/** Longest entry title in an item's place; the whole title shows on hover and focus. */
const WHERE_LABEL = 200;

function whereIs(entry: ClinicalEntry, lang: Lang, max: number): string {
  const section = SECTION[entry.kind][lang];
  return entry.title?.trim() ? `${section} › ${entryLabel({ ...entry, text: '' }, max)}` : section;
}

/**
 * The checklist as the draft stores it, with one item's state changed: the shown lines' whole texts
 * stay out of the draft, since they come from the record each time it is read.
 */
export function withItemState(lines: readonly ChecklistLine[], id: string, state: ChecklistState): ChecklistItem[] {
  return lines.map(({ fullLabel: _label, fullWhere: _where, ...item }) => (item.id === id ? { ...item, state } : item));
}

const MARK: Record<ChecklistState, string> = { 'to-collect': '[ ]', collected: '[x]', sent: '[>]' };
const STATE_NAME: Record<ChecklistState, { nl: string; en: string }> = {
  'to-collect': { nl: 'te verzamelen', en: 'to collect' },
  collected: { nl: 'verzameld', en: 'collected' },
  sent: { nl: 'verzonden', en: 'sent' },
};

/** A plain list that prints cleanly and pastes into any mail or practice system. */
export function checklistToText(items: ChecklistItem[], lang: Lang, title: string): string {
  const lines = [title, '='.repeat(Math.max(3, title.length))];
  lines.push(
    (Object.keys(MARK) as ChecklistState[]).map((s) => `${MARK[s]} ${STATE_NAME[s][lang]}`).join('   '),
  );
  if (items.length === 0) {
    lines.push('', lang === 'nl' ? '(geen items)' : '(no items)');
    return lines.join('\n');
  }
  const groups = new Map<string, ChecklistItem[]>();
  for (const item of items) groups.set(item.categoryId, [...(groups.get(item.categoryId) ?? []), item]);
  for (const [categoryId, group] of groups) {
    lines.push('', getCategory(categoryId)?.label[lang] ?? categoryId);
    for (const item of group) {
      const where = item.where ? `  (${flat(item.where)})` : '';
      lines.push(`${MARK[item.state]} ${flat(item.label)}${where}`);
    }
  }
  const count = (s: ChecklistState) => items.filter((i) => i.state === s).length;
  const summary = (Object.keys(MARK) as ChecklistState[]).map((s) => `${count(s)} ${STATE_NAME[s][lang]}`).join(', ');
  lines.push('', `${items.length} items: ${summary}`);
  return lines.join('\n');
}

function flat(text: string): string {
  return normalizeSpace(text);
}
