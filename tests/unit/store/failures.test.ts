import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { draftToExportJson, openDraftStore, StoreError, type DraftStore } from '../../../lib/store';
import { freshStore, newDraft, rawOpen, rawPut } from './make-draft';

let open: DraftStore[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  open.forEach((s) => s.close());
  open = [];
});

describe('draft store: failure modes', () => {
  it('maps a full disk to code quota, writes nothing, and leaves the in-memory draft intact', async () => {
    const { store } = await freshStore();
    open.push(store);
    const d = await store.create(newDraft());
    const edited = { ...d, recipient: { name: 'Typed before the disk filled up' } };
    const snapshot = structuredClone(edited);
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const failure = await store.save(edited).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(StoreError);
    expect(failure).toMatchObject({ code: 'quota' });
    expect(edited).toEqual(snapshot);
    vi.restoreAllMocks();
    // Nothing half-written: same revision, no revision kept, no edit logged.
    expect(await store.get(d.id)).toEqual(d);
    expect(await store.listRevisions(d.id)).toEqual([]);
    expect((await store.listAudit(d.id)).map((a) => a.action)).toEqual(['created']);
    // What the UI offers instead: a download that imports back.
    const other = await freshStore();
    open.push(other.store);
    const result = await other.store.importAll(JSON.parse(draftToExportJson(edited)));
    expect(result).toMatchObject({ ok: true, imported: 1 });
    expect((await other.store.get(d.id))?.recipient).toEqual({ name: 'Typed before the disk filled up' });
  });

  it('maps a quota failure during create to code quota', async () => {
    const { store } = await freshStore();
    open.push(store);
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    await expect(store.create(newDraft())).rejects.toMatchObject({ code: 'quota' });
    vi.restoreAllMocks();
    expect(await store.listDrafts()).toEqual([]);
  });

  it('reports code unavailable when there is no IndexedDB', async () => {
    const saved = globalThis.indexedDB;
    // @ts-expect-error simulating a context without IndexedDB
    delete globalThis.indexedDB;
    try {
      await expect(openDraftStore({ name: 'x' })).rejects.toMatchObject({ name: 'StoreError', code: 'unavailable' });
    } finally {
      globalThis.indexedDB = saved;
    }
  });

  it('reports code unavailable when opening throws (private window, disabled site data)', async () => {
    const factory = new IDBFactory();
    vi.spyOn(factory, 'open').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    await expect(openDraftStore({ name: 'x', idbFactory: factory })).rejects.toMatchObject({ code: 'unavailable' });
  });

  it('reports code blocked while an older version stays open elsewhere, and opens once it is closed', async () => {
    const idbFactory = new IDBFactory();
    const old = await rawOpen(idbFactory, 'blocked-db', 1);
    await expect(openDraftStore({ name: 'blocked-db', idbFactory })).rejects.toMatchObject({ code: 'blocked' });
    old.close();
    await new Promise((r) => setTimeout(r, 20));
    const store = await openDraftStore({ name: 'blocked-db', idbFactory });
    open.push(store);
    expect(await store.listDrafts()).toEqual([]);
  });

  it('steps aside when a newer version wants to open, instead of blocking it', async () => {
    const idbFactory = new IDBFactory();
    const store = await openDraftStore({ name: 'stepping-aside', idbFactory });
    const newer = await rawOpen(idbFactory, 'stepping-aside', 3);
    expect(newer.version).toBe(3);
    newer.close();
    await expect(store.listDrafts()).rejects.toBeInstanceOf(StoreError);
  });

  it('quarantines a damaged draft on read and reports it with code corrupt', async () => {
    const problems: StoreError[] = [];
    const { store, idbFactory } = await freshStore({ onProblem: (e) => problems.push(e) });
    open.push(store);
    const d = await store.create(newDraft());
    const damaged = { ...d, revision: 'seven', letter: null };
    await rawPut(idbFactory, 'test-drafts', 'drafts', damaged);

    await expect(store.get(d.id)).rejects.toMatchObject({ code: 'corrupt' });
    expect(problems.map((p) => p.code)).toEqual(['corrupt']);
    const quarantined = await store.quarantined();
    expect(quarantined).toHaveLength(1);
    expect(quarantined[0]!.key).toBe(`drafts:${d.id}`);
    expect(quarantined[0]!.error).toMatch(/revision/);
    // Moved, not dropped: the raw value is kept in the quarantine store.
    const db = await rawOpen(idbFactory, 'test-drafts');
    const raw = await new Promise((resolve) => {
      const req = db.transaction('quarantine').objectStore('quarantine').get(`drafts:${d.id}`);
      req.onsuccess = () => resolve(req.result);
    });
    db.close();
    expect(raw).toMatchObject({ raw: damaged, store: 'drafts' });
    expect(await store.get(d.id)).toBeUndefined();
    expect(await store.listDrafts()).toEqual([]);
  });

  it('rebuilds a damaged list entry from an intact draft', async () => {
    const problems: StoreError[] = [];
    const { store, idbFactory } = await freshStore({ onProblem: (e) => problems.push(e) });
    open.push(store);
    const d = await store.create(newDraft());
    await rawPut(idbFactory, 'test-drafts', 'summaries', { id: d.id, patientKey: d.patientKey, updatedAt: d.updatedAt, terms: [] });
    const list = await store.listDrafts();
    expect(list.map((s) => s.id)).toEqual([d.id]);
    expect(list[0]!.patientLabel.name).toBe('Marieke de Vries-Öztürk');
    expect(problems.map((p) => p.code)).toEqual(['corrupt']);
    expect((await store.quarantined()).map((q) => q.key)).toEqual([`summaries:${d.id}`]);
    expect((await store.listDrafts({ query: 'marieke' })).map((s) => s.id)).toEqual([d.id]);
  });

  it('saves the in-memory draft over a damaged stored copy, so the store holds a good version again', async () => {
    const { store, idbFactory } = await freshStore({ onProblem: () => {} });
    open.push(store);
    const d = await store.create(newDraft());
    await rawPut(idbFactory, 'test-drafts', 'drafts', { id: d.id, junk: true });
    const result = await store.save({ ...d, status: 'ready' });
    expect(result).toMatchObject({ ok: true, draft: { status: 'ready', revision: 2 } });
    expect(await store.get(d.id)).toMatchObject({ status: 'ready', revision: 2 });
  });

  it('quarantines a damaged stored copy that a save runs into (list entry damaged too)', async () => {
    const problems: StoreError[] = [];
    const { store, idbFactory } = await freshStore({ onProblem: (e) => problems.push(e) });
    open.push(store);
    const d = await store.create(newDraft());
    await rawPut(idbFactory, 'test-drafts', 'drafts', { id: d.id, junk: true });
    await rawPut(idbFactory, 'test-drafts', 'summaries', { id: d.id, junk: true });
    const result = await store.save({ ...d, status: 'ready' });
    expect(result).toMatchObject({ ok: true, draft: { status: 'ready', revision: 2 } });
    expect((await store.quarantined()).map((q) => q.key)).toEqual([`drafts:${d.id}`]);
    expect(problems.map((p) => p.code)).toEqual(['corrupt']);
    expect(await store.listDrafts()).toMatchObject([{ id: d.id, status: 'ready', revision: 2 }]);
  });

  it('leaves damaged drafts out of an export and quarantines them', async () => {
    const { store, idbFactory } = await freshStore({ onProblem: () => {} });
    open.push(store);
    const good = await store.create(newDraft());
    await rawPut(idbFactory, 'test-drafts', 'drafts', { id: 'bad', patientKey: 'x' });
    const file = await store.exportAll();
    expect(file.drafts.map((x) => x.id)).toEqual([good.id]);
    expect((await store.quarantined()).map((q) => q.key)).toEqual(['drafts:bad']);
  });

  it('refuses to store a draft that does not fit the schema', async () => {
    const { store } = await freshStore();
    open.push(store);
    const d = await store.create(newDraft());
    await expect(store.save({ ...d, lang: 'fr' as never })).rejects.toMatchObject({ code: 'corrupt' });
    expect(await store.get(d.id)).toEqual(d);
  });

  it('draftToExportJson gives a readable, complete export file', () => {
    const json = draftToExportJson(
      { ...newDraft(), id: 'd1', createdAt: '2026-11-20T10:00:00.000Z', updatedAt: '2026-11-20T10:00:00.000Z', revision: 3 } as never,
      new Date('2026-11-21T09:00:00Z'),
    );
    const parsed = JSON.parse(json);
    expect(parsed).toMatchObject({ format: 'second-opinion-drafts', version: 2, exportedAt: '2026-11-21T09:00:00.000Z', audit: [] });
    expect(parsed.drafts[0]).toMatchObject({ id: 'd1', revision: 3, patientLabel: { name: 'Marieke de Vries-Öztürk' } });
    expect(json).toContain('\n  ');
  });
});
