// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { genericAdapter } from '../../../lib/portals/generic';
import { medplumAdapter } from '../../../lib/portals/medplum';
import { walkPage } from '../../../lib/portals/page-walk';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPage, PORTALS_DIR } from './load-page';

const PAGES = ['hospital/index.html', 'gp/index.html', 'generic/table-banner.html', 'generic/label-spans.html'];

/** What the generic reader reads of the page loaded now: patient and entries, as plain data. */
function readNow() {
  const { patient, warnings } = genericAdapter.readPatient(document);
  const entries = genericAdapter.entryElements(document).map((el, i) => {
    const entry = genericAdapter.readEntry(el, i);
    return entry && { id: entry.id, kind: entry.kind, date: entry.date, text: entry.text };
  });
  return { patient, warnings, entries };
}

describe('the generic reader prepared in slices', () => {
  it('reads the same patient and entries as reading at once', { timeout: 60_000 }, async () => {
    for (const page of PAGES) {
      loadPage(page);
      const atOnce = readNow();
      loadPage(page);
      // A slice of no time at all: every step of each pass is its own slice.
      await genericAdapter.prepare!(document, -1, async () => undefined);
      const walk = walkPage(document);
      expect(readNow(), page).toEqual(atOnce);
      // The prepared passes were used: the walk is the same one and nothing was walked again.
      expect(walkPage(document)).toBe(walk);
    }
  });

  it('hands the thread back many times on a long record', { timeout: 60_000 }, async () => {
    const notes = Array.from({ length: 600 }, (_, i) => `<article><p><time>2026-01-${String((i % 28) + 1).padStart(2, '0')}</time> Dr. Jansen</p><p>Controle ${i}: klachten stabiel, beleid ongewijzigd voortgezet.</p></article>`).join('');
    document.documentElement.innerHTML = `<body><header><h1>Jan de Vries</h1><p>Geboortedatum: 14-03-1958</p><p>BSN: 123456782</p></header><main>${notes}</main></body>`;
    const atOnce = readNow();
    document.documentElement.innerHTML = document.documentElement.innerHTML;
    let pauses = 0;
    await genericAdapter.prepare!(document, -1, async () => void pauses++);
    expect(pauses).toBeGreaterThan(10);
    expect(readNow()).toEqual(atOnce);
  });
});

describe('adoptEntry: a block the page adds beside an entry', () => {
  it('is read as an entry of the same kind of block, in the context of its sibling', () => {
    loadPage('generic/table-banner.html');
    const sibling = document.querySelector('tr[data-id="dc-3391"]')!;
    expect(genericAdapter.entryElements(document)).toContain(sibling);
    const row = document.createElement('tr');
    row.innerHTML = '<td>2026-11-20</td><td>Dr A. Whitfield, Consultant</td><td>Patient asks for a second opinion before starting the new insulin regimen.</td>';
    sibling.before(row);
    expect(genericAdapter.adoptEntry!(row, sibling)).toBe(true);
    const added = genericAdapter.readEntry(row, 0)!;
    expect(added.kind).toBe('note');
    expect(added.date).toBe('2026-11-20');
    expect(added.text).toContain('second opinion');
  });

  it('is refused when it is another kind of block, or a heading', () => {
    loadPage('generic/table-banner.html');
    const sibling = document.querySelector('tr[data-id="dc-3391"]')!;
    expect(genericAdapter.entryElements(document)).toContain(sibling);
    const div = document.createElement('div');
    sibling.parentElement!.append(div);
    expect(genericAdapter.adoptEntry!(div, sibling)).toBe(false);
    const other = document.createElement('tr');
    other.className = 'summary';
    sibling.parentElement!.append(other);
    expect(genericAdapter.adoptEntry!(other, sibling)).toBe(false);
    // An element the reader never read has no context to lend.
    expect(genericAdapter.adoptEntry!(document.createElement('tr'), document.createElement('tr'))).toBe(false);
  });

  it('on Medplum, only a timeline item is an entry', () => {
    document.body.innerHTML = readFileSync(join(PORTALS_DIR, 'medplum/snapshot.html'), 'utf8');
    const item = medplumAdapter.entryElements(document)[0]!;
    expect(item).toBeDefined();
    expect(medplumAdapter.adoptEntry!(item.cloneNode(true) as Element, item)).toBe(true);
    expect(medplumAdapter.adoptEntry!(document.createElement('div'), item)).toBe(false);
  });
});
