import { describe, expect, it } from 'vitest';
import { CATEGORIES, inferField, inferQuestion, suggestCategories, type SuggestResult } from '../../../lib/categories';
import { SCENARIOS, TODAY, entry } from './fixtures';

function byId(result: SuggestResult, id: string) {
  const s = result.suggestions.find((x) => x.id === id);
  if (!s) throw new Error(`no suggestion for ${id}`);
  return s;
}

describe.each(SCENARIOS)('scenario: $name', (scenario) => {
  const result = suggestCategories(scenario.ctx);

  it('infers or keeps the question and the field', () => {
    expect(result.question).toBe(scenario.question);
    expect(result.field).toBe(scenario.field);
  });

  it('suggests what the question needs and the record holds', () => {
    const suggested = result.suggestions.filter((s) => s.rank === 'suggested').map((s) => s.id);
    expect(suggested).toEqual(expect.arrayContaining(scenario.suggested));
    for (const id of scenario.notSuggested) expect(suggested, id).not.toContain(id);
    for (const id of scenario.optional ?? []) expect(byId(result, id).rank, id).toBe('optional');
  });

  it('gives readable reasons in both languages', () => {
    for (const s of result.suggestions) {
      expect(s.reason.nl.length).toBeGreaterThan(5);
      expect(s.reason.en.length).toBeGreaterThan(5);
    }
    for (const [id, fragment] of Object.entries(scenario.reasonEn ?? {})) expect(byId(result, id).reason.en).toContain(fragment);
    for (const [id, fragment] of Object.entries(scenario.reasonNl ?? {})) expect(byId(result, id).reason.nl).toContain(fragment);
  });

  it('keeps the invariants: every category once, ordered, sensitive never preselected, nothing suggested from an empty category', () => {
    expect(result.suggestions.map((s) => s.id).sort()).toEqual(CATEGORIES.map((c) => c.id).sort());
    const order = ['suggested', 'optional', 'not-relevant'];
    const ranks = result.suggestions.map((s) => order.indexOf(s.rank));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    for (const s of result.suggestions) {
      if (s.sensitive) expect(s.preselect, s.id).toBe(false);
      if (s.rank === 'suggested') expect(s.entryIds.length, s.id).toBeGreaterThan(0);
      if (s.rank !== 'suggested') expect(s.preselect, s.id).toBe(false);
      if (s.rank === 'suggested' && !s.sensitive) expect(s.preselect, s.id).toBe(true);
      expect(s.sensitive).toBe(CATEGORIES.find((c) => c.id === s.id)!.sensitive);
    }
  });

  it('is deterministic', () => {
    expect(suggestCategories(scenario.ctx)).toEqual(result);
  });
});

describe('scenario count', () => {
  it('covers at least 15 situations', () => {
    expect(SCENARIOS.length).toBeGreaterThanOrEqual(15);
  });
});

describe('sensitive data', () => {
  it('assigns the HIV entries to the HIV category as well as to their own', () => {
    const hiv = SCENARIOS.find((s) => s.name.startsWith('HIV'))!;
    const result = suggestCategories(hiv.ctx);
    expect(byId(result, 'hiv').entryIds).toEqual(['hiv-p1', 'hiv-m1', 'hiv-r1']);
    expect(byId(result, 'problems').entryIds).toContain('hiv-p1');
    expect(byId(result, 'hiv').preselect).toBe(false);
    expect(byId(result, 'medication').preselect).toBe(true);
  });

  it('never preselects a sensitive category, even when the field is built around it', () => {
    const depression = SCENARIOS.find((s) => s.name.startsWith('treatment-resistant'))!;
    const s = byId(suggestCategories(depression.ctx), 'mental-health');
    expect(s.rank).toBe('suggested');
    expect(s.preselect).toBe(false);
    expect(s.reason.en).toContain('Sensitive');
  });
});

