// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { ClinicalEntrySchema, PagePatientSchema } from '../../../lib/messages';
import { medplumAdapter, parseMedplumDisplayDate } from '../../../lib/portals/medplum';

// The snapshot is the body Medplum's own components rendered in Chromium (tests/portals/medplum/capture.mjs).
const snapshot = readFileSync(join(import.meta.dirname, '../../portals/medplum/snapshot.html'), 'utf8');
const portalUrl = new URL('http://127.0.0.1:4173/medplum/dist/index.html');

function loadSnapshot(): void {
  document.body.innerHTML = snapshot;
}

function headerKey(text: string): Element {
  const key = [...document.querySelectorAll('.InfoBar_key')].find((element) => element.textContent === text);
  if (!key) throw new Error(`no header key ${text} in the snapshot`);
  return key;
}

function timelineItemContaining(text: string): Element {
  const item = [...document.querySelectorAll('[data-testid="timeline-item"]')].find((element) =>
    element.querySelector('.Timeline_item')?.textContent?.includes(text),
  );
  if (!item) throw new Error(`no timeline item containing ${text}`);
  return item;
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('medplumAdapter.matches', () => {
  it('recognises the patient header and timeline Medplum renders', () => {
    loadSnapshot();
    expect(medplumAdapter.matches(portalUrl, document)).toBe(true);
  });

  it('still recognises the page when only the timeline is on screen', () => {
    loadSnapshot();
    document.querySelector('.InfoBar_root')?.remove();
    expect(medplumAdapter.matches(portalUrl, document)).toBe(true);
  });

  it('does not claim other portals, even ones that use Mantine', () => {
    document.body.innerHTML =
      '<div class="mantine-Paper-root"><dl><dt>Name</dt><dd><a href="/patients/7">Jan Jansen</a></dd></dl></div>';
    expect(medplumAdapter.matches(portalUrl, document)).toBe(false);
  });

  it('claims the hosted Medplum app by its address before it has rendered', () => {
    expect(medplumAdapter.matches(new URL('https://app.medplum.com/Patient/123'), document)).toBe(true);
  });
});

describe('medplumAdapter.readPatient', () => {
  it('reads name, birth date, sex and the identifiers shown in the PatientHeader', () => {
    loadSnapshot();
    const { patient, warnings } = medplumAdapter.readPatient(document);
    expect(warnings).toEqual([]);
    expect(PagePatientSchema.parse(patient)).toEqual(patient);
    expect(patient).toMatchObject({
      name: 'Homer Simpson',
      birthDate: '1956-05-12',
      sex: 'male',
      confidence: 'certain',
    });
    expect(patient?.identifiers).toEqual([
      { system: 'other', label: 'abc', value: '123' },
      { system: 'other', label: 'def', value: '456' },
      { system: 'medplum', label: 'Patient', value: '123' },
    ]);
  });

  it('does not take Age, Gender or State for identifiers', () => {
    loadSnapshot();
    const labels = medplumAdapter.readPatient(document).patient?.identifiers.map((identifier) => identifier.label);
    expect(labels).not.toContain('Age');
    expect(labels).not.toContain('Gender');
    expect(labels).not.toContain('State');
  });

  it('files an identifier whose system says MRN under mrn', () => {
    loadSnapshot();
    headerKey('abc').textContent = 'MRN';
    const identifiers = medplumAdapter.readPatient(document).patient?.identifiers;
    expect(identifiers?.[0]).toEqual({ system: 'mrn', label: 'MRN', value: '123' });
  });

  it('reports a missing header instead of guessing a patient', () => {
    loadSnapshot();
    document.querySelector('.InfoBar_root')?.remove();
    const { patient, warnings } = medplumAdapter.readPatient(document);
    expect(patient).toBeNull();
    expect(warnings).toContainEqual(expect.objectContaining({ code: 'selector-missing' }));
  });

  it('warns about every missing part on a page without Medplum markup', () => {
    document.body.innerHTML = '<main><h1>Welcome</h1></main>';
    const { patient, warnings } = medplumAdapter.readPatient(document);
    expect(patient).toBeNull();
    expect(warnings.filter((warning) => warning.code === 'selector-missing')).toHaveLength(2);
  });

  it('is unsure when two different patients have a header on the page', () => {
    loadSnapshot();
    const header = document.querySelector('.InfoBar_root');
    const copy = header?.cloneNode(true) as Element;
    copy.querySelector('a[href^="/Patient/"]')?.setAttribute('href', '/Patient/456');
    header?.parentElement?.appendChild(copy);
    const { patient, warnings } = medplumAdapter.readPatient(document);
    expect(patient?.confidence).toBe('unsure');
    expect(warnings).toContainEqual(expect.objectContaining({ code: 'multiple-patients' }));
  });

  it('keeps an unreadable birth date out of the patient and says so', () => {
    loadSnapshot();
    const value = headerKey('DoB').nextElementSibling;
    if (value) value.textContent = 'unknown';
    const { patient, warnings } = medplumAdapter.readPatient(document);
    expect(patient?.birthDate).toBeUndefined();
    expect(patient?.confidence).toBe('probable');
    expect(warnings).toContainEqual({ code: 'birth-date-unreadable', detail: 'unknown' });
  });
});

describe('medplumAdapter.readEntries', () => {
  it('reads the second-opinion request as a message with its date and sender', () => {
    loadSnapshot();
    const request = medplumAdapter.readEntries(document).find((entry) => entry.text.includes('second opinion'));
    expect(request).toMatchObject({
      kind: 'message',
      date: '2024-03-12',
      author: 'Homer Simpson',
      title: 'Communication',
    });
    expect(request?.id).toBe('Communication/homer-second-opinion-request');
    expect(request?.text).toBe(timelineItemContaining('second opinion').querySelector('.Timeline_item p')?.textContent);
  });

  it('reads every clinical panel and leaves out the demographics history', () => {
    loadSnapshot();
    const entries = medplumAdapter.readEntries(document);
    expect(entries.map((entry) => entry.title)).toEqual([
      'Communication',
      'Communication',
      'DiagnosticReport',
      'ServiceRequest',
    ]);
    expect(entries.find((entry) => entry.author === 'Alice Smith' && entry.kind === 'message')?.date).toBe(
      '2024-03-05',
    );
    expect(new Set(entries.map((entry) => entry.id)).size).toBe(entries.length);
    for (const { locate: _locate, ...entry } of entries) {
      expect(ClinicalEntrySchema.parse(entry)).toEqual(entry);
    }
  });

  it('keeps table cells of a report apart so values do not run together', () => {
    loadSnapshot();
    const report = medplumAdapter.readEntries(document).find((entry) => entry.title === 'DiagnosticReport');
    expect(report?.kind).toBe('result');
    expect(report?.text).toContain('Test 2 20 x >= 10');
    expect(report?.text).not.toContain('Test 220');
  });

  it('locates the panel of an entry again, and nothing once it is gone', () => {
    loadSnapshot();
    const request = medplumAdapter.readEntries(document).find((entry) => entry.text.includes('second opinion'));
    const panel = timelineItemContaining('second opinion');
    expect(request?.locate()).toBe(panel);
    panel.remove();
    expect(request?.locate()).toBeNull();
  });

  it('reads markup-like note text as text and ignores injected elements', () => {
    loadSnapshot();
    const body = timelineItemContaining('second opinion').querySelector('.Timeline_item p');
    if (!body) throw new Error('no note paragraph');
    body.textContent = '<img src=x onerror="alert(1)"> second opinion please';
    const script = document.createElement('script');
    script.textContent = 'window.stolen = true';
    body.appendChild(script);
    const request = medplumAdapter.readEntries(document).find((entry) => entry.text.includes('second opinion'));
    expect(request?.text).toBe('<img src=x onerror="alert(1)"> second opinion please');
  });

  it('finds no entries on a page without a timeline', () => {
    document.body.innerHTML = '<main><p>No record here</p></main>';
    expect(medplumAdapter.readEntries(document)).toEqual([]);
  });
});

describe('parseMedplumDisplayDate', () => {
  it('reads the locale dates Date.toLocaleString() produces', () => {
    expect(parseMedplumDisplayDate('3/12/2024, 9:15:00 AM', 'month-first')).toBe('2024-03-12');
    expect(parseMedplumDisplayDate('12-3-2024, 09:15:00', 'day-first')).toBe('2024-03-12');
    expect(parseMedplumDisplayDate('12/03/2024, 09:15:00', 'day-first')).toBe('2024-03-12');
    expect(parseMedplumDisplayDate('2024/3/12 9:15:00', 'year-first')).toBe('2024-03-12');
    expect(parseMedplumDisplayDate('2024-03-12T09:15:00Z', 'month-first')).toBe('2024-03-12');
  });

  it('rejects dates that do not exist instead of rolling them over', () => {
    expect(parseMedplumDisplayDate('2/30/2024, 9:15:00 AM', 'month-first')).toBeUndefined();
    expect(parseMedplumDisplayDate('13/12/2024', 'month-first')).toBeUndefined();
    expect(parseMedplumDisplayDate('yesterday', 'day-first')).toBeUndefined();
  });
});

describe('medplumAdapter.language', () => {
  it('is English, the only language of Medplum’s components', () => {
    expect(medplumAdapter.language?.(document)).toBe('en');
  });
});

describe('medplumAdapter piecemeal reading', () => {
  it('gives the same entries element by element as all at once', () => {
    loadSnapshot();
    const elements = medplumAdapter.entryElements(document);
    const piecemeal = elements.map((el, index) => medplumAdapter.readEntry(el, index)).filter((entry) => entry !== null);
    const whole = medplumAdapter.readEntries(document);
    expect(piecemeal.map((entry) => [entry.id, entry.kind, entry.date, entry.text])).toEqual(
      whole.map((entry) => [entry.id, entry.kind, entry.date, entry.text]),
    );
    expect(elements.length).toBeGreaterThan(whole.length);
  });

  it('numbers a resource that shows twice so both stay addressable', () => {
    loadSnapshot();
    const request = timelineItemContaining('second opinion');
    request.parentElement?.appendChild(request.cloneNode(true));
    const ids = medplumAdapter.readEntries(document).map((entry) => entry.id);
    expect(ids).toContain('Communication/homer-second-opinion-request');
    expect(ids).toContain('Communication/homer-second-opinion-request#1');
  });
});

describe('medplumAdapter on a long timeline', () => {
  /** Counts every querySelectorAll on the document or an element: the unit of work spent per item. */
  function countQueries<T>(read: () => T): { result: T; queries: number } {
    let queries = 0;
    const onDocument = Document.prototype.querySelectorAll;
    const onElement = Element.prototype.querySelectorAll;
    Document.prototype.querySelectorAll = function (this: Document, selector: string) {
      queries++;
      return onDocument.call(this, selector);
    } as typeof onDocument;
    Element.prototype.querySelectorAll = function (this: Element, selector: string) {
      queries++;
      return onElement.call(this, selector);
    } as typeof onElement;
    try {
      return { result: read(), queries };
    } finally {
      Document.prototype.querySelectorAll = onDocument;
      Element.prototype.querySelectorAll = onElement;
    }
  }

  /** The snapshot's timeline with its first message repeated until the page holds `count` more items. */
  function loadLongTimeline(count: number): void {
    loadSnapshot();
    const request = timelineItemContaining('second opinion');
    const copies = document.createDocumentFragment();
    for (let i = 0; i < count; i++) copies.appendChild(request.cloneNode(true));
    request.parentElement?.appendChild(copies);
  }

  it('reads a page of many entries with work that grows in step with the entries', () => {
    const perEntry = (count: number): number => {
      loadLongTimeline(count);
      const { result, queries } = countQueries(() => medplumAdapter.readEntries(document));
      expect(result.length).toBeGreaterThan(count);
      return queries / result.length;
    };
    const small = perEntry(30);
    const large = perEntry(240);
    // Scanning every earlier item for each entry would make the large page cost about 8 times more per entry.
    expect(large).toBeLessThanOrEqual(small * 1.2);
    expect(large).toBeLessThan(8);
  }, 30_000);

  it('numbers each repeat of a resource in page order, also when items are read one by one', () => {
    loadLongTimeline(200);
    const elements = medplumAdapter.entryElements(document);
    const ids = elements.map((el, index) => medplumAdapter.readEntry(el, index)?.id).filter((id) => id !== undefined);
    const repeats = ids.filter((id) => id.startsWith('Communication/homer-second-opinion-request'));
    expect(repeats).toHaveLength(201);
    expect(repeats[0]).toBe('Communication/homer-second-opinion-request');
    expect(repeats[200]).toBe('Communication/homer-second-opinion-request#200');
    expect(new Set(ids).size).toBe(ids.length);
  }, 30_000);

  it('counts again for an item added after the page was listed', () => {
    loadSnapshot();
    medplumAdapter.entryElements(document);
    const request = timelineItemContaining('second opinion');
    const copy = request.cloneNode(true) as Element;
    request.parentElement?.appendChild(copy);
    expect(medplumAdapter.readEntry(copy, 99)?.id).toBe('Communication/homer-second-opinion-request#1');
    expect(medplumAdapter.readEntry(copy, 99)?.locate()).toBe(copy);
  });
});
