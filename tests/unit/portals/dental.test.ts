// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { dentalAdapter } from '../../../lib/portals/dental';
import { loadPage, pageUrl } from './load-page';

beforeEach(() => loadPage('dental/index.html'));

describe('dentalAdapter', () => {
  it('matches the practice record by its marker only', () => {
    expect(dentalAdapter.matches(pageUrl('dental/index.html'), document)).toBe(true);
    loadPage('gp/index.html');
    expect(dentalAdapter.matches(pageUrl('dental/index.html'), document)).toBe(false);
  });

  it('reads the patient with BSN and practice number', () => {
    const { patient, warnings } = dentalAdapter.readPatient(document);
    expect(warnings).toEqual([]);
    expect(patient).toMatchObject({ name: 'Pieter van Dijk', birthDate: '1969-04-09', confidence: 'certain' });
    expect(patient?.identifiers.map((i) => `${i.system}:${i.value}`)).toEqual(['bsn:458131003', 'practice:VZ-20417']);
  });

  it('reads periodontal status, X-rays, plan and journal with their kinds', () => {
    const entries = dentalAdapter.readEntries(document);
    expect(entries.map((e) => e.kind)).toEqual(['dental', 'imaging', 'imaging', 'care-plan', 'care-plan', 'care-plan', 'note', 'note', 'note']);
    expect(entries[0]?.text).toContain('PSI');
    expect(entries[1]).toMatchObject({ id: 'RX-3391', date: '2026-08-19', title: 'OPG (orthopantomogram)' });
    const doubt = entries.find((e) => e.id === 'J-88210');
    expect(doubt).toMatchObject({ date: '2026-10-09', author: 'M. Dekker' });
    expect(doubt?.text).toContain('second opinion');
  });

  it('warns when the patient box is gone', () => {
    document.querySelector('.tp-patient')?.remove();
    expect(dentalAdapter.readPatient(document)).toEqual({
      patient: null,
      warnings: [{ code: 'selector-missing', detail: 'patient box: .tp-patient' }],
    });
  });
});
