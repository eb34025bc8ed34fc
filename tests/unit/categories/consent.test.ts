import { describe, expect, it } from 'vitest';
import {
  canInclude,
  getCategory,
  initialChoices,
  mergeChoices,
  reportingAllowsTreatingClinician,
  setConsent,
  suggestCategories,
  toEnclosedCategories,
  toggleCategory,
} from '../../../lib/categories';
import type { CategoryChoice } from '../../../lib/draft-shapes';
import { SCENARIOS, TODAY } from './fixtures';

const hivScenario = SCENARIOS.find((s) => s.name.startsWith('HIV'))!;
const kneeScenario = SCENARIOS.find((s) => s.name === 'knee replacement')!;

function choice(choices: CategoryChoice[], id: string): CategoryChoice {
  const c = choices.find((x) => x.id === id);
  if (!c) throw new Error(id);
  return c;
}

describe('choices', () => {
  it('start from the preselection with consent not yet asked', () => {
    const result = suggestCategories(hivScenario.ctx);
    const choices = initialChoices(result);
    expect(choices.map((c) => c.id)).toEqual(result.suggestions.map((s) => s.id));
    expect(choice(choices, 'medication')).toEqual({ id: 'medication', selected: true, consent: 'unknown' });
    expect(choice(choices, 'hiv').selected).toBe(false);
    expect(choices.every((c) => c.consent === 'unknown' && c.consentDate === undefined)).toBe(true);
  });

  it('merge keeps earlier decisions and consent, and adds what is new', () => {
    const result = suggestCategories(kneeScenario.ctx);
    let previous = initialChoices(result);
    previous = toggleCategory(previous, 'imaging', false);
    previous = setConsent(previous, 'procedures', 'refused', '2026-11-01');
    previous = previous.filter((c) => c.id !== 'letters');
    previous.push({ id: 'retired-category', selected: true, consent: 'given', consentDate: '2026-01-01' });

    const merged = mergeChoices(previous, result);
    expect(choice(merged, 'imaging').selected).toBe(false);
    expect(choice(merged, 'procedures')).toMatchObject({ consent: 'refused', consentDate: '2026-11-01' });
    expect(choice(merged, 'letters')).toEqual({ id: 'letters', selected: true, consent: 'unknown' });
    expect(merged.map((c) => c.id).slice(0, result.suggestions.length)).toEqual(result.suggestions.map((s) => s.id));
    expect(merged.at(-1)?.id).toBe('retired-category');
    expect(new Set(merged.map((c) => c.id)).size).toBe(merged.length);
  });

  it('records consent with its date and clears the date when reset', () => {
    const choices = initialChoices(suggestCategories(hivScenario.ctx));
    const given = setConsent(choices, 'hiv', 'given', TODAY);
    expect(choice(given, 'hiv')).toMatchObject({ consent: 'given', consentDate: TODAY });
    const reset = setConsent(given, 'hiv', 'unknown', '2026-11-21');
    expect(choice(reset, 'hiv').consent).toBe('unknown');
    expect(choice(reset, 'hiv').consentDate).toBeUndefined();
    expect(choice(choices, 'hiv').consent).toBe('unknown');
  });

  it('adds a category the list did not hold yet', () => {
    expect(toggleCategory([], 'imaging', true)).toEqual([{ id: 'imaging', selected: true, consent: 'unknown' }]);
    expect(setConsent([], 'hiv', 'refused', TODAY)).toEqual([{ id: 'hiv', selected: false, consent: 'refused', consentDate: TODAY }]);
  });
});

describe('canInclude', () => {
  const hiv = getCategory('hiv')!;
  const imaging = getCategory('imaging')!;
  it.each([
    ['given', true, true],
    ['unknown', false, true],
    ['refused', false, false],
  ] as const)('consent %s: sensitive %s, ordinary %s', (consent, sensitive, ordinary) => {
    expect(canInclude({ id: 'hiv', selected: true, consent }, hiv)).toBe(sensitive);
    expect(canInclude({ id: 'imaging', selected: true, consent }, imaging)).toBe(ordinary);
  });
  it('does not accept a choice for another category', () => {
    expect(canInclude({ id: 'imaging', selected: true, consent: 'given' }, hiv)).toBe(false);
  });
});

