// @vitest-environment happy-dom
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { primaryIdentifier } from '../../../lib/portals/identity';
import { ADAPTERS, pickAdapter } from '../../../lib/portals/registry';
import { loadMedplumSnapshot, loadPage, PORTALS_DIR, showPortalPage } from './load-page';

interface Expected {
  state?: 'unknown';
  name?: string;
  birthDate?: string;
  patientId?: string;
  status?: string;
  adapter: string;
  url?: string;
}

const expected = JSON.parse(readFileSync(join(PORTALS_DIR, 'expected.json'), 'utf8')) as Record<string, Expected>;
const SECOND_OPINION = /second opinion|tweede mening/i;

/** Puts the page in the document the way a browser would show it (the SPA runs; Medplum from its DOM snapshot). */
async function open(key: string, spec: Expected): Promise<URL> {
  const address = new URL(spec.url ?? key, 'http://127.0.0.1:5175');
  await showPortalPage(address);
  if (key.startsWith('/hostile/')) {
    vi.useFakeTimers();
    new Function(readFileSync(join(PORTALS_DIR, 'hostile/hostile.js'), 'utf8'))();
  }
  return address;
}

afterEach(() => {
  vi.clearAllTimers();
  vi.useRealTimers();
});

describe('tests/portals/expected.json', () => {
  it('names only adapters that exist, and every page file exists', () => {
    const ids = new Set(ADAPTERS.map((adapter) => adapter.id));
    for (const [key, spec] of Object.entries(expected)) {
      expect(ids, key).toContain(spec.adapter);
      const path = key.split('#')[0]!.slice(1);
      if (!key.startsWith('/medplum/') && !key.startsWith('/generated/')) expect(existsSync(join(PORTALS_DIR, path)), key).toBe(true);
    }
  });

  // The 10,000-note page is checked against this file in large.test.ts, which parses it once.
  for (const [key, spec] of Object.entries(expected).filter(([key]) => !key.startsWith('/generated/'))) {
    it(`${key}: picked by ${spec.adapter}, patient as expected`, async () => {
      const url = await open(key, spec);
      const adapter = pickAdapter(url, document);
      expect(adapter.id).toBe(spec.adapter);
      const { patient } = adapter.readPatient(document);
      if (spec.state === 'unknown') {
        expect(patient === null || patient.confidence === 'unsure').toBe(true);
        return;
      }
      expect(patient).not.toBeNull();
      expect(patient?.confidence).not.toBe('unsure');
      expect(patient?.name).toBe(spec.name);
      expect(patient?.birthDate).toBe(spec.birthDate);
      expect(patient && primaryIdentifier(patient)?.value).toBe(spec.patientId);
      // The expected status must at least be grounded in the page text.
      const mentions = adapter.readEntries(document).some((entry) => SECOND_OPINION.test(entry.text));
      expect(mentions).toBe(spec.status !== 'none');
    }, 60_000);
  }
});

describe('pickAdapter', () => {
  it('falls back to the generic adapter on an empty page', () => {
    document.documentElement.innerHTML = '<head></head><body></body>';
    expect(pickAdapter(new URL('https://example.org/'), document).id).toBe('generic');
  });

  it('keeps the generic adapter last and every id unique', () => {
    expect(ADAPTERS.at(-1)?.id).toBe('generic');
    expect(new Set(ADAPTERS.map((a) => a.id)).size).toBe(ADAPTERS.length);
  });

  it('reads the demo portals with the generic reader, on any host', () => {
    loadPage('gp/index.html');
    expect(pickAdapter(new URL('https://his.praktijk.example/journaal?id=3'), document).id).toBe('generic');
    loadPage('generic/table-banner.html');
    expect(pickAdapter(new URL('http://127.0.0.1:5175/medplum/dist/index.html'), document).id).toBe('generic');
  });

  it('survives an adapter whose check throws', () => {
    loadMedplumSnapshot();
    expect(pickAdapter(new URL('https://x.example/'), document).id).toBe('medplum');
    const broken = ADAPTERS[0]!;
    const original = broken.matches;
    broken.matches = () => {
      throw new Error('page broke the check');
    };
    try {
      expect(pickAdapter(new URL('https://x.example/'), document).id).toBe('generic');
    } finally {
      broken.matches = original;
    }
  });
});
