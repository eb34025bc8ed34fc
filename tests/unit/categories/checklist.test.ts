import { describe, expect, it } from 'vitest';
import {
  buildChecklist,
  checklistToText,
  initialChoices,
  setConsent,
  suggestCategories,
  toggleCategory,
  withItemState,
} from '../../../lib/categories';
import { ChecklistItemSchema } from '../../../lib/draft-shapes';
import { SCENARIOS, TODAY, entry } from './fixtures';

const knee = SCENARIOS.find((s) => s.name === 'knee replacement')!;
const hivScenario = SCENARIOS.find((s) => s.name.startsWith('HIV'))!;
const dental = SCENARIOS.find((s) => s.name.startsWith('dental implants'))!;

describe('buildChecklist', () => {
  const result = suggestCategories(knee.ctx);
  const choices = initialChoices(result);
  const items = buildChecklist(choices, result, knee.ctx.entries, 'nl');

  it('turns each selected category into concrete, valid items with a place in the portal', () => {
    for (const item of items) expect(ChecklistItemSchema.safeParse(item).success, item.id).toBe(true);
    const mri = items.find((i) => i.id === 'imaging:knee-mri')!;
    expect(mri).toMatchObject({ categoryId: 'imaging', label: 'MRI knie rechts — 15-09-2026', date: '2026-09-15', state: 'to-collect' });
    expect(mri.where).toBe('Beeldvorming › MRI knie rechts');
    const selected = new Set(choices.filter((c) => c.selected).map((c) => c.id));
    expect(new Set(items.map((i) => i.categoryId))).toEqual(selected);
  });

  it('lists medication as one overview to print', () => {
    const meds = items.filter((i) => i.categoryId === 'medication');
    expect(meds).toHaveLength(1);
    expect(meds[0]!.id).toBe('medication:overview');
    expect(meds[0]!.label).toMatch(/^Medicatieoverzicht \(1 item, 30-09-2026\)$/);
  });

  it('keeps states of earlier items by id across a re-computation', () => {
    const ticked = items.map((i) => (i.id === 'imaging:knee-mri' ? { ...i, state: 'sent' as const } : i.id === 'medication:overview' ? { ...i, state: 'collected' as const } : i));
    const more = [...knee.ctx.entries, entry('imaging', 'Echo', { title: 'Echo knie', date: '2026-10-01', id: 'knee-echo' })];
    const again = buildChecklist(choices, suggestCategories({ ...knee.ctx, entries: more }), more, 'nl', ticked);
    expect(again.find((i) => i.id === 'imaging:knee-mri')!.state).toBe('sent');
    expect(again.find((i) => i.id === 'medication:overview')!.state).toBe('collected');
    expect(again.find((i) => i.id === 'imaging:knee-echo')!.state).toBe('to-collect');
  });

  it('leaves out refused categories and sensitive ones without consent, and their entries elsewhere', () => {
    const hivResult = suggestCategories(hivScenario.ctx);
    let hivChoices = toggleCategory(initialChoices(hivResult), 'hiv', true);
    hivChoices = setConsent(hivChoices, 'allergies', 'refused', TODAY);
    const list = buildChecklist(hivChoices, hivResult, hivScenario.ctx.entries, 'en');
    expect(list.some((i) => i.categoryId === 'hiv')).toBe(false);
    expect(list.some((i) => i.categoryId === 'allergies')).toBe(false);
    expect(list.find((i) => i.id === 'lab-results:overview')!.label).toBe('Lab results (1 entry, 01-09-2026)');

    const consented = setConsent(hivChoices, 'hiv', 'given', TODAY);
    const withHiv = buildChecklist(consented, hivResult, hivScenario.ctx.entries, 'en');
    expect(withHiv.filter((i) => i.categoryId === 'hiv').map((i) => i.id)).toEqual(['hiv:hiv-r1', 'hiv:hiv-m1', 'hiv:hiv-p1']);
  });

  it('asks staff to request a selected category the portal does not hold', () => {
    const r = suggestCategories(dental.ctx);
    const c = toggleCategory(initialChoices(r), 'dental-models', true);
    const list = buildChecklist(c, r, dental.ctx.entries, 'nl');
    const missing = list.find((i) => i.id === 'dental-models:missing')!;
    expect(missing.label).toContain('niet gevonden in het portaal');
    expect(missing.where).toBeUndefined();
  });
});

