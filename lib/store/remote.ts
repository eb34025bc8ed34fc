import type { DraftStore } from './draft-store';
import { StoreError } from './errors';
import { DraftChangeMessageSchema, STORE_CALLS, StoreResponseSchema, type DraftChange, type StoreMethod, type StoreResult, type WireArgs } from './protocol';

/**
 * A DraftStore whose every call is a request over `send` to the store host. Each answer is checked
 * against its method's result schema, so what the page gets is typed by a check, not by a cast; errors
 * come back as StoreError with their code.
 */
export function createRemoteStore(send: (request: unknown) => Promise<unknown>): DraftStore {
  async function call<M extends StoreMethod>(method: M, args: WireArgs<M>): Promise<StoreResult<M>> {
    let raw: unknown;
    try {
      raw = await send({ type: 'store', method, args });
    } catch (error) {
      throw new StoreError('unavailable', 'The extension background did not answer', { cause: error });
    }
    const response = StoreResponseSchema.safeParse(raw);
    if (!response.success) throw new StoreError('unavailable', 'No answer from the drafts store');
    if (!response.data.ok) throw new StoreError(response.data.code, response.data.message);
    const value = STORE_CALLS[method].result.safeParse(response.data.value);
    if (!value.success) throw new StoreError('corrupt', `The drafts store answered ${method} with a record that does not fit`);
    return value.data;
  }
  return {
    findForPatient: (key) => call('findForPatient', [key]),
    get: (id) => call('get', [id]),
    create: (init) => call('create', [init]),
    save: (draft) => call('save', [draft]),
    saveAsNewRevision: (draft) => call('saveAsNewRevision', [draft]),
    listRevisions: (id) => call('listRevisions', [id]),
    restoreRevision: (id, revision) => call('restoreRevision', [id, revision]),
    audit: (id, entry) => call('audit', [id, entry]),
    listAudit: (id) => call('listAudit', [id]),
    // An absent option is left out, not sent as undefined: the channel would turn that into null.
    listDrafts: (options) => call('listDrafts', options ? [options] : []),
    remove: (id) => call('remove', [id]),
    deleteAll: () => call('deleteAll', []),
    exportAll: () => call('exportAll', []),
    importAll: (data) => call('importAll', [data]),
    // Moving drafts between patient keys is the background's own bookkeeping; no page may ask for it.
    rekeyPatient: () => Promise.reject(new StoreError('unknown', 'Re-keying runs in the background only')),
    purgeExpired: (now, days) => call('purgeExpired', [now.toISOString(), days]),
    expiringSoon: (now, days, noticeDays) => call('expiringSoon', noticeDays === undefined ? [now.toISOString(), days] : [now.toISOString(), days, noticeDays]),
    quarantined: () => call('quarantined', []),
    // The store itself lives on in the host; there is nothing to close here.
    close: () => undefined,
  };
}

/**
 * The change event out of a runtime message, when it is one and comes from this extension itself;
 * undefined for anything else.
 */
export function readDraftChange(raw: unknown, senderId: string | undefined, ownId: string): DraftChange | undefined {
  if (senderId !== ownId) return undefined;
  const message = DraftChangeMessageSchema.safeParse(raw);
  return message.success ? message.data.change : undefined;
}
