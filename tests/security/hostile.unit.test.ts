// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { suggestCategories } from '../../lib/categories';
import { detectText } from '../../lib/detect';
import {
  composeLetter,
  toFhirBundle,
  toHtml,
  toHtmlFragment,
  toPlainText,
  type FhirBundle,
  type Letter,
  type LetterInput,
} from '../../lib/letter';
import type { ClinicalEntry, PagePatient } from '../../lib/messages';
import { ADAPTERS, pickAdapter } from '../../lib/portals/registry';
import { asOneLine, comparable, HOSTILE_STRINGS, SHORT_HOSTILE_STRINGS } from './hostile-strings';

/**
 * Page text runs through every module that renders or exports it. Whatever the text, it must come
 * out as text: no element, attribute, URL or template it names may appear in any HTML we produce,
 * the FHIR file is data that parses back to the same strings, and no prototype is touched.
 */

const NOW = '2026-11-20T10:00:00+01:00';
const BSN = '628194821'; // invented, passes the 11-check

function sequentialIds(): () => string {
  let n = 0;
  return () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
}

function hostileInput(text: string): LetterInput {
  const short = text.slice(0, 200);
  const patient: PagePatient = {
    name: short,
    birthDate: '1970-01-01',
    identifiers: [{ system: 'bsn', value: BSN }, { system: 'mrn', value: text.slice(0, 64), label: text.slice(0, 64) }],
    confidence: 'certain',
  };
  const entries: ClinicalEntry[] = [
    { id: 'p1', kind: 'problem', text, title: text.slice(0, 300), author: short, date: '2026-10-01' },
    { id: 'n1', kind: 'note', text: `Patiënt vraagt om een second opinion. ${text}`, title: text.slice(0, 300), date: '2026-10-02' },
    { id: 'm1', kind: 'medication', text, date: '2026-10-03' },
    { id: 'i1', kind: 'imaging', text, title: text.slice(0, 300), date: '2026-10-04' },
  ];
  return {
    lang: 'nl',
    today: '2026-11-20',
    patient,
    referrer: { name: short, role: 'huisarts', organisation: short, address: text.slice(0, 400) },
    recipient: { name: short, organisation: short },
    question: 'diagnosis',
    patientWords: [text.slice(0, 2000)],
    entries,
    categories: [{ id: 'imaging', label: short, sensitive: false, consent: 'given', items: [text.slice(0, 2000)], entryIds: ['i1'] }],
    reporting: { selfReferred: false, informTreatingClinicianConsent: 'given' },
    gpName: short,
  };
}

/** Only the structure the HTML export is meant to have; anything else came from the input. */
const ALLOWED_TAGS = new Set(['HTML', 'HEAD', 'BODY', 'META', 'TITLE', 'STYLE', 'ARTICLE', 'HEADER', 'FOOTER', 'SECTION', 'H1', 'H2', 'P', 'BR', 'UL', 'OL', 'LI', 'MARK', 'DIV', 'SPAN']);

