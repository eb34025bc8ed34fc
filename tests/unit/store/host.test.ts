import { afterEach, describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { openDraftStore, StoreError, type DraftStore } from '../../../lib/store';
import { createStoreHost, type StoreHostOptions } from '../../../lib/store/host';
import type { DraftChangeMessage } from '../../../lib/store/protocol';
import { remoteTo } from './channel';
import { manualClock, newDraft } from './make-draft';

const DAY_MS = 24 * 3600 * 1000;
let open: DraftStore[] = [];
afterEach(() => {
  open.forEach((s) => s.close());
  open = [];
});

/** The background's store host over one fake IndexedDB, with a log of what it opened and told. */
function hostOver(idbFactory: IDBFactory, overrides: Partial<StoreHostOptions> = {}) {
  const clock = manualClock();
  const told: DraftChangeMessage[] = [];
  let opens = 0;
  let retentionDays = 30;
  const host = createStoreHost({
    open: async (onChange) => {
      opens += 1;
      const store = await openDraftStore({ name: 'host', idbFactory, now: clock.now, onChange });
      open.push(store);
      return store;
    },
    retentionDays: async () => retentionDays,
    tell: (message) => told.push(message),
    now: clock.now,
    ...overrides,
  });
  return {
    host,
    clock,
    told,
    opens: () => opens,
    setRetention(days: number) {
      retentionDays = days;
    },
  };
}

describe('the background store host', () => {
  it('serves every page through one lazily opened store', async () => {
    const { host, opens } = hostOver(new IDBFactory());
    expect(opens()).toBe(0);
    const sidebar = remoteTo(host.answer).remote;
    const options = remoteTo(host.answer).remote;
    const created = await sidebar.create(newDraft());
    expect((await options.listDrafts()).map((d) => d.id)).toEqual([created.id]);
    await options.remove(created.id);
    expect(await sidebar.get(created.id)).toBeUndefined();
    expect(opens()).toBe(1);
  });

  it('passes a page size through to the store and refuses one that is not a positive whole number', async () => {
    const { host } = hostOver(new IDBFactory());
    const options = remoteTo(host.answer).remote;
    for (let i = 0; i < 3; i++) await options.create(newDraft({ patientKey: `pk-${i}` }));
    expect(await options.listDrafts({ limit: 2 })).toHaveLength(2);
    expect(await options.listDrafts()).toHaveLength(3);
    await expect(options.listDrafts({ limit: 0 })).rejects.toBeInstanceOf(StoreError);
    await expect(options.listDrafts({ limit: 1.5 })).rejects.toBeInstanceOf(StoreError);
  });

  it('tells every page of each change, whichever page made it', async () => {
    const { host, told } = hostOver(new IDBFactory());
    const sidebar = remoteTo(host.answer).remote;
    const options = remoteTo(host.answer).remote;
    const created = await sidebar.create(newDraft());
    await sidebar.save({ ...created, status: 'ready' });
    await options.deleteAll();
    expect(told).toEqual([
      { type: 'draft-change', change: { type: 'draft-saved', id: created.id, revision: 1 } },
      { type: 'draft-change', change: { type: 'draft-saved', id: created.id, revision: 2 } },
      { type: 'draft-change', change: { type: 'draft-deleted', id: created.id } },
    ]);
  });

  it('still answers a save when telling the pages fails', async () => {
    const { host } = hostOver(new IDBFactory(), {
      tell: () => {
        throw new Error('no receiving end');
      },
    });
    const remote = remoteTo(host.answer).remote;
    const created = await remote.create(newDraft());
    expect((await remote.save({ ...created, status: 'ready' })).ok).toBe(true);
  });

  it('runs retention when it opens the store, with the period the clinician set', async () => {
    const idbFactory = new IDBFactory();
    const clock = manualClock();
    const earlier = await openDraftStore({ name: 'host', idbFactory, now: clock.now });
    await earlier.create(newDraft({ patientKey: 'pk-old' }));
    clock.advance(10 * DAY_MS);
    const recent = await earlier.create(newDraft({ patientKey: 'pk-recent' }));
    earlier.close();

    const { host, clock: hostClock, setRetention } = hostOver(idbFactory);
    hostClock.set(new Date(clock.now().getTime() + 5 * DAY_MS).toISOString());
    setRetention(12);
    const remote = remoteTo(host.answer).remote;
    // The old draft (15 days) is gone before the first answer; the recent one (5 days) stays.
    expect((await remote.listDrafts()).map((d) => d.id)).toEqual([recent.id]);
    // On a later start, retention runs again on the store already open.
    hostClock.advance(10 * DAY_MS);
    await host.purgeExpired();
    expect(await remote.listDrafts()).toEqual([]);
  });

  it('opens the store once when the browser starts, and runs retention once doing so', async () => {
    let purges = 0;
    const { host, opens } = hostOver(new IDBFactory(), {
      retentionDays: async () => {
        purges += 1;
        return 30;
      },
    });
    await host.purgeExpired();
    expect([opens(), purges]).toEqual([1, 1]);
    await host.purgeExpired();
    expect([opens(), purges]).toEqual([1, 2]);
  });

  it('answers with the code when the store cannot open, and tries again on the next request', async () => {
    const idbFactory = new IDBFactory();
    let blocked = true;
    const { host } = hostOver(idbFactory, {
      open: async (onChange) => {
        if (blocked) throw new StoreError('blocked', 'An older tab holds the database open');
        const store = await openDraftStore({ name: 'host', idbFactory, onChange });
        open.push(store);
        return store;
      },
    });
    const remote = remoteTo(host.answer).remote;
    await expect(remote.listDrafts()).rejects.toMatchObject({ code: 'blocked' });
    await host.purgeExpired(); // never throws
    blocked = false;
    expect(await remote.listDrafts()).toEqual([]);
  });

  it('refuses requests that are not store calls, without opening the store', async () => {
    const { host, opens } = hostOver(new IDBFactory());
    const bad: unknown[] = [
      null,
      'store',
      { type: 'store', method: 'close', args: [] },
      { type: 'store', method: 'constructor', args: [] },
      { type: 'store', method: 'hasOwnProperty', args: ['x'] },
      { type: 'store', method: '__proto__', args: [] },
      { type: 'store', method: 'get' },
      { type: 'store', method: 'get', args: [42] },
      { type: 'store', method: 'get', args: [''] },
      { type: 'store', method: 'deleteAll', args: [1, 2, 3, 4, 5] },
      { type: 'store', method: 'purgeExpired', args: ['yesterday', 30] },
      { type: 'store', method: 'create', args: [{ patientKey: 'pk', letter: 'not a letter' }] },
      { type: 'other', method: 'get', args: ['x'] },
    ];
    for (const raw of bad) expect(await host.answer(raw)).toEqual({ ok: false, code: 'unknown', message: 'Malformed store request' });
    expect(opens()).toBe(0);
  });
});
