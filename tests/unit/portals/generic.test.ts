// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { ClinicalEntrySchema } from '../../../lib/messages';
import { genericAdapter } from '../../../lib/portals/generic';
import { loadPage } from './load-page';

function patientOf(page: string) {
  loadPage(page);
  return genericAdapter.readPatient(document);
}

describe('genericAdapter.readPatient on pages without an adapter', () => {
  it('reads a definition-list banner with a written-out Dutch date', () => {
    const { patient, warnings } = patientOf('generic/definition-list.html');
    expect(warnings).toEqual([]);
    expect(patient).toEqual({
      name: 'Gerrit Brouwer',
      birthDate: '1958-03-14',
      sex: 'male',
      identifiers: [
        { system: 'bsn', value: '519271002', label: 'BSN' },
        { system: 'mrn', value: 'R-55812', label: 'Patiëntnummer' },
      ],
      confidence: 'certain',
    });
  });

  it('reads an English table banner with an ISO date and MRN', () => {
    const { patient } = patientOf('generic/table-banner.html');
    expect(patient).toMatchObject({ name: 'Margaret Ellison', birthDate: '1962-08-02', confidence: 'certain' });
    expect(patient?.identifiers).toEqual([{ system: 'mrn', value: '77120394', label: 'MRN' }]);
  });

  it('reads label-value spans separated by bars, stopping at labels it does not know', () => {
    const { patient } = patientOf('generic/label-spans.html');
    expect(patient).toMatchObject({ name: 'Fatima El Amrani', birthDate: '1949-01-05' });
    expect(patient?.identifiers).toEqual([{ system: 'mrn', value: 'PN 30-1187', label: 'Patiëntnummer' }]);
  });

  it('reads "Label: value" lines of plain text and a dotted BSN', () => {
    const { patient } = patientOf('generic/plain-text.html');
    expect(patient).toMatchObject({ name: 'Willem Jonker', birthDate: '1958-03-14', sex: 'male' });
    expect(patient?.identifiers).toEqual([{ system: 'bsn', value: '195731001', label: 'BSN' }]);
  });

  it('gives no patient when two different patients are on the page', () => {
    const { patient, warnings } = patientOf('generic/two-patients.html');
    expect(patient).toBeNull();
    expect(warnings).toContainEqual(expect.objectContaining({ code: 'multiple-patients' }));
  });

  it('does not use a BSN that fails the 11-check, and is unsure with only a name left', () => {
    const { patient, warnings } = patientOf('generic/invalid-bsn.html');
    expect(patient).toMatchObject({ name: 'Dirk Hoogland', identifiers: [], confidence: 'unsure' });
    expect(warnings).toContainEqual(expect.objectContaining({ code: 'bsn-invalid' }));
  });

  it('does not take a name from running text', () => {
    expect(patientOf('generic/no-banner.html').patient).toBeNull();
  });

  it('finds no patient on an agenda page', () => {
    expect(patientOf('no-patient.html').patient).toBeNull();
  });

  it('treats a table of several patients as several candidates', () => {
    document.body.innerHTML =
      '<table><thead><tr><th>Patient</th><th>DOB</th></tr></thead><tbody>' +
      '<tr><td>Ann Lee</td><td>1970-01-01</td></tr><tr><td>Bob Stone</td><td>1971-02-02</td></tr></tbody></table>';
    expect(genericAdapter.readPatient(document).patient).toBeNull();
    document.body.innerHTML =
      '<table><thead><tr><th>Patient</th><th>DOB</th></tr></thead><tbody><tr><td>Ann Lee</td><td>1970-01-01</td></tr></tbody></table>';
    expect(genericAdapter.readPatient(document).patient).toMatchObject({ name: 'Ann Lee', birthDate: '1970-01-01', confidence: 'probable' });
  });

  it('ignores hidden banners and navigation', () => {
    document.body.innerHTML =
      '<nav>Patiënt: Nav Persoon</nav><div hidden><dl><dt>Naam</dt><dd>Verborgen Persoon</dd></dl></div>' +
      '<dl><dt>Naam</dt><dd>Zichtbare Persoon</dd><dt>Geboren</dt><dd>1 jan 1980</dd></dl>';
    expect(genericAdapter.readPatient(document).patient).toMatchObject({ name: 'Zichtbare Persoon', birthDate: '1980-01-01' });
  });

  it('is not confused by one patient shown twice in the same way', () => {
    document.body.innerHTML =
      '<p>Patiënt: Els Mulder | Geboren: 14-03-1958</p><footer>x</footer><div><span>Naam:</span> <span>Els  Mulder</span></div>';
    expect(genericAdapter.readPatient(document).patient).toMatchObject({ name: 'Els Mulder', birthDate: '1958-03-14' });
  });

  it('warns about a birth date it cannot read instead of guessing one', () => {
    document.body.innerHTML = '<dl><dt>Naam</dt><dd>Jan Smit</dd><dt>Geb. datum</dt><dd>ergens in de zomer</dd><dt>BSN</dt><dd>274181009</dd></dl>';
    const { patient, warnings } = genericAdapter.readPatient(document);
    expect(patient).toMatchObject({ name: 'Jan Smit', confidence: 'probable' });
    expect(patient?.birthDate).toBeUndefined();
    expect(warnings).toContainEqual(expect.objectContaining({ code: 'birth-date-unreadable' }));
  });
});

