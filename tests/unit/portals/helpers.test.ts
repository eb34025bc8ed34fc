import { describe, expect, it } from 'vitest';
import type { PagePatient } from '../../../lib/messages';
import { isValidBsn, normaliseBsn } from '../../../lib/portals/bsn';
import { findDate, parseDate } from '../../../lib/portals/dates';
import { contentHash, entryIdFor } from '../../../lib/portals/entries';
import { primaryIdentifier } from '../../../lib/portals/identity';
import { assemblePatient } from '../../../lib/portals/patient-fields';
import { identityOf, isPatientKeySecret, legacyPatientKey, newPatientKeySecret, patientKey } from '../../../lib/portals/patient-key';

describe('isValidBsn', () => {
  it('accepts numbers that pass the 11-check, with or without separators', () => {
    expect(isValidBsn('274181009')).toBe(true);
    expect(isValidBsn('2741.81.009')).toBe(true);
    expect(isValidBsn('2741 81 009')).toBe(true);
  });
  it('rejects a single changed digit, swapped digits, wrong lengths and all zeros', () => {
    expect(isValidBsn('274181008')).toBe(false);
    expect(isValidBsn('724181009')).toBe(false);
    expect(isValidBsn('27418100')).toBe(false);
    expect(isValidBsn('2741810090')).toBe(false);
    expect(isValidBsn('000000000')).toBe(false);
    expect(isValidBsn('abcdefghi')).toBe(false);
  });
  it('pads eight-digit numbers', () => {
    expect(normaliseBsn('12345678')).toBe('012345678');
  });
});

describe('parseDate', () => {
  it.each([
    ['14-03-1958', '1958-03-14'],
    ['14-3-1958', '1958-03-14'],
    ['14/03/1958', '1958-03-14'],
    ['14.03.1958', '1958-03-14'],
    ['1958-03-14', '1958-03-14'],
    ['14 maart 1958', '1958-03-14'],
    ['14 mrt. 1958', '1958-03-14'],
    ['14 mrt 1958', '1958-03-14'],
    ['14 March 1958', '1958-03-14'],
    ['14 Mar 1958', '1958-03-14'],
    ['March 14, 1958', '1958-03-14'],
    ['1 okt. 2026', '2026-10-01'],
  ])('%s -> %s', (text, iso) => {
    expect(parseDate(text)).toBe(iso);
  });
  it('refuses days that do not exist and words that are not months', () => {
    expect(parseDate('31-02-2026')).toBeUndefined();
    expect(parseDate('29-02-2025')).toBeUndefined();
    expect(parseDate('29-02-2024')).toBe('2024-02-29');
    expect(parseDate('14 blah 1958')).toBeUndefined();
    expect(parseDate('13-14-2026')).toBeUndefined();
  });
  it('finds the first date in running text', () => {
    expect(findDate('Consult 3 juni 2026, eerder gezien op 01-02-2025')).toBe('2026-06-03');
    expect(findDate('geen datum')).toBeUndefined();
  });
});

const patient: PagePatient = {
  name: 'Johanna Bakker',
  birthDate: '1961-07-22',
  identifiers: [
    { system: 'mrn', value: 'RO-0048213' },
    { system: 'bsn', value: '274181009' },
  ],
  confidence: 'certain',
};

const SECRET = 'a1'.repeat(32);
const OTHER_SECRET = 'b2'.repeat(32);

