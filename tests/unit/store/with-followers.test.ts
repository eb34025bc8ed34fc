import { afterEach, describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { openDraftStore, type DraftStore } from '../../../lib/store';
import { withFollowers, type DraftFollowers } from '../../../lib/store/with-followers';
import { newDraft } from './make-draft';

const SECRET_A = 'a'.repeat(64);
const SECRET_B = 'b'.repeat(64);
let open: DraftStore[] = [];
afterEach(() => {
  open.forEach((s) => s.close());
  open = [];
});

/** Followers kept in memory, with a log of what was done to them, in order. */
function memoryFollowers(secret: string) {
  const log: string[] = [];
  let current: string | undefined = secret;
  const followers: DraftFollowers = {
    secret: async () => (current ??= SECRET_B),
    rememberImportedSecret: async (s) => void log.push(`remember ${String(s).slice(0, 4)}`),
    forgetSecret: async () => void (log.push('forget'), (current = undefined)),
    removeAllDismissals: async () => void log.push('dismissals'),
  };
  return { followers, log };
}

async function storeWith(name: string, followers: DraftFollowers): Promise<DraftStore> {
  const store = await openDraftStore({ name, idbFactory: new IDBFactory() });
  open.push(store);
  return withFollowers(store, followers);
}

describe('the drafts store with its followers', () => {
  it('an export carries the secret, and importing it elsewhere remembers that secret', async () => {
    const source = await storeWith('a', memoryFollowers(SECRET_A).followers);
    await source.create(newDraft());
    const file = JSON.parse(JSON.stringify(await source.exportAll()));
    expect(file.patientKeySecret).toBe(SECRET_A);

    const { followers, log } = memoryFollowers(SECRET_B);
    const target = await storeWith('b', followers);
    expect(await target.importAll(file)).toMatchObject({ ok: true, imported: 1 });
    expect(log).toEqual(['remember aaaa']);
  });

  it('a refused import remembers no secret', async () => {
    const { followers, log } = memoryFollowers(SECRET_B);
    const target = await storeWith('c', followers);
    const result = await target.importAll({ format: 'something else', patientKeySecret: SECRET_A });
    expect(result.ok).toBe(false);
    expect(log).toEqual([]);
  });

  it('"Delete all" deletes the drafts first, then the dismissals and the secret', async () => {
    const { followers, log } = memoryFollowers(SECRET_A);
    const store = await storeWith('d', followers);
    await store.create(newDraft());
    await store.deleteAll();
    expect(await store.listDrafts()).toEqual([]);
    expect(log).toEqual(['dismissals', 'forget']);
    // A new secret is made on next use, so the keys of deleted data cannot be made again.
    expect((await store.exportAll()).patientKeySecret).toBe(SECRET_B);
  });

  it('leaves every other method of the store as it was', async () => {
    const store = await storeWith('e', memoryFollowers(SECRET_A).followers);
    const created = await store.create(newDraft());
    expect((await store.get(created.id))?.patientKey).toBe('pk-3f9a1c');
    expect(await store.findForPatient('pk-3f9a1c')).toMatchObject({ id: created.id });
  });
});
