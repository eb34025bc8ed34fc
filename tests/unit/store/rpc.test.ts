import { afterEach, describe, expect, it } from 'vitest';
import { StoreError, type DraftStore } from '../../../lib/store';
import { createRemoteStore, handleStoreRequest, MUTATING_METHODS, StoreRequestSchema } from '../../../lib/store/rpc';
import { freshStore, manualClock, newDraft } from './make-draft';

let open: DraftStore[] = [];
afterEach(() => {
  open.forEach((s) => s.close());
  open = [];
});

/** A remote store wired to a real one through a JSON round trip, as a browser message channel does. */
async function remotePair() {
  const clock = manualClock();
  const { store } = await freshStore({ now: clock.now });
  open.push(store);
  const requests: string[] = [];
  const remote = createRemoteStore(async (request) => {
    const wire = JSON.parse(JSON.stringify(request));
    requests.push(wire.method);
    return JSON.parse(JSON.stringify(await handleStoreRequest(store, wire)));
  });
  return { store, remote, requests, clock };
}

describe('drafts store over a message channel', () => {
  it('creates, finds, saves and lists exactly as the store does', async () => {
    const { store, remote } = await remotePair();
    const created = await remote.create(newDraft());
    expect(await store.get(created.id)).toEqual(created);
    expect(await remote.findForPatient('pk-3f9a1c')).toEqual(created);
    expect(await remote.findForPatient('pk-nobody')).toBeUndefined();
    const saved = await remote.save({ ...created, status: 'ready' });
    expect(saved.ok).toBe(true);
    expect((await remote.listDrafts()).map((d) => d.id)).toEqual([created.id]);
  });

  it('reports a conflict from another tab as data, not an error', async () => {
    const { remote } = await remotePair();
    const created = await remote.create(newDraft());
    await remote.save({ ...created, status: 'ready' });
    const stale = await remote.save({ ...created, status: 'archived' });
    expect(stale.ok).toBe(false);
  });

  it('carries dates across as dates', async () => {
    const { remote, clock } = await remotePair();
    await remote.create(newDraft());
    clock.advance(40 * 24 * 3600 * 1000);
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
  });

  it('refuses requests that are not store calls', async () => {
    const { store } = await remotePair();
    for (const bad of [null, { type: 'store', method: 'close', args: [] }, { type: 'store', method: 'constructor', args: [] }, { type: 'store', method: 'get' }]) {
      expect(await handleStoreRequest(store, bad)).toMatchObject({ ok: false });
    }
    expect(StoreRequestSchema.safeParse({ type: 'store', method: 'deleteAll', args: [1, 2, 3, 4, 5] }).success).toBe(false);
    expect(MUTATING_METHODS.has('save')).toBe(true);
    expect(MUTATING_METHODS.has('listDrafts')).toBe(false);
  });
});
