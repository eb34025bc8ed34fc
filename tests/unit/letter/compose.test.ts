import { describe, expect, it } from 'vitest';
import {
  composeLetter,
  findPlaceholders,
  letterToPlainText,
  LetterSchema,
  regenerateSection,
  SECTION_IDS,
  type LetterInput,
  type QuestionType,
} from '../../../lib/letter';
import { SCENARIOS } from './scenarios';

const input = (overrides: Partial<LetterInput> = {}): LetterInput => ({
  lang: 'en',
  today: '2025-06-02',
  patient: { name: 'Alex Anoniem', birthDate: '1970-01-01', identifiers: [{ system: 'bsn', value: '167868433' }], confidence: 'certain' },
  referrer: { name: 'Dr. R. Referent', role: 'GP', organisation: 'Practice Nowhere' },
  question: 'diagnosis',
  patientWords: [],
  entries: [{ id: 'p', kind: 'problem', text: 'Fibromyalgia', date: '2024-01-01' }],
  categories: [{ id: 'problems', label: 'Problems', sensitive: false, consent: 'given', items: [] }],
  reporting: { selfReferred: false, informTreatingClinicianConsent: 'unknown' },
  gpName: 'Dr. G. Huisarts',
  ...overrides,
});

const section = (letter: ReturnType<typeof composeLetter>, id: string) => letter.sections.find((s) => s.id === id)!.text;

describe('composeLetter', () => {
  it('produces every heading once, in order, with stable ids, as a valid Letter', () => {
    const letter = composeLetter(input());
    expect(letter.sections.map((s) => s.id)).toEqual([...SECTION_IDS]);
    expect(LetterSchema.safeParse(letter).success).toBe(true);
    expect(letter.sections.every((s) => !s.edited && s.title.length > 0)).toBe(true);
  });

  it('uses Dutch headings and markers for a Dutch letter', () => {
    const letter = composeLetter(input({ lang: 'nl', recipient: undefined }));
    expect(letter.sections[0]!.title).toBe('Patiënt, verwijzer en ontvanger');
    expect(section(letter, 'envelope')).toContain('[[Vul in: second-opinion-gever (zorgverlener of centrum)]]');
  });

  const expectations: Array<[QuestionType, RegExp]> = [
    ['diagnosis', /Is the diagnosis of fibromyalgia right, or is there another explanation for the complaints\?/],
    ['treatment-options', /Which other treatment options exist/],
    ['stalled-treatment', /Why does the treatment stall\?/],
    ['surgery-indication', /Is surgery for fibromyalgia indicated at this moment, or are there non-surgical options left\?/],
    ['medication', /Which other options for medication or therapy exist\?/],
    ['prognosis', /Which course do you expect/],
  ];
  for (const [question, pattern] of expectations) {
    it(`asks the precise questions for ${question}`, () => {
      const text = section(composeLetter(input({ question })), 'question');
      expect(text).toMatch(pattern);
      expect(text).not.toContain('[[Fill in');
    });
  }

  it('asks the referrer to state the question when the type is unknown', () => {
    const letter = composeLetter(input({ question: 'unknown' }));
    expect(letter.placeholders).toContainEqual({ sectionId: 'question', label: 'the question to the second-opinion giver' });
  });

  it('fills medication, allergies and findings from consented entries and marks the rest', () => {
    const letter = composeLetter(
      input({
        entries: [
          { id: 'm', kind: 'medication', text: 'Amitriptyline 10 mg' },
          { id: 'r', kind: 'result', title: 'CRP', text: '3 mg/l', date: '2025-01-02' },
        ],
        categories: [
          { id: 'medication', label: 'Medication', sensitive: false, consent: 'given', items: [] },
          { id: 'lab-results', label: 'Lab', sensitive: false, consent: 'given', items: [] },
        ],
      }),
    );
    expect(section(letter, 'summary')).toContain('- Amitriptyline 10 mg');
    expect(section(letter, 'findings')).toBe('- 02-01-2025 CRP: 3 mg/l');
    expect(letter.placeholders).toContainEqual({ sectionId: 'summary', label: "allergies and alerts (or 'none known')" });
    expect(letter.placeholders).toContainEqual({ sectionId: 'summary', label: 'problem list' });
  });

  it('says a refused list is not shared instead of inviting the referrer to type it in', () => {
    const letter = composeLetter(
      input({ categories: [{ id: 'medication', label: 'Medication', sensitive: false, consent: 'refused', items: [] }] }),
    );
    expect(section(letter, 'summary')).toContain('Medication: not shared, the patient has refused consent');
    expect(letter.placeholders.some((p) => p.label.startsWith('current medication'))).toBe(false);
  });

  it('states that the giver does not take over treatment and sends the report to patient, referrer and GP', () => {
    const text = section(composeLetter(input()), 'arrangements');
    expect(text).toContain('You do not take over the treatment');
    expect(text).toContain('to the patient, the referrer (Dr. R. Referent) and the GP (Dr. G. Huisarts)');
    expect(text).not.toContain('treating clinician as well');
  });

  it('after self-referral informs the treating clinician only with consent', () => {
    const arrangements = (consent: 'given' | 'refused' | 'unknown') =>
      composeLetter(input({ reporting: { selfReferred: true, informTreatingClinicianConsent: consent } }));
    expect(section(arrangements('given'), 'arrangements')).toContain('and the treating clinician.');
    expect(section(arrangements('refused'), 'arrangements')).toContain('please do not send the report to the treating clinician');
    expect(section(arrangements('refused'), 'arrangements')).not.toContain('and the treating clinician.');
    expect(arrangements('unknown').placeholders.map((p) => p.sectionId)).toContain('arrangements');
  });

  it('asks for a legal representative when the patient is a minor and none is known', () => {
    const letter = composeLetter(input({ patient: { name: 'Kim Kind', birthDate: '2015-06-03', identifiers: [], confidence: 'certain' } }));
    expect(letter.placeholders).toContainEqual({ sectionId: 'envelope', label: 'legal representative (the patient is a minor)' });
    expect(section(letter, 'envelope')).toContain('(9 years)');
  });

  it('marks a missing or uncertain patient and an empty referrer profile', () => {
    const letter = composeLetter(input({ patient: null, referrer: { name: '', role: '', organisation: '' } }));
    const labels = letter.placeholders.map((p) => p.label);
    expect(labels).toEqual(expect.arrayContaining(['patient name', 'date of birth', 'check that this is the right patient', 'your name', 'your role']));
  });

  it('keeps page text from posing as a placeholder and flattens it to one line', () => {
    const letter = composeLetter(
      input({ entries: [{ id: 'p', kind: 'problem', text: 'Gout [[Fill in: fake]]\n\nsecond line' }] }),
    );
    expect(letter.placeholders.some((p) => p.label === 'fake')).toBe(false);
    expect(section(letter, 'summary')).toContain('- Gout [Fill in: fake] second line');
  });

  it('is deterministic', () => {
    const scenario = SCENARIOS[0]!.build('nl');
    expect(composeLetter(scenario)).toEqual(composeLetter(scenario));
  });
});

