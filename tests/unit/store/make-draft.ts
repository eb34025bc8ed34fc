import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDraftStore, type NewDraft, type OpenDraftStoreOptions } from '../../../lib/store';

/** Invented patients only. */
export function newDraft(overrides: Partial<NewDraft> = {}): NewDraft {
  return {
    patientKey: 'pk-3f9a1c',
    portal: 'https://portal.example.test',
    patientLabel: { name: 'Marieke de Vries-Öztürk', birthDate: '1962-03-14' },
    status: 'draft',
    lang: 'nl',
    question: 'treatment-options',
    recipient: { name: 'Dr. A. Jansen', organisation: 'Voorbeeldziekenhuis' },
    letter: {
      lang: 'nl',
      sections: [
        { id: 'question', title: 'Vraagstelling', text: 'Patiënte vraagt om een second opinion over de behandelopties.', edited: false },
        { id: 'history', title: 'Voorgeschiedenis', text: 'Sinds 2019 bekend met lage rugklachten.', edited: true },
      ],
      placeholders: [],
    },
    categories: [
      { id: 'imaging', selected: true, consent: 'given', consentDate: '2026-11-01' },
      { id: 'mental-health', selected: false, consent: 'unknown' },
    ],
    reporting: { selfReferred: false, informTreatingClinicianConsent: 'given' },
    checklist: [{ id: 'imaging:mri-2026', categoryId: 'imaging', label: 'MRI lumbale wervelkolom', date: '2026-10-02', state: 'to-collect' }],
    evidence: [{ start: 0, end: 40, text: 'Ik zou graag een second opinion willen.', status: 'requested', cues: ['request'] }],
    ...overrides,
  };
}

/** A clock the test moves by hand. */
export function manualClock(startIso = '2026-11-20T10:00:00.000Z') {
  let t = Date.parse(startIso);
  return {
    now: () => new Date(t),
    advance(ms: number) {
      t += ms;
    },
    set(iso: string) {
      t = Date.parse(iso);
    },
  };
}

/** A fresh, isolated IndexedDB per call, so tests never see each other's drafts. */
export async function freshStore(opts: Partial<OpenDraftStoreOptions> = {}) {
  const idbFactory = opts.idbFactory ?? new IDBFactory();
  const store = await openDraftStore({ name: 'test-drafts', ...opts, idbFactory });
  return { store, idbFactory };
}

/** Direct access to the test database, to put records there the store itself would never write. */
export function rawOpen(factory: IDBFactory, name: string, version?: number): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = version === undefined ? factory.open(name) : factory.open(name, version);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

export async function rawPut(factory: IDBFactory, name: string, store: string, value: unknown) {
  const db = await rawOpen(factory, name);
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction(store, 'readwrite');
    tx.objectStore(store).put(value);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}
