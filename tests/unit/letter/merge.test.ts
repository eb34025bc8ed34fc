import { describe, expect, it } from 'vitest';
import { composeLetter, editSection, mergeLetter, resetSection } from '../../../lib/letter';
import { SCENARIOS } from './scenarios';

const input = SCENARIOS[0]!.build('en');

describe('mergeLetter', () => {
  it('keeps edited sections word for word and refreshes the rest', () => {
    const first = composeLetter(input);
    const edited = editSection(first.sections, 'question', 'My own question.');
    const changed = composeLetter({ ...input, patientWords: ['A brand new sentence from the patient.'] });
    const merged = mergeLetter(changed, edited);
    expect(merged.sections.find((s) => s.id === 'question')!.text).toBe('My own question.');
    expect(merged.sections.find((s) => s.id === 'patient-wishes')!.text).toBe(changed.sections.find((s) => s.id === 'patient-wishes')!.text);
    expect(merged.sections.map((s) => s.id)).toEqual(changed.sections.map((s) => s.id));
  });

  it('lets a reset section follow the page again', () => {
    const first = composeLetter(input);
    const edited = editSection(first.sections, 'history', 'typed');
    const merged = mergeLetter(first, resetSection(edited, 'history'));
    expect(merged.sections.find((s) => s.id === 'history')!.text).toBe(first.sections.find((s) => s.id === 'history')!.text);
  });

  it('recomputes open placeholders from the merged text', () => {
    const first = composeLetter(input);
    const cleared = first.sections.map((s) => ({ ...s, text: 'done', edited: true }));
    expect(mergeLetter(first, cleared).placeholders).toEqual([]);
  });
});
