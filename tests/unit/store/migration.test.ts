import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import fixture from '../../fixtures/store/v1-drafts.json';
import { DraftSchema, openDraftStore, STORE_VERSION, type DraftStore } from '../../../lib/store';
import { sectionsFromV1Text } from '../../../lib/store/migrate-v1';

let open: DraftStore[] = [];
afterEach(() => {
  open.forEach((s) => s.close());
  open = [];
});

/** Builds the database exactly as version 1 did (raw idb, version 1 stores) and fills it from the fixture. */
async function createV1Database(name: string) {
  const db = await openDB(name, 1, {
    upgrade(v1) {
      v1.createObjectStore('drafts', { keyPath: 'id' });
      v1.createObjectStore('audit', { keyPath: 'seq', autoIncrement: true }).createIndex('draftId', 'draftId');
    },
  });
  for (const record of fixture.stores.drafts) await db.put('drafts', record);
  for (const record of fixture.stores.audit) await db.add('audit', record);
  db.close();
}

describe('draft store: migration from version 1', () => {
  it('upgrades every version 1 record: valid ones converted, broken ones quarantined', async () => {
    const name = `v1-${Math.random()}`;
    await createV1Database(name);
    const problems: string[] = [];
    const store = await openDraftStore({ name, now: () => new Date('2026-11-20T12:00:00Z'), onProblem: (e) => problems.push(e.code) });
    open.push(store);

    const a = await store.get('v1-draft-a');
    expect(DraftSchema.safeParse(a).success).toBe(true);
    expect(a).toMatchObject({
      patientKey: 'pk-v1-aaaa',
      patientLabel: { name: 'Johanna Bakker', birthDate: '1958-07-02' },
      status: 'draft',
      question: 'diagnosis',
      revision: 1,
      reporting: { selfReferred: true, informTreatingClinicianConsent: 'refused' },
      createdAt: '2026-09-01T08:30:00.000Z',
      updatedAt: '2026-09-03T14:05:00.000Z',
    });
    expect(a?.letter.sections).toEqual([
      { id: 'legacy-1', title: '', text: 'Geachte collega,', edited: true },
      { id: 'question', title: 'Vraagstelling', text: 'Patiënte twijfelt aan de diagnose fibromyalgie.', edited: true },
      { id: 'history', title: 'Voorgeschiedenis', text: '2015 hysterectomie.\nSinds 2020 wisselende pijnklachten.', edited: true },
      { id: 'enclosures', title: 'Bijlagen', text: 'Laboratoriumuitslagen 2025', edited: true },
    ]);
    expect(a?.categories).toEqual([
      { id: 'lab', selected: true, consent: 'given' },
      { id: 'mental-health', selected: false, consent: 'refused' },
      { id: 'imaging', selected: false, consent: 'unknown' },
    ]);
    expect(a?.evidence).toHaveLength(1);

    const b = await store.get('v1-draft-b');
    expect(b).toMatchObject({ status: 'exported', lang: 'en', question: 'unknown', patientLabel: { name: 'Ravi Ramdin' }, recipient: {} });
    expect(b?.patientLabel.birthDate).toBeUndefined();
    // Version 1 kept local offsets; version 2 keeps UTC so the updatedAt index sorts by time.
    expect(b).toMatchObject({ createdAt: '2026-10-10T07:00:00.000Z', updatedAt: '2026-10-12T14:45:00.000Z' });
    expect(b?.letter.sections.map((s) => s.id)).toEqual(['question', 'treatment', 'legacy-3']);
    // An enclosed category without a consent answer becomes 'unknown', not silently 'given'.
    expect(b?.categories).toEqual([
      { id: 'dental-imaging', selected: true, consent: 'given' },
      { id: 'periodontal-status', selected: true, consent: 'unknown' },
    ]);

    const c = await store.get('v1-draft-c');
    expect(c?.letter.sections).toEqual([{ id: 'legacy-1', title: '', text: 'Zonder koppen geschreven brief.', edited: true }]);
    expect(c?.categories).toEqual([]);

    expect(await store.get('v1-draft-broken')).toBeUndefined();
    const quarantined = await store.quarantined();
    expect(quarantined.map((q) => q.key).sort()).toEqual(['audit:3', 'drafts:v1-draft-broken']);
    expect(quarantined.find((q) => q.key === 'drafts:v1-draft-broken')?.error).toMatch(/lang|letterText/);

    // Every fixture draft is accounted for: converted or quarantined.
    const listed = (await store.listDrafts()).map((s) => s.id);
    expect(listed.sort()).toEqual(['v1-draft-a', 'v1-draft-b', 'v1-draft-c']);
    expect(listed.length + 1).toBe(fixture.stores.drafts.length);

    // Summaries were built during the upgrade, so search works on migrated drafts.
    expect((await store.listDrafts({ query: 'bakker' })).map((s) => s.id)).toEqual(['v1-draft-a']);
    expect((await store.listDrafts({ query: '02-07-1958' })).map((s) => s.id)).toEqual(['v1-draft-a']);

    expect((await store.listAudit('v1-draft-a')).map((e) => e.action)).toEqual(['created']);
    expect(await store.listAudit('v1-draft-b')).toEqual([{ draftId: 'v1-draft-b', action: 'exported', categories: ['dental-imaging'], at: '2026-10-12T14:46:00.000Z' }]);

    // The migrated store works as usual.
    const saved = await store.save({ ...a!, status: 'ready' });
    expect(saved).toMatchObject({ ok: true, draft: { revision: 2 } });
    expect((await store.listRevisions('v1-draft-a')).map((r) => [r.revision, r.draft.status])).toEqual([[1, 'draft']]);
    expect(problems).toEqual([]);
  });

  it('leaves the database at the current version with the new stores', async () => {
    const name = `v1-${Math.random()}`;
    await createV1Database(name);
    open.push(await openDraftStore({ name }));
    open.at(-1)!.close();
    const db = await openDB(name);
    expect(db.version).toBe(STORE_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['audit', 'drafts', 'quarantine', 'revisions', 'summaries']);
    db.close();
  });

  it('creates the same layout on a fresh database', async () => {
    const idbFactory = new IDBFactory();
    const store = await openDraftStore({ name: 'fresh', idbFactory });
    store.close();
    const names = await new Promise<string[]>((resolve) => {
      const req = idbFactory.open('fresh');
      req.onsuccess = () => {
        resolve([...req.result.objectStoreNames].sort());
        req.result.close();
      };
    });
    expect(names).toEqual(['audit', 'drafts', 'quarantine', 'revisions', 'summaries']);
  });

  it('splits a version 1 letter at its headings and keeps duplicate headings apart', () => {
    const sections = sectionsFromV1Text('## Question\none\n## Question\ntwo');
    expect(sections.map((s) => [s.id, s.text])).toEqual([
      ['question', 'one'],
      ['legacy-2', 'two'],
    ]);
  });
});
