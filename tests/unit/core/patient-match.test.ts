import { describe, expect, it } from 'vitest';
import type { PagePatient } from '../../../lib/messages';
import { confirmationConflicts, draftMismatch, namesAgree, readableIdentity, withReading } from '../../../lib/portals/patient-match';

const grace: PagePatient = { name: 'Grace Okafor', birthDate: '1984-05-09', identifiers: [{ system: 'other', value: '00451001' }], confidence: 'certain' };
const draftOf = (name: string, birthDate?: string, patientKey = 'pk_grace') => ({ patientKey, patientLabel: { name, birthDate } });

describe('namesAgree', () => {
  it('accepts the same name written differently', () => {
    expect(namesAgree('Grace Okafor', 'grace  okafor')).toBe(true);
    expect(namesAgree('Okafor, Grace', 'Grace Okafor')).toBe(true);
    expect(namesAgree('G. Okafor', 'Grace Okafor')).toBe(true);
    expect(namesAgree('Mevr. J. Bakker-Verhoef', 'Johanna Bakker-Verhoef')).toBe(true);
    expect(namesAgree('Fatima El Amrani', 'Fátima el Amrani')).toBe(true);
  });

  it('refuses different people and empty names', () => {
    expect(namesAgree('Grace Okafor', 'Erik Lindqvist')).toBe(false);
    expect(namesAgree('Grace Okafor', 'Grace Okonkwo')).toBe(false);
    expect(namesAgree('Hendrika Mol', 'Johannes Mol')).toBe(false);
    expect(namesAgree('E. Lindqvist', 'Grace Okafor')).toBe(false);
    expect(namesAgree('G.', 'Grace Okafor')).toBe(false);
    expect(namesAgree('', 'Grace Okafor')).toBe(false);
  });
});

describe('the draft-match rule', () => {
  const current = (patient: PagePatient, patientKey = 'pk_grace') => ({ patient, patientKey });

  it('opens a draft for the patient it was started for', () => {
    expect(draftMismatch(draftOf('Grace Okafor', '1984-05-09'), current(grace))).toEqual([]);
    expect(draftMismatch(draftOf('Okafor, G.', '1984-05-09'), current(grace))).toEqual([]);
    // A birth date the page does not show, or an older draft without one, is no disagreement.
    expect(draftMismatch(draftOf('Grace Okafor'), current(grace))).toEqual([]);
    expect(draftMismatch(draftOf('Grace Okafor', '1984-05-09'), current({ ...grace, birthDate: undefined }))).toEqual([]);
  });

  it('names each field that differs', () => {
    expect(draftMismatch(draftOf('Grace Okafor', '1984-05-09'), current({ ...grace, name: 'Erik Lindqvist' }))).toEqual(['name']);
    expect(draftMismatch(draftOf('Grace Okafor', '1984-05-09'), current({ ...grace, birthDate: '1984-09-05' }))).toEqual(['birthDate']);
    expect(draftMismatch(draftOf('Grace Okafor', '1984-05-09'), current(grace, 'pk_other'))).toEqual(['identifier']);
    expect(draftMismatch(draftOf('Grace Okafor', '1984-05-09'), current({ ...grace, name: 'Erik Lindqvist', birthDate: '1949-02-17' }, 'pk_erik'))).toEqual([
      'name',
      'birthDate',
      'identifier',
    ]);
  });
});

describe('readableIdentity', () => {
  it('reads labelled names, birth dates and numbers, several on a line or one per line', () => {
    const found = readableIdentity('Overdracht afdeling B3\nNaam: Hendrika Mol Geb. datum: 02-02-1940 Kamer: 3.12\nNaam: Johannes Mol\nGeb. datum: 17-06-1938');
    expect(found.names).toEqual(['Hendrika Mol', 'Johannes Mol']);
    expect(found.birthDates).toEqual(['1940-02-02', '1938-06-17']);
    const banner = readableIdentity('Emily Carter\nDOB 02 Feb 1979 Sex Female MRN NB-4400172 | BSN: 274181009');
    expect(banner.birthDates).toEqual(['1979-02-02']);
    expect(banner.identifiers).toEqual(['NB-4400172', '274181009']);
  });

  it('does not take running text for a field', () => {
    const found = readableIdentity(
      'Patiënt: geeft aan dat de pijn sinds mei is toegenomen.\nHer daughter was born prematurely at 32 weeks on 12-03-2024.\nThe patient number was not known at intake.',
    );
    expect(found).toEqual({ names: [], birthDates: [], identifiers: [] });
  });
});

describe('confirmationConflicts', () => {
  it('accepts a confirmation the page does not contradict', () => {
    expect(confirmationConflicts(grace, readableIdentity('Ward round\nBed 3\nDilated cardiomyopathy.'))).toEqual([]);
    expect(confirmationConflicts(grace, readableIdentity('Name: Okafor, Grace | DOB: 09-05-1984 | MRN: 00451001'))).toEqual([]);
    // A number the clinician did not type contradicts nothing.
    expect(confirmationConflicts({ ...grace, identifiers: [] }, readableIdentity('MRN 00451001'))).toEqual([]);
  });

  it('refuses a name, birth date or number that differs from the one the page shows', () => {
    expect(confirmationConflicts(grace, readableIdentity('Name: Erik Lindqvist'))).toEqual(['name']);
    expect(confirmationConflicts(grace, readableIdentity('Date of birth: 17-02-1949'))).toEqual(['birthDate']);
    expect(confirmationConflicts(grace, readableIdentity('MRN: 00452277'))).toEqual(['identifier']);
  });

  it('lets the clinician pick one of two patients on a page, never a third', () => {
    const page = readableIdentity('Naam: Hendrika Mol\nGeb. datum: 02-02-1940\nNaam: Johannes Mol\nGeb. datum: 17-06-1938');
    const johannes: PagePatient = { name: 'Johannes Mol', birthDate: '1938-06-17', identifiers: [], confidence: 'certain' };
    expect(confirmationConflicts(johannes, page)).toEqual([]);
    expect(confirmationConflicts({ ...johannes, name: 'Invented Person', birthDate: '1970-01-31' }, page)).toEqual(['name', 'birthDate']);
  });

  it('counts what the reader made of the page, however unsure', () => {
    const unsure: PagePatient = { name: 'Erik Lindqvist', identifiers: [{ system: 'mrn', value: '00452277' }], confidence: 'unsure' };
    expect(confirmationConflicts(grace, withReading(readableIdentity(''), unsure))).toEqual(['name', 'identifier']);
    expect(confirmationConflicts(grace, withReading(readableIdentity(''), null))).toEqual([]);
  });
});