describe('inferQuestion', () => {
  it.each([
    [['Ik twijfel aan de diagnose.'], 'diagnosis'],
    [['I doubt the diagnosis.'], 'diagnosis'],
    [['De behandeling slaat niet aan.'], 'stalled-treatment'],
    [['The treatment is not working.'], 'stalled-treatment'],
    [['Moet die knieprothese er echt in?'], 'surgery-indication'],
    [['Is the operation really necessary?'], 'surgery-indication'],
    [['Welke andere opties zijn er naast bestraling?'], 'treatment-options'],
    [['Ik heb zoveel bijwerkingen van mijn medicijnen.'], 'medication'],
    [['Wat is mijn levensverwachting?'], 'prognosis'],
    [['Ik wil graag een second opinion.'], 'unknown'],
  ])('%j → %s', (texts, expected) => {
    expect(inferQuestion(texts, [])).toBe(expected);
  });

  it('falls back on the record when the patient says nothing specific', () => {
    const entries = [entry('care-plan', 'Voorstel: totale knieprothese rechts', { date: '2026-09-01' })];
    expect(inferQuestion(['Ik wil graag een second opinion.'], entries)).toBe('surgery-indication');
  });

  it("lets the patient's words outweigh the record", () => {
    const entries = [
      entry('letter', 'Operatie gepland; operatieverslag volgt; chirurg akkoord', { date: '2026-09-01' }),
      entry('care-plan', 'Operatie', { date: '2026-09-01' }),
    ];
    expect(inferQuestion(['Ik twijfel aan de diagnose.'], entries)).toBe('diagnosis');
  });
});

describe('inferField', () => {
  it.each([
    ['tandarts-portaal', 'dental'],
    ['ggz-ecd', 'mental-health'],
    ['huisarts-his', 'gp'],
    ['medplum', 'somatic'],
  ])('adapter %s → %s', (adapter, expected) => {
    expect(inferField(adapter, [])).toBe(expected);
  });

  it('reads the field from the entries when the adapter is generic', () => {
    const dental = [entry('dental', 'OPG'), entry('dental', 'Bitewings'), entry('problem', 'Cariës')];
    expect(inferField('generic', dental)).toBe('dental');
    const mental = [entry('problem', 'Depressieve stoornis'), entry('note', 'Consult psychiater'), entry('medication', 'Sertraline 50 mg')];
    expect(inferField('generic', mental)).toBe('mental-health');
    const gp = [entry('problem', 'K86 Hypertensie'), entry('note', 'S: hoofdpijn O: RR 150/90 E: hypertensie P: controle')];
    expect(inferField('generic', gp)).toBe('gp');
    const hospital = [entry('imaging', 'Röntgen thorax'), entry('problem', 'Pneumonie')];
    expect(inferField('generic', hospital)).toBe('somatic');
  });
});

it('uses today only as given (no clock)', () => {
  expect(TODAY).toMatch(/^\d{4}-\d{2}-\d{2}$/);
});

