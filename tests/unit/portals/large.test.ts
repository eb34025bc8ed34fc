// @vitest-environment happy-dom
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { genericAdapter } from '../../../lib/portals/generic';
import { primaryIdentifier } from '../../../lib/portals/identity';
import { pickAdapter } from '../../../lib/portals/registry';
import { loadPage, pageUrl, PORTALS_DIR } from './load-page';

const ROOT = join(import.meta.dirname, '../../..');
const FILE = join(PORTALS_DIR, 'generated/large.html');
const generate = () => execFileSync(process.execPath, ['scripts/generate-large.mjs'], { cwd: ROOT, encoding: 'utf8' });
const digest = () => createHash('sha256').update(readFileSync(FILE)).digest('hex');

describe('scripts/generate-large.mjs', () => {
  let output = '';
  beforeAll(() => {
    output = generate();
  });

  it('reports the path and size it wrote, and writes the same file every time', () => {
    expect(output).toMatch(/tests\/portals\/generated\/large\.html \d+\.\d MB/);
    const first = digest();
    generate();
    expect(digest()).toBe(first);
  });

  it('writes one patient with 10,000 dated notes and over 5 MB of text, the newest asking for a second opinion', () => {
    loadPage('generated/large.html');
    const spec = JSON.parse(readFileSync(join(PORTALS_DIR, 'expected.json'), 'utf8'))['/generated/large.html'];
    expect(pickAdapter(pageUrl('generated/large.html'), document).id).toBe(spec.adapter);
    const { patient } = genericAdapter.readPatient(document);
    expect(patient).toMatchObject({ name: spec.name, birthDate: spec.birthDate, confidence: 'certain' });
    expect(patient && primaryIdentifier(patient)?.value).toBe(spec.patientId);
    const elements = genericAdapter.entryElements(document);
    expect(elements).toHaveLength(10_000);
    const newest = genericAdapter.readEntry(elements[0]!, 0);
    expect(newest).toMatchObject({ id: 'GEN-10000', date: '2026-11-20' });
    expect(newest?.text).toContain('second opinion');
    const entries = elements.map((el, i) => genericAdapter.readEntry(el, i)).filter((e) => e !== null);
    expect(entries.reduce((sum, entry) => sum + entry.text.length, 0)).toBeGreaterThan(5_000_000);
    expect(new Set(entries.map((e) => e.id)).size).toBe(10_000);
    expect(entries.every((e) => e.date && e.date >= '2025-01-01' && e.date <= '2026-11-20')).toBe(true);
    expect(entries.filter((e) => /second opinion|tweede mening/i.test(e.text))).toHaveLength(1);
  });
});
