import { afterEach, describe, expect, it } from 'vitest';
import { serveStoreRequest, StoreError, type DraftStore } from '../../../lib/store';
import { createRemoteStore, readDraftChange } from '../../../lib/store/remote';
import { remoteTo } from './channel';
import { freshStore, manualClock, newDraft } from './make-draft';

let open: DraftStore[] = [];
afterEach(() => {
  open.forEach((s) => s.close());
  open = [];
});

/** The channel client wired to a real store through the one server function the background uses. */
async function remotePair() {
  const clock = manualClock();
  const { store } = await freshStore({ now: clock.now });
  open.push(store);
  const { remote, methods } = remoteTo((raw) => serveStoreRequest(async () => store, raw));
  return { store, remote, methods, clock };
}

describe('drafts store over the message channel', () => {
  it('creates, finds, saves, lists and deletes exactly as the store does', async () => {
    const { store, remote } = await remotePair();
    // A new draft may leave out what has a default; the store fills it in.
    const { question: _q, recipient: _r, ...bare } = newDraft();
    const created = await remote.create(bare);
    expect(created).toMatchObject({ question: 'unknown', recipient: {} });
    expect(await store.get(created.id)).toEqual(created);
    expect(await remote.get(created.id)).toEqual(created);
    expect(await remote.findForPatient('pk-3f9a1c')).toEqual(created);
    expect(await remote.findForPatient('pk-nobody')).toBeUndefined();
    const saved = await remote.save({ ...created, status: 'ready' });
    expect(saved).toEqual({ ok: true, draft: await store.get(created.id) });
    expect((await remote.listDrafts()).map((d) => d.id)).toEqual([created.id]);
    expect(await remote.listDrafts({ query: 'nobody-with-this-name' })).toEqual([]);
    expect((await remote.listDrafts({ query: 'marieke' })).map((d) => d.id)).toEqual([created.id]);
    expect((await remote.listRevisions(created.id)).map((r) => r.revision)).toEqual([1]);
    await expect(remote.remove(created.id)).resolves.toBeUndefined();
    expect(await store.get(created.id)).toBeUndefined();
  });

  it('reports a conflict from another tab as data, not an error', async () => {
    const { remote } = await remotePair();
    const created = await remote.create(newDraft());
    await remote.save({ ...created, status: 'ready' });
    const stale = await remote.save({ ...created, status: 'archived' });
    expect(stale.ok).toBe(false);
    if (!stale.ok) expect(stale.conflict.status).toBe('ready');
    const kept = await remote.saveAsNewRevision({ ...created, status: 'archived' });
    expect(kept.revision).toBe(3);
  });

  it('keeps the audit trail, revisions and the export file intact across the channel', async () => {
    const { store, remote } = await remotePair();
    const created = await remote.create(newDraft());
    await remote.save({ ...created, status: 'ready' });
    await remote.audit(created.id, { action: 'exported', categories: ['imaging'], detail: 'fhir' });
    expect((await remote.listAudit(created.id)).map((e) => e.action)).toEqual(['created', 'edited', 'exported']);
    expect((await remote.restoreRevision(created.id, 1)).revision).toBe(3);
    const file = await remote.exportAll();
    expect(file).toEqual(await store.exportAll());
    await remote.deleteAll();
    expect(await remote.listDrafts()).toEqual([]);
    const imported = await remote.importAll(file);
    expect(imported).toMatchObject({ ok: true, imported: 1 });
    expect(await remote.importAll({ format: 'something else' })).toMatchObject({ ok: false });
    expect(await remote.quarantined()).toEqual([]);
  });

  it('carries dates across as dates', async () => {
    const { remote, clock } = await remotePair();
    await remote.create(newDraft());
    clock.advance(28 * 24 * 3600 * 1000);
    expect(await remote.expiringSoon(clock.now(), 30)).toHaveLength(1);
    expect(await remote.expiringSoon(clock.now(), 30, 1)).toHaveLength(0);
    clock.advance(12 * 24 * 3600 * 1000);
    const purged = await remote.purgeExpired(clock.now(), 30);
    expect(purged).toHaveLength(1);
    expect(await remote.listDrafts()).toEqual([]);
  });

  it('turns failures into StoreError with their code', async () => {
    const { remote } = await remotePair();
    const error = await remote.restoreRevision('missing', 3).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    const silent = createRemoteStore(async () => {
      throw new Error('Receiving end does not exist');
    });
    await expect(silent.listDrafts()).rejects.toMatchObject({ code: 'unavailable' });
    const garbage = createRemoteStore(async () => ({ hello: 'portal' }));
    await expect(garbage.listDrafts()).rejects.toMatchObject({ code: 'unavailable' });
    const refused = createRemoteStore(async () => ({ ok: false, code: 'quota', message: 'full' }));
    await expect(refused.deleteAll()).rejects.toMatchObject({ code: 'quota', message: 'full' });
  });

  it('refuses an answer that does not fit the method instead of handing it on', async () => {
    const wrongShape = createRemoteStore(async () => ({ ok: true, value: { id: 'x', letter: 'not a letter' } }));
    await expect(wrongShape.get('x')).rejects.toMatchObject({ code: 'corrupt' });
    const listForDraft = createRemoteStore(async () => ({ ok: true, value: [] }));
    await expect(listForDraft.create(newDraft())).rejects.toMatchObject({ code: 'corrupt' });
  });
});

describe('draft change notices', () => {
  const change = { type: 'draft-change', change: { type: 'draft-saved', id: 'd1', revision: 4 } };

  it('accepts a change notice from this extension', () => {
    expect(readDraftChange(change, 'ext-id', 'ext-id')).toEqual({ type: 'draft-saved', id: 'd1', revision: 4 });
    expect(readDraftChange({ type: 'draft-change', change: { type: 'draft-deleted', id: 'd1' } }, 'ext-id', 'ext-id')).toEqual({ type: 'draft-deleted', id: 'd1' });
  });

  it('ignores notices from elsewhere and anything malformed', () => {
    expect(readDraftChange(change, 'another-extension', 'ext-id')).toBeUndefined();
    expect(readDraftChange(change, undefined, 'ext-id')).toBeUndefined();
    for (const bad of [null, 'draft-saved', { type: 'draft-change' }, { type: 'draft-change', change: { type: 'draft-renamed', id: 'd1' } }, { type: 'draft-change', change: { type: 'draft-saved', id: '' } }]) {
      expect(readDraftChange(bad, 'ext-id', 'ext-id')).toBeUndefined();
    }
  });
});
