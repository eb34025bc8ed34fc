import type { DraftStore } from './draft-store';
import { StoreError, type StoreErrorCode } from './errors';
import { isStoreMethod, STORE_CALLS, StoreRequestSchema, type StoreArgs, type StoreMethod, type StoreResponse, type WireResult } from './protocol';

/** How each method reaches the store once its arguments have passed their schema. */
const HANDLERS: { [M in StoreMethod]: (store: DraftStore, args: StoreArgs<M>) => Promise<WireResult<M>> } = {
  findForPatient: (store, [key]) => store.findForPatient(key),
  get: (store, [id]) => store.get(id),
  create: (store, [init]) => store.create(init),
  save: (store, [draft]) => store.save(draft),
  saveAsNewRevision: (store, [draft]) => store.saveAsNewRevision(draft),
  listRevisions: (store, [id]) => store.listRevisions(id),
  restoreRevision: (store, [id, revision]) => store.restoreRevision(id, revision),
  audit: (store, [id, entry]) => store.audit(id, entry),
  listAudit: (store, [id]) => store.listAudit(id),
  listDrafts: (store, [options]) => store.listDrafts(options),
  remove: (store, [id]) => store.remove(id),
  deleteAll: (store) => store.deleteAll(),
  exportAll: (store) => store.exportAll(),
  importAll: (store, [data]) => store.importAll(data),
  purgeExpired: (store, [now, days]) => store.purgeExpired(now, days),
  expiringSoon: (store, [now, days, noticeDays]) => store.expiringSoon(now, days, noticeDays),
  quarantined: (store) => store.quarantined(),
};

const MALFORMED: StoreResponse = { ok: false, code: 'unknown', message: 'Malformed store request' };

/**
 * Answers one request from an extension page against the store. Never throws: a malformed request and
 * any failure become error answers. `store` is opened only for a well-formed request.
 */
export async function serveStoreRequest(store: () => Promise<DraftStore>, raw: unknown): Promise<StoreResponse> {
  const request = StoreRequestSchema.safeParse(raw);
  if (!request.success || !isStoreMethod(request.data.method)) return MALFORMED;
  return serveMethod(store, request.data.method, request.data.args);
}

async function serveMethod<M extends StoreMethod>(store: () => Promise<DraftStore>, method: M, rawArgs: unknown[]): Promise<StoreResponse> {
  const args = STORE_CALLS[method].args.safeParse(rawArgs);
  if (!args.success) return MALFORMED;
  let opened: DraftStore;
  try {
    opened = await store();
  } catch (error) {
    return { ok: false, code: error instanceof StoreError ? error.code : 'unavailable', message: 'The drafts store could not be opened' };
  }
  try {
    return { ok: true, value: await HANDLERS[method](opened, args.data) };
  } catch (error) {
    // Codes and fixed texts only: a store error message never carries patient data across.
    const code: StoreErrorCode = error instanceof StoreError ? error.code : 'unknown';
    return { ok: false, code, message: error instanceof StoreError ? error.message.slice(0, 500) : 'Store operation failed' };
  }
}
