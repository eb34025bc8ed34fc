// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createReadLink } from '../../../entrypoints/content/background-link';
import { createPageReader, type PageReader } from '../../../entrypoints/content/page-reader';
import { background } from './reader-ports';
import { topText } from '../../../entrypoints/content/page-state';
import type { PagePatient, Snapshot } from '../../../lib/messages';
import type { PageEntry, PortalAdapter } from '../../../lib/portals/types';

// A portal whose banner no reader can read: the clinician says who the patient is, and that holds
// only for the page state they said it on.
const unreadable: PortalAdapter = {
  id: 'test-unreadable',
  matches: () => true,
  readPatient: () => ({ patient: null, warnings: [] }),
  entryElements: (doc) => [...doc.querySelectorAll('article')],
  readEntry: (el, index): PageEntry => ({ id: `e${index}`, kind: 'note', text: el.textContent ?? '', locate: () => el }),
  readEntries: () => [],
};

const GRACE_NOTE = 'She asked for a second opinion at a university heart centre before deciding on the device.';
const ERIK_NOTE = 'Patient declines a second opinion and wishes to go ahead with the aortic valve replacement.';
const grace: PagePatient = { name: 'Grace Okafor', birthDate: '1984-05-09', identifiers: [{ system: 'other', value: '00451001' }], confidence: 'certain' };

function show(note: string, banner = ''): void {
  document.body.innerHTML = `<div class="bar">Ward round</div>${banner}<main><article>${note}</article></main>`;
}

let snapshots: Snapshot[];
let reader: PageReader;
const last = () => snapshots[snapshots.length - 1]!;

/** Reads the page until the reader has settled. */
async function settled(): Promise<Snapshot> {
  await reader.scan();
  await vi.waitFor(() => expect(last().reading).toBe(false));
  return last();
}

async function confirmedGrace(): Promise<void> {
  const unknown = await settled();
  expect(unknown.patient).toBeNull();
  expect(unknown.pageState).toMatch(/^ps_/);
  reader.confirmPatient(grace, unknown.pageState);
  await vi.waitFor(() => expect(last().patient?.name).toBe('Grace Okafor'));
  const known = await settled();
  expect(known.confirmedOn).toBe(known.pageState);
  expect(known.status).toBe('requested');
}

/** No snapshot ever named Grace while it carried anything of Erik's record. */
function expectNeverPaired(): void {
  for (const snapshot of snapshots) {
    if (snapshot.patient?.name === grace.name) expect(JSON.stringify(snapshot)).not.toContain('aortic valve');
  }
}

beforeEach(() => {
  history.replaceState(null, '', '/ward/index.html?bed=3');
  document.title = 'Ward round';
  show(GRACE_NOTE);
  snapshots = [];
  const link = createReadLink({ connect: background().connect, pause: () => Promise.resolve() });
  reader = createPageReader({ onSnapshot: (s) => snapshots.push(s), adapterFor: () => unreadable, link });
});

describe('a patient confirmed by hand', () => {
  it('ends at once when the page swaps the record in place, before anything of the new one is published', async () => {
    await confirmedGrace();
    show(ERIK_NOTE);
    const before = snapshots.length;
    reader.domChanged();
    // Synchronously, in the mutation observer's own turn: the patient is unknown now.
    expect(snapshots.length).toBe(before + 1);
    expect(last().patient).toBeNull();
    expect(last().entries).toEqual([]);
    const after = await settled();
    expect(after.patient).toBeNull();
    expect(after.warnings.map((w) => w.code)).toContain('patient-confirmation-ended');
    expectNeverPaired();
  });

  it('ends when only the first entries change (the top of the page looks the same)', async () => {
    document.body.innerHTML = `<div>${'Ward round. '.repeat(300)}</div><main><article>${GRACE_NOTE}</article></main>`;
    await confirmedGrace();
    document.querySelector('article')!.textContent = ERIK_NOTE;
    reader.domChanged();
    const after = await settled();
    expect(after.patient).toBeNull();
    expectNeverPaired();
  });

  it('ends at once when the address changes, by query or by hash', async () => {
    for (const address of ['/ward/index.html?bed=4', '/ward/index.html?bed=3#bed-4']) {
      history.replaceState(null, '', '/ward/index.html?bed=3');
      show(GRACE_NOTE);
      await confirmedGrace();
      history.pushState(null, '', address);
      reader.addressChanged();
      expect(last().patient).toBeNull();
      show(ERIK_NOTE);
      expect((await settled()).patient).toBeNull();
    }
    expectNeverPaired();
  });

  it('ends when the title changes, even with the same address and record', async () => {
    await confirmedGrace();
    document.title = 'Ward round · bed 4';
    expect((await settled()).patient).toBeNull();
  });

  it('survives changes that leave the page state as it was', async () => {
    await confirmedGrace();
    reader.domChanged();
    expect((await settled()).patient?.name).toBe(grace.name);
  });

  it('is refused when it names a page state that is no longer on screen', async () => {
    const unknown = await settled();
    show(ERIK_NOTE);
    reader.confirmPatient(grace, unknown.pageState);
    await vi.waitFor(() => expect(last().warnings.map((w) => w.code)).toContain('patient-confirmation-stale'));
    expect(last().patient).toBeNull();
    expectNeverPaired();
  });

  it('is refused when the page itself shows a different name, birth date or number', async () => {
    show(ERIK_NOTE, '<p>Name: Erik Lindqvist</p><p>Date of birth: 17-02-1949</p>');
    const unknown = await settled();
    reader.confirmPatient(grace, unknown.pageState);
    await vi.waitFor(() => expect(last().warnings).toContainEqual({ code: 'patient-confirmation-refused', detail: 'name, birthDate' }));
    expect(last().patient).toBeNull();
  });
});

describe('topText', () => {
  it('reads the top of the page in order, without navigation, scripts, hidden parts or clocks', () => {
    document.body.innerHTML =
      '<nav>Bed 3 Bed 4</nav><div><span>DOB</span><span>02 Feb 1979</span></div><script>var x = 1;</script>' +
      '<p hidden>hidden</p><span role="timer">12:01:07</span><img alt="banner" src="banner-3.png"><article>First note</article>';
    expect(topText(document)).toBe('DOB 02 Feb 1979\n[banner banner-3.png]\nFirst note');
  });

  it('stops after the limit', () => {
    document.body.innerHTML = `<p>${'a'.repeat(5000)}</p><p>far below</p>`;
    expect(topText(document, 100)).toHaveLength(100);
  });
});