describe('reasons', () => {
  it('name the record item of the category itself, not a newer message that mentions it', () => {
    const result = suggestCategories({
      entries: [
        entry('imaging', 'MRI knie rechts: gevorderde mediale gonartrose.', { date: '2026-09-15', title: 'MRI knie rechts' }),
        entry('message', 'Kunt u mijn MRI naar de orthopeed in het andere ziekenhuis sturen? Ik wil een second opinion over de knieprothese.', {
          date: '2026-10-14',
          title: 'Vraag over de knieoperatie',
        }),
      ],
      patient: null,
      adapterId: 'hospital',
      evidenceTexts: ['Ik wil een second opinion over de knieprothese.'],
      today: TODAY,
    });
    const imaging = byId(result, 'imaging');
    expect(imaging.reason.en).toContain('MRI knie rechts of 15-09-2026');
    expect(imaging.reason.en).not.toContain('Vraag over de knieoperatie');
  });

  it('write an entry date once, also when the portal puts it into the entry name', () => {
    const result = suggestCategories({
      entries: [
        entry('problem', 'L90 Artrose knie rechts sinds 02-05-2026', { date: '2026-05-02' }),
        entry('problem', 'K86 Hypertensie', { date: '2019-02-18' }),
        entry('medication', '02-05-2026 · Naproxen tablet 500 mg · 2dd1 zo nodig', { date: '2026-05-02' }),
      ],
      patient: null,
      adapterId: 'generic',
      evidenceTexts: [],
      today: TODAY,
    });
    for (const id of ['problems', 'medication']) {
      const reason = byId(result, id).reason;
      for (const text of [reason.nl, reason.en]) expect(text.match(/02-05-2026/g), text).toHaveLength(1);
    }
    expect(byId(result, 'problems').reason.en).toContain('newest: L90 Artrose knie rechts sinds 02-05-2026;');
  });

  it('shorten a long entry name at a word, and keep the whole reason for hover and focus', () => {
    const long = 'Naproxen 500 mg tablet 2 × per dag 1 tablet, zo nodig bij pijnklachten in de rechterknie na inspanning';
    const result = suggestCategories({
      entries: [entry('medication', long, { date: '2026-06-12' })],
      patient: null,
      adapterId: 'generic',
      evidenceTexts: [],
      today: TODAY,
    });
    const medication = byId(result, 'medication');
    const name = /^(.*)… van 12-06-2026/.exec(medication.reason.nl)?.[1];
    expect(name).toBeDefined();
    expect(long.startsWith(name!)).toBe(true);
    expect(long[name!.length]).toMatch(/[\s,]/);
    expect(medication.reasonFull?.nl).toContain(`${long} van 12-06-2026 in het dossier`);
    expect(medication.reasonFull?.en).toContain(`${long} of 12-06-2026 in the record`);
    expect(byId(result, 'allergies').reasonFull).toBeUndefined();
  });
});

describe('field of the question', () => {
  const gpRecord = () => [
    entry('problem', 'L90 Artrose knie rechts', { date: '2026-05-02' }),
    entry('note', 'S: Komt terug na gesprek met orthopeed. Totale knieprothese rechts voorgesteld. Twijfelt of ze een second opinion moet vragen.', {
      id: 'gp-note',
      date: '2026-10-20',
      title: 'ICPC L90',
    }),
    entry('note', 'S: hoofdpijn O: RR 150/90 E: hypertensie P: controle', { date: '2026-08-14' }),
  ];

  it('is the field of the advice the patient weighs, even on a GP portal', () => {
    const result = suggestCategories({
      entries: gpRecord(),
      patient: null,
      adapterId: 'gp',
      evidenceTexts: ['Twijfelt of ze een second opinion moet vragen.'],
      evidenceEntryIds: ['gp-note'],
      today: TODAY,
    });
    expect(result.field).toBe('somatic');
  });

  it('stays with the portal and the record when the question names no field', () => {
    expect(suggestCategories({ entries: gpRecord(), patient: null, adapterId: 'gp', evidenceTexts: ['Ik wil een second opinion.'], today: TODAY }).field).toBe('gp');
    expect(inferField('huisarts-his', [], { evidence: ['Ik twijfel aan het advies van mijn huisarts.'], evidenceEntries: [], record: [] })).toBe('gp');
  });

  it.each([
    ['Mijn tandarts wil implantaten plaatsen, is dat echt nodig?', 'dental'],
    ['De kaakchirurg stelt een operatie voor.', 'dental'],
    ['Ik wil dat een andere psychiater meekijkt.', 'mental-health'],
    ['I would like another cardiologist to look at the valve surgery plan.', 'somatic'],
    ['Moet ik mij preventief laten opereren?', 'somatic'],
  ])('%s → %s', (text, field) => {
    expect(inferField('generic', [], { evidence: [text], evidenceEntries: [], record: [] })).toBe(field);
  });
});