describe('checklistToText', () => {
  it('prints a clean grouped list with states', () => {
    const result = suggestCategories(knee.ctx);
    const items = buildChecklist(initialChoices(result), result, knee.ctx.entries, 'en').map((i) =>
      i.id === 'imaging:knee-mri' ? { ...i, state: 'collected' as const } : i,
    );
    const text = checklistToText(items, 'en', 'Record bundle — T. Testpersoon');
    const lines = text.split('\n');
    expect(lines[0]).toBe('Record bundle — T. Testpersoon');
    expect(lines[1]).toMatch(/^=+$/);
    expect(text).toContain('\nImaging\n[x] MRI knie rechts — 15-09-2026  (Imaging › MRI knie rechts)');
    expect(text).toContain(`${items.length} items: ${items.length - 1} to collect, 1 collected, 0 sent`);
    expect(text).not.toMatch(/<|undefined|null/);
  });

  it('says so when there is nothing to collect', () => {
    expect(checklistToText([], 'nl', 'Dossierbundel')).toContain('(geen items)');
  });
});

describe('checklist texts shortened for the sidebar', () => {
  const longTitle =
    'MRI knie rechts met contrast, vergelijking met de opname van vorig jaar en beoordeling van de mediale meniscus en het kraakbeen';
  const entries = [...knee.ctx.entries, entry('imaging', 'Verslag volgt.', { title: longTitle, date: '2026-10-02', id: 'knee-mri-long' })];
  const result = suggestCategories({ ...knee.ctx, entries });
  const items = buildChecklist(initialChoices(result), result, entries, 'nl');
  const long = items.find((i) => i.id === 'imaging:knee-mri-long')!;

  it('shortens a long name at a word and keeps the whole name, with its date, for hover and focus', () => {
    expect(long.label.length).toBeLessThan(longTitle.length);
    expect(long.label).toMatch(/^MRI knie rechts met contrast\b.*… — 02-10-2026$/);
    expect(long.fullLabel).toBe(`${longTitle} — 02-10-2026`);
  });

  it('keeps the whole title of the place in the portal when the place is shortened', () => {
    const veryLong = `${longTitle} ${longTitle}`;
    const more = [...knee.ctx.entries, entry('imaging', 'Verslag volgt.', { title: veryLong, id: 'knee-mri-very-long' })];
    const moreResult = suggestCategories({ ...knee.ctx, entries: more });
    const item = buildChecklist(initialChoices(moreResult), moreResult, more, 'nl').find((i) => i.id === 'imaging:knee-mri-very-long')!;
    expect(item.where!.length).toBeLessThan(item.fullWhere!.length);
    expect(item.fullWhere).toBe(`Beeldvorming › ${veryLong}`);
  });

  it('carries no second copy when nothing was shortened', () => {
    const mri = items.find((i) => i.id === 'imaging:knee-mri')!;
    expect(mri.fullLabel).toBeUndefined();
    expect(mri.fullWhere).toBeUndefined();
  });

  it('stores only the item and its state: the whole texts come from the record each time', () => {
    const stored = withItemState(items, 'imaging:knee-mri-long', 'collected');
    const storedLong = stored.find((i) => i.id === 'imaging:knee-mri-long')!;
    expect(storedLong).toEqual({ id: long.id, categoryId: 'imaging', label: long.label, where: long.where, date: '2026-10-02', state: 'collected' });
    for (const item of stored) expect(ChecklistItemSchema.safeParse(item).success, item.id).toBe(true);
    expect(stored.filter((i) => i.state !== 'to-collect').map((i) => i.id)).toEqual(['imaging:knee-mri-long']);
    // A draft stored before the whole texts existed is read the same way and keeps its states.
    const again = buildChecklist(initialChoices(result), result, entries, 'nl', stored);
    expect(again.find((i) => i.id === 'imaging:knee-mri-long')).toMatchObject({ state: 'collected', fullLabel: long.fullLabel });
  });
});
