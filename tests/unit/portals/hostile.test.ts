// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ClinicalEntrySchema, PagePatientSchema } from '../../../lib/messages';
import { genericAdapter } from '../../../lib/portals/generic';
import { primaryIdentifier } from '../../../lib/portals/identity';
import { pickAdapter } from '../../../lib/portals/registry';
import { loadPage, pageUrl, PORTALS_DIR } from './load-page';

const hostileScript = readFileSync(join(PORTALS_DIR, 'hostile/hostile.js'), 'utf8');

describe('the hostile page', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    loadPage('hostile/index.html');
    new Function(hostileScript)();
  });
  afterEach(() => {
    vi.clearAllTimers();
    vi.useRealTimers();
  });

  it('is read by the generic reader', () => {
    expect(pickAdapter(pageUrl('hostile/index.html'), document).id).toBe('generic');
  });

  it('reads the name as text, without the invisible characters, and keeps the BSN as the shown id', () => {
    const { patient } = genericAdapter.readPatient(document);
    expect(PagePatientSchema.parse(patient)).toEqual(patient);
    expect(patient?.name).toBe('Sanne <img src=x onerror=alert(1)> de Wit');
    expect(patient && primaryIdentifier(patient)?.value).toBe('683041009');
    expect(document.querySelectorAll('img')).toHaveLength(0);
  });

  it('reads script-like notes as plain text and every entry validates', () => {
    const entries = genericAdapter.readEntries(document);
    for (const entry of entries) expect(() => ClinicalEntrySchema.parse(entry)).not.toThrow();
    const scripted = entries.find((e) => e.id === 'HX-SCRIPT-2');
    expect(scripted?.text).toContain("<script>window.__hostile.injected = true; alert('note')</script>");
    expect(scripted?.text).toContain("{{constructor.constructor('alert(1)')()}}");
    expect(scripted?.title).toBe('<img src=x onerror=alert(1)>');
    expect(entries.find((e) => e.id === 'HX-LONG-3')?.text.length).toBeGreaterThan(3000);
    expect((window as unknown as { __hostile: { dialogs: number } }).__hostile.dialogs).toBe(0);
  });

  it('reads the note in the open shadow root but not the one in the closed root', () => {
    const ids = genericAdapter.readEntries(document).map((e) => e.id);
    expect(ids).toContain('HX-SHADOW-6');
    expect(ids).not.toContain('HX-CLOSED-7');
    const shadow = genericAdapter.readEntries(document).find((e) => e.id === 'HX-SHADOW-6');
    expect(shadow?.text).toContain('<b>Geen</b>');
    expect(shadow?.locate()?.getRootNode()).toBe(document.getElementById('hx-shadow-host')?.shadowRoot);
  });

  it('reads a same-origin frame', () => {
    const frame = document.getElementById('hx-frame') as HTMLIFrameElement;
    const inner = frame.contentDocument;
    // happy-dom does not load srcdoc; the browser does. Put the frame's note in by hand when needed.
    if (inner && !inner.querySelector('.rz-note')) {
      inner.body.innerHTML = /srcdoc='([^']*)'/.exec(readFileSync(join(PORTALS_DIR, 'hostile/index.html'), 'utf8'))?.[1]?.replace(/<script[\s\S]*?<\/script>/, '') ?? '';
    }
    expect(inner).not.toBeNull();
    expect(genericAdapter.readEntries(document).map((e) => e.id)).toContain('HX-FRAME-5');
  });
});

describe('the aggressive page', () => {
  it('is read by the generic reader despite its CSS', () => {
    loadPage('aggressive/index.html');
    expect(pickAdapter(pageUrl('aggressive/index.html'), document).id).toBe('generic');
    expect(genericAdapter.readPatient(document).patient).toMatchObject({ name: 'Kees Verbruggen', birthDate: '1952-11-11', confidence: 'certain' });
    expect(genericAdapter.readEntries(document).map((e) => e.id)).toEqual(['VRS-2026-120077']);
  });
});
