// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clinicSpaAdapter } from '../../../lib/portals/clinic-spa';
import { identityOf } from '../../../lib/portals/patient-key';
import { loadPage, PORTALS_DIR } from './load-page';

const appScript = readFileSync(join(PORTALS_DIR, 'clinic-spa/app.js'), 'utf8');
const settle = () => new Promise((resolve) => setTimeout(resolve, 160));

/** Loads the page at an address and runs the app's own script, as the browser would. */
function startApp(address: string): void {
  history.replaceState(null, '', address);
  loadPage('clinic-spa/index.html');
  new Function(appScript)();
}

describe('clinicSpaAdapter on the running app', () => {
  it('sees no patient until the app has rendered, then patient A', async () => {
    startApp('/clinic-spa/index.html');
    expect(clinicSpaAdapter.matches(new URL(location.href), document)).toBe(true);
    const before = clinicSpaAdapter.readPatient(document);
    expect(before.patient).toBeNull();
    expect(before.warnings[0]?.code).toBe('selector-missing');
    await settle();
    const { patient, warnings } = clinicSpaAdapter.readPatient(document);
    expect(warnings).toEqual([]);
    expect(patient).toEqual({
      name: 'Emily Carter',
      birthDate: '1979-02-02',
      sex: 'female',
      identifiers: [{ system: 'mrn', value: 'NB-4400172', label: 'MRN' }],
      confidence: 'certain',
    });
    const request = clinicSpaAdapter.readEntries(document).find((e) => e.id === 'NB-M-9104');
    expect(request).toMatchObject({ kind: 'message', date: '2026-11-03', author: 'Emily Carter' });
    expect(request?.text).toContain('second opinion');
  });

  it('switches to patient B without a reload and drops A\'s entries', async () => {
    startApp('/clinic-spa/index.html');
    await settle();
    const documentBefore = document;
    const first = identityOf(clinicSpaAdapter.readPatient(document).patient);
    (document.querySelector('[data-patient-link="b"]') as HTMLElement).click();
    expect(location.search).toBe('?patient=b');
    await settle();
    expect(document).toBe(documentBefore);
    const { patient } = clinicSpaAdapter.readPatient(document);
    expect(patient).toMatchObject({ name: 'Thomas Reid', birthDate: '1948-10-30' });
    expect(identityOf(patient)).not.toBe(first);
    const entries = clinicSpaAdapter.readEntries(document);
    expect(entries.map((e) => e.id)).toEqual(['NB-N-55231', 'NB-N-51190', 'NB-M-9120']);
    expect(entries.some((e) => /second opinion/i.test(e.text))).toBe(false);
  });

  it.each(['?patient=b', '?p=b', '#/patient/b', '#b'])('opens patient B from the deep link %s', async (link) => {
    startApp(`/clinic-spa/index.html${link}`);
    await settle();
    expect(clinicSpaAdapter.readPatient(document).patient?.name).toBe('Thomas Reid');
  });
});
