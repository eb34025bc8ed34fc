// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { genericAdapter } from '../../../lib/portals/generic';
import { isGpLabel, isOtherPersonLabel, ledByOtherPersonLabel } from '../../../lib/portals/labels';
import { loadPage, PORTALS_DIR } from './load-page';

/** The hospital page's own `?long-tokens` variant (tests/portals/hospital/long-tokens.js), run on the loaded page. */
function lengthenTokens(): void {
  const source = readFileSync(join(PORTALS_DIR, 'hospital/long-tokens.js'), 'utf8');
  new Function('location', source)({ search: '?long-tokens' });
}

function read(html: string, lang = 'nl') {
  document.documentElement.innerHTML = `<head></head><body>${html}</body>`;
  document.documentElement.lang = lang;
  return genericAdapter.readPatient(document);
}

const LONG = 'Lang'.repeat(1250);

describe('fields about other people never give the patient', () => {
  it('a heading too unusual to read leaves the GP field out of the running', () => {
    // The heading holds no name the reader accepts; the only name-shaped text left is the GP's.
    const { patient } = read(`<section><h1 class="x">12345</h1><dl>
      <div><dt>Geboortedatum</dt><dd>22-07-1961</dd></div><div><dt>BSN</dt><dd>274181009</dd></div>
      <div><dt>Huisarts</dt><dd>A. Kramer, Huisartsenpraktijk De Linde, Bodegraven</dd></div></dl></section>`);
    expect(patient?.name ?? '').not.toMatch(/Kramer|Linde/);
  });

  for (const label of ['Huisarts', 'GP', 'Behandelaar', 'Verwijzer', 'Arts', 'Contactpersoon', 'Next of kin', 'Referrer', 'Consultant', 'Zorgverlener', 'Behandelend arts', 'Registered GP']) {
    it(`the value under "${label}" is not the patient's name`, () => {
      const { patient } = read(`<div class="banner"><span>BSN 274181009</span> <span>DOB 22-07-1961</span>
        <b>${label}</b> <span>Pieter de Wit</span></div>`);
      expect(patient?.name ?? '').not.toContain('Pieter');
    });
  }

  it('a banner segment led by an other-person label is not the patient ("GP Dr A. Kramer")', () => {
    const { patient } = read(`<div class="banner">GP Dr Anna Kramer · DOB 22-07-1961 · MRN 00451001</div>`, 'en');
    expect(patient?.name ?? '').not.toContain('Kramer');
  });

  it('the patient next to a GP field is still read', () => {
    const { patient } = read(`<section><strong>Jan de Vries</strong><dl>
      <dt>Geboortedatum</dt><dd>14-03-1958</dd><dt>BSN</dt><dd>123456782</dd><dt>Huisarts</dt><dd>A. Kramer</dd></dl></section>`);
    expect(patient?.name).toBe('Jan de Vries');
  });

  it('knows other-person labels as whole labels only', () => {
    for (const label of ['Huisarts', 'huisarts:', 'GP', 'Eigen huisarts', 'Next of kin', 'Contactpersoon', 'Verwijzer', 'Zorgverlener', 'Referring physician']) {
      expect(isOtherPersonLabel(label), label).toBe(true);
    }
    for (const label of ['Naam', 'Patiënt', 'Huisartsbezoek gepland voor volgende week dinsdag', 'Jan Arts']) expect(isOtherPersonLabel(label), label).toBe(false);
    expect(ledByOtherPersonLabel('GP Dr A. Kramer')).toBe(true);
    expect(ledByOtherPersonLabel('Huisarts: A. Kramer')).toBe(true);
    expect(ledByOtherPersonLabel('Arts, Jan')).toBe(false);
    expect(ledByOtherPersonLabel('Jan Arts')).toBe(false);
  });
});

describe('an over-long name in the banner heading', () => {
  it('is kept as the name, cut to 200 characters', () => {
    const { patient } = read(`<section><h1 class="pb-name">Johanna Bakker-Verhoef Naam${LONG}</h1><dl>
      <div><dt>Geboortedatum</dt><dd>22-07-1961</dd></div><div><dt>BSN</dt><dd>274181009</dd></div>
      <div><dt>Huisarts</dt><dd>A. Kramer, Huisartsenpraktijk De Linde, Bodegraven</dd></div></dl></section>`);
    expect(patient?.name.startsWith('Johanna Bakker-Verhoef NaamLang')).toBe(true);
    expect(patient?.name.length).toBe(200);
  });

  it('is not prose: a long heading of many words is no name', () => {
    const prose = Array.from({ length: 40 }, (_, i) => `woord${'a'.repeat(i % 7)}`).join(' ');
    const { patient } = read(`<section><h1>${prose}</h1><dl><dt>BSN</dt><dd>274181009</dd><dt>Huisarts</dt><dd>A. Kramer</dd></dl></section>`);
    expect(patient?.name ?? '').not.toMatch(/woord|Kramer/);
  });

  it('on the long-tokens page is the patient, never the GP', () => {
    loadPage('hospital/index.html');
    lengthenTokens();
    const { patient } = genericAdapter.readPatient(document);
    expect(patient?.name).toMatch(/^Johanna Bakker-Verhoef Naam(?:Lang){40}/);
    expect(patient?.name.length).toBe(200);
    expect(patient?.gp).toBe('A. Kramer, Huisartsenpraktijk De Linde, Bodegraven');
  });
});

describe('the GP from the banner', () => {
  it('is read from a Huisarts field of the demo hospital', () => {
    loadPage('hospital/index.html');
    const { patient } = genericAdapter.readPatient(document);
    expect(patient).toMatchObject({ name: 'Johanna Bakker-Verhoef', gp: 'A. Kramer, Huisartsenpraktijk De Linde, Bodegraven' });
  });

  it('is read from an English GP label and from "Huisarts: …" text', () => {
    expect(read(`<div><b>Margaret Ellison</b> <span>DOB 02/08/1962</span> <span>MRN 77120394</span> <b>GP</b> <span>Dr S. Patel</span></div>`, 'en').patient?.gp).toBe('Dr S. Patel');
    expect(read(`<div><strong>Jan de Vries</strong> · BSN 123456782 · Huisarts: P. Jansen</div>`).patient?.gp).toBe('P. Jansen');
  });

  it('is left out without a clear label, and when two different GPs are named', () => {
    expect(read(`<div><strong>Jan de Vries</strong> · BSN 123456782 · Behandelaar: P. Jansen</div>`).patient?.gp).toBeUndefined();
    expect(read(`<div><strong>Jan de Vries</strong> · BSN 123456782 · Huisarts: P. Jansen · GP: K. Smit</div>`).patient?.gp).toBeUndefined();
  });

  it('knows GP labels in Dutch and English', () => {
    for (const label of ['Huisarts', 'Huisarts:', 'Eigen huisarts', 'GP', 'Registered GP', 'General practitioner']) expect(isGpLabel(label), label).toBe(true);
    for (const label of ['Behandelaar', 'Arts', 'Huisartsenpost', 'Contactpersoon']) expect(isGpLabel(label), label).toBe(false);
  });
});
