// @vitest-environment happy-dom
import { beforeAll, describe, expect, it } from 'vitest';
import { CATEGORIES, suggestCategories } from '../../../lib/categories';
import { categoriesOfEntry, NARRATIVE_KINDS } from '../../../lib/categories/assign';
import { detectText } from '../../../lib/detect';
import type { ClinicalEntry } from '../../../lib/messages';
import { pickAdapter } from '../../../lib/portals/registry';
import { showPortalPage } from '../portals/load-page';

/**
 * Categories over the entries the readers take from the demo and test portals: an entry lands in a
 * category because of what it is (its kind), and a message, note or letter that talks about an MRI or
 * a drug is never counted as the MRI or the medication list.
 */
const PAGES = [
  'hospital/index.html',
  'gp/index.html',
  'dental/index.html',
  'clinic-spa/index.html?patient=a',
  'clinic-spa/index.html?patient=b',
  'medplum/dist/index.html',
  'aggressive/index.html',
  'generic/definition-list.html',
  'generic/table-banner.html',
  'generic/label-spans.html',
  'generic/plain-text.html',
  'generic/no-banner.html',
  'generic/two-patients.html',
];
/** Categories portals keep as prose as often as in a list of their own (see assign.ts). */
const PROSE = new Set(['social-history', 'advance-directives', 'care-plan']);

interface PageRead {
  adapter: string;
  entries: ClinicalEntry[];
}

async function read(page: string): Promise<PageRead> {
  const address = new URL(`/${page}`, 'http://127.0.0.1:5175');
  await showPortalPage(address);
  const adapter = pickAdapter(address, document);
  return { adapter: adapter.id, entries: adapter.readEntries(document) };
}

const pages = new Map<string, PageRead>();
beforeAll(async () => {
  for (const page of PAGES) pages.set(page, await read(page));
}, 60_000);

const allEntries = () => [...pages.entries()].flatMap(([page, { entries }]) => entries.map((entry) => ({ page, entry })));

describe('categories over the demo and test portals', () => {
  it('reads entries of several kinds, messages and notes among them', () => {
    const kinds = new Set(allEntries().map(({ entry }) => entry.kind));
    for (const kind of ['message', 'note', 'problem', 'medication', 'imaging', 'result']) expect(kinds).toContain(kind);
  });

  for (const category of CATEGORIES) {
    it(`${category.id}: holds only what belongs to it`, () => {
      for (const { page, entry } of allEntries()) {
        if (!categoriesOfEntry(entry).includes(category.id)) continue;
        const where = `${page}: ${entry.kind} "${entry.title ?? entry.text.slice(0, 60)}"`;
        if (category.sensitive || category.hints.kinds.length === 0) {
          // Sensitive and derived categories are found by words in any entry; the words must be there.
          const own = category.hints.kinds.includes(entry.kind);
          expect(own || new RegExp(category.hints.words.nl.concat(category.hints.words.en).map(escape).join('|'), 'i').test(fold(`${entry.title ?? ''} ${entry.text}`)), where).toBe(true);
        } else if (NARRATIVE_KINDS.has(entry.kind)) {
          expect(category.hints.kinds.includes(entry.kind) || PROSE.has(category.id), where).toBe(true);
        } else {
          expect(category.hints.kinds.includes(entry.kind) || entry.kind === 'other', where).toBe(true);
        }
      }
    });
  }

  it('never counts a message, note or letter as imaging, lab results or medication', () => {
    const narrative = allEntries().filter(({ entry }) => NARRATIVE_KINDS.has(entry.kind));
    expect(narrative.length).toBeGreaterThan(10);
    for (const { page, entry } of narrative) {
      const ids = categoriesOfEntry(entry);
      for (const id of ['imaging', 'lab-results', 'medication', 'pathology']) expect(ids, `${page}: ${entry.title ?? entry.text.slice(0, 60)}`).not.toContain(id);
    }
  });

  it('names an imaging report, not the patient\'s message about surgery, as the newest imaging', () => {
    for (const page of ['hospital/index.html', 'clinic-spa/index.html?patient=a', 'medplum/dist/index.html']) {
      const { adapter, entries } = pages.get(page)!;
      const result = suggestCategories({ entries, patient: null, adapterId: adapter, evidenceTexts: [], today: '2026-11-20' });
      const imaging = result.suggestions.find((s) => s.id === 'imaging')!;
      const messages = entries.filter((e) => e.kind === 'message').map((e) => e.id);
      expect(messages.length, page).toBeGreaterThan(0);
      for (const id of messages) expect(imaging.entryIds, page).not.toContain(id);
      expect(imaging.reason.en, page).not.toMatch(/Before I decide|Communication/);
    }
  });
});

describe('field of the second opinion on the demo portals', () => {
  const fieldOf = (page: string) => {
    const { adapter, entries } = pages.get(page)!;
    // As the sidebar does: the patient's words and the entries they were found in.
    const evidence = entries.flatMap((e) =>
      detectText(e.text)
        .evidence.filter((h) => h.status === 'requested' || h.status === 'considering')
        .map((h) => ({ id: e.id, text: h.text })),
    );
    return suggestCategories({
      entries,
      patient: null,
      adapterId: adapter,
      evidenceTexts: evidence.map((e) => e.text),
      evidenceEntryIds: evidence.map((e) => e.id),
      today: '2026-11-20',
    }).field;
  };

  it.each([
    // The GP records a patient weighing the orthopaedic surgeon's knee replacement: a specialist's question.
    ['gp/index.html', 'somatic'],
    ['hospital/index.html', 'somatic'],
    ['dental/index.html', 'dental'],
    ['clinic-spa/index.html?patient=a', 'somatic'],
    ['medplum/dist/index.html', 'somatic'],
  ])('%s → %s', (page, field) => {
    expect(fieldOf(page)).toBe(field);
  });
});

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
function escape(word: string): string {
  return fold(word).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