describe('genericAdapter entries', () => {
  it('reads article paragraphs with the date of the heading above them', () => {
    loadPage('generic/definition-list.html');
    const entries = genericAdapter.readEntries(document);
    for (const entry of entries) ClinicalEntrySchema.parse(entry);
    expect(entries.map((e) => e.date)).toEqual(['2026-11-06', '2026-10-23', '2026-10-02']);
    expect(entries[0]?.text).toContain('second opinion');
    expect(entries.every((e) => e.kind === 'note')).toBe(true);
  });

  it('reads table rows with the portal ids and their own dates', () => {
    loadPage('generic/table-banner.html');
    const entries = genericAdapter.readEntries(document);
    expect(entries.map((e) => [e.id, e.date])).toEqual([
      ['dc-3391', '2026-10-28'],
      ['dc-3207', '2026-07-15'],
      ['dc-3050', '2026-03-02'],
    ]);
  });

  it('leaves the banner, the header and the footer out of the entries', () => {
    loadPage('generic/plain-text.html');
    const texts = genericAdapter.readEntries(document).map((e) => e.text);
    expect(texts).toHaveLength(2);
    expect(texts.some((t) => t.includes('Geboortedatum'))).toBe(false);
    loadPage('generic/definition-list.html');
    expect(genericAdapter.readEntries(document).some((e) => e.text.includes('©'))).toBe(false);
  });

  it('gives the same ids on every read of the same page', () => {
    loadPage('generic/label-spans.html');
    const first = genericAdapter.readEntries(document).map((e) => e.id);
    loadPage('generic/label-spans.html');
    expect(genericAdapter.readEntries(document).map((e) => e.id)).toEqual(first);
    expect(new Set(first).size).toBe(3);
  });

  it('names the kind from the section heading', () => {
    document.body.innerHTML =
      '<h2>Medicatie</h2><ul><li>Metoprolol 50 mg retard, eenmaal daags één tablet, gestart 2024</li></ul>' +
      '<h2>Berichten</h2><div>3-11-2026</div><p>Kan ik mijn afspraak van volgende week verzetten naar een andere dag?</p>';
    const entries = genericAdapter.readEntries(document);
    expect(entries.map((e) => [e.kind, e.date])).toEqual([
      ['medication', undefined],
      ['message', '2026-11-03'],
    ]);
  });

  it('skips hidden and scripted text', () => {
    document.body.innerHTML =
      '<p style="display:none">Verborgen tekst die niet gelezen mag worden door de zijbalk, ook al is hij lang.</p>' +
      '<script>var tekst = "dit is een script dat veel tekens bevat maar geen notitie is";</script>' +
      '<p>Zichtbare notitie met voldoende tekst om als invoer te tellen voor de lezer.</p>';
    expect(genericAdapter.readEntries(document).map((e) => e.text)).toEqual([
      'Zichtbare notitie met voldoende tekst om als invoer te tellen voor de lezer.',
    ]);
  });
});
