import { describe, expect, it } from 'vitest';
import { findDate, parseDate, slashOrderOf } from '../../../lib/portals/dates';
import { bsnIn, isMaskedValue, isValidNhsNumber, nhsNumberIn, recordNumberIn } from '../../../lib/portals/identifiers';
import { fieldOfLabel, inlineLabelled } from '../../../lib/portals/labels';
import { composeName, displayName, looksLikeName } from '../../../lib/portals/names';
import { isNoneKnown, kindOfContent, kindOfHeading, kindOfWholeHeading } from '../../../lib/portals/entry-kinds';

describe('dates as banners write them', () => {
  it.each([
    ['22-Jan-1951', '1951-01-22'],
    ['30 april 1996', '1996-04-30'],
    ['5-6-1962', '1962-06-05'],
    ['Geb. 05-06-1962 (64 jr)', '1962-06-05'],
  ])('%s -> %s', (text, iso) => expect(findDate(text)).toBe(iso));

  it('reads slashes month-first on American English pages only', () => {
    expect(slashOrderOf('en-US')).toBe('month-first');
    expect(slashOrderOf('en')).toBe('month-first');
    expect(slashOrderOf('en-GB')).toBe('day-first');
    expect(slashOrderOf('nl')).toBe('day-first');
    expect(parseDate('3/4/1977', 'month-first')).toBe('1977-03-04');
    expect(parseDate('3/4/1977', 'day-first')).toBe('1977-04-03');
    expect(parseDate('3/14/1977', 'day-first')).toBe('1977-03-14');
    expect(parseDate('13-14-1977', 'month-first')).toBeUndefined();
  });
});

describe('identifiers', () => {
  it('checks the BSN with dots and spaces and the NHS number by modulus 11', () => {
    expect(bsnIn('1714.00.859')).toBe('171400859');
    expect(bsnIn('171 56 71 58')).toBe('171567158');
    expect(bsnIn('171 56 71 59')).toBeUndefined();
    expect(isValidNhsNumber('9434765919')).toBe(true);
    expect(isValidNhsNumber('9434765918')).toBe(false);
    expect(nhsNumberIn('NHS No. 943 476 5919')).toBe('9434765919');
  });

  it('does not take masked values for identifiers', () => {
    for (const masked of ['afgeschermd', '***', '*****1234', '●●●●●●●●●', 'xxx-xxx-xxxx']) expect(isMaskedValue(masked)).toBe(true);
    expect(recordNumberIn('afgeschermd')).toBeUndefined();
    expect(recordNumberIn('Z2093114 (actief)')).toBe('Z2093114');
    expect(recordNumberIn('PN 30-1187')).toBe('PN 30-1187');
  });
});

describe('labels', () => {
  it('knows the Dutch and English banner labels, with or without a colon', () => {
    expect(fieldOfLabel('Cliënt')).toBe('name');
    expect(fieldOfLabel('Geb.dat.:')).toBe('birthDate');
    expect(fieldOfLabel('Legal Sex')).toBe('sex');
    expect(fieldOfLabel('Ziekenhuisnummer')).toBe('mrn');
    expect(fieldOfLabel('NHS No.')).toBe('nhs');
    expect(fieldOfLabel('Voorletters')).toBe('initials');
    expect(fieldOfLabel('Contactpersoon')).toBeUndefined();
  });

  it('answers the same however often a label is asked for, also after thousands of other texts', () => {
    const asked = ['Geboortedatum', 'S', 'Beleid:', '  BSN ', 'Contactpersoon', ''];
    const first = asked.map((text) => fieldOfLabel(text));
    expect(first).toEqual(['birthDate', undefined, undefined, 'bsn', undefined, undefined]);
    for (let i = 0; i < 10_000; i++) fieldOfLabel(`regel ${i}`);
    expect(asked.map((text) => fieldOfLabel(text))).toEqual(first);
    expect(asked.map((text) => fieldOfLabel(text))).toEqual(first);
  });

  it('reads colonless labels only before a value', () => {
    expect(inlineLabelled('DOB 1984-05-09')).toMatchObject({ field: 'birthDate', value: '1984-05-09' });
    expect(inlineLabelled('MRN 00451001')).toMatchObject({ field: 'mrn', value: '00451001' });
    expect(inlineLabelled('NHS No. 943 476 5919')).toMatchObject({ field: 'nhs', value: '943 476 5919' });
    expect(inlineLabelled('Geboren in Utrecht')).toMatchObject({ field: 'birthDate' });
    expect(inlineLabelled('Born')).toBeUndefined();
  });
});

describe('names', () => {
  it('undoes titles and the surname-first order', () => {
    expect(displayName('OKONKWO, Adaeze (Mrs)')).toBe('Adaeze Okonkwo');
    expect(displayName('Kowalski, Martin J')).toBe('Martin J Kowalski');
    expect(displayName('Mr Oliver James HARGREAVES')).toBe('Oliver James HARGREAVES');
    expect(displayName('Dhr. P. van Dijk')).toBe('P. van Dijk');
    expect(composeName({ familyName: 'Meer', prefix: 'van der', initials: 'W.H.', givenName: 'Wilma' })).toBe('Wilma van der Meer');
  });

  it('tells names from menus and running text', () => {
    expect(looksLikeName('Grace Okafor')).toBe(true);
    expect(looksLikeName('Johanna Bakker-Verhoef')).toBe(true);
    expect(looksLikeName('Journaal Medicatie Verwijzen')).toBe(false);
    expect(looksLikeName('DOB 1984-05-09')).toBe(false);
    expect(looksLikeName('Patiënt')).toBe(false);
  });
});

describe('entry kinds', () => {
  it('names kinds from Dutch and English headings', () => {
    expect(kindOfHeading('Allergieën en intoleranties')).toBe('allergy');
    expect(kindOfHeading('Overgevoeligheden')).toBe('allergy');
    expect(kindOfHeading('Repeat templates')).toBe('medication');
    expect(kindOfHeading('Medicatieoverzicht')).toBe('medication');
    expect(kindOfHeading('Episodes')).toBe('problem');
    expect(kindOfHeading('Radiologie')).toBe('imaging');
    expect(kindOfHeading('In Basket')).toBe('message');
    expect(kindOfHeading('Correspondentie')).toBe('letter');
    expect(kindOfWholeHeading('Mijn medicijnen')).toBe('medication');
    expect(kindOfWholeHeading('Allergies (2)')).toBe('allergy');
    expect(kindOfWholeHeading('Penicilline (huiduitslag)')).toBeUndefined();
  });

  it('reads ICPC-coded problems and dosage lines by their content', () => {
    expect(kindOfContent('P76 Depressie')).toBe('problem');
    expect(kindOfContent('Depressieve stoornis, recidiverend (F33.1)')).toBe('problem');
    expect(kindOfContent('Metoprolol 50 mg 1 dd 1')).toBe('medication');
    expect(kindOfContent('Patiënt komt voor controle van de bloeddruk.')).toBeUndefined();
  });

  it('reads an explicit "none known" and never a missing registration as one', () => {
    for (const text of ['Geen allergieën bekend', 'No known drug allergies', 'NKDA', 'Er zijn geen allergieën bekend.', 'Geen']) expect(isNoneKnown(text)).toBe(true);
    for (const text of ['Allergies Not Recorded', 'Penicilline (huiduitslag)', 'Niet nagevraagd']) expect(isNoneKnown(text)).toBe(false);
  });
});
