// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { ClinicalEntrySchema } from '../../../lib/messages';
import { gpAdapter } from '../../../lib/portals/gp';
import { loadPage, pageUrl } from './load-page';

beforeEach(() => loadPage('gp/index.html'));

describe('gpAdapter', () => {
  it('matches the journal by its marker and not an unrelated page', () => {
    expect(gpAdapter.matches(pageUrl('gp/index.html'), document)).toBe(true);
    loadPage('hospital/index.html');
    expect(gpAdapter.matches(pageUrl('gp/index.html'), document)).toBe(false);
  });

  it('reads the patient header with the practice number', () => {
    const { patient, warnings } = gpAdapter.readPatient(document);
    expect(warnings).toEqual([]);
    expect(patient).toEqual({
      name: 'Anneke Smit-de Boer',
      birthDate: '1955-11-03',
      sex: 'female',
      identifiers: [
        { system: 'bsn', value: '360521009', label: 'BSN' },
        { system: 'practice', value: '10382', label: 'Pat.nr.' },
      ],
      confidence: 'certain',
    });
  });

  it('reads a consult as SOEP lines under its ICPC code', () => {
    const entries = gpAdapter.readEntries(document);
    for (const entry of entries) ClinicalEntrySchema.parse(entry);
    const consult = entries.find((e) => e.id === 'C-2026-10-20-01');
    expect(consult).toMatchObject({ kind: 'note', date: '2026-10-20', title: 'ICPC L90', author: 'A. Kramer' });
    expect(consult?.text.split('\n').map((line) => line.slice(0, 3))).toEqual(['S: ', 'O: ', 'E: ', 'P: ']);
    expect(consult?.text).toContain('Twijfelt of ze een second opinion moet vragen');
    const episode = entries.find((e) => e.id === 'EP-2231');
    expect(episode).toMatchObject({ kind: 'problem', date: '2026-05-02' });
    expect(episode?.text).toContain('L90 Artrose knie rechts');
    expect(entries.filter((e) => e.kind === 'medication')).toHaveLength(3);
  });

  it('warns when the header markup changed', () => {
    document.querySelector('.his-pt-name')?.remove();
    const { patient, warnings } = gpAdapter.readPatient(document);
    expect(patient).toBeNull();
    expect(warnings).toContainEqual({ code: 'selector-missing', detail: 'patient name: .his-pt-name' });
  });
});