function assertInertHtml(html: string, where: string): Document {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  for (const el of doc.querySelectorAll('*')) {
    expect(ALLOWED_TAGS.has(el.tagName), `${where}: unexpected <${el.tagName.toLowerCase()}>`).toBe(true);
    for (const attr of el.attributes) {
      expect(/^on/i.test(attr.name), `${where}: event handler attribute ${attr.name}`).toBe(false);
      expect(['src', 'href', 'action', 'formaction', 'srcdoc', 'data', 'style'].includes(attr.name.toLowerCase()), `${where}: ${attr.name}=`).toBe(false);
    }
  }
  // Raw markup from the input never survives unescaped: every "<" that is not ours is written &lt;.
  expect(html).not.toMatch(/<(script|img|svg|iframe|object|embed|base|form|input|math|template|details|a)\b/i);
  expect(html).not.toMatch(/<!\[CDATA\[|<!--/);
  return doc;
}

const polluted = () => ({}) as Record<string, unknown>;

afterEach(() => {
  // A string like {"__proto__":{"polluted":true}} must never have reached a prototype.
  expect(polluted().polluted).toBeUndefined();
  expect(Object.keys(Object.prototype)).toEqual([]);
});

describe('the hostile corpus', () => {
  it('has at least 40 different strings, one of them longer than 4000 characters', () => {
    expect(new Set(HOSTILE_STRINGS).size).toBe(HOSTILE_STRINGS.length);
    expect(HOSTILE_STRINGS.length).toBeGreaterThanOrEqual(40);
    expect(HOSTILE_STRINGS.some((s) => s.length > 4000)).toBe(true);
  });
});

describe('letter exports of hostile page text', () => {
  for (const [index, text] of HOSTILE_STRINGS.entries()) {
    const label = `#${index} ${JSON.stringify(text.slice(0, 40))}`;

    it(`${label}: the letter holds it as text and the HTML export is inert and shows it literally`, () => {
      const input = hostileInput(text);
      const letter = composeLetter(input);
      const plain = toPlainText(letter);
      // The patient's name is in the envelope of every letter: the string is really in the export.
      expect(comparable(plain)).toContain(comparable(text.slice(0, 200)));

      const doc = assertInertHtml(toHtml(letter, { title: text }), `${label} toHtml`);
      expect(comparable(doc.title)).toBe(comparable(text));
      const body = comparable(doc.body.textContent ?? '');
      for (const section of letter.sections) {
        for (const line of section.text.split('\n')) {
          const visible = comparable(line.replace(/^\s*(- |\d+\. )/, ''));
          if (visible) expect(body, `${label} section ${section.id}`).toContain(visible);
        }
      }
      assertInertHtml(toHtmlFragment(letter), `${label} toHtmlFragment`);
    });

    it(`${label}: the FHIR export is JSON data that parses back to the same strings`, () => {
      const input = hostileInput(text);
      const letter: Letter = composeLetter(input);
      const bundle = toFhirBundle(input, letter, { now: NOW, ids: sequentialIds() });
      const json = JSON.stringify(bundle);
      const back = JSON.parse(json) as FhirBundle;
      expect(back).toEqual(bundle);
      expect(back.resourceType).toBe('Bundle');
      expect(back.entry.every((e) => typeof e.resource.resourceType === 'string')).toBe(true);
      // A JSON breaker in the text does not add a resource of its own.
      expect(back.entry.map((e) => e.resource.resourceType)).not.toContain('Evil');
      const patient = back.entry.find((e) => e.resource.resourceType === 'Patient')!.resource as { name?: Array<{ text: string }> };
      if (comparable(text)) expect(comparable(patient.name![0]!.text)).toBe(comparable(text.slice(0, 200)));
      const document = back.entry.find((e) => e.resource.resourceType === 'DocumentReference')?.resource as
        | { content: Array<{ attachment: { data?: string } }> }
        | undefined;
      const data = document?.content[0]?.attachment.data;
      expect(data).toBeDefined();
      const decoded = new TextDecoder().decode(Uint8Array.from(atob(data!), (c) => c.charCodeAt(0)));
      expect(decoded).toBe(toPlainText(letter));
    });
  }
});

describe('placeholder markers in page text', () => {
  // Regression: a one-pass "[[" → "[" once turned "[[[Vul in: …]]]" from the page into a real placeholder.
  it('page text never becomes an open placeholder, however many brackets it uses', () => {
    for (const text of ['[[[Vul in: nep]]]', '[[[[Fill in: fake]]]]', '[[[[[Vul in: x]]]]]']) {
      const letter = composeLetter({ ...hostileInput(text), patientWords: [text] });
      const fromPage = letter.placeholders.filter((p) => /^(nep|fake|x)$/.test(p.label));
      expect(fromPage).toEqual([]);
    }
  });

  it('page text with double brackets never becomes an open placeholder', () => {
    const text = '[[Vul in: nep]] [[Fill in: fake]]';
    const letter = composeLetter({ ...hostileInput(text), patientWords: [text] });
    expect(letter.placeholders.filter((p) => /^(nep|fake)$/.test(p.label))).toEqual([]);
  });
});

describe('detection and suggestion of hostile page text', () => {
  it('detectText returns a status and evidence that is a verbatim slice of the input', () => {
    for (const text of HOSTILE_STRINGS) {
      for (const input of [text, `Patiënte vraagt om een second opinion. ${text}`, `${text} Patient asks for a second opinion.`]) {
        const result = detectText(input);
        expect(['requested', 'considering', 'declined', 'completed', 'none']).toContain(result.status);
        for (const hit of result.evidence) expect(input.slice(hit.start, hit.end)).toBe(hit.text);
      }
      expect(detectText(`Patiënte vraagt om een second opinion. ${text}`).status).toBe('requested');
    }
  });

  it('suggestCategories keeps every category exactly once and puts no page text into its structure', () => {
    for (const text of HOSTILE_STRINGS) {
      const input = hostileInput(text);
      const result = suggestCategories({
        entries: input.entries,
        patient: input.patient,
        adapterId: text.slice(0, 60),
        evidenceTexts: [text],
        today: '2026-11-20',
      });
      const ids = result.suggestions.map((s) => s.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids).not.toContain(text);
      for (const suggestion of result.suggestions) {
        expect(typeof suggestion.reason.nl).toBe('string');
        expect(Object.getPrototypeOf(suggestion)).toBe(Object.prototype);
        for (const entryId of suggestion.entryIds) expect(['p1', 'n1', 'm1', 'i1']).toContain(entryId);
      }
    }
  });
});

describe('portal adapters reading hostile page text', () => {
  /** A Rijnoever-style page whose name, title, author and note body all hold the string, as text. */
  function hospitalPage(text: string): void {
    document.documentElement.innerHTML = `<head><meta name="application-name" content="Rijnoever Patiëntendossier"></head><body>
      <div class="rz-dossier"><section class="rz-patientbanner"><h1 class="rz-pb-name"></h1><dl>
      <dt>Geboortedatum</dt><dd data-field="geboortedatum">01-01-1970</dd><dt>BSN</dt><dd data-field="bsn">${BSN}</dd><dt>Patiëntnummer</dt><dd data-field="patientnummer"></dd></dl></section>
      <article class="rz-note" data-note-id="N-1"><time datetime="2026-10-01">01-10-2026</time><span class="rz-author"></span>
      <h3 class="rz-title"></h3><div class="rz-note-body"><p></p><p>Vaste tweede alinea, zodat ook een korte notitie gelezen wordt.</p></div></article></div></body>`;
    document.querySelector('.rz-pb-name')!.textContent = text.slice(0, 200);
    document.querySelector('[data-field="patientnummer"]')!.textContent = text.slice(0, 64);
    document.querySelector('.rz-author')!.textContent = text;
    document.querySelector('.rz-title')!.textContent = text;
    document.querySelector('.rz-note-body p')!.textContent = text;
  }

  /** A page the generic reader handles: a labelled banner and a note. */
  function genericPage(text: string): void {
    document.documentElement.innerHTML = `<head></head><body><dl class="patient"><dt>Naam</dt><dd id="n"></dd>
      <dt>Geboortedatum</dt><dd>01-01-1970</dd><dt>BSN</dt><dd>${BSN}</dd></dl><article class="note"><p id="t"></p></article></body>`;
    document.getElementById('n')!.textContent = text.slice(0, 200);
    document.getElementById('t')!.textContent = `Patiënt vraagt om een second opinion. ${text}`;
  }

  const elementsNamed = () => document.querySelectorAll('script, img, svg, iframe, object, embed, math, template, details, a, form, input, style, base').length;

  it('the generic reader returns the strings of a hospital-style page as text and creates no element', () => {
    for (const text of HOSTILE_STRINGS) {
      hospitalPage(text);
      const before = elementsNamed();
      const adapter = pickAdapter(new URL('http://127.0.0.1/security/hospital.html'), document);
      expect(adapter.id).toBe('generic');
      const { patient } = adapter.readPatient(document);
      const entries = adapter.readEntries(document);
      expect(elementsNamed()).toBe(before);
      if (asOneLine(text)) {
        // The generic reader takes no letterless text for a name (the old dedicated adapter took anything in its name slot).
        if ((asOneLine(text.slice(0, 200)).match(/\p{L}/gu) ?? []).length >= 2) expect(patient?.name).toBe(asOneLine(text.slice(0, 200)));
        else expect(patient).toBeNull();
        expect(entries[0]?.title).toBe(asOneLine(text).slice(0, 300));
        // The generic reader reads the whole article (date line, author, title, body) as one entry.
        expect(comparable(entries[0]!.text)).toContain(comparable(text));
      }
    }
  });

  it('every adapter reads a generic page with the strings without throwing or creating elements', () => {
    for (const text of SHORT_HOSTILE_STRINGS) {
      genericPage(text);
      const before = elementsNamed();
      for (const adapter of ADAPTERS) {
        const reading = adapter.readPatient(document);
        const entries = adapter.readEntries(document);
        if (reading.patient) expect(typeof reading.patient.name).toBe('string');
        for (const entry of entries) expect(typeof entry.text).toBe('string');
      }
      expect(elementsNamed()).toBe(before);
    }
  });
});