describe('identityOf and patientKey', () => {
  it('does not depend on the order of identifiers or on case and spacing', async () => {
    const reordered: PagePatient = { ...patient, name: 'JOHANNA  BAKKER', identifiers: [...patient.identifiers].reverse() };
    expect(identityOf(reordered)).toBe(identityOf(patient));
    expect(await patientKey(reordered, SECRET)).toBe(await patientKey(patient, SECRET));
  });
  it('is a pk_ + 64 hex HMAC that never contains the BSN', async () => {
    const key = await patientKey(patient, SECRET);
    expect(key).toMatch(/^pk_[0-9a-f]{64}$/);
    expect(key).not.toContain('274181009');
  });
  it('is HMAC-SHA-256 under the per-install secret: another install, another key; the bare hash is not it', async () => {
    const { createHmac, createHash } = await import('node:crypto');
    const identity = identityOf(patient)!;
    expect(await patientKey(patient, SECRET)).toBe(`pk_${createHmac('sha256', Buffer.from(SECRET, 'hex')).update(identity).digest('hex')}`);
    expect(await patientKey(patient, OTHER_SECRET)).not.toBe(await patientKey(patient, SECRET));
    const unsalted = createHash('sha256').update(identity).digest('hex');
    expect(await patientKey(patient, SECRET)).not.toContain(unsalted.slice(0, 40));
    // The old key is only computed to find drafts filed under it.
    expect(await legacyPatientKey(patient)).toBe(`pk_${unsalted.slice(0, 40)}`);
  });
  it('refuses to make a key without a proper secret', async () => {
    await expect(patientKey(patient, '')).rejects.toThrow();
    await expect(patientKey(patient, 'zz'.repeat(32))).rejects.toThrow();
  });
  it('makes 256-bit random secrets', () => {
    const a = newPatientKeySecret();
    expect(isPatientKeySecret(a)).toBe(true);
    expect(newPatientKeySecret()).not.toBe(a);
  });
  it('tells different patients apart, and falls back to name and birth date', async () => {
    const other: PagePatient = { ...patient, identifiers: [{ system: 'bsn', value: '360521009' }] };
    expect(await patientKey(other, SECRET)).not.toBe(await patientKey(patient, SECRET));
    const bare: PagePatient = { name: 'Anna  Smit', birthDate: '1955-11-03', identifiers: [], confidence: 'probable' };
    expect(identityOf(bare)).toBe('name:anna smit|birth:1955-11-03');
    expect(identityOf(null)).toBeNull();
  });
});

describe('primaryIdentifier', () => {
  it('prefers bsn over mrn over practice over medplum', () => {
    expect(primaryIdentifier(patient)?.system).toBe('bsn');
    expect(primaryIdentifier({ ...patient, identifiers: [{ system: 'medplum', value: '1' }, { system: 'practice', value: '2' }] })?.value).toBe('2');
    expect(primaryIdentifier({ ...patient, identifiers: [] })).toBeUndefined();
  });
});

describe('assemblePatient', () => {
  it('drops a BSN that fails the 11-check with a warning and lowers confidence', () => {
    const { patient: read, warnings } = assemblePatient({
      name: 'Kees Jansen',
      birthDateText: '14 maart 1958',
      identifiers: [{ system: 'bsn', value: '274181008' }],
    });
    expect(read?.identifiers).toEqual([]);
    expect(read?.confidence).toBe('probable');
    expect(warnings).toContainEqual(expect.objectContaining({ code: 'bsn-invalid' }));
  });
  it('is unsure with a bare name and null without one', () => {
    expect(assemblePatient({ name: 'Kees Jansen', identifiers: [] }).patient?.confidence).toBe('unsure');
    expect(assemblePatient({ name: ' ', birthDateText: '14-03-1958', identifiers: [] }).patient).toBeNull();
  });
  it('strips invisible control characters from names', () => {
    expect(assemblePatient({ name: 'Kees\u200b \u202eJansen', identifiers: [] }).patient?.name).toBe('Kees Jansen');
  });
});

describe('entryIdFor', () => {
  it('keeps the portal id and otherwise hashes kind, date and text stably', () => {
    expect(entryIdFor('N-1', 'note', undefined, 'x')).toBe('N-1');
    const a = entryIdFor(null, 'note', '2026-01-02', 'Tekst van de notitie');
    expect(a).toBe(entryIdFor(undefined, 'note', '2026-01-02', 'Tekst van de notitie'));
    expect(a).not.toBe(entryIdFor(null, 'note', '2026-01-03', 'Tekst van de notitie'));
    expect(contentHash('a')).toMatch(/^[0-9a-f]{16}$/);
  });
});