describe('regenerateSection', () => {
  it('rebuilds one section and leaves the others, including edited ones, untouched', () => {
    const first = composeLetter(input());
    const edited = {
      ...first,
      sections: first.sections.map((s) =>
        s.id === 'history' ? { ...s, text: 'My own history text', edited: true } : s.id === 'summary' ? { ...s, text: 'stale', edited: true } : s,
      ),
    };
    const changedInput = input({
      entries: [{ id: 'a', kind: 'allergy', text: 'Latex' }],
      categories: [{ id: 'allergies', label: 'Allergies', sensitive: false, consent: 'given', items: [] }],
    });
    const next = regenerateSection(edited, changedInput, 'summary');
    expect(section(next, 'summary')).toContain('- Latex');
    expect(next.sections.find((s) => s.id === 'summary')!.edited).toBe(false);
    expect(next.sections.find((s) => s.id === 'history')).toEqual({ ...first.sections[3]!, text: 'My own history text', edited: true });
    for (const id of SECTION_IDS.filter((i) => i !== 'summary' && i !== 'history')) {
      expect(next.sections.find((s) => s.id === id)).toEqual(edited.sections.find((s) => s.id === id));
    }
    // Placeholders are re-read from the edited text: the history marker was typed over.
    expect(next.placeholders.some((p) => p.sectionId === 'history')).toBe(false);
  });

  it('puts back a section missing from an older draft at its place', () => {
    const letter = composeLetter(input());
    const without = { ...letter, sections: letter.sections.filter((s) => s.id !== 'findings') };
    const next = regenerateSection(without, input(), 'findings');
    expect(next.sections.map((s) => s.id)).toEqual([...SECTION_IDS]);
  });
});

describe('findPlaceholders and letterToPlainText', () => {
  it('finds markers in edited text of either language and forgets replaced ones', () => {
    const found = findPlaceholders([
      { id: 'a', title: 'A', text: 'x [[Fill in: one]] y [[Vul in: twee]]', edited: true },
      { id: 'b', title: 'B', text: 'done', edited: true },
    ]);
    expect(found).toEqual([
      { sectionId: 'a', label: 'one' },
      { sectionId: 'a', label: 'twee' },
    ]);
  });

  it('writes each heading above its text with a blank line between sections', () => {
    const text = letterToPlainText([
      { id: 'a', title: 'First', text: 'one\n', edited: false },
      { id: 'b', title: 'Second', text: 'two', edited: true },
    ]);
    expect(text).toBe('FIRST\none\n\nSECOND\ntwo\n');
  });
});
