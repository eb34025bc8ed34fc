// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { ClinicalEntrySchema, PagePatientSchema } from '../../../lib/messages';
import { hospitalAdapter } from '../../../lib/portals/hospital';
import { loadPage, pageUrl } from './load-page';

beforeEach(() => loadPage('hospital/index.html'));

describe('hospitalAdapter', () => {
  it('matches by its application marker, on any host', () => {
    expect(hospitalAdapter.matches(new URL('https://dossier.rijnoever.example/p/1'), document)).toBe(true);
    document.querySelector('meta[name="application-name"]')?.remove();
    expect(hospitalAdapter.matches(pageUrl('hospital/index.html'), document)).toBe(true);
    document.querySelector('.rz-dossier')?.classList.remove('rz-dossier');
    expect(hospitalAdapter.matches(pageUrl('hospital/index.html'), document)).toBe(false);
  });

  it('reads the patient banner', () => {
    const { patient, warnings } = hospitalAdapter.readPatient(document);
    expect(warnings).toEqual([]);
    expect(PagePatientSchema.parse(patient)).toEqual(patient);
    expect(patient).toEqual({
      name: 'Johanna Bakker-Verhoef',
      birthDate: '1961-07-22',
      sex: 'female',
      identifiers: [
        { system: 'bsn', value: '274181009', label: 'BSN' },
        { system: 'mrn', value: '4821937', label: 'Patiëntnummer' },
      ],
      confidence: 'certain',
      gp: 'A. Kramer, Huisartsenpraktijk De Linde, Bodegraven',
    });
  });

  it('warns instead of crashing when the banner is gone', () => {
    document.querySelector('.rz-patientbanner')?.remove();
    const { patient, warnings } = hospitalAdapter.readPatient(document);
    expect(patient).toBeNull();
    expect(warnings).toContainEqual(expect.objectContaining({ code: 'selector-missing' }));
  });

  it('warns about a missing field and lowers confidence', () => {
    document.querySelector('[data-field="bsn"]')?.remove();
    document.querySelector('[data-field="patientnummer"]')?.remove();
    const { patient, warnings } = hospitalAdapter.readPatient(document);
    expect(patient?.confidence).toBe('probable');
    expect(warnings.filter((w) => w.code === 'selector-missing')).toHaveLength(2);
  });

  it('reads every section as typed entries with the dossier ids and dates', () => {
    const entries = hospitalAdapter.readEntries(document);
    for (const entry of entries) expect(ClinicalEntrySchema.parse(entry)).toBeTruthy();
    const kinds = new Set(entries.map((e) => e.kind));
    expect([...kinds].sort()).toEqual(['allergy', 'imaging', 'medication', 'message', 'note', 'problem', 'result']);
    const request = entries.find((e) => e.id === 'MSG-772091');
    expect(request).toMatchObject({ kind: 'message', date: '2026-10-14', author: 'Johanna Bakker-Verhoef', title: 'Vraag over de knieoperatie' });
    expect(request?.text).toContain('second opinion');
    expect(request?.text).not.toContain('Van:');
    const mri = entries.find((e) => e.title === 'MRI knie rechts');
    expect(mri).toMatchObject({ kind: 'imaging', date: '2026-09-15', id: 'RAD-2026-554108' });
    expect(request?.locate()).toBe(document.querySelector('[data-message-id="MSG-772091"]'));
  });

  it('reads entries piecemeal with the same result', () => {
    const elements = hospitalAdapter.entryElements(document);
    const piecemeal = elements.map((el, i) => hospitalAdapter.readEntry(el, i)).filter((e) => e !== null);
    expect(piecemeal.map((e) => e.id)).toEqual(hospitalAdapter.readEntries(document).map((e) => e.id));
  });

  it('reads text, never markup', () => {
    const body = document.querySelector('[data-message-id="MSG-761118"] .rz-message-body');
    if (body) body.innerHTML = '<p>&lt;img src=x onerror=alert(1)&gt; <b>vet</b></p>';
    const entry = hospitalAdapter.readEntries(document).find((e) => e.id === 'MSG-761118');
    expect(entry?.text).toBe('<img src=x onerror=alert(1)> vet');
  });

  it('says the page is Dutch', () => {
    expect(hospitalAdapter.language?.(document)).toBe('nl');
  });
});

describe('hospitalAdapter with two banners', () => {
  it('is unsure and says why', () => {
    loadPage('hospital/index.html');
    const banner = document.querySelector('.rz-patientbanner');
    banner?.parentElement?.appendChild(banner.cloneNode(true));
    const { patient, warnings } = hospitalAdapter.readPatient(document);
    expect(patient?.confidence).toBe('unsure');
    expect(warnings).toContainEqual(expect.objectContaining({ code: 'multiple-patients' }));
  });
});
