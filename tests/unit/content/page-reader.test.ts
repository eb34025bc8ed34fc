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

describe('a re-read after a small change', () => {
  const PLAIN = 'Knee pain less since physiotherapy; walking without a stick again. Plan: continue.';
  let reads: string[];
  let observer: MutationObserver;
  // A portal whose banner names the patient; every block read is counted.
  const named: PortalAdapter = {
    ...unreadable,
    id: 'test-named',
    readPatient: (doc) => ({ patient: doc.querySelector('h1')?.textContent === 'Grace Okafor' ? grace : { ...grace, name: doc.querySelector('h1')?.textContent ?? '' }, warnings: [] }),
    readEntry: (el): PageEntry => {
      reads.push(el.id);
      return { id: el.id, kind: 'note', text: el.textContent ?? '', locate: () => el };
    },
    adoptEntry: (el, sibling) => el.tagName === sibling.tagName,
  };

  /** The record with a banner and `count` plain notes, watched as the content script watches it. */
  async function record(count: number, link = createReadLink({ connect: background().connect, pause: () => Promise.resolve() })): Promise<void> {
    const notes = Array.from({ length: count }, (_, i) => `<article id="n${i}">${PLAIN} (${i})</article>`).join('');
    document.body.innerHTML = `<h1>Grace Okafor</h1><main>${notes}</main>`;
    reads = [];
    reader = createPageReader({ onSnapshot: (s) => snapshots.push(s), adapterFor: () => named, link });
    observer = new MutationObserver((records) => reader.domChanged(records));
    observer.observe(document.documentElement, { subtree: true, childList: true, characterData: true });
    expect((await settled()).status).toBe('none');
    expect(reads).toHaveLength(count);
    reads = [];
  }

  /** Lets the observer hand the page's records to the reader, then reads. */
  async function reread(): Promise<Snapshot> {
    await new Promise((resolve) => setTimeout(resolve, 0));
    return settled();
  }

  it('reads only a note the page added, and flags it', async () => {
    await record(50);
    const note = document.createElement('article');
    note.id = 'new';
    note.textContent = GRACE_NOTE;
    document.querySelector('main')!.append(note);
    const after = await reread();
    expect(reads).toEqual(['new']);
    expect(after.status).toBe('requested');
    expect(after.evidence[0]?.entryId).toBe('new');
    expect(after.entries.map((e) => e.id).slice(-1)).toEqual(['new']);
    observer.disconnect();
  });

  it('reads only the note that changed, in page order, and drops a removed one', async () => {
    await record(20);
    document.getElementById('n7')!.textContent = GRACE_NOTE;
    document.getElementById('n3')!.remove();
    const before = document.createElement('article');
    before.id = 'first';
    before.textContent = PLAIN;
    document.querySelector('main')!.prepend(before);
    const after = await reread();
    expect(reads.sort()).toEqual(['first', 'n7']);
    expect(after.status).toBe('requested');
    expect(after.entries[0]?.id).toBe('first');
    expect(after.entries.map((e) => e.id)).not.toContain('n3');
    expect(after.entries).toHaveLength(20);
    observer.disconnect();
  });

  it('reads the page whole when the banner changes, and never pairs the new name with the old verdict', async () => {
    await record(5);
    document.querySelector('h1')!.textContent = 'Erik Lindqvist';
    const after = await reread();
    expect(reads).toHaveLength(5);
    expect(after.patient?.name).toBe('Erik Lindqvist');
    observer.disconnect();
  });

  it('publishes nothing of a verdict that comes back after the page moved on', async () => {
    let release: () => void = () => undefined;
    let hold = false;
    const inner = createReadLink({ connect: background().connect, pause: () => Promise.resolve() });
    const slow = {
      begin: inner.begin,
      async analyze(read: Parameters<typeof inner.analyze>[0]) {
        const verdict = await inner.analyze(read);
        if (hold) await new Promise<void>((resolve) => (release = resolve));
        return verdict;
      },
    };
    await record(3, slow);
    document.getElementById('n1')!.textContent = GRACE_NOTE;
    hold = true;
    const pending = reread();
    await vi.waitFor(() => expect(reads).toEqual(['n1']));
    await new Promise((resolve) => setTimeout(resolve, 5));
    // The clinician goes to another patient while the background decides.
    history.pushState(null, '', '/ward/index.html?bed=9');
    reader.addressChanged();
    const forgotten = snapshots.length;
    expect(last().patient).toBeNull();
    document.body.innerHTML = '<h1>Erik Lindqvist</h1><main><article id="e1">' + ERIK_NOTE + '</article></main>';
    hold = false;
    release();
    await pending;
    const after = await settled();
    // The verdict of Grace's page never showed: nothing after the switch carries her note.
    for (const snapshot of snapshots.slice(forgotten)) expect(JSON.stringify(snapshot)).not.toContain('university heart centre');
    expect(after.patient?.name).toBe('Erik Lindqvist');
    expect(after.status).toBe('declined');
    observer.disconnect();
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

describe('a whole read, newest entries first', () => {
  const PLAIN = 'Knee pain less since physiotherapy; walking without a stick again. Plan: continue.';
  let reads: string[];
  const dated: PortalAdapter = {
    ...unreadable,
    id: 'test-dated',
    readPatient: (doc) => ({ patient: { ...grace, name: doc.querySelector('h1')?.textContent ?? '' }, warnings: [] }),
    readEntry: (el): PageEntry => {
      reads.push(el.id);
      return { id: el.id, kind: 'note', date: el.getAttribute('data-date') ?? undefined, text: el.textContent ?? '', locate: () => el };
    },
  };

  /** `count` dated notes, oldest first or newest first; the newest one asks for a second opinion. */
  function chronicle(count: number, newestFirst: boolean): void {
    const notes = Array.from({ length: count }, (_, i) => {
      const day = new Date(Date.UTC(2020, 0, 1 + i)).toISOString().slice(0, 10);
      return `<article id="n${i}" data-date="${day}">${i === count - 1 ? GRACE_NOTE : `${PLAIN} (${i})`}</article>`;
    });
    if (newestFirst) notes.reverse();
    document.body.innerHTML = `<h1>Grace Okafor</h1><main>${notes.join('')}</main>`;
  }

  /** A link whose final verdict waits until `release()`, so that what shows before it can be seen. */
  function heldLink() {
    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => (release = resolve));
    const inner = createReadLink({ connect: background().connect, pause: () => new Promise((resolve) => setTimeout(resolve, 0)) });
    const link = {
      analyze: inner.analyze,
      begin: (start: Parameters<typeof inner.begin>[0], onPartial: Parameters<typeof inner.begin>[1]) => {
        const stream = inner.begin(start, onPartial);
        return {
          push: stream.push,
          finish: async (read: Parameters<typeof stream.finish>[0]) => {
            await released;
            return stream.finish(read);
          },
        };
      },
    };
    return { link, release };
  }

  for (const newestFirst of [true, false]) {
    it(`reads the newest note first and flags it before the read ends (${newestFirst ? 'newest' : 'oldest'} first on the page)`, async () => {
      chronicle(400, newestFirst);
      reads = [];
      const { link, release } = heldLink();
      reader = createPageReader({ onSnapshot: (s) => snapshots.push(s), adapterFor: () => dated, link });
      const done = reader.scan();
      await vi.waitFor(() => expect(snapshots.some((s) => s.reading && s.status === 'requested')).toBe(true), { timeout: 20_000 });
      const early = snapshots.find((s) => s.reading && s.status === 'requested')!;
      expect(early.patient?.name).toBe('Grace Okafor');
      expect(early.evidence[0]?.entryId).toBe('n399');
      // The note that flags was among the first read, wherever it sits on the page.
      expect(reads.indexOf('n399')).toBeLessThan(60);
      release();
      await done;
      const after = await settled();
      expect(after.status).toBe('requested');
      expect(after.evidence.map((e) => e.entryId)).toContain('n399');
      // Page order in what the sidebar gets (the newest 300 notes), whatever the reading order was.
      const onPage = [...document.querySelectorAll('article')].map((el) => el.id);
      const ids = after.entries.map((e) => e.id);
      expect(ids).toHaveLength(300);
      expect(ids).toEqual(onPage.filter((id) => ids.includes(id)));
      expect(ids).toContain('n399');
    });
  }

  it('shows no early flag when the banner changed while the read went on', async () => {
    chronicle(400, true);
    reads = [];
    const { link, release } = heldLink();
    const observer = new MutationObserver((records) => reader.domChanged(records));
    observer.observe(document.documentElement, { subtree: true, childList: true, characterData: true });
    // The banner names someone else after the patient was read, while the notes are read.
    const readEntry = dated.readEntry;
    const switching: PortalAdapter = {
      ...dated,
      readEntry: (el, index) => {
        if (reads.length === 100) document.querySelector('h1')!.textContent = 'Erik Lindqvist';
        return readEntry(el, index);
      },
    };
    reader = createPageReader({ onSnapshot: (s) => snapshots.push(s), adapterFor: () => switching, link });
    const done = reader.scan();
    await vi.waitFor(() => expect(reads.length).toBe(400));
    await new Promise((resolve) => setTimeout(resolve, 50));
    release();
    await done;
    const after = await settled();
    observer.disconnect();
    for (const snapshot of snapshots) if (snapshot.patient?.name === 'Grace Okafor') expect(snapshot.status).toBe('none');
    expect(after.patient?.name).toBe('Erik Lindqvist');
    expect(after.status).toBe('requested');
  });
});
