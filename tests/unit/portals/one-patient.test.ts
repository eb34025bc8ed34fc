// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { qualityWarnings } from '../../../lib/categories/quality';
import { genericAdapter } from '../../../lib/portals/generic';
import { medplumAdapter } from '../../../lib/portals/medplum';
import { loadPage } from './load-page';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PORTALS_DIR } from './load-page';

const conflictOf = (patient: Parameters<typeof qualityWarnings>[0]['patient']) =>
  qualityWarnings({ entries: [], patient, today: '2026-11-27', question: 'diagnosis', selected: [] }).filter((w) => w.code === 'identifiers-conflict');

describe('several identifiers of one patient are one patient', () => {
  it('Medplum: the header identifiers ABC 123 and DEF 456 and the resource id raise no conflict', () => {
    loadPage('medplum/index.html');
    document.body.innerHTML = readFileSync(join(PORTALS_DIR, 'medplum/snapshot.html'), 'utf8');
    const { patient } = medplumAdapter.readPatient(document);
    expect(patient?.identifiers.map((id) => id.value)).toEqual(['123', '456', '123']);
    expect(conflictOf(patient)).toEqual([]);
  });

  it('generic: a hospital number and a client number are two systems of one patient', () => {
    document.body.innerHTML =
      '<dl><dt>Naam</dt><dd>Els Mulder</dd><dt>Geboortedatum</dt><dd>14-03-1958</dd>' +
      '<dt>Ziekenhuisnummer</dt><dd>Z123456</dd><dt>Cliëntnummer</dt><dd>C-998</dd><dt>BSN</dt><dd>171400859</dd></dl>';
    const { patient } = genericAdapter.readPatient(document);
    expect(patient).toMatchObject({ name: 'Els Mulder', confidence: 'certain' });
    expect(patient?.identifiers.map((id) => [id.system, id.value])).toEqual([
      ['bsn', '171400859'],
      ['mrn', 'Z123456'],
      ['other', 'C-998'],
    ]);
    expect(conflictOf(patient)).toEqual([]);
  });

  it('generic: the same label with two values, or two birth dates, are two patients', () => {
    document.body.innerHTML = '<p>Naam: Els Mulder | MRN: 1234</p><p>Naam: Els Mulder | MRN: 9876</p>';
    expect(genericAdapter.readPatient(document).patient).toBeNull();
    document.body.innerHTML = '<p>Naam: Els Mulder | Geboren: 14-03-1958</p><p>Naam: Els Mulder | Geboren: 15-03-1958</p>';
    expect(genericAdapter.readPatient(document).patient).toBeNull();
  });
});
