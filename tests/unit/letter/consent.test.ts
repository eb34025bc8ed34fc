import { describe, expect, it } from 'vitest';
import type { ClinicalEntry, EntryKind } from '../../../lib/messages';
import { composeLetter, toFhirBundle, toHtml, toPlainText, type EnclosedCategory, type LetterInput } from '../../../lib/letter';
import { SCENARIOS } from './scenarios';

/** Everything a letter can leave the product as, decoded back to text. */
function allExports(input: LetterInput): string {
  const letter = composeLetter(input);
  let n = 0;
  const bundle = toFhirBundle(input, letter, {
    now: '2025-06-02T10:00:00+02:00',
    ids: () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
  });
  const decoded = bundle.entry
    .map((e) => (e.resource.resourceType === 'DocumentReference' ? e.resource.content[0]!.attachment.data : ''))
    .map((data) => new TextDecoder().decode(Uint8Array.from(atob(data), (c) => c.charCodeAt(0))));
  return [toPlainText(letter), toHtml(letter, { title: 'x' }), JSON.stringify(bundle), ...decoded].join('\n');
}

const base = (overrides: Partial<LetterInput>): LetterInput => ({
  lang: 'en',
  today: '2025-06-02',
  patient: { name: 'Alex Anoniem', birthDate: '1970-01-01', identifiers: [], confidence: 'certain' },
  referrer: { name: 'Dr. R. Referent', role: 'GP', organisation: 'Practice' },
  question: 'diagnosis',
  patientWords: [],
  entries: [],
  categories: [],
  reporting: { selfReferred: false, informTreatingClinicianConsent: 'unknown' },
  ...overrides,
});

const CATEGORY_OF: Array<[EntryKind, string]> = [
  ['problem', 'problems'],
  ['medication', 'medication'],
  ['allergy', 'allergies'],
  ['result', 'lab-results'],
  ['imaging', 'imaging'],
  ['pathology', 'pathology'],
  ['procedure', 'procedures'],
  ['letter', 'letters'],
  ['care-plan', 'care-plan'],
  ['vital-sign', 'vital-signs'],
  ['questionnaire', 'questionnaires'],
  ['social-history', 'social-history'],
  ['advance-directive', 'advance-directives'],
  ['dental', 'dental-imaging'],
];

describe('nothing of a category without consent appears', () => {
  for (const scenario of SCENARIOS.filter((s) => s.forbidden)) {
    for (const lang of ['nl', 'en'] as const) {
      it(`${scenario.name} (${lang}): withheld texts are absent from text, HTML and FHIR`, () => {
        const everything = allExports(scenario.build(lang)).toLowerCase();
        for (const secret of scenario.forbidden!) expect(everything).not.toContain(secret.toLowerCase());
      });
    }
  }

  for (const [kind, categoryId] of CATEGORY_OF) {
    for (const consent of ['refused', 'unknown'] as const) {
      it(`leaves out ${kind} entries when ${categoryId} consent is ${consent}`, () => {
        const secret = `Secretword${kind.replace(/-/g, '')}`;
        const entry: ClinicalEntry = { id: 'e1', kind, text: `${secret} text`, title: `${secret} title`, date: '2024-01-01' };
        const withheld: EnclosedCategory = { id: categoryId, label: 'Cat', sensitive: false, consent, items: [`${secret} item`] };
        const input = base({ entries: [entry], categories: [withheld] });
        expect(allExports(input)).not.toContain(secret);
        // The same entry does appear once consent is given: the test above can fail.
        const shared = base({ entries: [entry], categories: [{ ...withheld, consent: 'given' }] });
        expect(toPlainText(composeLetter(shared))).toContain(secret);
      });
    }
  }

  it('leaves out entries of kinds whose category was never selected (sharing is opt-in)', () => {
    const input = base({ entries: [{ id: 'm', kind: 'medication', text: 'Unselectedmed 5 mg' }] });
    expect(allExports(input)).not.toContain('Unselectedmed');
  });

  it('leaves out an entry assigned to a refused category even when its kind is shared', () => {
    const input = base({
      entries: [{ id: 'p-hiv', kind: 'problem', text: 'Retroviral infection 2018' }, { id: 'p2', kind: 'problem', text: 'Asthma' }],
      categories: [
        { id: 'problems', label: 'Problems', sensitive: false, consent: 'given', items: [] },
        { id: 'hiv', label: 'Infection status', sensitive: true, consent: 'refused', items: [], entryIds: ['p-hiv'] },
      ],
    });
    const text = allExports(input);
    expect(text).not.toContain('Retroviral');
    expect(text).toContain('Asthma');
  });

  it('drops shared items and patient quotes that repeat a withheld item, and names no refused sensitive category', () => {
    const input = base({
      patientWords: ['I worry about the Clozapine dose.', 'I want to know if this is really MS.'],
      categories: [
        { id: 'problems', label: 'Problems', sensitive: false, consent: 'given', items: ['Optic neuritis', 'Clozapine'] },
        { id: 'mental-health', label: 'Psychiatric history', sensitive: true, consent: 'refused', items: ['Clozapine'] },
      ],
    });
    const text = allExports(input);
    expect(text).not.toContain('Clozapine');
    expect(text).not.toContain('Psychiatric history');
    expect(text).toContain('Optic neuritis');
    expect(text).toContain('really MS');
  });

  it('lets a dental entry through only when no dental category is withheld', () => {
    const entry: ClinicalEntry = { id: 'd', kind: 'dental', title: 'Scan', text: 'Toothscan result' };
    const given = (id: string): EnclosedCategory => ({ id, label: id, sensitive: false, consent: 'given', items: [] });
    const allGiven = base({ entries: [entry], categories: [given('dental-imaging'), given('dental-models')] });
    expect(toPlainText(composeLetter(allGiven))).toContain('Toothscan');
    const oneRefused = base({ entries: [entry], categories: [given('dental-imaging'), { ...given('dental-models'), consent: 'refused' }] });
    expect(allExports(oneRefused)).not.toContain('Toothscan');
  });
});