describe('reporting to the treating clinician', () => {
  it.each([
    [false, 'unknown', true],
    [false, 'refused', true],
    [true, 'unknown', false],
    [true, 'refused', false],
    [true, 'given', true],
  ] as const)('self-referred %s, consent %s → %s', (selfReferred, informTreatingClinicianConsent, expected) => {
    expect(reportingAllowsTreatingClinician({ selfReferred, informTreatingClinicianConsent })).toBe(expected);
  });
});

describe('toEnclosedCategories', () => {
  it('encloses only selected categories, in the letter language, with readable items and entry ids', () => {
    const result = suggestCategories(kneeScenario.ctx);
    const choices = toggleCategory(setConsent(initialChoices(result), 'imaging', 'given', TODAY), 'lab-results', false);
    const nl = toEnclosedCategories(choices, result, kneeScenario.ctx.entries, 'nl');
    const selected = choices.filter((c) => c.selected).map((c) => c.id);
    expect(nl.map((c) => c.id)).toEqual(selected);
    const imaging = nl.find((c) => c.id === 'imaging')!;
    expect(imaging).toMatchObject({ label: 'Beeldvorming', consent: 'given', sensitive: false });
    expect(imaging.items[0]).toBe('MRI knie rechts — 15-09-2026');
    expect(imaging.entryIds).toContain('knee-mri');
    const en = toEnclosedCategories(choices, result, kneeScenario.ctx.entries, 'en');
    expect(en.find((c) => c.id === 'imaging')!.label).toBe('Imaging');
  });

  it('keeps entries of a withheld sensitive category out of every other category', () => {
    const result = suggestCategories(hivScenario.ctx);
    const choices = initialChoices(result);
    const withheld = toEnclosedCategories(choices, result, hivScenario.ctx.entries, 'nl');
    const problems = withheld.find((c) => c.id === 'problems')!;
    expect(problems.entryIds).not.toContain('hiv-p1');
    expect(problems.items.join('\n')).not.toMatch(/HIV/i);
    expect(withheld.find((c) => c.id === 'medication')!.items.join('\n')).not.toContain('Biktarvy');
    expect(withheld.some((c) => c.id === 'hiv')).toBe(false);

    const consented = setConsent(toggleCategory(choices, 'hiv', true), 'hiv', 'given', TODAY);
    const shared = toEnclosedCategories(consented, result, hivScenario.ctx.entries, 'nl');
    expect(shared.find((c) => c.id === 'problems')!.entryIds).toContain('hiv-p1');
    expect(shared.find((c) => c.id === 'hiv')).toMatchObject({ sensitive: true, consent: 'given', label: 'HIV' });
  });

  it('passes a selected sensitive category without consent on as not given, so the letter withholds it', () => {
    const result = suggestCategories(hivScenario.ctx);
    const choices = toggleCategory(initialChoices(result), 'hiv', true);
    const enclosed = toEnclosedCategories(choices, result, hivScenario.ctx.entries, 'en');
    const hiv = enclosed.find((c) => c.id === 'hiv')!;
    expect(hiv.consent).toBe('unknown');
    expect(hiv.entryIds).toEqual(['hiv-p1', 'hiv-m1', 'hiv-r1']);
    expect(enclosed.find((c) => c.id === 'lab-results')!.entryIds).not.toContain('hiv-r1');
  });
});

describe('with the letter consent filter', () => {
  it('a selected but unconsented sensitive category keeps its entries out of the letter', async () => {
    const { applyConsent } = await import('../../../lib/letter/consent-filter');
    const result = suggestCategories(hivScenario.ctx);
    let choices = toggleCategory(initialChoices(result), 'hiv', true);
    for (const id of ['problems', 'medication', 'lab-results', 'allergies']) choices = setConsent(choices, id, 'given', TODAY);
    const view = applyConsent(toEnclosedCategories(choices, result, hivScenario.ctx.entries, 'nl'), hivScenario.ctx.entries);
    const ids = view.entries.map((e) => e.id);
    for (const id of ['hiv-p1', 'hiv-m1', 'hiv-r1']) expect(ids).not.toContain(id);
    expect(ids.length).toBeGreaterThan(0);
  });
});
